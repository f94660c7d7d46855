"""The client's session summary: what was typed is escaped, and an empty session says so."""

from __future__ import annotations

from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.sessions.summary import summary_html, summary_markdown


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
