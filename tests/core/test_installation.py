"""The self-check's look at the vault code: every store module, every migration script."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.core.installation import check_vault_code
from hj_journal.store import migrate


def test_a_complete_installation_names_the_store_and_the_newest_migration() -> None:
    lines, problems = check_vault_code()
    assert problems == []
    assert lines[0].startswith("Vault code: ")
    assert lines[0].endswith(" modules of hj_journal.store")
    assert int(lines[0].split()[2]) > 10  # the store's modules were really imported
    assert lines[1].startswith("Migrations: ")
    assert lines[1].endswith(f"newest {migrate.head_revision()}")


def test_migrations_without_their_environment_script_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy)
    (copy / "env.py").unlink()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    lines, problems = check_vault_code()
    assert problems == [f"migration scripts are missing from {copy}"]
    assert any(line.startswith("Migrations: ") for line in lines)
