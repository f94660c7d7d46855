"""Passphrase key derivation with Argon2id.

Parameters are calibrated when a vault is created so that unlocking takes about 0.75 s
on the user's machine, with at least 64 MiB of memory. When a key file is read, the
stored parameters must meet a floor, so a tampered key file cannot make a passphrase
cheaper to guess, and stay under ceilings, so it cannot make unlocking run out of
memory or run forever. Tests use :meth:`KdfPolicy.fast_for_tests`; one test checks the
production policy.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from dataclasses import dataclass
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

    def parameters_for_new_slot(self) -> Argon2Params:
        """Parameters for a new passphrase slot, calibrated on this machine if needed."""
        if self.fixed_iterations is not None:
            return Argon2Params(self.memory_kib, self.fixed_iterations, self.lanes)
        return calibrate(self)


def calibrate(policy: KdfPolicy) -> Argon2Params:
    """Pick the iteration count that makes one derivation take about the target time.

    Time grows linearly with the passes over memory, plus a fixed cost (allocating and
    touching the memory). A first, discarded run warms that memory up; runs with one and
    with ``min_iterations`` passes then give both parts of the line.
    """

    def seconds(iterations: int) -> float:
        probe = Argon2Params(policy.memory_kib, iterations, policy.lanes)
        started = time.perf_counter()
        wipe(derive_key("calibration", bytes(SALT_LENGTH), probe))
        return time.perf_counter() - started

    seconds(1)  # warm-up: the first run also pays for the memory's first touch
    one, many = seconds(1), seconds(policy.min_iterations)
    per_pass = max((many - one) / max(policy.min_iterations - 1, 1), 1e-4)
    fixed = max(one - per_pass, 0.0)
    iterations = round((policy.target_seconds - fixed) / per_pass)
    iterations = max(policy.min_iterations, min(policy.max_iterations, iterations))
    return Argon2Params(policy.memory_kib, iterations, policy.lanes)


def normalise_passphrase(passphrase: str) -> bytes:
    """Unicode NFC, so the same passphrase typed on another keyboard gives the same key."""
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
