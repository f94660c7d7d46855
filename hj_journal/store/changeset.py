"""The sealed files of a synced folder: change sets, snapshots and sync keys.

A change set (or snapshot, or read position) is compressed with zlib, then encrypted
with AES-256-GCM under the vault's sync key::

    b"HJSYNC" 0x01 | kind (1 byte) | key generation (4 bytes) | nonce (12) | ciphertext

The associated data is that header plus the vault id, the device id and the sequence
number, none of which need be secret: the file's place in the folder supplies them when
it is read, so a change set moved to another device's folder, renumbered or changed
anywhere fails authentication and is never applied, not even in part.

A sync key reaches a device joining the vault in a small key-ring file, wrapped under
a key derived (HKDF) from the vault's database key: only someone who can open the key
file (with the passphrase or the recovery key) can read it, and after a key rotation a
new sync key is wrapped under the new database key, out of reach of the old secrets.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"HJSYNC\x01"
CHANGES = 1
SNAPSHOT = 2
POSITION = 3
_HEADER = len(MAGIC) + 1 + 4 + 12
# Larger than any real vault's snapshot; stops a forged file from filling the memory.
MAX_PLAIN = 4 << 30
#: Purposes of keys derived from the database key (:func:`subkey`).
WRAP = b"hj-journal sync key wrap v1"
KEY_ID = b"hj-journal database key id v1"
EARLIER = b"hj-journal earlier sync keys v1"
BRIDGE = b"hj-journal rotation bridge v1"
KEY_RING_FORMAT = "hj-journal-sync-key"
EARLIER_FORMAT = "hj-journal-earlier-sync-keys"


class SealedFileError(Exception):
    """A sealed file is incomplete, damaged, or not for this place in the folder."""


def _associated(header: bytes, vault_id: str, device_id: str, seq: int) -> bytes:
    return header + f"|{vault_id}|{device_id}|{seq}".encode("ascii")


def seal(
    key: bytes,
    payload: bytes,
    *,
    kind: int,
    generation: int,
    vault_id: str,
    device_id: str,
    seq: int,
) -> bytes:
    """Compress and encrypt ``payload`` for its place (vault, device, number)."""
    nonce = os.urandom(12)
    header = MAGIC + bytes([kind]) + generation.to_bytes(4, "big") + nonce
    body = zlib.compress(payload, 6)
    return header + AESGCM(key).encrypt(nonce, body, _associated(header, vault_id, device_id, seq))


def generation_of(data: bytes) -> int:
    """The sync-key generation a sealed file was written under."""
    if len(data) < _HEADER + 16 or not data.startswith(MAGIC):
        raise SealedFileError("not a sealed sync file")
    return int.from_bytes(data[len(MAGIC) + 1 : len(MAGIC) + 5], "big")


def open_sealed(
    key: bytes, data: bytes, *, kind: int, vault_id: str, device_id: str, seq: int
) -> bytes:
    """The payload of a sealed file, or :class:`SealedFileError` (nothing half-read)."""
    generation_of(data)
    if data[len(MAGIC)] != kind:
        raise SealedFileError("a different kind of file")
    header, body = data[:_HEADER], data[_HEADER:]
    nonce = header[-12:]
    try:
        compressed = AESGCM(key).decrypt(
            nonce, body, _associated(header, vault_id, device_id, seq)
        )
    except InvalidTag:
        raise SealedFileError("the file does not authenticate") from None
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, MAX_PLAIN)
    except zlib.error:
        raise SealedFileError("the file does not decompress") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise SealedFileError("the file is larger than any change set can be")
    return plain


# ---------------------------------------------------------------------- sync keys


def subkey(db_key: bytes | bytearray, vault_id: str, purpose: bytes) -> bytes:
    """A key for one purpose derived from the database key (HKDF-SHA256)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode("ascii"), info=purpose
    ).derive(bytes(db_key))


def wrap_sync_key(wrapping: bytes, sync_key: bytes, *, vault_id: str, generation: int) -> bytes:
    """The key-ring file for one sync key, readable with ``subkey(db key, WRAP)``."""
    nonce = os.urandom(12)
    ad = f"{KEY_RING_FORMAT}|{vault_id}|{generation}".encode("ascii")
    wrapped = AESGCM(wrapping).encrypt(nonce, sync_key, ad)
    doc = {
        "format": KEY_RING_FORMAT,
        "generation": generation,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped": base64.b64encode(wrapped).decode("ascii"),
    }
    return json.dumps(doc, sort_keys=True).encode("utf-8") + b"\n"


def unwrap_sync_key(wrapping: bytes, data: bytes, *, vault_id: str) -> tuple[int, bytes]:
    """(generation, sync key) from a key-ring file; :class:`SealedFileError` if it won't open."""
    try:
        doc: Any = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != KEY_RING_FORMAT:
            raise ValueError("format")
        generation = int(doc["generation"])
        nonce = base64.b64decode(doc["nonce"], validate=True)
        wrapped = base64.b64decode(doc["wrapped"], validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        raise SealedFileError("not a sync key file") from None
    ad = f"{KEY_RING_FORMAT}|{vault_id}|{generation}".encode("ascii")
    try:
        key = AESGCM(wrapping).decrypt(nonce, wrapped, ad)
    except InvalidTag:
        raise SealedFileError("the sync key does not open with this key") from None
    if len(key) != 32:
        raise SealedFileError("not a sync key")
    return generation, key


def wrap_earlier_keys(
    wrapping: bytes, keys: dict[int, bytes], *, vault_id: str, generation: int
) -> bytes:
    """The sync keys before ``generation``, readable with ``subkey(new db key, EARLIER)``.

    Written by the device that rotated the key, beside the new sync key: a device that
    has not yet heard of the rotation can find, from the new passphrase alone, the sync
    key it already holds, and with it the bridge it left itself (:mod:`.joined`). The
    new secrets reach the old keys this way; the old secrets never reach the new ones.
    """
    nonce = os.urandom(12)
    ad = f"{EARLIER_FORMAT}|{vault_id}|{generation}".encode("ascii")
    plain = json.dumps({str(g): k.hex() for g, k in sorted(keys.items())}).encode("ascii")
    doc = {
        "format": EARLIER_FORMAT,
        "generation": generation,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped": base64.b64encode(AESGCM(wrapping).encrypt(nonce, plain, ad)).decode("ascii"),
    }
    return json.dumps(doc, sort_keys=True).encode("utf-8") + b"\n"


def unwrap_earlier_keys(wrapping: bytes, data: bytes, *, vault_id: str) -> dict[int, bytes]:
    """The earlier sync keys by generation; :class:`SealedFileError` if they won't open."""
    try:
        doc: Any = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != EARLIER_FORMAT:
            raise ValueError("format")
        generation = int(doc["generation"])
        nonce = base64.b64decode(doc["nonce"], validate=True)
        wrapped = base64.b64decode(doc["wrapped"], validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        raise SealedFileError("not a file of earlier sync keys") from None
    ad = f"{EARLIER_FORMAT}|{vault_id}|{generation}".encode("ascii")
    try:
        plain = AESGCM(wrapping).decrypt(nonce, wrapped, ad)
    except InvalidTag:
        raise SealedFileError("the earlier sync keys do not open with this key") from None
    try:
        keys = {int(g): bytes.fromhex(k) for g, k in json.loads(plain).items()}
    except (ValueError, AttributeError, TypeError):
        raise SealedFileError("not a file of earlier sync keys") from None
    if any(len(k) != 32 for k in keys.values()):
        raise SealedFileError("not a sync key")
    return keys


__all__ = [
    "BRIDGE",
    "CHANGES",
    "EARLIER",
    "KEY_ID",
    "POSITION",
    "SNAPSHOT",
    "WRAP",
    "SealedFileError",
    "generation_of",
    "open_sealed",
    "seal",
    "subkey",
    "unwrap_earlier_keys",
    "unwrap_sync_key",
    "wrap_earlier_keys",
    "wrap_sync_key",
]
