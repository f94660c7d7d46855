"""Key rotation: a fresh database key, the database rewritten under it, new key slots.

Re-wrapping (``Vault.change_passphrase``) only puts a new lock on the same database key,
so an old copy of ``vault.key`` (in a backup, say) still opens today's ``vault.db`` with
the old passphrase or recovery key. Rotation replaces the database key itself, so old
secrets and old key files open nothing written from now on.

SQLCipher 4 cannot ``PRAGMA rekey`` a database in WAL mode, so the database is exported
into a new file under the new key (``sqlcipher_export``), checked page by page, and then
swapped in with the new key file.

How the swap survives a kill at any moment
------------------------------------------
Everything happens in the vault's folder, holding the vault's lock (:mod:`.locks`), in
this order; ``*`` marks a step whose end is made durable (fsync of the file and of the
folder) before the next begins::

    1. vault.key.rotating   new key file (new passphrase and recovery slots)     *
    2. vault.db.rotating    the database exported under the new key, checked      *
    3. vault.key.rotating -> vault.key                       (the commit point)    *
    4. remove vault.db-wal and vault.db-shm (they belong to the old database)
    5. vault.db -> vault.db.old;  vault.db.rotating -> vault.db                    *
    6. overwrite and remove vault.db.old

Which secrets are current is decided by one atomic rename (step 3), and the files that
are left say which side of it a kill fell on, so no separate journal is needed:

* ``vault.key.rotating`` is there: the commit did not happen. The old key file and the
  old database are untouched; the new files are removed (roll back).
* ``vault.key.rotating`` is gone but ``vault.db.rotating`` is there: the commit happened;
  steps 4-6 are done again (roll forward). Each of them can be repeated safely.
* only ``vault.db.old`` is left: step 6 is done again.

:func:`finish_interrupted` applies these rules. The vault calls it, holding the lock,
before it reads the key file to unlock, so a rotation cut short is finished or undone
before anyone can see a half-made state. Between the steps exactly one key file is
``vault.key``, and the database it opens is ``vault.db`` (or, just after the commit,
``vault.db.rotating``, which the next unlock moves into place before reading anything).

The database must not be open anywhere else while it is rewritten: a window in another
process would go on writing into the old file. While the export runs, one connection
holds SQLite's exclusive lock on the old database; if that lock cannot be had, another
process has the vault open and the rotation stops before it has changed anything.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hj_journal.store import recovery
from hj_journal.store.errors import VaultError
from hj_journal.store.files import fsync_folder, overwrite_and_remove, write_atomic
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.locks import VaultBusyError
from hj_journal.store.secret import wipe

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
NEW_KEY = "vault.key.rotating"
NEW_DB = "vault.db.rotating"
OLD_DB = "vault.db.old"
_SIDE_FILES = ("-wal", "-shm", "-journal")

#: ``step(name)`` is called after each step (tests use it to stop the process there).
Step = Callable[[str], None]

_ATTACHED = "hj_rotated"
IN_USE = (
    "The vault is open in another window or command. Close it there (or lock it), then try again."
)
CHANGED = (
    "The vault's key was changed somewhere else a moment ago. Please lock the vault, "
    "unlock it again and try once more."
)


class VaultInUseError(VaultBusyError):
    """Another process has the database open, so it cannot be rewritten now."""


class KeyChangedError(VaultError):
    """The key held in memory no longer opens the database (rotated elsewhere)."""


def finish_interrupted(folder: Path) -> None:
    """Finish or undo a rotation that was cut short. Call it holding the vault's lock."""
    folder = Path(folder)
    new_key, new_db, old_db = folder / NEW_KEY, folder / NEW_DB, folder / OLD_DB
    if new_key.exists():
        # Not committed: the old files are untouched; the new ones are thrown away.
        for path in (new_db, new_key):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fsync_folder(folder)
    elif new_db.exists():
        _swap_database(folder)
    if old_db.exists():
        overwrite_and_remove(old_db)
    for stray in folder.glob(f".{NEW_KEY}.*.tmp"):  # a key-file write cut short
        stray.unlink()


def _swap_database(folder: Path) -> None:
    """Steps 4 and 5: move the new database into place (safe to repeat)."""
    db = folder / DB_FILE
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{DB_FILE}{suffix}").unlink()
    if db.exists():
        os.replace(db, folder / OLD_DB)
    os.replace(folder / NEW_DB, db)
    fsync_folder(folder)


def rotate(
    folder: Path,
    old_key: bytearray,
    keyfile: KeyFile,
    passphrase: str,
    policy: KdfPolicy,
    step: Step | None = None,
) -> tuple[bytearray, str]:
    """Rewrite the vault in ``folder`` under a fresh key; returns (new key, recovery key).

    ``keyfile`` is the current key file (its vault id is kept); ``passphrase`` goes into
    the new passphrase slot and a new recovery key into the new recovery slot. The caller
    holds the vault's lock and has closed its own connections to the database. On any
    error before the commit the vault is left exactly as it was.
    """
    folder = Path(folder)
    report: Step = step or (lambda _name: None)
    finish_interrupted(folder)
    new_key = bytearray(secrets.token_bytes(32))
    recovery_key = recovery.generate()
    try:
        # The vault id and the record of attempts' public key stay; its private key is a
        # row of the database, so the export below carries it over.
        fresh = KeyFile(vault_id=keyfile.vault_id, slots=(), attempts_key=keyfile.attempts_key)
        fresh = fresh.with_passphrase(new_key, passphrase, policy)
        fresh = fresh.with_recovery_key(new_key, recovery_key)
        guard = _exclusive_connection(folder / DB_FILE, old_key)
        try:
            report("locked")
            write_atomic(folder / NEW_KEY, fresh.to_bytes())
            report("key-file-written")
            _export(guard, folder / NEW_DB, new_key)
        finally:
            guard.close()
        _check(folder / NEW_DB, new_key)
        report("exported")
        os.replace(folder / NEW_KEY, folder / KEY_FILE)
        fsync_folder(folder)
    except BaseException:
        wipe(new_key)
        with contextlib.suppress(OSError):
            finish_interrupted(folder)  # nothing was committed: roll back
        raise
    report("committed")
    _swap_database(folder)  # if this is cut short, the next unlock finishes it
    report("swapped")
    overwrite_and_remove(folder / OLD_DB)
    report("done")
    return new_key, recovery_key


def _exclusive_connection(db_path: Path, key: bytearray) -> Any:
    """A connection holding SQLite's exclusive lock: proof that nobody else has it open."""
    import sqlcipher3.dbapi2 as sqlcipher

    from hj_journal.store.engine import KeyMismatchError, open_connection

    try:
        conn = open_connection(db_path, key)
    except KeyMismatchError:
        raise KeyChangedError(CHANGED) from None
    except sqlcipher.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise VaultInUseError(IN_USE) from None
        raise
    try:
        with contextlib.suppress(sqlcipher.Error):
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        # Another process's idle connection keeps its shared lock for good: waiting
        # would not help, so the wait is short.
        conn.execute("PRAGMA busy_timeout = 500").fetchall()
        conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher.OperationalError as error:
        conn.close()
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise VaultInUseError(IN_USE) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _export(conn: Any, target: Path, new_key: bytearray) -> None:
    """Step 2: ``sqlcipher_export`` of the open database into ``target`` under ``new_key``."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()  # a copy left by an earlier attempt that was cut short
    # The key reaches SQLCipher as a bound parameter in its raw-key form, never in SQL.
    raw = f"x'{new_key.hex()}'"
    conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED} KEY ?", (str(target), raw))
    del raw
    try:
        # The new file needs no rollback journal: until the commit it is thrown away
        # if anything goes wrong, and it is synced and checked once it is complete.
        conn.execute(f"PRAGMA {_ATTACHED}.journal_mode = OFF").fetchall()
        conn.execute(f"PRAGMA {_ATTACHED}.synchronous = OFF").fetchall()
        conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA {_ATTACHED}.user_version = {int(version)}").fetchall()
    finally:
        conn.execute(f"DETACH DATABASE {_ATTACHED}")
    from hj_journal.store.snapshot import fsync_file

    fsync_file(target)
    fsync_folder(target.parent)


def _check(path: Path, key: bytearray) -> None:
    """Read the new file back from disk with the new key, every page and the structure."""
    from hj_journal.store.errors import VaultDamagedError
    from hj_journal.store.snapshot import check_file

    if check_file(path, key):
        raise VaultDamagedError(
            "The rewritten journal did not read back correctly, so nothing was changed. "
            "The disk may be full or failing."
        )


__all__ = [
    "NEW_DB",
    "NEW_KEY",
    "OLD_DB",
    "KeyChangedError",
    "Step",
    "VaultInUseError",
    "finish_interrupted",
    "rotate",
]
