"""The importer: every format into the vault in one transaction, with a preview first."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import (
    Cancelled,
    Importer,
    read_source,
    row_counts,
)
from hj_journal.core.data.exchange.records import ImportFormatError
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import Vault

FILES = {
    "jrnl": ("journal.json", "jrnl"),
    "jrnl-txt": ("journal.txt", "jrnl-txt"),
    "dayone": ("Export.zip", "dayone-zip"),
    "daylio": ("daylio.csv", "daylio"),
    "markdown": ("note.md", "markdown"),
}
# (entries, check-ins, skipped) each sample gives
EXPECTED = {
    "jrnl": (3, 0, 0),
    "jrnl-txt": (3, 0, 0),
    "dayone": (2, 0, 2),
    "daylio": (2, 4, 1),
    "markdown": (1, 0, 0),
}


def _write(tmp_path: Path, samples: dict[str, bytes], fmt: str) -> Path:
    name, key = FILES[fmt]
    folder = tmp_path / fmt
    folder.mkdir()
    path = folder / name
    path.write_bytes(samples[key])
    return path


@pytest.mark.parametrize("fmt", list(FILES))
def test_every_format_imports_once_and_only_once(
    fmt: str, tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    path = _write(tmp_path, samples, fmt)
    source = read_source(path)  # detected
    assert source.format == fmt
    importer = Importer(services.vault)
    before = row_counts(services.vault)
    preview = importer.preview(source)
    assert row_counts(services.vault) == before  # a preview writes nothing
    entries, checkins, skipped = EXPECTED[fmt]
    assert (preview.entries.new, preview.checkins.new, preview.skipped_total) == (
        entries,
        checkins,
        skipped,
    )
    for item in preview.skipped:
        assert item.where and item.reason
    seen: list[tuple[int, int]] = []
    report = importer.run(source, progress=lambda d, t: seen.append((d, t)))
    assert report == preview
    assert seen and seen[-1] == (1, 1)
    after = row_counts(services.vault)
    assert after["entries"] - before["entries"] == entries
    assert after["checkins"] - before["checkins"] == checkins

    again = importer.preview(read_source(path, fmt))
    assert again.new_total == 0
    assert (again.entries.existing, again.checkins.existing) == (entries, checkins)
    importer.run(read_source(path, fmt))
    assert row_counts(services.vault) == after


def test_imported_entries_keep_their_source_tags_and_search(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    Importer(services.vault).run(read_source(_write(tmp_path, samples, "jrnl")))
    [hard] = [e for e in services.journal.timeline() if e.title == "Hard meeting"]
    view = services.journal.get(hard.id)
    assert view.tags == ("family", "work")
    assert view.pinned  # starred
    assert [r.summary.id for r in services.journal.search("shoulders")] == [hard.id]
    assert [r.summary.id for r in services.journal.search("work")] == [hard.id]
    assert services.vault.verify().ok


def test_daylio_check_ins_carry_their_mood_and_activities(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    Importer(services.vault).run(read_source(_write(tmp_path, samples, "daylio")))
    checkins = services.checkins.recent()
    moods = sorted((c.mood for c in checkins), key=lambda m: (m is None, m))
    assert moods == [-3, 0, 3, None]
    assert any("cooking" in c.context_tags for c in checkins)


def test_a_cancelled_import_leaves_the_vault_untouched(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="mine"))
    before = row_counts(services.vault)
    source = read_source(_write(tmp_path, samples, "daylio"))

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        Importer(services.vault).run(source, progress=cancel)
    assert row_counts(services.vault) == before
    assert services.journal.search("laughed") == []


def test_a_cancel_while_reading_writes_nothing(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    before = row_counts(services.vault)

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        read_source(_write(tmp_path, samples, "jrnl-txt"), progress=cancel)
    assert row_counts(services.vault) == before


def test_a_failure_half_way_rolls_everything_back(
    tmp_path: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = {
        "entries": [
            {
                "title": f"t{n}",
                "body": "b",
                "date": "2024-01-01",
                "time": "10:00",
                "tags": [],
                "starred": False,
            }
            for n in range(1200)
        ]
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc))
    before = row_counts(services.vault)
    calls = []

    def fail_late(done: int, total: int) -> None:
        calls.append(done)
        if done >= 1000:
            raise OSError("the disk went away")

    with pytest.raises(OSError, match="disk"):
        Importer(services.vault).run(read_source(path, "jrnl"), progress=fail_late)
    assert calls[0] == 500  # rows had been written when it failed
    assert row_counts(services.vault) == before


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("fmt", "data", "message"),
    [
        ("jrnl", b"full_date,time,mood\n", "jrnl"),
        ("daylio", b'{"entries": []}', "Daylio"),
        ("jrnl", b'{"entries": [{"title": "cut sho', "incomplete or damaged"),
        ("jrnl", b"\xff\xfe\xfa not text at all \x80\x81", None),
        ("dayone", b"PK\x03\x04 not really a zip", None),
        ("json", b'{"format": "hj-journal-export", "version": 99, "tables": {}}', "newer"),
        ("json", b'{"format": "something-else"}', "HJ Journal export"),
        ("json", b"", "empty"),
    ],
)
def test_bad_input_is_refused_with_one_clear_sentence(
    fmt: str, data: bytes, message: str | None, tmp_path: Path, services: Services
) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    before = row_counts(services.vault)
    with pytest.raises(ImportFormatError) as caught:
        Importer(services.vault).run(read_source(path, fmt))
    text = str(caught.value)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text
    if message:
        assert message in text
    assert row_counts(services.vault) == before


def test_an_unknown_file_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(bytes(range(256)))
    with pytest.raises(ImportFormatError, match="doesn't recognise"):
        read_source(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, services: Services) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: takes no real space
        handle.truncate(201 * 1024 * 1024)
    with pytest.raises(ImportFormatError, match="larger than"):
        read_source(path, "jrnl")
    with pytest.raises(ImportFormatError, match="larger than"):
        read_source(path, "json")


def test_a_zip_with_paths_outside_its_folder_imports_nothing_outside(
    tmp_path: Path, services: Services, make_dayone_zip
) -> None:
    path = tmp_path / "Export.zip"
    path.write_bytes(make_dayone_zip(extra={"../../escape.json": b"{}", "/abs.json": b"{}"}))
    before = row_counts(services.vault)
    try:
        source = read_source(path, "dayone")
    except ImportFormatError as error:
        assert "\n" not in str(error)
        assert row_counts(services.vault) == before
    else:
        Importer(services.vault).run(source)
    assert not (tmp_path.parent / "escape.json").exists()
    assert not Path("/abs.json").exists()


def test_bad_dates_are_skipped_with_a_reason(tmp_path: Path, services: Services) -> None:
    doc = {
        "entries": [
            {"title": "fine", "body": "", "date": "2024-01-01", "time": "10:00"},
            {"title": "never", "body": "", "date": "2024-02-30", "time": "10:00"},
            {"title": "odd", "body": "", "date": "01/02/2024", "time": "25:99"},
        ]
    }
    path = tmp_path / "dates.json"
    path.write_text(json.dumps(doc))
    report = Importer(services.vault).run(read_source(path, "jrnl"))
    assert report.entries.new == 1
    assert len(report.skipped) == 2
    assert all("entry" in s.where and s.reason.endswith(".") for s in report.skipped)
    assert [e.title for e in services.journal.timeline()] == ["fine"]


def test_own_json_with_bad_rows_imports_the_good_ones(
    vault: Vault, tmp_path: Path, services: Services
) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="ok"))
    out = tmp_path / "export.json"
    export_json(vault, out)
    doc = json.loads(out.read_text())
    good = doc["tables"]["entries"][0]
    bad_date = {**good, "id": 50, "uuid": "b" * 32, "entry_date": "2026-13-01"}
    bad_kind = {**good, "id": 51, "uuid": "c" * 32, "pinned": "yes"}
    orphan_tag = {"entry_id": 999, "name": "lost"}
    doc["tables"]["entries"] += [bad_date, bad_kind, "not a record"]
    doc["tables"]["entry_tags"] = [orphan_tag]
    doc["tables"]["mystery"] = [{}]
    out.write_text(json.dumps(doc))
    services.journal.delete_forever([e.id for e in services.journal.timeline()])
    report = Importer(vault).run(read_source(out))
    assert report.entries.new == 1
    assert len(report.skipped) == 4
    reasons = " ".join(s.reason for s in report.skipped)
    assert "entry_date" in reasons and "pinned" in reasons and "entry_id" in reasons
    assert report.warnings and "mystery" in report.warnings[0]


def test_the_day_one_zip_and_the_json_inside_it_are_the_same_entries(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    zipped = _write(tmp_path, samples, "dayone")
    Importer(services.vault).run(read_source(zipped))
    inner = tmp_path / "Journal.json"
    with zipfile.ZipFile(zipped) as archive:
        inner.write_bytes(archive.read("Journal.json"))
    again = Importer(services.vault).preview(read_source(inner))
    assert again.entries.new == 0
    assert again.entries.existing == 2


def _triggers(vault: Vault) -> list[tuple[str, str]]:
    from sqlalchemy import text

    with vault.session() as session:
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        return [(row[0], row[1]) for row in session.execute(text(query))]


def test_the_search_triggers_are_back_after_an_import_and_after_a_cancel(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    triggers = _triggers(services.vault)
    assert len(triggers) >= 3  # insert, update and delete on entries
    source = read_source(_write(tmp_path, samples, "jrnl"))

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        Importer(services.vault).run(source, progress=cancel)
    assert _triggers(services.vault) == triggers
    Importer(services.vault).run(source)
    assert _triggers(services.vault) == triggers
    # …and they work: a new entry and a new tag are found at once
    entry = services.journal.create(
        EntryInput(entry_date=date(2026, 1, 1), title="afterwards", tags=("later",))
    )
    assert [r.summary.id for r in services.journal.search("afterwards")] == [entry.id]
    assert [r.summary.id for r in services.journal.search("later")] == [entry.id]
    assert services.vault.verify().ok


# ---------------------------------------------------------------- bulk paths


def _json_export_of(tmp_path: Path, services: Services, titles: list[str]) -> Path:
    from hj_journal.core.checkin.checkins import CheckInInput

    for title in titles:
        services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title=title, body=title))
    services.checkins.add(CheckInInput(distress=2, note="steady"))
    path = tmp_path / "export.json"
    export_json(services.vault, path)
    return path


def _sync_log(vault: Vault) -> list[str]:
    from sqlalchemy import text

    with vault.session() as session:
        return sorted(str(t) for t in session.scalars(text("SELECT tbl FROM sync_log")))


@pytest.mark.parametrize("synced", [False, True])
def test_a_json_import_is_logged_for_other_devices_only_when_kept_in_step(
    synced: bool, tmp_path: Path, services: Services, registry, policy
) -> None:
    from sqlalchemy import text

    path = _json_export_of(tmp_path, services, ["by the sea", "in the hills"])
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        if synced:
            with other.transaction() as session:
                session.execute(text("DELETE FROM sync_state"))
                session.execute(text("INSERT INTO sync_state (id, mode) VALUES (1, 1)"))
        with other.session() as session:
            triggers = sorted(
                session.scalars(text("SELECT sql FROM sqlite_master WHERE type = 'trigger'"))
            )
        Importer(other).run(read_source(path, "json"))
        logged = _sync_log(other)
        assert (logged.count("entries") >= 2 and "checkins" in logged) is synced
        assert logged == [] or synced
        with other.session() as session:
            after = sorted(
                session.scalars(text("SELECT sql FROM sqlite_master WHERE type = 'trigger'"))
            )
        assert after == triggers
    finally:
        other.lock()


def test_a_big_import_is_found_once_the_index_catches_up(
    tmp_path: Path, services: Services, registry, policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from hj_journal.store import bulk, search_index

    path = _json_export_of(tmp_path, services, ["walking home", "quiet rain", "kind words"])
    monkeypatch.setattr(search_index, "REBUILD_IN_MIGRATION_UP_TO", 2)  # 3 entries is big
    monkeypatch.setattr(bulk, "MANY_ROWS", 2)  # and the indexes are built after the rows
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        theirs = Services.for_vault(other)
        theirs.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="walked far", body=""))
        schema = "SELECT type, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        with other.session() as session:
            indexes = session.execute(text(schema)).all()
        Importer(other).run(read_source(path, "json"))
        with other.session() as session:
            assert session.execute(text(schema)).all() == indexes
        assert [c.note for c in theirs.checkins.recent()] == ["steady"]
        found = {r.summary.title for r in theirs.journal.search("walking")}
        assert found == {"walked far"}  # the entries already there, at once
        assert not theirs.journal.word_forms_progress().finished
        while not theirs.journal.add_word_forms().finished:
            pass
        found = {r.summary.title for r in theirs.journal.search("walk")}
        assert found == {"walking home", "walked far"}  # once the builder ran
        assert other.verify().ok
    finally:
        other.lock()
