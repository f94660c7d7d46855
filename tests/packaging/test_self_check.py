"""``hj-journal --self-check``: the versions, and whether every part is present."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.cli import main
from hj_journal.cli import self_check as check


def test_a_complete_installation_passes_and_names_the_sqlcipher_version(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--self-check"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith("HJ Journal ")
    assert any(line.startswith("SQLCipher 4.") and "FTS5" in line for line in lines)
    assert any(line.startswith("Vault code: ") for line in lines)
    assert lines[-1] == "Every part of HJ Journal is present."


def test_a_missing_migration_script_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.store import migrate

    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy)
    # A script in the middle: the ones after it point at a revision that is not there.
    sorted((copy / "versions").glob("0*.py"))[1].unlink()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    assert check.run_self_check() == 1
    assert "migration scripts cannot be read" in capsys.readouterr().err
