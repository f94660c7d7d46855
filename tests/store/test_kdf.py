"""Key derivation: absurd costs are damage, two at once finish, unlisted vaults share a budget.

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


# One budget shared by unlisted vaults ("Don't list my vaults"): the arithmetic.

SMALL = KdfPolicy(
    floor=Argon2Params(memory_kib=64, iterations=2, lanes=1),
    memory_kib=64,
    lanes=1,
    target_seconds=0.0,
    min_iterations=2,
    max_iterations=64,
)
# 0.1 s to start, 0.05 s a pass: 10 passes take 0.6 s.
TIMING = kdf.KdfTiming(memory_kib=64, lanes=1, fixed=0.1, per_pass=0.05)


def test_each_vault_gets_an_equal_share_until_the_others_take_more_than_theirs() -> None:
    budget = kdf.SharedBudget(seconds=2.1)
    assert budget.share(1) == pytest.approx(2.1)
    assert budget.share(3) == pytest.approx(0.7)
    assert budget.target(3, others=1.4) == pytest.approx(0.7)  # the others at their share
    assert budget.target(3, others=1.8) == pytest.approx(0.3)  # they still take more
    assert budget.target(3, others=2.5) == 0.0  # the policy's minimum decides


def test_a_slot_is_off_target_only_past_the_tolerances() -> None:
    budget = kdf.SharedBudget(seconds=2.0, over=0.15, under=0.35)
    assert not budget.off_target(1.1, 1.0)
    assert budget.off_target(1.2, 1.0)
    assert not budget.off_target(0.7, 1.0)
    assert budget.off_target(0.6, 1.0)


def test_the_number_of_vaults_that_fit_counts_slots_at_the_minimum() -> None:
    # At the minimum of 2 passes a slot takes 0.2 s: 11 fit in 2.2 s, the twelfth would not.
    assert kdf.SharedBudget(seconds=2.2).most_vaults(TIMING, SMALL) == 11
    assert kdf.SharedBudget(seconds=0.1).most_vaults(TIMING, SMALL) == 1


def test_timing_turns_seconds_into_passes_within_the_policy() -> None:
    assert TIMING.seconds(Argon2Params(64, 10, 1)) == pytest.approx(0.6)
    assert TIMING.seconds(Argon2Params(128, 10, 1)) == pytest.approx(1.2)  # twice the memory
    assert TIMING.iterations_for(SMALL, 0.6) == 10
    assert TIMING.iterations_for(SMALL, 0.0) == SMALL.min_iterations
    assert TIMING.iterations_for(SMALL, 100.0) == SMALL.max_iterations


def test_a_new_vault_beside_others_gets_its_share_or_what_is_left() -> None:
    budget = kdf.SharedBudget(seconds=1.8)
    at_share = Argon2Params(64, 10, 1)  # 0.6 s, a third of 1.8 s
    assert kdf.params_for_shared_slot(SMALL, budget, [at_share] * 2, TIMING).iterations == 10
    # Two vaults made when there were two (0.9 s each): the third takes what is left.
    halves = Argon2Params(64, 16, 1)
    assert kdf.params_for_shared_slot(SMALL, budget, [halves] * 2, TIMING).iterations == 2
    # Alone, it gets the whole budget.
    assert kdf.params_for_shared_slot(SMALL, budget, [], TIMING).iterations == 34


def test_a_slow_slot_is_scaled_down_and_a_fast_one_up() -> None:
    budget = kdf.SharedBudget(seconds=3.0)
    params = Argon2Params(64, 20, 1)
    slower = kdf.rewrap_params(SMALL, budget, params, 2.0, count=3, others=1.0)
    assert slower == Argon2Params(64, 10, 1)  # target 1 s: half the passes
    faster = kdf.rewrap_params(SMALL, budget, params, 0.5, count=3, others=2.0)
    assert faster == Argon2Params(64, 40, 1)
    assert kdf.rewrap_params(SMALL, budget, params, 1.05, count=3, others=2.0) is None


def test_a_re_wrap_never_goes_below_the_policy_minimum() -> None:
    budget = kdf.SharedBudget(seconds=1.0)
    at_minimum = Argon2Params(64, SMALL.min_iterations, 1)
    # The others take the whole budget: the target is 0, but the minimum holds.
    assert kdf.rewrap_params(SMALL, budget, at_minimum, 0.5, count=4, others=2.0) is None
    lowered = kdf.rewrap_params(SMALL, budget, Argon2Params(64, 30, 1), 3.0, count=2, others=1.0)
    assert lowered == at_minimum
    assert lowered.meets(SMALL.floor)


def test_a_slot_with_other_memory_is_calibrated_afresh() -> None:
    budget = kdf.SharedBudget(seconds=1.0)
    other = Argon2Params(128, 3, 1)  # not the policy's memory: its time says nothing
    renewed = kdf.rewrap_params(SMALL, budget, other, 5.0, count=1, others=0.0)
    assert renewed is not None
    assert (renewed.memory_kib, renewed.lanes) == (SMALL.memory_kib, SMALL.lanes)


def test_only_a_calibrated_policy_shares_a_budget() -> None:
    assert kdf.SharedBudget.for_policy(KdfPolicy.production()) == kdf.SharedBudget()
    assert kdf.SharedBudget.for_policy(KdfPolicy.fast_for_tests()) is None
    assert kdf.SharedBudget.for_policy(KdfPolicy.at_floor()) is None
    fixed = KdfPolicy.production().with_iterations(5)
    assert fixed.parameters_for_new_slot() == Argon2Params(128 * 1024, 5, 4)
    assert KdfPolicy.production().aiming_at(0.3).target_seconds == 0.3
