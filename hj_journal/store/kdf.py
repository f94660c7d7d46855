"""Passphrase key derivation with Argon2id.

Parameters are calibrated when a vault is created so that unlocking takes about 0.75 s
on the user's machine, with at least 64 MiB of memory. When a key file is read, the
stored parameters must meet a floor, so a tampered key file cannot make a passphrase
cheaper to guess, and stay under ceilings, so it cannot make unlocking run out of
memory or run forever. Tests use :meth:`KdfPolicy.fast_for_tests`; one test checks the
production policy.

With "Don't list my vaults" every vault's slot is derived for each passphrase typed, so
those vaults share one budget instead (:class:`SharedBudget`: about 2.2 s for all of them
together), and a slot off its share is re-wrapped at its vault's next unlock.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from hj_journal.store.secret import wipe

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# ``cryptography`` loads on the first derivation, not on import: the lock screen needs
# KdfPolicy (and the vaults' labels) long before anyone types a passphrase.

KEY_LENGTH = 32
SALT_LENGTH = 16


# Ceilings for stored parameters. A key file is read (and its costs used) before its
# authentication can be checked, so a damaged or tampered file could otherwise ask for
# terabytes of memory or a derivation that never ends. No calibration can exceed these:
# new slots use 128 MiB, 4 lanes and at most 64 passes (KdfPolicy.production), so every
# ceiling leaves at least twice that room for a future, stronger policy, and the worst
# allowed derivation (MAX_WORK_KIB: 16 GiB of memory passes, such as 128 MiB × 128)
# takes roughly 10-20 s on a slow single core, never minutes.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_LANES = 64
MAX_ITERATIONS = 256
MAX_WORK_KIB = 16 * 1024 * 1024  # memory_kib × iterations


class KdfParamsOutOfRangeError(ValueError):
    """Stored Argon2id parameters no real key file has (damage or tampering)."""


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters as stored in a passphrase slot.

    Values outside what Argon2id accepts or above the ceilings cannot be made: the
    constructor raises :class:`KdfParamsOutOfRangeError` (a ``ValueError``, which the
    key file reports as damage) before anything is derived.
    """

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        if not (
            1 <= self.lanes <= MAX_LANES
            and 1 <= self.iterations <= MAX_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
            and self.memory_kib * self.iterations <= MAX_WORK_KIB
        ):
            raise KdfParamsOutOfRangeError("Argon2id parameters out of range")

    def meets(self, floor: Argon2Params) -> bool:
        """True when every cost is at least the floor's."""
        return (
            self.memory_kib >= floor.memory_kib
            and self.iterations >= floor.iterations
            and self.lanes >= floor.lanes
        )


@dataclass(frozen=True)
class KdfPolicy:
    """How new passphrase slots are made and which stored parameters are acceptable."""

    floor: Argon2Params
    memory_kib: int
    lanes: int
    target_seconds: float
    min_iterations: int
    max_iterations: int
    fixed_iterations: int | None = None

    @classmethod
    def production(cls) -> KdfPolicy:
        """The real thing: 128 MiB, calibrated to about 0.75 s, never below 64 MiB × 3."""
        return cls(
            floor=Argon2Params(memory_kib=64 * 1024, iterations=3, lanes=1),
            memory_kib=128 * 1024,
            lanes=4,
            target_seconds=0.75,
            min_iterations=3,
            max_iterations=64,
        )

    @classmethod
    def at_floor(cls) -> KdfPolicy:
        """Production floor without calibration: for scripted tests of the command line."""
        prod = cls.production()
        return cls(
            floor=prod.floor,
            memory_kib=prod.floor.memory_kib,
            lanes=prod.floor.lanes,
            target_seconds=0.0,
            min_iterations=prod.floor.iterations,
            max_iterations=prod.floor.iterations,
            fixed_iterations=prod.floor.iterations,
        )

    @classmethod
    def fast_for_tests(cls) -> KdfPolicy:
        """Tiny costs so the test suite stays quick. Never used by the app itself."""
        tiny = Argon2Params(memory_kib=64, iterations=1, lanes=1)
        return cls(
            floor=tiny,
            memory_kib=64,
            lanes=1,
            target_seconds=0.0,
            min_iterations=1,
            max_iterations=1,
            fixed_iterations=1,
        )

    @property
    def calibrated(self) -> bool:
        """True when new slots are timed on this machine (not a fixed test profile)."""
        return self.fixed_iterations is None

    def aiming_at(self, seconds: float) -> KdfPolicy:
        """The same policy, calibrating new slots to about ``seconds``."""
        return replace(self, target_seconds=seconds)

    def with_iterations(self, iterations: int) -> KdfPolicy:
        """The same policy, making new slots with exactly ``iterations`` passes."""
        return replace(self, fixed_iterations=iterations)

    def parameters_for_new_slot(self) -> Argon2Params:
        """Parameters for a new passphrase slot, calibrated on this machine if needed."""
        if self.fixed_iterations is not None:
            return Argon2Params(self.memory_kib, self.fixed_iterations, self.lanes)
        return calibrate(self)


def calibrate(policy: KdfPolicy) -> Argon2Params:
    """Pick the iteration count that makes one derivation take about the target time."""
    passes = measure(policy).iterations_for(policy, policy.target_seconds)
    return Argon2Params(policy.memory_kib, passes, policy.lanes)


@dataclass(frozen=True)
class KdfTiming:
    """How long one derivation takes on this machine: a fixed part plus a part per pass.

    Measured for the policy's memory and lanes by :func:`measure`; the fixed part is
    allocating and touching the memory, the rest grows linearly with the passes.
    """

    memory_kib: int
    lanes: int
    fixed: float
    per_pass: float

    def seconds(self, params: Argon2Params) -> float:
        """About how long a derivation with ``params`` takes (scaled by its memory)."""
        scale = params.memory_kib / self.memory_kib
        return (self.fixed + self.per_pass * params.iterations) * scale

    def iterations_for(self, policy: KdfPolicy, seconds: float) -> int:
        """The passes that take about ``seconds``, within the policy's bounds."""
        passes = round((seconds - self.fixed) / self.per_pass)
        return max(policy.min_iterations, min(policy.max_iterations, passes))


def measure(policy: KdfPolicy, *, rounds: int = 2) -> KdfTiming:
    """Time derivations with the policy's memory and lanes on this machine (about 1.3 s).

    A first, discarded run warms the memory up (the first run also pays for its first
    touch); runs with one and with eight passes then give both parts of the line (the
    wider apart, the less a few milliseconds of noise tilt it). Each is run ``rounds``
    times and the quickest kept: another program's moment of work only ever slows a
    run down, and calibrating to it would make the slot weaker than this machine allows.
    """

    def seconds(iterations: int) -> float:
        probe = Argon2Params(policy.memory_kib, iterations, policy.lanes)
        started = time.perf_counter()
        wipe(derive_key("calibration", bytes(SALT_LENGTH), probe))
        return time.perf_counter() - started

    seconds(1)
    longer = min(max(policy.min_iterations, 8), policy.max_iterations)
    one = min(seconds(1) for _ in range(rounds))
    many = min(seconds(longer) for _ in range(rounds))
    per_pass = max((many - one) / max(longer - 1, 1), 1e-4)
    fixed = max(one - per_pass, 0.0)
    return KdfTiming(policy.memory_kib, policy.lanes, fixed, per_pass)


# ------------------------------------------------------------------ one budget, many vaults


@dataclass(frozen=True)
class SharedBudget:
    """One time budget for trying a passphrase on every vault ("Don't list my vaults").

    With no vault named, each passphrase typed is derived against every vault's slot
    (each has its own salt), so the vaults share one budget rather than each taking its
    own 0.75 s: a slot aims at an equal share (:meth:`share`), and the whole try is
    padded to ``seconds``, so it takes the same time however many vaults there are and
    whichever one opens (:meth:`hj_journal.store.registry.VaultRegistry.unlock_any`).
    A slot that is off its target is re-wrapped at its vault's next unlock, when the
    passphrase is known (:func:`rewrap_params`). No slot goes below the policy's
    ``min_iterations`` (128 MiB × 3 in production, above the floor the key file reader
    enforces), so past :meth:`most_vaults` vaults the try takes longer than the budget.
    """

    seconds: float = 2.2  # every derivation together, so opening the database fits in 2.5 s
    over: float = 0.15  # a slot more than 15 % slower than its target is re-wrapped,
    under: float = 0.35  # and one more than 35 % faster (stronger, at no cost in waiting)

    @classmethod
    def for_policy(cls, policy: KdfPolicy) -> SharedBudget | None:
        """The budget for a calibrated policy; None for a fixed (test) profile."""
        return cls() if policy.calibrated else None

    def share(self, count: int) -> float:
        """Each slot's equal share when ``count`` vaults are tried."""
        return self.seconds / max(count, 1)

    def target(self, count: int, others: float) -> float:
        """Seconds one slot should take when the other slots take ``others`` together.

        Its equal share, or less while the others still take more than theirs (just
        after a vault was added, before each has been re-wrapped); the policy's minimum
        passes set the real lower bound.
        """
        return max(0.0, min(self.share(count), self.seconds - others))

    def off_target(self, measured: float, target: float) -> bool:
        """True when a slot that took ``measured`` seconds should be re-wrapped."""
        return measured > target * (1 + self.over) or measured < target * (1 - self.under)

    def most_vaults(self, timing: KdfTiming, policy: KdfPolicy) -> int:
        """How many vaults fit in the budget with every slot at the policy's minimum."""
        least = timing.seconds(
            Argon2Params(policy.memory_kib, policy.min_iterations, policy.lanes)
        )
        return max(1, int(self.seconds // least))


def params_for_shared_slot(
    policy: KdfPolicy, budget: SharedBudget, others: list[Argon2Params], timing: KdfTiming
) -> Argon2Params:
    """Parameters for a new vault's slot beside ``others`` (the slots already there).

    ``timing`` is this machine's (:func:`measure`); the others' times are estimated from
    their parameters with it.
    """
    target = budget.target(len(others) + 1, sum(timing.seconds(p) for p in others))
    return Argon2Params(policy.memory_kib, timing.iterations_for(policy, target), policy.lanes)


def rewrap_params(
    policy: KdfPolicy,
    budget: SharedBudget,
    params: Argon2Params,
    measured: float,
    *,
    count: int,
    others: float,
) -> Argon2Params | None:
    """New parameters for a slot that took ``measured`` s, or None when it is on target.

    ``count`` vaults were tried; the other slots took ``others`` seconds together. A slot
    with the policy's memory and lanes has its passes scaled by how far off it was (the
    measurement just made is the best timing there is, and nothing more is derived); any
    other slot is calibrated afresh.
    """
    target = budget.target(count, others)
    if not budget.off_target(measured, target):
        return None
    if (params.memory_kib, params.lanes) == (policy.memory_kib, policy.lanes) and measured > 0:
        passes = round(params.iterations * target / measured)
        passes = max(policy.min_iterations, min(policy.max_iterations, passes))
    else:
        passes = measure(policy).iterations_for(policy, target)
    new = Argon2Params(policy.memory_kib, passes, policy.lanes)
    return None if new == params else new


def normalise_passphrase(passphrase: str) -> bytes:
    """Unicode NFC, so the same passphrase typed on another keyboard gives the same key."""
    import unicodedata  # here: needed when a key is derived, not while the app starts

    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# One derivation at a time in this process: with the cryptography/OpenSSL builds seen
# here, two Argon2id derivations with several lanes running at the same moment never
# return (tests/store/test_kdf.py). Each already uses every core through its
# lanes, so running them one after another costs almost nothing.
_ONE_AT_A_TIME = threading.Lock()


def derive_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytearray:
    """Derive a 256-bit wrapping key from a passphrase. The caller wipes the result."""
    out = bytearray(KEY_LENGTH)
    kdf = _argon2(salt, params)
    with _ONE_AT_A_TIME:
        kdf.derive_into(normalise_passphrase(passphrase), out)
    return out


def _argon2(salt: bytes, params: Argon2Params) -> Argon2id:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
