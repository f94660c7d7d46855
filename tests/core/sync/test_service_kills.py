"""A process killed (SIGKILL) while writing a change set or while merging loses nothing
and leaves nothing half-applied."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import PASSPHRASE, Device, Mesh
from tests.helpers import subprocess_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# Runs in a child process: unlock the vault, arm a kill at the chosen moment, sync.
CHILD = """
import os, signal, sys
from pathlib import Path
from hj_journal.core.services import Services
from hj_journal.core.sync import folder, merge
from hj_journal.core.vaults import KdfPolicy, Vault

vault = Vault(Path(sys.argv[1]))
vault.unlock(sys.argv[2], policy=KdfPolicy.fast_for_tests())
where = sys.argv[3]
if where == "merging":
    original, seen = merge.Merger.apply, []
    def apply(self, version):
        seen.append(1)
        if len(seen) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, version)
    merge.Merger.apply = apply
else:
    original_write = folder.SyncFolder.write
    def write(self, path, data):
        original_write(self, path, data)
        if path.suffix == ".hjsync":
            os.kill(os.getpid(), signal.SIGKILL)  # renamed into place, not yet committed
    folder.SyncFolder.write = write
Services.for_vault(vault).sync.sync_now()
"""


@pytest.fixture
def pair(tmp_path: Path, policy: KdfPolicy) -> Mesh:
    a = Device.first(tmp_path, policy, "a")
    shutil.copytree(a.folder, tmp_path / "b-synced")
    b = Device.joining(tmp_path, policy, "b")
    yield Mesh([a, b])
    a.close()
    b.close()


def _killed_while(device: Device, where: str, tmp_path: Path) -> None:
    folder = device.vault.folder
    device.vault.lock()
    (tmp_path / "tmp").mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, where],
        env=subprocess_env(tmp_path / "data"),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    device.vault.unlock(PASSPHRASE, policy=KdfPolicy.fast_for_tests())


def test_killed_while_merging_nothing_is_half_applied(pair: Mesh, tmp_path: Path) -> None:
    a, b = pair.devices
    uuids = [a.write(f"Entry {n}", "words") for n in range(6)]
    a.sync.sync_now()
    pair.everywhere()
    _killed_while(b, "merging", tmp_path)
    assert all(b.entry(u) is None for u in uuids)  # all or nothing
    b.sync.sync_now()
    assert all(b.entry(u) == (f"Entry {n}", "words") for n, u in enumerate(uuids))


def test_killed_after_writing_a_change_set_nothing_is_lost(pair: Mesh, tmp_path: Path) -> None:
    a, b = pair.devices
    uuid = a.write("Kept", "through a kill")
    _killed_while(a, "writing", tmp_path)
    a.edit(uuid, body="through a kill, and after")
    pair.settle()
    assert b.entry(uuid) == ("Kept", "through a kill, and after")
    assert a.picture() == b.picture()
