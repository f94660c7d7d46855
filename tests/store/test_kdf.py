"""Absurd Argon2id costs in a key file are damage, refused before anything is derived.

A key file's costs are used before its authentication can be checked, so without a
ceiling a damaged or tampered file could ask for 2^40 KiB of memory or 2^31 passes
(unlocking that never ends). Every real calibration stays well under the ceilings.
"""

from __future__ import annotations

import time

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
