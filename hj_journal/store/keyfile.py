"""The key file (``vault.key``): the database key, wrapped under one or more slots.

Layout (JSON, UTF-8)::

    {"format": "hj-journal-key", "version": 1, "vault_id": "<32 hex>",
     "slots": [{"id": "...", "kind": "passphrase" | "recovery", "vault_id": "...",
                "kdf": {...}, "nonce": "<b64>", "wrapped": "<b64>"}, ...],
     "attempts_key": "<b64 X25519 public key>",   (optional, see below)
     "checksum": "<sha256 hex of everything above>"}

Each slot wraps the same random 256-bit database key with AES-256-GCM. The associated
data is the file's header as it concerns that slot (format, version, vault id, slot id,
kind and KDF parameters), so the parameters cannot be lowered and a slot cannot be moved
into another vault's file without decryption failing. The checksum only tells accidental
damage apart from a wrong passphrase; tampering is caught by the AEAD and the KDF floor.

``attempts_key`` is the public half of the key pair that failed unlocks are sealed to
(:mod:`hj_journal.store.attempts`); the private half lives inside the database. It is
authenticated against the database rather than in the slots' associated data: after
unlocking, the vault checks that it is the public half of its own private key and
refuses a key file that carries another one as damaged (associated data could only make
every slot fail, which reads as a wrong passphrase, and a vault made before the record
existed could not bind it into a recovery slot it cannot open).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hj_journal.store import recovery
from hj_journal.store.errors import (
    UnsupportedVaultError,
    VaultDamagedError,
    WrongSecretError,
)
from hj_journal.store.kdf import KEY_LENGTH, SALT_LENGTH, Argon2Params, KdfPolicy, derive_key
from hj_journal.store.secret import wipe

FORMAT = "hj-journal-key"
VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
_RECOVERY_INFO = b"hj-journal recovery slot v1"
_MAX_KEY_FILE = 64 * 1024
ATTEMPTS_KEY_LENGTH = 32  # an X25519 public key

DAMAGED = "The vault's key file is damaged, so the vault cannot be opened safely."


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key."""

    id: str
    kind: str
    vault_id: str
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def associated_data(self) -> bytes:
        """The authenticated header for this slot."""
        header = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slot": {"id": self.id, "kind": self.kind, "kdf": self.kdf},
        }
        return _canonical(header)

    def argon2_params(self) -> Argon2Params:
        """The stored Argon2id costs of a passphrase slot."""
        return Argon2Params(
            memory_kib=int(self.kdf["memory_kib"]),
            iterations=int(self.kdf["iterations"]),
            lanes=int(self.kdf["lanes"]),
        )

    def unwrap(self, wrapping_key: bytearray) -> bytearray:
        """Decrypt the database key; raises :class:`WrongSecretError` on a wrong key."""
        try:
            plain = AESGCM(bytes(wrapping_key)).decrypt(
                self.nonce, self.wrapped, self.associated_data()
            )
        except InvalidTag:
            raise WrongSecretError("That passphrase does not open this vault.") from None
        key = bytearray(plain)
        del plain
        if len(key) != KEY_LENGTH:
            wipe(key)
            raise VaultDamagedError(DAMAGED)
        return key

    def to_json(self) -> dict[str, Any]:
        """The slot as stored in the file."""
        return {
            "id": self.id,
            "kind": self.kind,
            "vault_id": self.vault_id,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }


@dataclass(frozen=True)
class KeyFile:
    """A parsed key file. Immutable: changes return a new :class:`KeyFile`."""

    vault_id: str
    slots: tuple[Slot, ...]
    attempts_key: bytes | None = None  # X25519 public key of the record of attempts

    # ------------------------------------------------------------------ creation

    @classmethod
    def create(
        cls, db_key: bytearray, passphrase: str, recovery_key: str, policy: KdfPolicy
    ) -> KeyFile:
        """A new key file with one passphrase slot and one recovery slot."""
        vault_id = secrets.token_hex(16)
        empty = cls(vault_id=vault_id, slots=())
        return empty.with_passphrase(db_key, passphrase, policy).with_recovery_key(
            db_key, recovery_key
        )

    def with_passphrase(self, db_key: bytearray, passphrase: str, policy: KdfPolicy) -> KeyFile:
        """Replace the passphrase slot (the database key stays the same)."""
        params = policy.parameters_for_new_slot()
        salt = os.urandom(SALT_LENGTH)
        kdf = {
            "name": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": _b64(salt),
        }
        wrapping = derive_key(passphrase, salt, params)
        try:
            slot = self._wrap(db_key, wrapping, PASSPHRASE, kdf)
        finally:
            wipe(wrapping)
        return self._replacing(PASSPHRASE, slot)

    def with_recovery_key(self, db_key: bytearray, recovery_key: str) -> KeyFile:
        """Replace the recovery slot; the previous recovery key stops working."""
        salt = os.urandom(SALT_LENGTH)
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
        wrapping = _recovery_wrapping_key(recovery_key, salt)
        try:
            slot = self._wrap(db_key, wrapping, RECOVERY, kdf)
        finally:
            wipe(wrapping)
        return self._replacing(RECOVERY, slot)

    def _wrap(
        self, db_key: bytearray, wrapping: bytearray, kind: str, kdf: dict[str, Any]
    ) -> Slot:
        slot = Slot(
            id=secrets.token_hex(4),
            kind=kind,
            vault_id=self.vault_id,
            kdf=kdf,
            nonce=os.urandom(12),
            wrapped=b"",
        )
        wrapped = AESGCM(bytes(wrapping)).encrypt(
            slot.nonce, bytes(db_key), slot.associated_data()
        )
        return replace(slot, wrapped=wrapped)

    def with_attempts_key(self, public_key: bytes) -> KeyFile:
        """The same slots, carrying ``public_key`` for the record of attempts."""
        return replace(self, attempts_key=bytes(public_key))

    def _replacing(self, kind: str, slot: Slot) -> KeyFile:
        kept = tuple(s for s in self.slots if s.kind != kind)
        return replace(self, slots=(*kept, slot))

    # ------------------------------------------------------------------ unlocking

    def unwrap_with_passphrase(self, passphrase: str, policy: KdfPolicy) -> bytearray:
        """Return the database key, or raise :class:`WrongSecretError`."""
        slots = [s for s in self.slots if s.kind == PASSPHRASE]
        if not slots:
            raise VaultDamagedError(DAMAGED)
        for slot in slots:
            params = slot.argon2_params()
            if not params.meets(policy.floor):
                raise VaultDamagedError(
                    "The vault's key file asks for weaker protection than HJ Journal allows; "
                    "it may have been tampered with, so it was not used."
                )
            wrapping = derive_key(passphrase, _unb64(slot.kdf["salt"]), params)
            try:
                return slot.unwrap(wrapping)
            except WrongSecretError:
                continue
            finally:
                wipe(wrapping)
        raise WrongSecretError("That passphrase does not open this vault.")

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytearray:
        """Return the database key, or raise :class:`WrongSecretError`."""
        recovery.canonical(recovery_key)  # a typo is reported before any decryption
        for slot in (s for s in self.slots if s.kind == RECOVERY):
            wrapping = _recovery_wrapping_key(recovery_key, _unb64(slot.kdf["salt"]))
            try:
                return slot.unwrap(wrapping)
            except WrongSecretError:
                continue
            finally:
                wipe(wrapping)
        raise WrongSecretError("That recovery key does not open this vault.")

    # ------------------------------------------------------------------ reading and writing

    def to_bytes(self) -> bytes:
        """The file's contents, with its checksum."""
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.attempts_key is not None:
            body["attempts_key"] = _b64(self.attempts_key)
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; damage and tampering raise :class:`VaultDamagedError`."""
        if len(data) > _MAX_KEY_FILE:
            raise VaultDamagedError(DAMAGED)
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamagedError(DAMAGED) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultDamagedError(DAMAGED)
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise UnsupportedVaultError(
                "This vault was made by a newer version of HJ Journal. "
                "Please update the app to open it."
            )
        checksum = doc.pop("checksum", None)
        if version != VERSION or checksum != hashlib.sha256(_canonical(doc)).hexdigest():
            raise VaultDamagedError(DAMAGED)
        try:
            return cls._from_doc(doc)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise VaultDamagedError(DAMAGED) from None

    @classmethod
    def _from_doc(cls, doc: dict[str, Any]) -> KeyFile:
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str) or len(vault_id) != 32:
            raise ValueError("vault_id")
        slots = []
        for raw in doc["slots"]:
            slot = Slot(
                id=str(raw["id"]),
                kind=str(raw["kind"]),
                vault_id=str(raw["vault_id"]),
                kdf=dict(raw["kdf"]),
                nonce=_unb64(raw["nonce"]),
                wrapped=_unb64(raw["wrapped"]),
            )
            if slot.vault_id != vault_id:
                raise VaultDamagedError(
                    "The vault's key file holds a key slot from another vault; "
                    "it may have been tampered with, so it was not used."
                )
            if slot.kind == PASSPHRASE:
                slot.argon2_params()  # the numbers must at least be readable
                if slot.kdf.get("name") != "argon2id":
                    raise ValueError("kdf")
            elif slot.kind == RECOVERY:
                if slot.kdf.get("name") != "hkdf-sha256":
                    raise ValueError("kdf")
            else:
                raise ValueError("kind")
            _unb64(slot.kdf["salt"])
            slots.append(slot)
        attempts_key = None
        if "attempts_key" in doc:
            attempts_key = _unb64(doc["attempts_key"])
            if len(attempts_key) != ATTEMPTS_KEY_LENGTH:
                raise ValueError("attempts_key")
        return cls(vault_id=vault_id, slots=tuple(slots), attempts_key=attempts_key)


def _recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytearray:
    data = recovery.canonical(recovery_key).encode("ascii")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=_RECOVERY_INFO)
    return bytearray(hkdf.derive(data))


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
