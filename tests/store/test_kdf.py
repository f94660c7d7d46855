"""Key derivation: absurd Argon2id costs are damage, and two derivations at once finish.

A key file's costs are used before its authentication can be checked, so without a
ceiling a damaged or tampered file could ask for 2^40 KiB of memory or 2^31 passes
(unlocking that never ends). Every real calibration stays well under the ceilings.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy, Vault, VaultDamagedError, VaultRegistry
from hj_journal.store import kdf
from hj_journal.store.kdf import Argon2Params, KdfParamsOutOfRangeError
from tests.helpers import PASSPHRASE, reseal_kdf

ABSURD = {
    "memory 2^40 KiB": {"memory_kib": 2**40},
    "2^24 lanes": {"lanes": 2**24},
    "2^31 passes": {"iterations": 2**31},
    "zero passes": {"iterations": 0},
    "more lanes than memory allows": {"lanes": 64, "memory_kib": 64},
    "a day of work": {"memory_kib": 4 * 1024 * 1024, "iterations": 200},
}


@pytest.fixture
def locked(registry: VaultRegistry, policy: KdfPolicy) -> Vault:
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    vault.lock()
    return vault


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(ABSURD))
def test_absurd_costs_are_damage_before_any_derivation(
    locked: Vault, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    reseal_kdf(locked.key_path, ABSURD[name])
    derived: list[object] = []
    from hj_journal.store import keyfile

    real = keyfile.derive_key
    monkeypatch.setattr(keyfile, "derive_key", lambda *a: derived.append(a) or real(*a))
    started = time.monotonic()
    with pytest.raises(VaultDamagedError):
        locked.unlock(PASSPHRASE, policy=policy)
    assert time.monotonic() - started < 5
    assert derived == []


def test_no_calibration_can_reach_the_ceilings() -> None:
    production = KdfPolicy.production()
    strongest = Argon2Params(production.memory_kib, production.max_iterations, production.lanes)
    assert 2 * strongest.memory_kib * strongest.iterations <= kdf.MAX_WORK_KIB
    assert 2 * strongest.lanes <= kdf.MAX_LANES
    assert 2 * strongest.iterations <= kdf.MAX_ITERATIONS
    assert 2 * strongest.memory_kib <= kdf.MAX_MEMORY_KIB
    for policy in (production, KdfPolicy.at_floor(), KdfPolicy.fast_for_tests()):
        Argon2Params(policy.memory_kib, policy.max_iterations, policy.lanes)  # no error


def test_out_of_range_parameters_cannot_be_made() -> None:
    with pytest.raises(KdfParamsOutOfRangeError):
        Argon2Params(memory_kib=2**40, iterations=3, lanes=1)
    with pytest.raises(ValueError):
        Argon2Params(memory_kib=64 * 1024, iterations=3, lanes=0)


# Two key derivations at once (two windows unlocking, a backup check beside an unlock) both
# finish. With this build of cryptography and OpenSSL, two Argon2id derivations with several
# lanes running at the same moment in one process never returned, so the store runs them one
# after another.

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, threading
sys.path.insert(0, {repo!r})
from hj_journal.store.kdf import Argon2Params, derive_key
params = Argon2Params(8 * 1024, 3, 4)
done = []
def work(n):
    for _ in range(5):
        derive_key("passphrase", bytes(16), params)
    done.append(n)
threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(15)
print("finished", len(done))
"""


def test_two_derivations_at_once_both_finish() -> None:
    # In a child process: a hang there cannot take the test run with it.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(repo=str(REPO))],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.stdout.strip() == "finished 2", done.stderr
