"""The sealed record of attempts: failed unlocks, written so that only the vault can read them.

A vault has an X25519 key pair. The public key is in the key file (``attempts_key``), so
anyone who tries to open the vault and does not succeed can add a record; the private key
is a row of the encrypted database (:class:`~hj_journal.store.models.AttemptSeal`), so only
the opened vault can read them. The record is ``vault.attempts`` beside the key file::

    record (64 bytes) = ephemeral X25519 public key (32)
                      | AES-256-GCM( 16 bytes: version, what, where, time ) with its tag (32)

Each record has its own ephemeral key pair; the exchange with the vault's public key goes
through HKDF-SHA256 (bound to both public keys) to an AES key and nonce used once. Every
record has the same size and looks random, so the file says nothing but how many there
are. A record is appended in one ``write`` holding the vault's lock; a kill can leave at
most a cut-short last record, and the next one is written at the next whole record, so
later records stay readable and the cut-short one is reported as unreadable.

The vault remembers how many records it has read and a hash chain over them
(``AttemptSeal.records_read`` and ``chain``), so a record shortened, removed or changed
since the last unlock is noticed (:mod:`hj_journal.core.attempts` compares the two).
"""

from __future__ import annotations

import contextlib
import os
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.store.errors import VaultDamagedError, VaultError
from hj_journal.store.files import fsync_folder, write_atomic

if TYPE_CHECKING:
    from hj_journal.store.keyfile import KeyFile
    from hj_journal.store.vault import Vault

RECORD_FILE = "vault.attempts"
RECORD_SIZE = 64
KEY_SIZE = 32
ZERO_CHAIN = "0" * 64

# What was tried, and where.
PASSPHRASE = "passphrase"
RECOVERY_KEY = "recovery_key"
APP = "app"
COMMAND_LINE = "command_line"
_EVENT_CODES = {PASSPHRASE: 1, RECOVERY_KEY: 2}
# What the vault notices about the record itself (kept with the attempts it read).
SHORTENED = "shortened"  # fewer records than last time, or the file is gone
CUT_SHORT = "cut_short"  # the file ends inside a record
UNREADABLE = "unreadable"  # a record that was changed, or not sealed to this vault
CHANGED = "changed"  # records read before are not what they were
KEY_REMOVED = "key_removed"  # the key file had lost the public key
_PLACE_CODES = {APP: 1, COMMAND_LINE: 2}

_VERSION = 1
_PLAIN = struct.Struct(">BBBxq4x")  # version, what, where, (pad), UTC seconds, (pad)
_INFO = b"hj-journal attempt record v1"
SEAL_ID = 1  # the one row of AttemptSeal

SWAPPED_KEY = (
    "The vault's key file carries a key that does not belong to this vault; it may have "
    "been tampered with, so the vault was not opened."
)


@dataclass(frozen=True)
class Attempt:
    """One record, opened: when (UTC), what was tried and where."""

    at: datetime
    event: str  # PASSPHRASE or RECOVERY_KEY
    place: str  # APP or COMMAND_LINE


@dataclass(frozen=True)
class RecordFile:
    """The record as found on disk: its whole records and whether it ends cut short."""

    exists: bool
    records: tuple[bytes, ...]
    cut_short: bool  # the file ends inside a record


# ---------------------------------------------------------------------- keys


def new_private_key() -> bytes:
    """A fresh X25519 private key, raw (32 bytes)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _raw_private(X25519PrivateKey.generate())


def public_key_of(private_key: bytes) -> bytes:
    """The raw public key that belongs to a raw private key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _raw_public(X25519PrivateKey.from_private_bytes(private_key).public_key())


def _raw_private(key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _raw_public(key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _cipher_for(shared: bytes, ephemeral: bytes, recipient: bytes) -> tuple[bytes, bytes]:
    """The AES key and nonce for one record (each pair is used exactly once)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    okm = HKDF(
        algorithm=hashes.SHA256(), length=44, salt=None, info=_INFO + ephemeral + recipient
    ).derive(shared)
    return okm[:32], okm[32:]


# ---------------------------------------------------------------------- sealing and opening


def seal(public_key: bytes, event: str, place: str, at: datetime) -> bytes:
    """One record: ``event`` at ``at`` from ``place``, readable only with the private key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key, nonce = _cipher_for(shared, ephemeral_public, public_key)
    seconds = int(at.astimezone(UTC).timestamp())
    plain = _PLAIN.pack(_VERSION, _EVENT_CODES[event], _PLACE_CODES[place], seconds)
    record = ephemeral_public + AESGCM(key).encrypt(nonce, plain, ephemeral_public)
    assert len(record) == RECORD_SIZE
    return record


def open_record(private_key: bytes, record: bytes) -> Attempt | None:
    """The attempt in ``record``, or None when it was changed, cut short or not ours."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(record) != RECORD_SIZE:
        return None
    ephemeral_public, sealed = record[:KEY_SIZE], record[KEY_SIZE:]
    mine = X25519PrivateKey.from_private_bytes(private_key)
    try:
        shared = mine.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # an all-zero exchange: a record of zeros, not one of ours
        return None
    key, nonce = _cipher_for(shared, ephemeral_public, _raw_public(mine.public_key()))
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, ephemeral_public)
        version, event_code, place_code, seconds = _PLAIN.unpack(plain)
        event = {v: k for k, v in _EVENT_CODES.items()}[event_code]
        place = {v: k for k, v in _PLACE_CODES.items()}[place_code]
        at = datetime.fromtimestamp(seconds, UTC)
    except (InvalidTag, struct.error, KeyError, ValueError, OverflowError, OSError):
        return None
    if version != _VERSION:
        return None
    return Attempt(at=at, event=event, place=place)


# ---------------------------------------------------------------------- the file


def record_path(folder: Path) -> Path:
    """Where a vault's record of attempts lives."""
    return Path(folder) / RECORD_FILE


def append(folder: Path, public_key: bytes, event: str, place: str) -> None:
    """Add one sealed record for a failed unlock now. Anyone may call it.

    Holds the vault's lock (re-entrant: the unlock that failed holds it already) and
    writes the record in one ``write`` at the next whole-record boundary, so a record cut
    short by a kill never shifts the ones after it.
    """
    from hj_journal.store import locks

    record = seal(public_key, event, place, datetime.now(UTC))
    path = record_path(folder)
    with locks.exclusive(folder):
        created = not path.exists()
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            size = os.fstat(fd).st_size
            os.write(fd, b"\0" * (-size % RECORD_SIZE) + record)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            fsync_folder(Path(folder))


def note_failed_unlock(folder: Path, keyfile: KeyFile, event: str, place: str | None) -> None:
    """Record a failed unlock if the vault has a public key and ``place`` is known.

    A vault made before the record existed has no public key until its next unlock, so
    nothing can be sealed to it yet. A record that cannot be written (a full disk, a
    read-only folder, a busy lock) must never hide the reason the unlock did not succeed,
    so that problem is let go here: the unlock's own error is what the person needs.
    """
    if place is None or keyfile.attempts_key is None:
        return
    with contextlib.suppress(OSError, VaultError):
        append(folder, keyfile.attempts_key, event, place)


def read_file(folder: Path) -> RecordFile:
    """The record's whole records, and whether it ends cut short."""
    try:
        data = record_path(folder).read_bytes()
    except FileNotFoundError:
        return RecordFile(exists=False, records=(), cut_short=False)
    whole = len(data) - len(data) % RECORD_SIZE
    records = tuple(data[i : i + RECORD_SIZE] for i in range(0, whole, RECORD_SIZE))
    return RecordFile(exists=True, records=records, cut_short=whole != len(data))


def extend_chain(chain: str, records: tuple[bytes, ...]) -> str:
    """The hash chain over ``records`` continuing from ``chain`` (hex)."""
    import hashlib  # here: OpenSSL's hashes load with the first record, not at start-up

    digest = bytes.fromhex(chain)
    for record in records:
        digest = hashlib.sha256(digest + record).digest()
    return digest.hex()


def trim_to_whole_records(folder: Path, count: int) -> None:
    """Drop a cut-short tail after reading (the loss was reported); call with the lock."""
    path = record_path(folder)
    with contextlib.suppress(FileNotFoundError), open(path, "r+b") as handle:
        if os.fstat(handle.fileno()).st_size > count * RECORD_SIZE:
            handle.truncate(count * RECORD_SIZE)
            os.fsync(handle.fileno())


# ---------------------------------------------------------------------- the vault's key pair


def new_vault_key(vault: Vault) -> bytes:
    """Make a new vault's key pair (before its key file is written); return the public key."""
    from hj_journal.store.models import AttemptSeal

    private = new_private_key()
    with vault.transaction() as session:
        session.add(
            AttemptSeal(
                id=SEAL_ID, private_key=private, published=True, records_read=0, chain=ZERO_CHAIN
            )
        )
    return public_key_of(private)


def ensure_key(vault: Vault, keyfile: KeyFile) -> None:
    """Give an unlocked vault its key pair and the key file its public key, if needed.

    Called by the vault right after it is opened, holding its lock. The private key is
    committed first, then the key file written: a kill in between leaves a private key
    whose public half the next unlock writes. A key file carrying a different public key
    is refused as damaged (someone wanted the attempts sealed to their own key); one that
    lost the public key it carried before (so nothing could be recorded meanwhile) gets it
    back, and the gap is noted for the next report.
    """
    from hj_journal.store.models import AttemptSeal, UnlockAttempt

    # Read first: a write transaction takes the write lock, and every unlock comes here.
    with vault.session() as session:
        found = session.get(AttemptSeal, SEAL_ID)
        kept = None if found is None else (bytes(found.private_key), bool(found.published))
    if kept is None:
        with vault.transaction() as session:
            row = session.get(AttemptSeal, SEAL_ID)
            if row is None:
                row = AttemptSeal(
                    id=SEAL_ID,
                    private_key=new_private_key(),
                    published=False,
                    records_read=0,
                    chain=ZERO_CHAIN,
                )
                session.add(row)
            kept = (bytes(row.private_key), bool(row.published))
    public = public_key_of(kept[0])
    published = kept[1]
    if keyfile.attempts_key is not None and keyfile.attempts_key != public:
        raise VaultDamagedError(SWAPPED_KEY)
    if keyfile.attempts_key is None:
        write_atomic(vault.key_path, keyfile.with_attempts_key(public).to_bytes())
    if published and keyfile.attempts_key is not None:
        return
    with vault.transaction() as session:
        row = session.get(AttemptSeal, SEAL_ID)
        assert row is not None
        row.published = True
        if published:  # it was in the key file before and someone took it out
            session.add(UnlockAttempt(at=datetime.now(UTC), event=KEY_REMOVED, place=""))


__all__ = [
    "APP",
    "CHANGED",
    "COMMAND_LINE",
    "CUT_SHORT",
    "KEY_REMOVED",
    "PASSPHRASE",
    "RECORD_FILE",
    "RECORD_SIZE",
    "RECOVERY_KEY",
    "SEAL_ID",
    "SHORTENED",
    "SWAPPED_KEY",
    "UNREADABLE",
    "Attempt",
    "RecordFile",
    "append",
    "ensure_key",
    "extend_chain",
    "new_private_key",
    "new_vault_key",
    "note_failed_unlock",
    "open_record",
    "public_key_of",
    "read_file",
    "record_path",
    "seal",
    "trim_to_whole_records",
]
