"""Markdown folder, check-ins CSV, and the PDF journal for a range of days."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.common.errors import InputError
from hj_journal.core.data.exchange.export_markdown import CHECKIN_COLUMNS, export_markdown
from hj_journal.core.data.exchange.export_pdf import demote_headings, escape, pdf_document
from hj_journal.core.data.exchange.importer import Importer, read_source
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry

ZONE = timezone(timedelta(hours=2))


def _journal(services: Services) -> None:
    j = services.journal
    j.create(
        EntryInput(
            entry_date=date(2024, 5, 1),
            title='A "quiet" morning',
            body="Tea, and the window open. 🌿\n\n# My heading\n",
            tags=("rest", "family time"),
            pinned=True,
            mood=2,
            content_note="grief",
        )
    )
    j.create(EntryInput(entry_date=date(2024, 5, 3), title="", body="No title here."))
    trashed = j.create(EntryInput(entry_date=date(2024, 5, 2), title="in the trash"))
    j.trash(trashed.id)
    services.checkins.add(
        CheckInInput(
            distress=4,
            emotions=["tender", "tired"],
            context_tags=["housing"],
            note='a note, with "quotes"',
            at=datetime(2024, 5, 1, 6, 30, tzinfo=UTC),
        )
    )
    services.checkins.add(CheckInInput(at=datetime(2024, 5, 2, 6, 30, tzinfo=UTC)))


def test_markdown_folder_has_one_file_per_entry_and_a_checkins_csv(
    services: Services, tmp_path: Path
) -> None:
    _journal(services)
    out = tmp_path / "export"
    summary = export_markdown(services.vault, out, zone=ZONE)
    assert (summary.entries, summary.checkins) == (2, 2)
    files = sorted(p.name for p in out.iterdir())
    assert files[-1] == "checkins.csv"
    md = sorted(out.glob("*.md"))
    assert len(md) == 2
    assert md[0].name.startswith("2024-05-01-") and "quiet" not in md[0].name
    text = md[0].read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 'A \"quiet\" morning'\ndate: 2024-05-01 ")
    assert 'tags: ["family time", "rest"]' in text
    assert "pinned: true" in text and "mood: 2" in text and 'content_note: "grief"' in text
    assert text.endswith("Tea, and the window open. 🌿\n\n# My heading\n")
    assert "in the trash" not in "".join(p.read_text() for p in md)

    with (out / "checkins.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CHECKIN_COLUMNS
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["at"] == "2024-05-01T08:30+02:00"
    assert first["distress"] == "4" and first["mood"] == ""
    assert first["emotions"] == "tender | tired"
    assert first["note"] == 'a note, with "quotes"'
    assert rows[2][1:4] == ["", "", ""]  # skipped questions stay empty


def test_the_markdown_export_imports_again_as_the_same_entries(
    services: Services, tmp_path: Path, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    _journal(services)
    out = tmp_path / "export"
    export_markdown(services.vault, out, zone=ZONE)
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        report = Importer(other).run(read_source(out, local_tz=ZONE))
        assert report.entries.new == 2
        again = Services.for_vault(other).journal
        titles = {e.title: e for e in again.timeline()}
        quiet = again.get(titles['A "quiet" morning'].id)
        assert quiet.entry_date == date(2024, 5, 1)
        assert set(quiet.tags) == {"rest", "family time"}
        assert quiet.pinned
    finally:
        other.lock()


def test_the_markdown_export_imported_into_its_own_vault_adds_nothing(
    services: Services, tmp_path: Path
) -> None:
    _journal(services)
    out = tmp_path / "export"
    export_markdown(services.vault, out, zone=ZONE)
    before = sorted((e.title, e.entry_date) for e in services.journal.timeline())
    importer = Importer(services.vault)
    source = read_source(out, local_tz=ZONE)
    preview = importer.preview(source)
    assert (preview.entries.new, preview.entries.existing) == (0, 2)
    report = importer.run(source)
    assert report.entries.new == 0 and report.entries.existing == 2
    assert sorted((e.title, e.entry_date) for e in services.journal.timeline()) == before


def test_an_export_never_writes_into_a_folder_with_files(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "busy"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    with pytest.raises(InputError, match="already has files"):
        export_markdown(services.vault, out)
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_a_stopped_export_leaves_nothing(services: Services, tmp_path: Path) -> None:
    for n in range(450):
        services.journal.create(EntryInput(entry_date=date(2024, 1, 1), title=f"e{n}"))

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    exports = tmp_path / "exports"
    exports.mkdir()
    with pytest.raises(KeyboardInterrupt):
        export_markdown(services.vault, exports / "out", progress=stop)
    assert list(exports.iterdir()) == []


def test_the_pdf_document_covers_the_chosen_days_only(services: Services) -> None:
    _journal(services)
    doc = pdf_document(services.vault, date(2024, 5, 1), date(2024, 5, 2), zone=ZONE)
    assert doc.entries == 1
    assert "quiet" in doc.markdown and "No title here" not in doc.markdown
    assert "in the trash" not in doc.markdown
    assert "\n### My heading" in doc.markdown  # the entry's heading sits under its title
    assert "> Content note: grief" in doc.markdown
    empty = pdf_document(services.vault, date(2020, 1, 1), date(2020, 1, 2))
    assert empty.entries == 0 and "no entries" in empty.markdown
    with pytest.raises(InputError, match="swap"):
        pdf_document(services.vault, date(2024, 5, 2), date(2024, 5, 1))


def test_markdown_helpers() -> None:
    assert escape("*a* [b](c) #1") == r"\*a\* \[b\]\(c\) \#1"
    body = "# One\n```\n# code\n```\n## Two"
    assert demote_headings(body) == "### One\n```\n# code\n```\n#### Two"
    assert demote_headings("###### six") == "###### six"
