"""A key rotation killed at any moment leaves one working set of secrets and every entry.

The rotation runs in a real child process. In the first rounds the child stops after
each step in turn (it waits for a line on standard input there) and is killed with
SIGKILL; in the later rounds it runs freely and is killed after a random delay, so the
kill lands inside the export or the file moves. After every kill exactly one of the old
and the new passphrase opens the vault, every committed entry is there, and the
vault verifies.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hj_journal.store.errors import VaultDamagedError, WrongSecretError
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import Entry
from hj_journal.store.rotation import NEW_DB, NEW_KEY, OLD_DB
from hj_journal.store.vault import Vault
from tests.helpers import PASSPHRASE, REPO

pytestmark = pytest.mark.slow

OTHER = "a different passphrase entirely"
STEPS = ("locked", "key-file-written", "exported", "committed", "swapped", "done")

CHILD = """
import sys
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault

folder, current, new, mode = sys.argv[1:5]
vault = Vault(folder)
vault.unlock(current, policy=KdfPolicy.fast_for_tests())
print("ready", flush=True)

def step(name):
    if mode == "pause":
        print(name, flush=True)
        sys.stdin.readline()

vault.rotate_key(new, policy=KdfPolicy.fast_for_tests(), current_passphrase=current, step=step)
print("finished", flush=True)
vault.lock()
"""


def _add_entries(vault: Vault, first: int, count: int) -> None:
    with vault.transaction() as session:
        for n in range(first, first + count):
            session.add(
                Entry(entry_date=date(2026, 1, 1), title=f"entry {n}", body="words " * 400)
            )


def _opens(vault: Vault, passphrase: str, policy: KdfPolicy) -> bool:
    try:
        vault.unlock(passphrase, policy=policy)
    except WrongSecretError:
        return False
    return True


def _child(folder: Path, current: str, new: str, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), current, new, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def _check_after_kill(vault: Vault, current: str, new: str, entries: int, policy) -> str:
    """Exactly one passphrase opens; every entry is there; returns the one that opened."""
    opened_current = _opens(vault, current, policy)
    if opened_current:
        vault.lock()
    opened_new = _opens(vault, new, policy)
    assert opened_current != opened_new, "exactly one passphrase must open the vault"
    if not opened_new:
        vault.unlock(current, policy=policy)
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == entries
    assert vault.verify().ok
    assert not {p.name for p in vault.files()} & {NEW_DB, NEW_KEY, OLD_DB}
    vault.lock()
    return new if opened_new else current


def test_a_rotation_killed_at_any_moment_leaves_one_working_vault(created, policy) -> None:
    vault, _recovery = created
    _add_entries(vault, 0, 300)
    entries = 300
    vault.lock()
    current = PASSPHRASE
    rounds = [("pause", n) for n in range(len(STEPS))]
    rounds += [("free", n) for n in range(6)]
    seen_new = seen_old = False
    chance = random.Random(20260304)
    for mode, at in rounds:
        new = OTHER if current == PASSPHRASE else PASSPHRASE
        child = _child(vault.folder, current, new, mode)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
        if mode == "pause":
            for n in range(at + 1):
                assert child.stdout.readline().strip() == STEPS[n]
                if n < at:
                    assert child.stdin is not None
                    child.stdin.write("\n")
                    child.stdin.flush()
        else:
            time.sleep(chance.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        current = _check_after_kill(vault, current, new, entries, policy)
        seen_new |= current == new
        seen_old |= current != new
        vault.unlock(current, policy=policy)
        _add_entries(vault, entries, 1)
        entries += 1
        vault.lock()
    assert seen_new and seen_old  # the kills fell on both sides of the commit


def test_an_old_key_file_left_beside_a_finished_rotation_is_not_used(created, policy) -> None:
    # Killed right after the commit: the next unlock moves the new database into place
    # before anything is read, so the old passphrase opens nothing at all.
    vault, _recovery = created
    _add_entries(vault, 0, 3)
    vault.lock()
    child = _child(vault.folder, PASSPHRASE, OTHER, "pause")
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "ready"
    for name in STEPS[: STEPS.index("committed") + 1]:
        assert child.stdout.readline().strip() == name
        if name != "committed":
            child.stdin.write("\n")
            child.stdin.flush()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert (vault.folder / NEW_DB).exists()
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not (vault.folder / NEW_DB).exists()  # finished by that first unlock attempt
    vault.unlock(OTHER, policy=policy)
    assert vault.verify().ok
    vault.lock()
    with pytest.raises((WrongSecretError, VaultDamagedError)):
        vault.unlock(PASSPHRASE, policy=policy)
