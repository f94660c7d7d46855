"""export, import, backup, restore and wipe on the command line (README.md, The command line)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.core.data.exchange.samples import DAYLIO_CSV, JRNL_JSON, JRNL_TEXT, MD_FRONT
from tests.core.data.exchange.samples import dayone_zip as _dayone_zip
from tests.helpers import CLI_PASSPHRASE

WARNING = "not encrypted"


@pytest.fixture
def recovery_key(run_cli) -> str:
    code, out, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    return re.search(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}", out).group(0)


@pytest.fixture
def journal(run_cli, recovery_key: str) -> str:
    for title, day in (("Sea day", "2026-05-02"), ("Hills", "2026-05-03")):
        code, _, err = run_cli("new", "--title", title, "--date", day, "--body", f"{title} text")
        assert code == 0, err
    assert run_cli("checkin", "--distress", "3")[0] == 0
    return recovery_key


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------------- export


def test_export_json_warns_once_and_writes_everything(run_cli, journal, tmp_path: Path) -> None:
    out = tmp_path / "journal.json"
    code, stdout, err = run_cli("export", "--format", "json", str(out))
    assert code == 0
    assert WARNING in _one_line(err)
    doc = json.loads(out.read_text())
    assert doc["format"] == "hj-journal-export"
    assert len(doc["tables"]["entries"]) == 2
    assert "Exported" in stdout


def test_export_markdown_and_pdf(run_cli, journal, tmp_path: Path) -> None:
    folder = tmp_path / "md"
    code, stdout, err = run_cli("export", "--format", "markdown", str(folder))
    assert code == 0, err
    assert WARNING in _one_line(err)
    assert "2 entries and 1 check-in" in stdout
    assert len(list(folder.glob("*.md"))) == 2
    assert (folder / "checkins.csv").exists()

    pdf = tmp_path / "journal.pdf"
    code, stdout, err = run_cli(
        "export", "--format", "pdf", str(pdf), "--from", "2026-05-03", "--to", "2026-05-03"
    )
    assert code == 0, err
    assert WARNING in _one_line(err)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "1 entry to" in stdout


def test_export_mistakes_are_one_line(run_cli, journal, tmp_path: Path) -> None:
    code, _, err = run_cli("export", "--format", "json", str(tmp_path / "x.json"), "--from", "x")
    assert code == 1
    assert "not a date" in _one_line(err)
    code, _, err = run_cli(
        "export", "--format", "json", str(tmp_path / "x.json"), "--from", "2026-01-01"
    )
    assert code == 1
    assert "PDF" in _one_line(err)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("x")
    code, _, err = run_cli("export", "--format", "markdown", str(busy))
    assert code == 1
    assert "already has files" in err.strip().splitlines()[-1]
    code, _, err = run_cli(
        "export", "--format", "json", str(tmp_path / "j.json"), passphrase="wrong one"
    )
    assert code == 2


# ---------------------------------------------------------------------- import


def _sample(tmp_path: Path, fmt: str) -> Path:
    folder = tmp_path / f"in-{fmt}"
    folder.mkdir()
    files = {
        "jrnl": ("journal.json", json.dumps(JRNL_JSON).encode()),
        "jrnl-txt": ("journal.txt", JRNL_TEXT.encode()),
        "dayone": ("Export.zip", _dayone_zip()),
        "daylio": ("daylio.csv", DAYLIO_CSV.encode()),
        "markdown": ("note.md", MD_FRONT.encode()),
    }
    name, data = files[fmt]
    (folder / name).write_bytes(data)
    return folder if fmt == "markdown" else folder / name


@pytest.mark.parametrize(
    ("fmt", "entries", "checkins"),
    [
        ("jrnl", "3 entries", 0),
        ("jrnl-txt", "3 entries", 0),
        ("dayone", "2 entries", 0),
        ("daylio", "2 entries", 4),
        ("markdown", "1 entry", 0),
    ],
)
def test_import_every_format_prints_counts_and_adds_nothing_twice(
    run_cli, recovery_key, tmp_path: Path, fmt: str, entries: str, checkins: int
) -> None:
    count = int(entries.split()[0])
    path = _sample(tmp_path, fmt)
    code, out, err = run_cli("import", "--format", fmt, str(path), "--dry-run")
    assert code == 0, err
    assert f"Would import {entries} and {checkins} check-ins." in out
    assert "Nothing was changed" in out
    assert run_cli("list")[1] == ""

    code, out, err = run_cli("import", "--format", fmt, str(path))
    assert code == 0, err
    assert f"Imported {entries} and {checkins} check-ins." in out
    assert len(run_cli("list", "--all")[1].splitlines()) == count

    code, out, _ = run_cli("import", "--format", fmt, str(path))
    assert "Imported 0 entries and 0 check-ins." in out
    assert f"{count + checkins} item" in out and "already in your vault" in out
    assert len(run_cli("list", "--all")[1].splitlines()) == count


def test_a_big_import_is_added_to_search_before_the_command_returns(
    run_cli, recovery_key, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command line has no background: entries left out of search by a big import
    # are added back before it ends, not left waiting for the window.
    from hj_journal.store import search_index

    monkeypatch.setattr(search_index, "REBUILD_IN_MIGRATION_UP_TO", 0)  # every import is big
    code, out, err = run_cli("import", "--format", "jrnl", str(_sample(tmp_path, "jrnl")))
    assert code == 0, err
    assert "to search…" in err
    code, out, err = run_cli("search", "meetings")  # a word form: the whole index is there
    assert code == 0 and "catching up" not in err and "learning" not in err
    assert "Hard meeting" in out


def test_import_lists_what_was_left_out(run_cli, recovery_key, tmp_path: Path) -> None:
    code, out, _ = run_cli("import", "--format", "dayone", str(_sample(tmp_path, "dayone")))
    assert code == 0
    assert "2 left out:" in out
    assert re.search(r"entry 3: .+\.", out)


def test_own_json_round_trip_through_the_command_line(
    run_cli, journal, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "journal.json"
    assert run_cli("export", "--format", "json", str(out))[0] == 0
    assert run_cli("init", "--label", "Second")[0] == 0
    code, stdout, err = run_cli("--vault", "Second", "import", "--format", "json", str(out))
    assert code == 0, err
    assert "Imported 2 entries and 1 check-in." in stdout
    assert run_cli("--vault", "Second", "list")[1] == run_cli("--vault", "Notebook", "list")[1]


@pytest.mark.parametrize(
    ("fmt", "data", "message"),
    [
        ("jrnl", b"full_date,time,mood\n2024-01-01,10:00,good\n", "jrnl"),
        ("daylio", b'{"entries": []}', "Daylio"),
        ("jrnl", b'{"entries": [{"title": "cut', "damaged"),
        ("jrnl-txt", b"\xff\xfe\x00\xd8 broken", None),
        ("json", b"[1, 2, 3]", "HJ Journal export"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    run_cli, recovery_key, tmp_path: Path, fmt: str, data: bytes, message: str | None
) -> None:
    path = tmp_path / "bad"
    path.write_bytes(data)
    code, _, err = run_cli("import", "--format", fmt, str(path))
    assert code == 1
    line = _one_line(err)
    if message:
        assert message in line
    assert run_cli("list")[1] == ""


def test_import_of_a_missing_file(run_cli, recovery_key, tmp_path: Path) -> None:
    code, _, err = run_cli("import", "--format", "jrnl", str(tmp_path / "nope.json"))
    assert code == 1
    assert "couldn't open" in _one_line(err)


# ---------------------------------------------------------------------- backup and restore


def _backup(run_cli, *args: str) -> Path:
    code, out, err = run_cli("backup", *args)
    assert code == 0, err
    return Path(out.strip().split(" to ", 1)[1])


def test_backup_list_and_restore_over_the_vault(run_cli, journal, paths) -> None:
    folder = _backup(run_cli)
    assert folder.parent.parent == paths.data_dir / "backups"
    code, out, _ = run_cli("backup", "--list")
    assert code == 0
    assert str(folder) in out
    assert run_cli("new", "--title", "After", "--body", "later")[0] == 0
    code, out, err = run_cli("restore", str(folder))
    assert code == 0, err
    assert "kept as a backup" in out
    assert "After" not in run_cli("list")[1]
    assert len(run_cli("backup", "--list")[1].splitlines()) == 2


def test_backup_to_a_folder_and_restore_as_a_new_vault(
    run_cli, journal: str, tmp_path: Path
) -> None:
    code, _, err = run_cli("backup", "--to", str(tmp_path / "stick"))
    assert code == 1
    assert "plug it in" in _one_line(err)
    (tmp_path / "stick").mkdir()
    folder = _backup(run_cli, "--to", str(tmp_path / "stick"))
    assert folder.is_relative_to(tmp_path / "stick")
    code, _, err = run_cli("restore", str(folder), "--as", "From stick")
    assert code == 0, err
    assert run_cli("--vault", "From stick", "list")[1] == run_cli("--vault", "Notebook", "list")[1]
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(journal + "\n")
    code, _, err = run_cli(
        "restore",
        str(folder),
        "--as",
        "Via recovery",
        "--recovery-key-file",
        str(key_file),
        passphrase=None,
    )
    assert code == 0, err
    code, _, err = run_cli("restore", str(folder), "--as", "Wrong", passphrase="not it at all")
    assert code == 2


def test_a_damaged_backup_is_refused_with_exit_3(run_cli, journal) -> None:
    folder = _backup(run_cli)
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0x10
    db.write_bytes(bytes(data))
    before = run_cli("list")[1]
    code, _, err = run_cli("restore", str(folder))
    assert code == 3
    assert "not restored" in _one_line(err)
    code, _, err = run_cli("restore", str(folder), "--as", "Copy")
    assert code == 3
    assert run_cli("list")[1] == before
    code, _, err = run_cli("restore", str(folder.parent / "nothing-here"))
    assert code == 1
    assert "no backup" in _one_line(err)


# ---------------------------------------------------------------------- wipe


def test_wipe_needs_the_exact_label(run_cli, journal, paths, monkeypatch) -> None:
    _backup(run_cli)
    code, _, err = run_cli("wipe", "--confirm-label", "notebook")
    assert code == 1
    assert "nothing was removed" in _one_line(err)
    assert run_cli("list")[0] == 0
    code, _, err = run_cli("wipe")  # no terminal, no label: refused
    assert code == 1
    assert "--confirm-label" in _one_line(err)
    code, out, err = run_cli("wipe", "--confirm-label", "Notebook")
    assert code == 0, err
    assert "'Notebook' and 1 backup are gone" in out
    assert list((paths.data_dir / "vaults").iterdir()) == []
    assert list((paths.data_dir / "backups").iterdir()) == []
    assert run_cli("list")[0] == 1


def test_the_passphrase_protects_the_wipe(run_cli, journal) -> None:
    code, _, _ = run_cli("wipe", "--confirm-label", "Notebook", passphrase="guessing here")
    assert code == 2
    assert run_cli("list", passphrase=CLI_PASSPHRASE)[0] == 0
