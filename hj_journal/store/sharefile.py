"""The ``.hjshare`` file: a session summary sealed under a one-time code.

A practitioner shares a summary with a client as one file and a code read aloud or
written down (:mod:`hj_journal.core.sessions.sharing`); the client's vault opens it
(:mod:`hj_journal.core.sessions.received`). This module knows only bytes::

    file = header (25 bytes) | AES-256-GCM(content) with its 16-byte tag
    header = magic b"HJSHARE\\0" (8) | format version (1) | random share id (16)

The AES key and the 12-byte nonce come from HKDF-SHA256 over the code, with the share
id as the salt, so each file has a key of its own and a nonce used once. The whole
header is the associated data: the version and the id cannot be changed without the
file failing to open. Nothing in the header says who the file is about.

The code is :data:`CODE_BITS` random bits in the recovery key's alphabet (Crockford's
base32: no I, L, O or U) and grouping (fours, joined by hyphens), with a 10-bit checksum
at the end so that a typo is caught before anything is decrypted. It is typed the way a
recovery key is: lower case, spaces, hyphens and the usual look-alikes (O for 0, I or L
for 1) are forgiven. There is no key stretching: the code's 100 random bits are what
protects the file, and that is far beyond guessing.

Reading is strict and bounded: a file larger than :data:`MAX_FILE_BYTES` is refused
before it is read whole, and every way a file can be wrong raises a
:class:`ShareFileError` whose message is one calm sentence.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from hj_journal.store.recovery import ALPHABET, GROUP, group

MAGIC = b"HJSHARE\x00"
VERSION = 1
ID_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + ID_BYTES
TAG_BYTES = 16
KEY_BYTES = 32
NONCE_BYTES = 12
MAX_FILE_BYTES = 8 * 1024 * 1024  # a summary is a few kilobytes; this is generous
SUFFIX = ".hjshare"

CODE_DATA_CHARS = 20  # 20 × 5 = 100 random bits
CODE_BITS = CODE_DATA_CHARS * 5
CODE_CHECK_CHARS = 2  # 10 bits of SHA-256
CODE_CHARS = CODE_DATA_CHARS + CODE_CHECK_CHARS
_INFO = b"hj-journal share v1"
_CHECK_DOMAIN = b"hj-journal share code:"  # a recovery key's checksum is not a code's
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}  # as for recovery keys

EMPTY = "This file is empty, so there is nothing in it to receive."
NOT_A_SHARE = "This file is not a summary shared from HJ Journal."
CUT_SHORT = "This file is cut short. Ask your practitioner to share the summary with you again."
TOO_LARGE = "This file is far larger than a shared summary can be, so it was not opened."
NEWER = "This summary was shared from a newer version of HJ Journal. Update the app to receive it."
DOES_NOT_OPEN = (
    "This code does not open this file. Check the code with your practitioner; if it is "
    "right, the file may have changed on the way, and they can share it again."
)


class ShareFileError(Exception):
    """The file cannot be opened; ``str(error)`` is a sentence to show as it is."""


class ShareCodeError(ShareFileError):
    """The code does not open the file (a wrong code, or a file changed since)."""


class ShareCodeFormatError(ShareCodeError):
    """The code was typed with a mistake (a character, the length or the checksum)."""


# ---------------------------------------------------------------------- the code


def _checksum(data: str) -> str:
    digest = hashlib.sha256(_CHECK_DOMAIN + data.encode("ascii")).digest()
    bits = int.from_bytes(digest[:2], "big") >> 6  # the top 10 bits
    return ALPHABET[bits >> 5] + ALPHABET[bits & 31]


def new_code() -> str:
    """A new random code, grouped in fours for reading aloud or writing down."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(CODE_DATA_CHARS))
    return group(data + _checksum(data))


def canonical_code(text: str) -> str:
    """Check a typed code and return its data characters (upper case, no separators).

    Raises :class:`ShareCodeFormatError` with a sentence that says what is wrong.
    """
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = "".join(_LOOKALIKES.get(ch, ch) for ch in cleaned)
    if not cleaned:
        raise ShareCodeFormatError("Type the code your practitioner gave you with the file.")
    bad = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if bad:
        raise ShareCodeFormatError(
            "The code has a character it cannot contain: " + " ".join(bad) + "."
        )
    if len(cleaned) != CODE_CHARS:
        raise ShareCodeFormatError(
            f"The code should have {CODE_CHARS} characters; this one has {len(cleaned)}."
        )
    data, check = cleaned[:CODE_DATA_CHARS], cleaned[CODE_DATA_CHARS:]
    if _checksum(data) != check:
        raise ShareCodeFormatError("The code seems to have a typo in it. Please check each group.")
    return data


def code_groups(code: str) -> list[str]:
    """The groups of a code as shown (``["7KQ4", …, "M2"]``)."""
    data = canonical_code(code)
    full = data + _checksum(data)
    return [full[i : i + GROUP] for i in range(0, len(full), GROUP)]


# ---------------------------------------------------------------------- the file


def _key_and_nonce(data_chars: str, share_id: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    okm = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES + NONCE_BYTES,
        salt=share_id,
        info=_INFO,
    ).derive(data_chars.encode("ascii"))
    return okm[:KEY_BYTES], okm[KEY_BYTES:]


def _header(share_id: bytes) -> bytes:
    return MAGIC + bytes([VERSION]) + share_id


def seal(content: bytes, code: str, *, share_id: bytes | None = None) -> bytes:
    """The file's bytes: ``content`` sealed under ``code`` (a fresh random id unless given)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    share_id = secrets.token_bytes(ID_BYTES) if share_id is None else share_id
    if len(share_id) != ID_BYTES:
        raise ValueError("a share id is 16 bytes")
    header = _header(share_id)
    if len(header) + len(content) + TAG_BYTES > MAX_FILE_BYTES:
        raise ShareFileError(
            "This summary is too long to share as one file. Shorten the notes, then share it."
        )
    key, nonce = _key_and_nonce(canonical_code(code), share_id)
    return header + AESGCM(key).encrypt(nonce, content, header)


def share_id_of(data: bytes) -> str:
    """The share id of a file's bytes, in hex (checking only the header)."""
    return _checked_header(data).hex()


def _checked_header(data: bytes) -> bytes:
    """The share id, once the header and the size are as they must be."""
    if not data:
        raise ShareFileError(EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise ShareFileError(TOO_LARGE)
    if len(data) < len(MAGIC):  # the start of the magic only: a file cut very short
        raise ShareFileError(CUT_SHORT if MAGIC.startswith(data) else NOT_A_SHARE)
    if not data.startswith(MAGIC):
        raise ShareFileError(NOT_A_SHARE)
    version = data[len(MAGIC)] if len(data) > len(MAGIC) else VERSION
    if version != VERSION:
        # Only a larger number is a newer format; a zero is no format of ours.
        raise ShareFileError(NEWER if version > VERSION else NOT_A_SHARE)
    if len(data) < HEADER_BYTES + TAG_BYTES:
        raise ShareFileError(CUT_SHORT)
    return data[len(MAGIC) + 1 : HEADER_BYTES]


def open_sealed(data: bytes, code: str) -> tuple[str, bytes]:
    """The share id (hex) and the content of a file's bytes, opened with ``code``.

    Raises :class:`ShareCodeFormatError` for a mistyped code, :class:`ShareCodeError`
    when the code does not open the file (AES-GCM cannot tell a wrong code from bytes
    changed on the way), and :class:`ShareFileError` for anything else.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    share_id = _checked_header(data)
    key, nonce = _key_and_nonce(canonical_code(code), share_id)
    try:
        content = AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag:
        raise ShareCodeError(DOES_NOT_OPEN) from None
    return share_id.hex(), content


def read_share_file(path: Path) -> bytes:
    """A file's bytes, refused without reading it whole when it is too large."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ShareFileError("There is no file there any more.") from None
    except IsADirectoryError:
        raise ShareFileError("That is a folder. Choose the summary file itself.") from None
    except OSError:
        raise ShareFileError("The file could not be read.") from None
    if len(data) > MAX_FILE_BYTES:
        raise ShareFileError(TOO_LARGE)
    return data
