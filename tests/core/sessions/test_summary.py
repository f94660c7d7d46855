"""The client's session summary: what was typed is escaped, and an empty session says so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hj_journal.cli.language import install_language
from hj_journal.core.common import i18n
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.sessions.summary import (
    PracticeEffect,
    Rating,
    SessionSummary,
    long_date,
    practice_line,
    summary_html,
    summary_markdown,
)


def test_summary_html_escapes_what_was_typed(practice: Services) -> None:
    sessions = practice.sessions
    view = sessions.start(sessions.add_client(ClientInput("<b>H</b>")).id)
    sessions.give_consent(view.id, [c.SHARED_NOTES])
    sessions.save_notes(view.id, SessionNotes(shared="<script>x</script> & more"))
    html = summary_html(sessions.summary(view.id))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;H&lt;/b&gt;" in html
    sessions.end(view.id)
    # A session with nothing recorded says so calmly.
    quiet = sessions.start(sessions.add_client(ClientInput("I.")).id)
    assert "Nothing was recorded" in summary_markdown(sessions.summary(quiet.id))


def test_a_summary_reads_in_spanish_with_the_catalogue_installed(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    settings.write_text("[appearance]\nlanguage=es\n", encoding="utf-8")
    start = datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
    summary = SessionSummary(
        pseudonym="R.",
        pronouns="",
        started_at=start,
        ended_at=None,
        arriving=Rating(7, None, start),
        leaving=Rating(5, None, start),
        practices=(PracticeEffect("Respiración en caja", 7, 6),),
        shared_notes="",
        agreements="",
        self_care_steps="",
    )
    install_language(settings, tmp_path / "cache", {})
    try:
        assert long_date(start, UTC) == "martes 10 de febrero de 2026"
        assert practice_line(summary.practices[0]) == (
            "Respiración en caja: 7 antes, 6 después (1 punto menos)."
        )
        text = summary_markdown(summary, UTC)
        assert text.startswith("# Tu sesión\n")
        assert "Llegaste con 7 de 10 y te fuiste con 5: 2 puntos menos." in text
        assert "Este resumen es tuyo." in text
    finally:
        i18n.install(None)
    assert long_date(start, UTC) == "Tuesday 10 February 2026"
