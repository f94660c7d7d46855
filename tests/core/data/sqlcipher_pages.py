"""Decrypt a SQLCipher 4 database (and its write-ahead log) page by page, for tests.

An encrypted file can never show a canary to a plain byte scan, so to test that deleted
text is really gone we decrypt every page ourselves with the raw key and scan the
plaintext. SQLCipher 4 defaults: 4096-byte pages, each ending in 80 reserved bytes
(a 16-byte IV, then a 64-byte HMAC-SHA512); AES-256-CBC with the raw key; page 1
begins with the file's 16-byte salt, so its encrypted part starts at offset 16.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    """The plaintext of one encrypted page (without its reserved tail)."""
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a database file, decrypted."""
    data = path.read_bytes()
    return [
        decrypt_page(data[offset : offset + PAGE], key, first=offset == 0)
        for offset in range(0, len(data) - PAGE + 1, PAGE)
    ]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    """Every frame's page in a write-ahead log, decrypted (empty if there is no log)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        pages.append(decrypt_page(page, key, first=number == 1))
        offset += FRAME_HEADER + PAGE
    return pages


def plaintext(db_path: Path, key: bytes) -> bytes:
    """All decrypted pages of the database and its log, lower-cased, in one string."""
    wal = db_path.with_name(db_path.name + "-wal")
    pages = database_pages(db_path, key) + wal_pages(wal, key)
    return b"\n".join(pages).lower()
