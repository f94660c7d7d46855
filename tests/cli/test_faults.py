"""Faults in real child processes: kills mid-write, flipped bytes, wrong secrets."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from tests.helpers import cli_command, subprocess_env

pytestmark = pytest.mark.slow

PASS_A = "first passphrase here"
PASS_B = "second passphrase here"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "tmp").mkdir()
    data = tmp_path / "data"
    done = subprocess.run(
        cli_command(data, "init", "--label", "Notebook"),
        env=subprocess_env(data, HJ_PASSPHRASE=PASS_A),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return data


def _child(script: str, data_dir: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(script).format(vaults=str(data_dir / "vaults"))
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=subprocess_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _open(data_dir: Path, passphrase: str = PASS_A):
    vault = VaultRegistry(data_dir / "vaults").find()
    vault.unlock(passphrase, policy=KdfPolicy.at_floor())
    return vault


SAVE_LOOP = """
    from datetime import date
    from hj_journal.core.journal.entries import EntryInput
    from hj_journal.core.services import Services
    from hj_journal.core.vaults import KdfPolicy, VaultRegistry
    vault = VaultRegistry({vaults!r}).find()
    vault.unlock("first passphrase here", policy=KdfPolicy.at_floor())
    journal = Services.for_vault(vault).journal
    for n in range(100000):
        journal.create(EntryInput(entry_date=date(2026, 1, 1), title=f"save {{n}}",
                                  body="steady words " * 50))
        print(n, flush=True)
"""


def test_every_returned_save_survives_sigkill(data_dir: Path) -> None:
    child = _child(SAVE_LOOP, data_dir)
    confirmed = -1
    assert child.stdout is not None
    for line in child.stdout:
        confirmed = int(line)
        if confirmed >= 60:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert confirmed >= 60, child.stderr.read() if child.stderr else ""

    vault = _open(data_dir)
    try:
        titles = {e.title for e in Services.for_vault(vault).journal.timeline(limit=100000)}
        assert {f"save {n}" for n in range(confirmed + 1)} <= titles
        assert vault.verify().ok
    finally:
        vault.lock()


PASSWD_LOOP = """
    from hj_journal.core.vaults import KdfPolicy, VaultRegistry
    vault = VaultRegistry({vaults!r}).find()
    vault.unlock("first passphrase here", policy=KdfPolicy.at_floor())
    passes = ["second passphrase here", "first passphrase here"]
    for n in range(100000):
        vault.change_passphrase(passes[n % 2], policy=KdfPolicy.at_floor())
        print(n, flush=True)
"""


@pytest.mark.parametrize("stop_after", [0, 1, 2, 5])
def test_a_passphrase_change_killed_midway_leaves_one_that_works(
    data_dir: Path, stop_after: int
) -> None:
    child = _child(PASSWD_LOOP, data_dir)
    assert child.stdout is not None
    for line in child.stdout:
        if int(line) >= stop_after:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    opened = []
    for passphrase in (PASS_A, PASS_B):
        try:
            _open(data_dir, passphrase).lock()
            opened.append(passphrase)
        except Exception:
            continue
    assert len(opened) == 1
    leftovers = [p.name for p in (data_dir / "vaults").rglob("*.tmp")]
    # A temp key file may be left by the kill; it must never be mistaken for the key.
    assert all(name.startswith(".vault.key.") for name in leftovers)


def _run(data_dir: Path, *args: str, passphrase: str = PASS_A) -> subprocess.CompletedProcess:
    return subprocess.run(
        cli_command(data_dir, *args),
        env=subprocess_env(data_dir, HJ_PASSPHRASE=passphrase),
        capture_output=True,
        text=True,
        timeout=60,
    )


def _vault_bytes(data_dir: Path) -> dict[str, bytes]:
    return {
        str(p): p.read_bytes() for p in sorted((data_dir / "vaults").rglob("*")) if p.is_file()
    }


def test_wrong_passphrase_exit_2_and_no_file_modified(data_dir: Path) -> None:
    assert _run(data_dir, "new", "--body", "hello", "--title", "t").returncode == 0
    before = _vault_bytes(data_dir)
    done = _run(data_dir, "list", passphrase="wrong passphrase")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    after = _vault_bytes(data_dir)
    # The one file a wrong passphrase adds to: the sealed record of attempts, by one record.
    attempts = next(name for name in after if name.endswith("vault.attempts"))
    assert len(after.pop(attempts)) == len(before.pop(attempts, b"")) + 64
    assert after == before


def _fill(data_dir: Path, count: int) -> None:
    from datetime import date

    from hj_journal.core.journal.entries import EntryInput

    vault = _open(data_dir)
    try:
        journal = Services.for_vault(vault).journal
        for n in range(count):
            journal.create(
                EntryInput(entry_date=date(2026, 2, 1), title=f"e{n}", body="words " * 400)
            )
    finally:
        vault.lock()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("target", ["vault.db", "vault.key"])
def test_a_flipped_byte_is_exit_3_and_nothing_is_overwritten(data_dir: Path, target: str) -> None:
    _fill(data_dir, 20)
    path = next((data_dir / "vaults").rglob(target))
    _flip(path, 120 if target == "vault.db" else 300)
    damaged = path.read_bytes()
    for command in ("list", "verify"):
        done = _run(data_dir, command)
        assert done.returncode == 3, done.stderr
        assert "damaged" in done.stderr
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == damaged


def test_damage_deep_in_the_database_is_found_by_verify(data_dir: Path) -> None:
    _fill(data_dir, 40)
    db = next((data_dir / "vaults").rglob("vault.db"))
    _flip(db, db.stat().st_size - 3000)
    done = _run(data_dir, "verify")
    assert done.returncode == 3
