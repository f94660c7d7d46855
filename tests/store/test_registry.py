"""Unlisted vaults share one time budget: every vault tried, the try padded, slots re-wrapped.

Times are scripted (``FakeTime``): each vault's derivation "takes" what the test says and
sleeping moves the clock on, so what an onlooker could time is checked exactly, without
slow derivations. The derivations and key files are real (a tiny calibrated policy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hj_journal.store import attempts
from hj_journal.store.errors import VaultDamagedError, WrongSecretError
from hj_journal.store.kdf import Argon2Params, KdfPolicy, SharedBudget
from hj_journal.store.registry import WRONG_PASSPHRASE, VaultRegistry
from hj_journal.store.vault import Vault
from tests.helpers import reseal_kdf

PASSPHRASES = ("first calm river stone", "second quiet hill path", "third slow warm tide")
WRONG = "not any of them at all"

# Calibrated (so a budget applies), with tiny memory so every derivation is quick.
SMALL = KdfPolicy(
    floor=Argon2Params(memory_kib=64, iterations=2, lanes=1),
    memory_kib=64,
    lanes=1,
    target_seconds=0.0,
    min_iterations=2,
    max_iterations=64,
)
BUDGET = SharedBudget(seconds=3.0)


class FakeTime:
    """``clock`` and ``sleep`` for unlock_any: derivations take the scripted seconds.

    unlock_any reads the clock once at the start, before and after each vault's
    derivation, and once before padding; ``durations`` (in trying order) are added
    between each vault's two readings. Every scripted duration must be used.
    """

    def __init__(self, durations: list[float]) -> None:
        self.now = 0.0
        self.calls = 0
        self.durations = list(durations)
        self.slept: list[float] = []

    def clock(self) -> float:
        self.calls += 1
        if self.calls > 1 and self.calls % 2 == 1 and self.durations:
            self.now += self.durations.pop(0)  # the reading after a vault's derivation
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _make(folder: Path, iterations: list[int]) -> VaultRegistry:
    """Unlisted vaults, locked, whose slots have the given passes in trying order."""
    registry = VaultRegistry(folder)
    for n in range(len(iterations)):
        vault, _ = registry.create(f"Room {n}", PASSPHRASES[n], policy=SMALL.with_iterations(2))
        vault.lock()
    for vault, passes in zip(_in_order(registry), iterations, strict=True):
        passphrase = _passphrase_of(vault)
        vault.unlock(passphrase, policy=SMALL)
        vault.change_passphrase(passphrase, policy=SMALL.with_iterations(passes))
        vault.lock()
    registry.set_unlisted(True, None)
    return registry


def _in_order(registry: VaultRegistry) -> list[Vault]:
    return sorted(registry.vaults(), key=lambda v: v.folder.name)


def _passphrase_of(vault: Vault) -> str:
    return next(p for p in PASSPHRASES if vault.check_passphrase(p, policy=SMALL))


def _passes(vault: Vault) -> int:
    slot = next(s for s in vault.read_key_file().slots if s.kind == "passphrase")
    return slot.argon2_params().iterations


def _unlock(registry: VaultRegistry, passphrase: str, time: FakeTime) -> tuple[Vault, float]:
    """Unlock and give the time it took by the fake clock (the key-finding part)."""
    opened = registry.unlock_any(
        passphrase, policy=SMALL, budget=BUDGET, clock=time.clock, sleep=time.sleep
    )
    assert not time.durations, "every vault's derivation ran"
    return opened, time.now


@pytest.mark.parametrize("count", [1, 2, 3])
def test_every_passphrase_takes_the_budget_however_many_vaults(tmp_path: Path, count: int) -> None:
    registry = _make(tmp_path / "vaults", [10] * count)
    quick = 0.9 * BUDGET.seconds / count  # a little under each share: the padding shows
    taken = []
    for vault in _in_order(registry):
        opened, seconds = _unlock(registry, _passphrase_of(vault), FakeTime([quick] * count))
        assert opened.folder == vault.folder
        opened.lock()
        taken.append(seconds)
    time = FakeTime([quick] * count)
    with pytest.raises(WrongSecretError, match=WRONG_PASSPHRASE):
        _unlock(registry, WRONG, time)
    taken.append(time.now)
    assert taken == pytest.approx([BUDGET.seconds] * (count + 1))


def test_the_try_is_padded_when_the_vaults_are_quicker_than_the_budget(tmp_path: Path) -> None:
    # The first vault matched, the second is still derived, then the rest of 3 s is waited.
    registry = _make(tmp_path / "vaults", [10, 10])
    first = _in_order(registry)[0]
    time = FakeTime([1.2, 1.2])  # under their 1.5 s share, within its tolerance
    opened, seconds = _unlock(registry, _passphrase_of(first), time)
    opened.lock()
    assert time.slept == pytest.approx([0.6])
    assert seconds == pytest.approx(3.0)


def test_a_fixed_test_profile_is_neither_padded_nor_re_wrapped(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [10, 10])
    fixed = SMALL.with_iterations(10)
    slept: list[float] = []
    vault = _in_order(registry)[1]
    before = vault.key_path.read_bytes()
    opened = registry.unlock_any(_passphrase_of(vault), policy=fixed, sleep=slept.append)
    opened.lock()
    assert slept == []
    assert vault.key_path.read_bytes() == before


def test_a_slot_too_slow_for_its_share_is_re_wrapped_at_its_unlock(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [20, 10, 10])
    slow, *others = _in_order(registry)
    passphrase = _passphrase_of(slow)
    before = {v.folder: v.key_path.read_bytes() for v in others}
    recovery_slot = next(s for s in slow.read_key_file().slots if s.kind == "recovery")
    attempts_key = slow.read_key_file().attempts_key

    opened, _ = _unlock(registry, passphrase, FakeTime([2.0, 1.0, 1.0]))  # share: 1 s
    opened.lock()

    assert _passes(slow) == 10  # twice too slow: half the passes
    renewed = slow.read_key_file()
    assert recovery_slot in renewed.slots  # the recovery key still opens it
    assert renewed.attempts_key == attempts_key
    assert {v.folder: v.key_path.read_bytes() for v in others} == before  # untouched
    again, _ = _unlock(registry, passphrase, FakeTime([1.0, 1.0, 1.0]))
    assert again.folder == slow.folder
    again.lock()
    assert _passes(slow) == 10  # on target now: not re-wrapped again


def test_a_slot_on_target_is_left_alone(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [10, 10, 10])
    vault = _in_order(registry)[2]
    before = vault.key_path.read_bytes()
    opened, _ = _unlock(registry, _passphrase_of(vault), FakeTime([1.0, 1.0, 1.1]))
    opened.lock()
    assert vault.key_path.read_bytes() == before


def test_a_fast_slot_grows_only_into_what_the_others_leave(tmp_path: Path) -> None:
    # Just after a third vault was added, the two older ones still take 1.4 s each.
    registry = _make(tmp_path / "vaults", [4, 14, 14])
    small, *_ = _in_order(registry)
    opened, _ = _unlock(registry, _passphrase_of(small), FakeTime([0.2, 1.4, 1.4]))
    opened.lock()
    assert _passes(small) == 4  # 0.2 s fits the 0.2 s left: growing would pass the budget
    # Once the others have their share (1 s each), it grows to its own.
    opened, _ = _unlock(registry, _passphrase_of(small), FakeTime([0.2, 1.0, 1.0]))
    opened.lock()
    assert _passes(small) == 20


def test_a_wrong_passphrase_re_wraps_nothing_and_joins_every_record(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [20, 10])
    before = [v.key_path.read_bytes() for v in _in_order(registry)]
    with pytest.raises(WrongSecretError):
        registry.unlock_any(
            WRONG,
            policy=SMALL,
            budget=BUDGET,
            attempt_from=attempts.APP,
            clock=FakeTime([3.0, 1.0]).clock,
            sleep=lambda _: None,
        )
    assert [v.key_path.read_bytes() for v in _in_order(registry)] == before
    assert all(attempts.record_path(v.folder).stat().st_size > 0 for v in _in_order(registry))


def test_a_re_wrapped_slot_lowered_below_the_floor_is_refused(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [20, 10])
    slow, other = _in_order(registry)
    passphrase = _passphrase_of(slow)
    opened, _ = _unlock(registry, passphrase, FakeTime([3.0, 1.0]))
    opened.lock()
    assert _passes(slow) == 10
    reseal_kdf(slow.key_path, {"iterations": 1})  # below the floor of 2, checksum redone
    with pytest.raises(WrongSecretError):  # passed over: it opens nothing
        registry.unlock_any(passphrase, policy=SMALL, budget=BUDGET, sleep=lambda _: None)
    with pytest.raises(VaultDamagedError, match="weaker"):
        slow.unlock(passphrase, policy=SMALL)
    opened = registry.unlock_any(
        _passphrase_of(other), policy=SMALL, budget=BUDGET, sleep=lambda _: None
    )
    assert opened.folder == other.folder  # the others still open
    opened.lock()


def test_a_new_vault_while_unlisted_takes_what_the_others_leave(tmp_path: Path) -> None:
    registry = _make(tmp_path / "vaults", [64, 64])  # already over any tiny budget
    added, _ = registry.create("Attic", PASSPHRASES[2], policy=SMALL, budget=SharedBudget(1e-9))
    added.lock()
    assert _passes(added) == SMALL.min_iterations
    roomy, _ = registry.create(
        "Porch", "a fourth passphrase", policy=SMALL, budget=SharedBudget(1e6)
    )
    roomy.lock()
    assert _passes(roomy) == SMALL.max_iterations


def test_a_new_vault_while_listed_is_calibrated_on_its_own(tmp_path: Path) -> None:
    registry = VaultRegistry(tmp_path / "vaults")
    vault, _ = registry.create("Attic", PASSPHRASES[0], policy=SMALL.with_iterations(7))
    vault.lock()
    assert _passes(vault) == 7
