"""Recovery keys: 130 random bits written in an alphabet that is hard to misread.

A key looks like ``7KQ4-M2XD-…`` (seven groups of four). It uses Crockford's base32
alphabet (no I, L, O or U), accepts lower case, spaces and the usual look-alikes
(O for 0, I or L for 1), and ends with a 10-bit checksum so that a typo is caught
before any decryption is attempted.
"""

from __future__ import annotations

import hashlib
import secrets

from hj_journal.store.errors import RecoveryKeyFormatError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 26  # 26 × 5 = 130 random bits
CHECK_CHARS = 2  # 10 bits of SHA-256
GROUP = 4
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:2], "big")
    bits = digest >> 6  # the top 10 bits
    return ALPHABET[bits >> 5] + ALPHABET[bits & 31]


def group(chars: str) -> str:
    """Insert a hyphen every four characters."""
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def generate() -> str:
    """A new random recovery key, grouped for reading aloud or writing down."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return group(data + _checksum(data))


def canonical(text: str) -> str:
    """Check a typed recovery key and return its 26 data characters.

    Raises :class:`RecoveryKeyFormatError` with a sentence that says what is wrong.
    """
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = "".join(_LOOKALIKES.get(ch, ch) for ch in cleaned)
    bad = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if bad:
        raise RecoveryKeyFormatError(
            "The recovery key has a character it cannot contain: " + " ".join(bad) + "."
        )
    expected = DATA_CHARS + CHECK_CHARS
    if len(cleaned) != expected:
        raise RecoveryKeyFormatError(
            f"The recovery key should have {expected} characters; this one has {len(cleaned)}."
        )
    data, check = cleaned[:DATA_CHARS], cleaned[DATA_CHARS:]
    if _checksum(data) != check:
        raise RecoveryKeyFormatError(
            "The recovery key seems to have a typo in it. Please check each group."
        )
    return data


def groups(key: str) -> list[str]:
    """The groups of a key as shown to the user (for the "type back a group" check)."""
    return group(canonical(key) + _checksum(canonical(key))).split("-")
