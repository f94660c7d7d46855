"""On the command line, imports across vault kinds are refused: exit 1, one line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.data.exchange.samples import JRNL_JSON


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_a_jrnl_file_is_refused_in_a_practice_vault(run_cli, tmp_path: Path) -> None:
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(JRNL_JSON))
    for extra in (("--dry-run",), ()):
        code, out, err = run_cli("import", "--format", "jrnl", str(path), *extra)
        assert code == 1
        assert "practice vault" in _one_line(err) and "personal journal" in err
        assert "Imported" not in out


def test_an_export_never_crosses_between_a_personal_and_a_practice_vault(
    run_cli, tmp_path: Path
) -> None:
    assert run_cli("init", "--label", "Notebook")[0] == 0
    assert run_cli("--vault", "Notebook", "new", "--title", "Sea day", "--body", "Mine")[0] == 0
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    personal = tmp_path / "personal.json"
    practice = tmp_path / "practice.json"
    assert run_cli("--vault", "Notebook", "export", "--format", "json", str(personal))[0] == 0
    assert run_cli("--vault", "Practice", "export", "--format", "json", str(practice))[0] == 0

    code, _, err = run_cli("--vault", "Practice", "import", "--format", "json", str(personal))
    assert code == 1
    assert "can't be imported into it" in _one_line(err)
    code, _, err = run_cli("--vault", "Notebook", "import", "--format", "json", str(practice))
    assert code == 1
    assert "comes from a practice vault" in _one_line(err)
    assert len(run_cli("--vault", "Notebook", "list")[1].splitlines()) == 1


def test_a_practice_vault_takes_no_personal_entry_or_check_in(run_cli) -> None:
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    for args in (
        ("new", "--title", "Mine", "--body", "A personal entry"),
        ("checkin", "--distress", "4"),
        ("checkin", "--instrument", "gad7", "--answers", "0,1,0,1,0,1,0"),
    ):
        code, out, err = run_cli(*args)
        assert code == 1, args
        assert "practice vault" in _one_line(err), args
        assert "saved" not in out.lower(), args
    code, out, _ = run_cli("list", "--all")
    assert code == 0 and "Mine" not in out
