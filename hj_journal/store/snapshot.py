"""Encrypted copies of a vault's database, made and checked without the key leaving SQLCipher.

SQLCipher attaches a database given without a ``KEY`` clause under the same key as the
main database. So an open vault can write an encrypted copy of itself
(``sqlcipher_export`` into an attached file), check a copy page by page
(``PRAGMA <schema>.cipher_integrity_check``) and copy rows back from a copy, all through
one of its own keyed connections: the raw key is never handed around in Python again.

A copy made elsewhere (a backup restored on a new computer) is checked with the key
unwrapped from the copy's own key file, through :func:`check_file`.

Every function here uses a connection of its own: the engine's connection for this
thread is checked out, used outside any transaction, and invalidated afterwards, so an
attached file or a failed page check never lingers in the pool.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from hj_journal.store.errors import DATABASE_DAMAGED, VaultDamagedError, is_corruption

#: ``progress(done, total)``; may raise to stop the work (the copy is then abandoned).
Progress = Callable[[int, int], None]

SNAPSHOT = "hj_snapshot"
# How many SQLite virtual-machine steps pass between two progress reports.
_STEPS = 2000


# The words SQLCipher and SQLite use when a file fails its checks.
class SnapshotError(Exception):
    """A copy could not be read with this key (damaged, or from another vault)."""


class SchemaMismatchError(SnapshotError):
    """A copy was made by a different version of the schema."""


def _quiet(conn: Any) -> None:
    # SQLCipher writes its own diagnostics to stderr when a page fails its check; the
    # caller reports damage in one calm sentence instead.
    with contextlib.suppress(sqlcipher.Error):
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()


@contextlib.contextmanager
def _attached(engine: Engine, path: Path) -> Iterator[Any]:
    """A connection of ``engine`` with ``path`` attached as :data:`SNAPSHOT`."""
    fairy = engine.raw_connection()
    conn: Any = fairy.driver_connection
    try:
        _quiet(conn)
        conn.execute(f"ATTACH DATABASE ? AS {SNAPSHOT}", (str(path),))
        try:
            yield conn
        finally:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute(f"DETACH DATABASE {SNAPSHOT}")
    finally:
        fairy.invalidate()  # never hand a connection that saw a damaged file back to the pool


def export_copy(engine: Engine, target: Path, progress: Progress | None = None) -> None:
    """Write an encrypted copy of the open database to ``target`` (a new file).

    The copy is one consistent snapshot (one read transaction); other connections may
    go on writing meanwhile. ``progress`` gets the bytes written so far against the
    size of the database; if it raises, the copy stops and the exception propagates.
    """
    if target.exists():
        raise FileExistsError(str(target))
    with _attached(engine, target) as conn:
        page_size = int(conn.execute("PRAGMA main.page_size").fetchone()[0])
        total = int(conn.execute("PRAGMA main.page_count").fetchone()[0]) * page_size
        # A small cache makes the copy reach the disk as it goes, so the size of the
        # file is an honest measure of progress. The new file needs no rollback journal
        # or a sync per statement: if anything goes wrong it is thrown away, and the
        # caller syncs and checks it once it is complete.
        conn.execute(f"PRAGMA {SNAPSHOT}.cache_size = 256").fetchall()
        conn.execute(f"PRAGMA {SNAPSHOT}.journal_mode = OFF").fetchall()
        conn.execute(f"PRAGMA {SNAPSHOT}.synchronous = OFF").fetchall()
        stopped: list[BaseException] = []

        def report() -> int:
            if progress is None:
                return 0
            try:
                progress(min(_size(target), total), total)
            except BaseException as error:  # handed back after SQLite has stopped
                stopped.append(error)
                return 1
            return 0

        conn.set_progress_handler(report, _STEPS)
        try:
            conn.execute(f"SELECT sqlcipher_export('{SNAPSHOT}')").fetchall()
        except sqlcipher.Error as error:
            if stopped:
                raise stopped[0] from None
            if is_corruption(error):  # a page of the open vault failed its check
                raise VaultDamagedError(DATABASE_DAMAGED) from None
            raise
        finally:
            conn.set_progress_handler(None, 0)
        if stopped:
            raise stopped[0]
    if progress is not None:
        progress(total, total)


def copy_file(engine: Engine, target: Path, progress: Progress | None = None) -> str | None:
    """Copy the open database's file byte for byte to ``target`` (a new file).

    The database file is already encrypted under the vault's key, so a copy of it is as
    good a backup as :func:`export_copy` writes, and about ten times quicker: no page is
    decrypted or encrypted again. It is one consistent state because the write-ahead
    log is folded in first and the copy is made holding the write lock, with the log
    seen empty (so every commit is in the file and none can come meanwhile). Returns
    the copy's SHA-256, or ``None`` when the log could not be emptied (a reader was in
    the middle of something): then nothing was written and the caller exports instead.
    """
    if target.exists():
        raise FileExistsError(str(target))
    fairy = engine.raw_connection()
    conn: Any = fairy.driver_connection
    try:
        source = Path(
            next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main")
        )
        log = source.with_name(source.name + "-wal")
        if _size(log) > 0:  # (the caller has usually folded it in already)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _size(log) > 0:
                return None
            return _copy_bytes(source, target, progress)
        finally:
            conn.execute("ROLLBACK")
    finally:
        fairy.close()


def _copy_bytes(source: Path, target: Path, progress: Progress | None) -> str:
    digest = hashlib.sha256()
    total = _size(source)
    done = 0
    try:
        with source.open("rb") as reader, target.open("xb") as writer:
            for block in iter(lambda: reader.read(_BLOCK), b""):
                writer.write(block)
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(min(done, total), total)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return digest.hexdigest()


_BLOCK = 1 << 20


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def check_attached(engine: Engine, path: Path) -> list[str]:
    """Check every page of ``path`` (encrypted under this vault's key) and its structure.

    Returns the problems found; an empty list means the copy is whole. A copy from
    another vault (another key) reads as "not a database" and is reported as a problem.
    """
    try:
        with _attached(engine, path) as conn:
            return _problems(conn, SNAPSHOT)
    except sqlcipher.Error as error:
        if is_corruption(error):
            return ["The copy could not be read with this vault's key."]
        raise


def check_pages(engine: Engine, path: Path) -> list[str]:
    """Check that every page of ``path`` is whole and encrypted under this vault's key.

    The page check alone (each page's authentication code), without SQLite's structural
    check: for a byte-for-byte copy of the vault's own file, whose structure is the
    vault's, it says the copy reached the disk as written in a fraction of the time.
    """
    try:
        with _attached(engine, path) as conn:
            return [
                str(row[0]) for row in conn.execute(f"PRAGMA {SNAPSHOT}.cipher_integrity_check")
            ]
    except sqlcipher.Error as error:
        if is_corruption(error):
            return ["The copy could not be read with this vault's key."]
        raise


def check_file(path: Path, key: bytearray) -> list[str]:
    """Check a copy with its raw key, opening it read-only (nothing is written to it)."""
    try:
        conn = _open_read_only(path, key)
    except sqlcipher.Error as error:
        if is_corruption(error):
            return ["The copy could not be read with this key."]
        raise
    try:
        return _problems(conn, "main")
    except sqlcipher.Error as error:
        if is_corruption(error):
            return ["The copy could not be read to the end."]
        raise
    finally:
        conn.close()


def _open_read_only(path: Path, key: bytearray) -> Any:
    # immutable=1: a finished copy has no write-ahead log and nothing else writes to it,
    # so SQLite need not create -wal or -shm files beside it (a read-only USB stick works).
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _problems(conn: Any, schema: str) -> list[str]:
    problems = [str(row[0]) for row in conn.execute(f"PRAGMA {schema}.cipher_integrity_check")]
    if problems:
        return problems  # SQLite's own check would only repeat the same damage at length
    result = [str(row[0]) for row in conn.execute(f"PRAGMA {schema}.integrity_check(20)")]
    if result != ["ok"]:
        problems.extend(result)
    return problems


def schema_revision_of_file(path: Path, key: bytearray) -> str | None:
    """The Alembic revision recorded in a copy, read with its raw key."""
    conn = _open_read_only(path, key)
    try:
        return _revision(conn, "main")
    finally:
        conn.close()


def _revision(conn: Any, schema: str) -> str | None:
    try:
        row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    except sqlcipher.OperationalError:
        return None
    return str(row[0]) if row else None


def restore_pages(engine: Engine, source: Path, progress: Progress | None = None) -> None:
    """Make the open database a page-for-page copy of ``source``, in one transaction.

    ``source`` must be a copy of this same vault (same key; :class:`SnapshotError`
    otherwise) at the same schema revision (:class:`SchemaMismatchError`). SQLite's
    online backup copies every page of ``source`` into the vault's ``main`` database as
    one write transaction: it commits only when the last page is in, so if it fails, a
    page fails its check, ``progress`` raises, or the process is killed, the vault is
    exactly as it was (the write-ahead log's uncommitted frames are ignored). The rows,
    the search index and everything else then are what the copy held, so nothing needs
    rebuilding; every old page is overwritten or cut off the end of the file.

    Pages are copied by C, a few thousand at a time, with ``progress(done, total)`` in
    pages between the steps. Other connections of the vault stay open and see the new
    contents once the copy commits (SQLite tells them the schema changed).
    """
    try:
        with _attached(engine, source) as reader:
            if _revision(reader, "main") != _revision(reader, SNAPSHOT):
                raise SchemaMismatchError("The copy was made with a different schema.")
            _copy_pages(engine, reader, progress)
    except sqlcipher.DatabaseError as error:
        if is_corruption(error):  # another vault's key, or a page failed its check
            raise SnapshotError("The copy could not be read with this vault's key.") from None
        raise


def _copy_pages(engine: Engine, reader: Any, progress: Progress | None) -> None:
    # The online backup needs two connections: the copy is read through the one it is
    # attached to, and written through a fresh connection of the vault's own (keyed by
    # the engine's creator, so the key stays inside SQLCipher).
    pool = engine.pool.recreate()
    record = pool.connect()
    try:
        writer: Any = record.driver_connection
        _quiet(writer)

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)  # raising here stops and rolls back

        reader.backup(writer, pages=_PAGES_PER_STEP, progress=report, name=SNAPSHOT)
    finally:
        record.invalidate()  # never hand a connection back that might be mid-way
        pool.dispose()


# Pages per step of the online backup: about 16 MB, so progress moves a few times a
# second while the transaction stays one.
_PAGES_PER_STEP = 4096


def fsync_file(path: Path) -> None:
    """Make a file's contents durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "SNAPSHOT",
    "SchemaMismatchError",
    "SnapshotError",
    "check_attached",
    "check_file",
    "check_pages",
    "copy_file",
    "export_copy",
    "fsync_file",
    "restore_pages",
    "schema_revision_of_file",
]
