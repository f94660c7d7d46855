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

from hj_journal.store.errors import DATABASE_DAMAGED as DAMAGED
from hj_journal.store.errors import VaultDamagedError

# Pragmas every connection gets right after keying (DESIGN.md §4).
_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
)


class KeyMismatchError(VaultDamagedError):
    """The key does not decrypt the database (or the database is not one of ours)."""


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
    )

    # The driver's own transaction handling is off (isolation_level=None); SQLAlchemy
    # says when a transaction begins, so SAVEPOINTs and transactional DDL work.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
