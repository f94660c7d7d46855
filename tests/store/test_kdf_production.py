"""The production key-derivation policy: calibrated, never below the floor."""

from __future__ import annotations

import time

import pytest

from hj_journal.store.kdf import SALT_LENGTH, KdfPolicy, derive_key

pytestmark = pytest.mark.slow


def test_production_parameters_meet_the_design() -> None:
    policy = KdfPolicy.production()
    assert policy.floor.memory_kib >= 64 * 1024
    assert policy.floor.iterations >= 3
    params = policy.parameters_for_new_slot()
    assert params.memory_kib >= 64 * 1024
    assert params.meets(policy.floor)
    started = time.perf_counter()
    derive_key("calibration check", bytes(SALT_LENGTH), params)
    elapsed = time.perf_counter() - started
    # Aimed at 0.75 s; allow for a busy test machine.
    assert 0.3 <= elapsed <= 2.5, f"one derivation took {elapsed:.2f} s with {params}"


def test_the_floor_refuses_what_tests_use() -> None:
    assert not KdfPolicy.fast_for_tests().floor.meets(KdfPolicy.production().floor)
    assert KdfPolicy.at_floor().parameters_for_new_slot().meets(KdfPolicy.production().floor)
