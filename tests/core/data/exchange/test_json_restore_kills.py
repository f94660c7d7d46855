"""A JSON import killed at any moment leaves the vault as it was: one transaction, all or nothing.

The import runs in a real child process, which stops at each of its progress reports in
turn (it waits for a line on standard input there) and is killed with SIGKILL: between
batches of thousands of check-ins, while their plain indexes are dropped (they are built
again only after the rows), and before the commit. Every time the vault afterwards opens,
verifies, and holds exactly the rows and indexes it held before.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from hj_journal.core.data.exchange.importer import row_counts
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from tests.core.data import stepped_child
from tests.core.data.exchange.test_json_restore import MANY, _add_checkins, _export, _indexes
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.slow

CHILD = """
import sys
from hj_journal.core.data.exchange.importer import Importer, read_source
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault

folder, export, passphrase = sys.argv[1:4]
vault = Vault(folder)
vault.unlock(passphrase, policy=KdfPolicy.fast_for_tests())
source = read_source(export, "json")
print("ready", flush=True)

def report(done, total):
    print(done, flush=True)
    sys.stdin.readline()

Importer(vault).run(source, progress=report)
print("finished", flush=True)
vault.lock()
"""


def test_an_import_killed_at_any_moment_leaves_the_vault_as_it_was(
    vault: Vault, registry: VaultRegistry, policy: KdfPolicy, tmp_path: Path
) -> None:
    _add_checkins(vault, MANY)
    export = tmp_path / "export.json"
    _export(vault, export)
    target, _ = registry.create("Target", PASSPHRASE, policy=policy)
    before, indexes = row_counts(target), _indexes(target)
    target.lock()
    template = tmp_path / "template"
    shutil.copytree(target.folder, template)

    # A free run counts the progress reports (and shows the import goes through).
    child = stepped_child.start(CHILD, str(target.folder), str(export))
    reports = stepped_child.run_to(child, 10_000)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert len(reports) >= 4  # a few small tables and the check-ins' batches
    assert max(int(r) for r in reports) >= MANY

    for stop in range(len(reports)):
        shutil.rmtree(target.folder)
        shutil.copytree(template, target.folder)
        child = stepped_child.start(CHILD, str(target.folder), str(export))
        stepped_child.run_to(child, stop)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)

        target.unlock(PASSPHRASE, policy=policy)
        try:
            assert target.verify().ok, f"killed after report {stop}"
            assert row_counts(target) == before, f"killed after report {stop}"
            assert _indexes(target) == indexes, f"killed after report {stop}"
        finally:
            target.lock()
