"""A re-wrap of the passphrase slot killed at any moment leaves a key file that opens.

The unlisted lock screen re-wraps a vault's passphrase slot with new costs at its unlock
(:meth:`Vault.unlock_with_unwrapped_key`). A real child process re-wraps in a loop,
switching between 3 and 5 passes, and is killed with SIGKILL at a random moment after
one to three whole re-wraps, so the kill lands anywhere inside the next one; after
every kill the passphrase and the recovery key still open the vault, with the old costs
or the new ones.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from hj_journal.store.kdf import Argon2Params, KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault
from tests.helpers import PASSPHRASE, REPO

pytestmark = pytest.mark.slow

POLICY = KdfPolicy(
    floor=Argon2Params(memory_kib=64, iterations=3, lanes=1),
    memory_kib=1024,
    lanes=1,
    target_seconds=0.0,
    min_iterations=3,
    max_iterations=5,
    fixed_iterations=3,
)

CHILD = """
import sys
from hj_journal.store.kdf import Argon2Params, KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault

folder, passphrase = sys.argv[1:3]
policy = KdfPolicy(Argon2Params(64, 3, 1), 1024, 1, 0.0, 3, 5, 3)
vault = Vault(folder)
passes = 5
while True:
    keyfile = vault.read_key_file()
    key = keyfile.unwrap_with_passphrase(passphrase, policy)
    rewrap = (passphrase, policy.with_iterations(passes))
    vault.unlock_with_unwrapped_key(keyfile, key, rewrap=rewrap)
    vault.lock()
    print("re-wrapped", passes, flush=True)
    passes = 8 - passes
"""


def test_a_re_wrap_killed_at_any_moment_leaves_a_key_file_that_opens(
    registry: VaultRegistry,
) -> None:
    vault, recovery_key = registry.create("Notebook", PASSPHRASE, policy=POLICY)
    vault.lock()
    chance = random.Random(20261203)
    seen = set()
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault.folder), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert child.stdout is not None
        for _ in range(chance.randint(1, 3)):  # some whole re-wraps, then a kill inside one
            assert child.stdout.readline().startswith("re-wrapped"), child.stderr
        time.sleep(chance.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        again = Vault(vault.folder)
        slot = next(s for s in again.read_key_file().slots if s.kind == "passphrase")
        seen.add(slot.argon2_params().iterations)
        again.unlock(PASSPHRASE, policy=POLICY)
        again.lock()
        again.unlock_with_recovery_key(recovery_key)
        again.lock()
    assert seen <= {3, 5}
    assert seen == {3, 5}  # the kills fell on both sides of a re-wrap
