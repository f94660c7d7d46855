"""Attachments travel: JSON export and import (deduplicated), Markdown files beside, Day One."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.export_markdown import export_markdown
from hj_journal.core.data.exchange.importer import Importer, read_source
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.store.models import AttachmentContent
from tests.core.data.exchange.samples import dayone_zip


@pytest.fixture
def other(registry: VaultRegistry, policy: KdfPolicy):
    vault, _ = registry.create("Other", "another calm passphrase", policy=policy)
    yield Services.for_vault(vault)
    vault.lock()


def _fill(services: Services) -> tuple[int, int]:
    one = services.journal.create(EntryInput(entry_date=date(2026, 12, 1), title="one"))
    two = services.journal.create(EntryInput(entry_date=date(2026, 12, 2), title="two"))
    photo = services.attachments.add(one.id, b"\x89PNG\r\n\x1a\n" + b"p" * 3000, name="sea.png")
    services.journal.update(
        one.id,
        EntryInput(
            entry_date=one.entry_date, title="one", body=f"![](hjattach:{photo.attachment.uuid})"
        ),
    )
    services.attachments.add(one.id, b"same file", name="notes.txt")
    services.attachments.add(two.id, b"same file", name="notes.txt")
    return one.id, two.id


def _files(services: Services) -> dict[str, list[tuple[str, bytes]]]:
    return {
        e.title: [
            (a.name, services.attachments.read_all(a.id))
            for a in services.attachments.of_entry(e.id)
        ]
        for e in services.journal.timeline()
    }


def _contents(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentContent)) or 0)


def test_json_round_trip_keeps_every_file_once_and_twice_adds_nothing(
    services: Services, other: Services, tmp_path: Path
) -> None:
    _fill(services)
    out = tmp_path / "export.json"
    summary = export_json(services.vault, out)
    assert summary.rows["attachments"] == 3
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {row["name"] for row in doc["attachments"]} == {"sea.png", "notes.txt"}
    assert "attachment_key" not in doc["tables"] and "attachment_chunks" not in doc["tables"]

    importer = Importer(other.vault)
    preview = importer.preview(read_source(out))
    assert preview.other.new >= 3
    importer.run(read_source(out))
    assert _files(other) == _files(services)
    assert _contents(other.vault) == 2  # the shared file is kept once
    again = importer.run(read_source(out))
    assert again.new_total == 0 and again.other.existing >= 3
    assert _contents(other.vault) == 2
    assert Importer(services.vault).run(read_source(out)).new_total == 0


def test_damaged_files_in_an_export_are_left_out_with_a_reason(
    services: Services, other: Services, tmp_path: Path
) -> None:
    _fill(services)
    out = tmp_path / "export.json"
    export_json(services.vault, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["attachments"][0]["data"] = "not base64 at all!"
    doc["attachments"][1]["entry"] = "f" * 32
    doc["attachments"].append("nonsense")
    out.write_text(json.dumps(doc), encoding="utf-8")
    report = Importer(other.vault).run(read_source(out))
    reasons = [s.reason for s in report.skipped]
    assert "Left out: the file in it is damaged." in reasons
    assert "Left out: its entry is not in the export." in reasons
    assert "Left out: it isn't a file record." in reasons
    assert sum(len(v) for v in _files(other).values()) == 1


def test_markdown_puts_files_beside_and_links_them(services: Services, tmp_path: Path) -> None:
    _fill(services)
    folder = tmp_path / "md"
    export_markdown(services.vault, folder)
    (one_md,) = folder.glob("2026-12-01-*.md")
    stem = one_md.name.removesuffix(".md")
    text = one_md.read_text(encoding="utf-8")
    assert f"![]({stem}/sea.png)" in text and "hjattach:" not in text
    assert f"- [notes.txt]({stem}/notes.txt)" in text
    assert (folder / stem / "sea.png").read_bytes().startswith(b"\x89PNG")
    assert (folder / stem / "notes.txt").read_bytes() == b"same file"
    assert (folder / stem).stat().st_mode & 0o077 == 0


def test_day_one_photos_come_in_once(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "dayone.zip"
    path.write_bytes(dayone_zip())
    importer = Importer(services.vault)
    importer.run(read_source(path, "dayone"))
    (walk,) = [e for e in services.journal.timeline() if e.title == "A walk by the river."]
    (photo,) = services.attachments.of_entry(walk.id)
    assert services.attachments.read_all(photo.id) == b"\xff\xd8\xff fake jpeg"
    assert f"hjattach:{photo.uuid}" in services.journal.get(walk.id).body
    assert importer.run(read_source(path, "dayone")).new_total == 0
    assert len(services.attachments.of_entry(walk.id)) == 1


def test_markdown_round_trip_brings_the_files_back_once(
    services: Services, other: Services, tmp_path: Path
) -> None:
    _fill(services)
    folder = tmp_path / "md"
    export_markdown(services.vault, folder)
    importer = Importer(other.vault)
    report = importer.run(read_source(folder, "markdown"))
    assert report.entries.new == 2 and report.warnings == ()
    assert _files(other) == _files(services)
    assert _contents(other.vault) == 2  # the file both entries hold is kept once
    (one,) = [e for e in other.journal.timeline() if e.title == "one"]
    sea, notes = other.attachments.of_entry(one.id)
    body = other.journal.get(one.id).body
    assert body == f"![](hjattach:{sea.uuid})"  # shown where it was; the list is gone
    assert (sea.media_type, notes.media_type) == ("image/png", "text/plain")
    # Importing the folder again adds nothing, and a file gone since is only a note.
    assert importer.run(read_source(folder, "markdown")).new_total == 0
    assert _contents(other.vault) == 2
    # A photo gone from the folder since is a short note, never a failure.
    fresh = tmp_path / "fresh"
    export_markdown(services.vault, fresh)
    for gone in fresh.glob("*/sea.png"):
        gone.unlink()
    source = read_source(fresh, "markdown")
    assert source.warnings == (
        "1 linked file isn't there, so it was not imported; its link stays in the entry.",
    )
    (entry,) = [e for e in source.entries if e.title == "one"]
    assert [a.name for a in entry.attachments] == ["notes.txt"]


def test_imported_photos_lose_their_details_unless_the_vault_keeps_them(
    services: Services, tmp_path: Path
) -> None:
    from tests.core.journal.sample_files import jpeg_with_exif

    canary = "ImportedCameraQ8"
    folder = tmp_path / "notes"
    (folder / "pics").mkdir(parents=True)
    (folder / "pics" / "a.jpg").write_bytes(jpeg_with_exif(canary))
    (folder / "day.md").write_text("# Day\n\n![](pics/a.jpg)\n", encoding="utf-8")
    report = Importer(services.vault).run(read_source(folder, "markdown"))
    assert report.warnings == ("Location, camera and other details were taken out of 1 photo.",)
    (entry,) = services.journal.timeline()
    (photo,) = services.attachments.of_entry(entry.id)
    assert photo.metadata_removed and photo.media_type == "image/jpeg"
    assert canary.encode() not in services.attachments.read_all(photo.id)

    services.settings.attachment_keep_metadata = True
    (folder / "day.md").write_text("# Another day\n\n![](pics/a.jpg)\n", encoding="utf-8")
    report = Importer(services.vault).run(read_source(folder, "markdown"))
    assert report.warnings == ()
    kept = [a for e in services.journal.timeline() for a in services.attachments.of_entry(e.id)]
    assert any(canary.encode() in services.attachments.read_all(a.id) for a in kept)
