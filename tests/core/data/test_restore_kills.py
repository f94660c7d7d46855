"""A restore over the open vault killed at any moment leaves one whole vault, never half of one.

The restore runs in a real child process, which stops at each progress report in turn
(it waits for a line on standard input there) and is killed with SIGKILL: while the
safety backup is written, between the pages of the copy (a few pages per step, so the
kill lands inside its one transaction), and after it. Every time the vault afterwards
opens, verifies, and holds either everything it held before or exactly the backup's
entries; once the copy has begun, the safety backup is there, whole, with everything.
"""

from __future__ import annotations

import shutil
import signal
from datetime import UTC, date
from pathlib import Path

import pytest
from sqlalchemy import select

from hj_journal.core.data.backup import Backups
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import Entry
from hj_journal.store.vault import Vault
from tests.core.data import stepped_child
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.slow

CHILD = """
import sys
from datetime import UTC
from pathlib import Path
from hj_journal.core.data.backup import Backups, list_backups
from hj_journal.core.data.restore import restore_over
from hj_journal.store import snapshot
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault

folder, root, passphrase = sys.argv[1:4]
snapshot._PAGES_PER_STEP = 8  # many steps inside the one transaction of the copy
vault = Vault(folder)
vault.unlock(passphrase, policy=KdfPolicy.fast_for_tests())
backups = Backups(vault, Path(root), zone=UTC)
old = [b for b in backups.available() if b.reason != "before-restore"][0]
print("ready", flush=True)

def report(done, total):
    print(done, flush=True)
    sys.stdin.readline()

restore_over(backups, old, progress=report)
print("finished", flush=True)
vault.lock()
"""

BEFORE = {f"kept {n}" for n in range(40)} | {f"later {n}" for n in range(40)}
BACKED_UP = {f"kept {n}" for n in range(40)}


def _add(vault: Vault, prefix: str, count: int) -> None:
    with vault.transaction() as session:
        for n in range(count):
            session.add(
                Entry(entry_date=date(2026, 1, 1), title=f"{prefix} {n}", body="words " * 300)
            )


def _titles(vault: Vault) -> set[str]:
    with vault.session() as session:
        return set(session.scalars(select(Entry.title)))


def test_a_restore_killed_at_any_moment_leaves_one_whole_vault(
    created: tuple[Vault, str], policy: KdfPolicy, tmp_path: Path
) -> None:
    vault, _recovery = created
    root = tmp_path / "backups"
    _add(vault, "kept", 40)
    Backups(vault, root, zone=UTC).create()
    _add(vault, "later", 40)
    vault.lock()
    template = tmp_path / "template"
    shutil.copytree(vault.folder, template / "vault")
    shutil.copytree(root, template / "backups")

    # A free run counts the progress reports: the kills below fall after each in turn.
    child = stepped_child.start(CHILD, str(vault.folder), str(root))
    reports = stepped_child.run_to(child, 10_000)
    child.communicate(timeout=60)
    assert len(reports) > 12  # the safety backup and many steps of the copy
    seen = {"before": 0, "restored": 0}
    # Every other report (the whole test stays under half a minute), and the last two.
    stops = sorted({*range(0, len(reports), 2), len(reports) - 2, len(reports) - 1})
    for stop in stops:
        for folder, source in ((vault.folder, "vault"), (root, "backups")):
            shutil.rmtree(folder)
            shutil.copytree(template / source, folder)
        child = stepped_child.start(CHILD, str(vault.folder), str(root))
        stepped_child.run_to(child, stop)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)

        vault.unlock(PASSPHRASE, policy=policy)
        try:
            assert vault.verify().ok
            titles = _titles(vault)
            assert titles in (BEFORE, BACKED_UP), f"killed after report {stop}"
            backups = Backups(vault, root, zone=UTC)
            safety = [b for b in backups.available() if b.reason == "before-restore"]
            if titles == BACKED_UP:
                seen["restored"] += 1
                assert len(safety) == 1 and backups.verify(safety[0]).ok
            else:
                seen["before"] += 1
            assert all(b.problem is None for b in backups.available())
        finally:
            vault.lock()
    assert seen["before"] and seen["restored"]
