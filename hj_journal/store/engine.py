"""Keyed SQLCipher connections through SQLAlchemy.

We use SQLAlchemy's plain ``sqlite`` dialect with ``sqlcipher3`` as the driver and our
own ``creator``, so that every new connection is keyed before any other statement runs
(the ``sqlite+pysqlcipher`` dialect keys connections itself and does not combine with a
raw key). The raw 256-bit key skips SQLCipher's own PBKDF2: our key file already did the
slow part.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool

from hj_journal.store import word_forms
from hj_journal.store.errors import DATABASE_DAMAGED as DAMAGED
from hj_journal.store.errors import VaultDamagedError

# Pragmas every connection gets right after keying (docs/architecture.md, The vault on disk).
_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
)


#: The execution option that makes a session's transaction a write transaction from its
#: start (see create_engine's "begin" listener; Vault.transaction sets it).
WRITES = "hj_writes"

# SQLCipher 4's page size: HJ Journal never changes it. Every page is written whole, so a
# database file (its write-ahead log is a separate file) is always a whole number of
# pages, and the first page is written as soon as a vault is made.
PAGE_SIZE = 4096
# SQLite's own header: an encrypted page 1 never begins with it (its first 16 bytes are
# SQLCipher's random salt), so a file that does is a plain, unencrypted database.
_PLAIN_HEADER = b"SQLite format 3\x00"


class KeyMismatchError(VaultDamagedError):
    """The key does not decrypt the database (or the database is not one of ours)."""


def check_database_file(db_path: Path) -> None:
    """Refuse a database file that cannot be a vault's, before SQLite ever opens it.

    SQLite treats an empty file as a new, empty database, and Alembic would then build
    a blank journal in it: an empty, cut-short or header-less file must be reported as
    damage instead. Only creating a vault makes a database, without this check.
    """
    try:
        size = db_path.stat().st_size
        with db_path.open("rb") as handle:
            start = handle.read(len(_PLAIN_HEADER))
    except FileNotFoundError:
        raise VaultDamagedError(
            "The journal's database file is missing from this vault."
        ) from None
    if size < PAGE_SIZE or size % PAGE_SIZE or start == _PLAIN_HEADER:
        raise VaultDamagedError(DAMAGED)


def open_connection(db_path: Path, key: bytearray) -> Any:
    """Open and key one DB-API connection; fail at once if the key is wrong."""
    conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # Keying must come first. The hex text is built here and dropped at once.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError(
                "SQLCipher is not available: refusing to write an unencrypted file."
            )
        # A wrong key makes SQLCipher log its page checks to stderr; the error raised here
        # says it once. Its log level is process-wide, so it is put back straight after.
        level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            raise KeyMismatchError(DAMAGED) from None
        finally:
            conn.execute(f"PRAGMA cipher_log_level = {level}").fetchall()
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
        # The search index's triggers stem every entry they index (migration 0009).
        word_forms.register(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, key: bytearray) -> Engine:
    """An engine whose pooled connections are all keyed with ``key``.

    The engine keeps a reference to ``key`` (a bytearray) so that wiping it after
    :meth:`Engine.dispose` leaves no usable key behind in our own objects.
    """
    creator: Callable[[], Any] = lambda: open_connection(db_path, key)  # noqa: E731
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        hide_parameters=True,  # journal text never lands in an error message or log
        pool_pre_ping=False,
        # One connection per thread (SQLAlchemy's SingletonThreadPool, the default for
        # "sqlite://"), which has run under the app since its first release. Past
        # ``pool_size`` threads it closes another thread's connection, even one in use,
        # so the room is ample and the app's thread pools keep their threads instead of
        # letting them expire and come back as new ones (hj_journal.ui.platform.worker).
        # A QueuePool, tried instead, let a pooled connection be finalised during garbage
        # collection while a job thread opened a session, and the process crashed.
        poolclass=SingletonThreadPool,
        pool_size=32,
    )

    # The driver's own transaction handling is off (isolation_level=None); SQLAlchemy
    # says when a transaction begins, so SAVEPOINTs and transactional DDL work. A write
    # transaction (Vault.transaction) takes the write lock at once, waiting its turn
    # (busy_timeout): one that began by reading could not write after another connection
    # wrote meanwhile, and SQLite says "database is locked" then without waiting.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        writing = conn.get_execution_options().get(WRITES, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine
