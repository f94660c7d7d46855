"""Damage is always damage: a broken vault ends in exit 3 and the damage sentence.

Never exit 0 with "healthy" (an empty file taken for a new vault) and never exit 1 with
"Something unexpected" (an SQLite error the store did not recognise).
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from hj_journal.core.vaults import VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import reseal_kdf

DAMAGE_SENTENCE = "The journal's database is damaged, so it was not opened."


@pytest.fixture
def vault_db(run_cli, paths: AppPaths) -> Path:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    for n in range(3):
        code, _, err = run_cli("new", "--title", f"day {n}", "--tag", "calm", "--body", "words")
        assert code == 0, err
    return VaultRegistry(paths.vaults_dir).find().db_path


def _backups(paths: AppPaths) -> list[Path]:
    root = paths.data_dir / "backups"
    return sorted(p for p in root.rglob("backup.json")) if root.exists() else []


@pytest.mark.parametrize("content", [b"", b"\x00", b"\x01" * 1000, b"\x00" * 4096])
def test_an_empty_or_short_database_is_exit_3_and_stays_as_it_is(
    run_cli, vault_db: Path, paths: AppPaths, content: bytes
) -> None:
    vault_db.write_bytes(content)
    for command in (["list"], ["verify"], ["new", "--body", "x"], ["backup"]):
        code, out, err = run_cli(*command)
        assert code == 3, (command, out, err)
        assert "damaged" in err
        assert "healthy" not in out
        assert err.count("\n") == 1
    assert vault_db.read_bytes() == content
    assert not vault_db.with_name("vault.db-wal").exists()
    assert _backups(paths) == []


def test_a_missing_database_is_reported_as_missing(run_cli, vault_db: Path) -> None:
    vault_db.unlink()
    code, _, err = run_cli("list")
    assert code == 3
    assert "missing" in err
    assert not vault_db.exists()


def _offsets(size: int, count: int, seed: int) -> list[int]:
    # The first page (salt, SQLite header, schema) in detail, then the rest spread evenly
    # with a little randomness so that every kind of page is hit somewhere.
    first = [0, 1, 15, 16, 17, 20, 24, 40, 60, 95, 100, 500, 2000, 4000, 4015, 4016, 4095]
    rng = random.Random(seed)
    step = size / (count - len(first))
    rest = [min(size - 1, int(i * step + rng.random() * step)) for i in range(count - len(first))]
    return [o for o in first if o < size] + rest


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _outcomes(run_cli, folder: Path, pristine: dict[str, bytes], target: str, offsets, commands):
    bad = []
    backups = folder.parent.parent / "backups"
    for offset in offsets:
        shutil.rmtree(backups, ignore_errors=True)
        for path in folder.iterdir():  # side files a previous round left behind
            if path.name.startswith("vault.db") and path.name not in pristine:
                path.unlink()
        for name, data in pristine.items():
            (folder / name).write_bytes(data)
        _flip(folder / target, offset)
        for command in commands:
            code, out, err = run_cli(command)
            said = err.strip() == f"hj-journal: {DAMAGE_SENTENCE} Your backups can restore it."
            if command == "verify":  # verify lists what it found on standard output
                said = said or (out.startswith("The vault has damage:") and not err)
            if not (code == 0 or (code == 3 and said)):
                bad.append((target, offset, command, code, err.strip()))
    return bad


def test_flipped_bytes_in_the_database_are_success_or_damage(run_cli, vault_db: Path) -> None:
    started = time.monotonic()
    folder = vault_db.parent
    pristine = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    size = len(pristine["vault.db"])
    offsets = _offsets(size, 200, 10)
    bad = _outcomes(run_cli, folder, pristine, "vault.db", offsets, ("list", "verify"))
    # A backup reads every page, so it meets damage that listing never reads.
    bad += _outcomes(run_cli, folder, pristine, "vault.db", offsets[::8], ("backup",))
    assert bad == []
    assert time.monotonic() - started < 60


def test_flipped_bytes_in_the_write_ahead_log_are_success_or_damage(
    run_cli, vault_db: Path, paths: AppPaths
) -> None:
    from datetime import date

    from hj_journal.core.journal.entries import EntryInput
    from hj_journal.core.services import Services
    from hj_journal.core.vaults import KdfPolicy
    from tests.helpers import CLI_PASSPHRASE

    folder = vault_db.parent
    vault = VaultRegistry(paths.vaults_dir).find()
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    try:
        journal = Services.for_vault(vault).journal
        for n in range(3):
            journal.create(EntryInput(entry_date=date(2026, 3, 1), title=f"w{n}", body="b"))
        # The files as a crash would leave them: commits still in the log.
        pristine = {
            p.name: p.read_bytes()
            for p in folder.iterdir()
            if p.is_file() and not p.name.endswith("-shm")
        }
    finally:
        vault.lock()
    assert len(pristine["vault.db-wal"]) > 0
    size = len(pristine["vault.db-wal"])
    bad = _outcomes(
        run_cli, folder, pristine, "vault.db-wal", _offsets(size, 50, 11), ("list", "verify")
    )
    assert bad == []


def test_a_copied_vault_folder_is_untouched_by_a_damaged_unlock(run_cli, vault_db: Path) -> None:
    shutil.copy2(vault_db, vault_db.with_name("copy"))
    vault_db.write_bytes(b"")
    assert run_cli("list")[0] == 3
    assert vault_db.with_name("copy").stat().st_size > 0


@pytest.mark.timeout(60)
def test_absurd_kdf_costs_are_exit_3_at_once(run_cli, paths: AppPaths) -> None:
    assert run_cli("init", "--label", "Notebook")[0] == 0
    key_path = VaultRegistry(paths.vaults_dir).find().key_path
    reseal_kdf(key_path, {"iterations": 2**31})
    started = time.monotonic()
    code, _, err = run_cli("list")
    assert code == 3
    assert "damaged" in err and err.count("\n") == 1
    assert time.monotonic() - started < 5
