"""A vault: one folder holding an encrypted database and the key file that opens it.

::

    vaults/<folder>/vault.db     SQLCipher 4 database (everything personal)
    vaults/<folder>/vault.key    the database key, wrapped under passphrase and recovery slots
    vaults/<folder>/vault.json   the user's neutral label for the vault, nothing else

A :class:`Vault` starts locked. Unlocking derives the wrapping key, unwraps the database
key, opens a keyed engine and brings the schema up to date. Locking checkpoints the
write-ahead log, disposes the engine and wipes the key.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hj_journal.store.errors import (
    DATABASE_DAMAGED,
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongSecretError,
    is_corruption,
)
from hj_journal.store.files import fsync_folder, overwrite_and_remove, write_atomic
from hj_journal.store.secret import wipe

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from hj_journal.store.kdf import KdfPolicy
    from hj_journal.store.keyfile import KeyFile
    from hj_journal.store.rotation import Step

# SQLAlchemy, Alembic and SQLCipher load on first unlock, and the key file's
# cryptography (and recovery keys, random numbers) when a key file is first made or
# read, not on import: the lock screen lists vaults with this module and must appear
# as fast as a bare window.

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
META_FILE = "vault.json"
_META_FORMAT = "hj-journal-vault"


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of :meth:`Vault.verify`. Problems never quote journal content."""

    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


def _keep_search_index_current(engine: Engine) -> None:
    """Rebuild the search index if it was built by other stemmers (an app update)."""
    from sqlalchemy.orm import Session

    from hj_journal.store import search

    # The stemmers' fingerprint is one short read; entries are indexed again (in the
    # background) only after an update that changed how words are stemmed.
    with Session(engine) as session, session.begin():
        if not search.index_is_current(session):
            search.renew_word_forms(session)


def _search_index_checks(conn: Any) -> list[str]:
    """The search index's checks (hj_journal/store/search_index.py), on this connection."""
    from hj_journal.store import search_index

    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        result = conn.exec_driver_sql(sql, params) if params else conn.exec_driver_sql(sql)
        return list(result.fetchall()) if result.returns_rows else []

    return search_index.checks(run)


class Vault:
    """One vault folder. Cheap to construct; nothing is read until it is used."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._engine: Engine | None = None
        self._key: bytearray | None = None
        self._sessions: sessionmaker[Session] | None = None
        # While the vault list is unlisted, the label lives inside the vault and is
        # held here once read (hj_journal.store.registry), never in vault.json.
        self.label_inside: str | None = None

    def __repr__(self) -> str:  # never shows anything but the folder name
        return f"Vault({self.folder.name!r}, unlocked={self.is_unlocked})"

    # ------------------------------------------------------------------ files

    @property
    def key_path(self) -> Path:
        """The key file."""
        return self.folder / KEY_FILE

    @property
    def db_path(self) -> Path:
        """The encrypted database."""
        return self.folder / DB_FILE

    @property
    def meta_path(self) -> Path:
        """The plain file holding the vault's label."""
        return self.folder / META_FILE

    def exists(self) -> bool:
        """True when the folder holds a key file."""
        return self.key_path.is_file()

    def files(self) -> list[Path]:
        """Every file that belongs to this vault, including SQLite's side files."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.is_file())

    # ------------------------------------------------------------------ label

    def _meta(self) -> dict[str, Any]:
        import json  # here, not at import: a first start with no vault needs none

        try:
            data = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_meta(self, **changes: Any) -> None:
        import json

        meta = {"format": _META_FORMAT, **self._meta(), **changes}
        write_atomic(self.meta_path, json.dumps(meta, indent=2, ensure_ascii=False).encode())

    @property
    def label(self) -> str:
        """The user's neutral name for this vault (shown on the lock screen)."""
        label = self._meta().get("label")
        if not (isinstance(label, str) and label.strip()):
            label = self.label_inside
        return label if isinstance(label, str) and label.strip() else "Journal"

    @label.setter
    def label(self, value: str) -> None:
        self._write_meta(label=value.strip())

    @property
    def is_default(self) -> bool:
        """True when this vault is the one opened when none is named."""
        return self._meta().get("default") is True

    def set_default(self, value: bool) -> None:
        """Mark or unmark this vault as the default."""
        self._write_meta(default=value)

    # ------------------------------------------------------------------ create and unlock

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, label: str, policy: KdfPolicy
    ) -> tuple[Vault, str]:
        """Create a vault and return it unlocked, with its recovery key (shown once)."""
        vault = cls(folder)
        if vault.exists() or vault.db_path.exists():
            raise VaultExistsError("There is already a vault in that folder.")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        import secrets

        from hj_journal.store import recovery
        from hj_journal.store.keyfile import KeyFile

        db_key = bytearray(secrets.token_bytes(32))
        recovery_key = recovery.generate()
        keyfile = KeyFile.create(db_key, passphrase, recovery_key, policy)
        try:
            vault._open(db_key, creating=True)
        except BaseException:
            for path in vault.files():
                path.unlink()
            raise
        # The key file goes last: a folder without one is not yet a vault. The lock
        # file is made with it, so unlocking later adds no file to the folder.
        from hj_journal.store import attempts, locks

        keyfile = keyfile.with_attempts_key(attempts.new_vault_key(vault))
        with locks.exclusive(folder):
            write_atomic(vault.key_path, keyfile.to_bytes())
        vault._write_meta(label=label.strip() or "Journal")
        return vault, recovery_key

    def read_key_file(self) -> KeyFile:
        """Read and check the key file."""
        from hj_journal.store.keyfile import KeyFile

        try:
            data = self.key_path.read_bytes()
        except FileNotFoundError:
            raise VaultNotFoundError("There is no vault in that folder.") from None
        return KeyFile.from_bytes(data)

    def unlock(
        self, passphrase: str, *, policy: KdfPolicy, attempt_from: str | None = None
    ) -> None:
        """Unlock with the passphrase. Raises WrongSecretError or VaultDamagedError.

        ``attempt_from`` (``attempts.APP`` or ``attempts.COMMAND_LINE``) adds a wrong
        passphrase to the vault's sealed record of attempts; None records nothing (for
        trying one passphrase on several vaults, say).
        """
        from hj_journal.store import attempts

        with self._changing():  # the key file and database must match while both are read
            self._require_db()
            keyfile = self.read_key_file()
            try:
                key = keyfile.unwrap_with_passphrase(passphrase, policy)
            except WrongSecretError:
                attempts.note_failed_unlock(
                    self.folder, keyfile, attempts.PASSPHRASE, attempt_from
                )
                raise
            self._open_and_seal(key, keyfile)

    def unlock_with_recovery_key(
        self, recovery_key: str, *, attempt_from: str | None = None
    ) -> None:
        """Unlock with the recovery key from the recovery kit (``attempt_from``: see unlock)."""
        from hj_journal.store import attempts

        with self._changing():
            self._require_db()
            keyfile = self.read_key_file()
            try:
                key = keyfile.unwrap_with_recovery_key(recovery_key)
            except RecoveryKeyFormatError:
                raise  # a typo caught by the checksum: nothing was tried against the vault
            except WrongSecretError:
                attempts.note_failed_unlock(
                    self.folder, keyfile, attempts.RECOVERY_KEY, attempt_from
                )
                raise
            self._open_and_seal(key, keyfile)

    def unlock_with_unwrapped_key(
        self, keyfile: KeyFile, key: bytearray, *, rewrap: tuple[str, KdfPolicy] | None = None
    ) -> bool:
        """Unlock with ``key``, already unwrapped from ``keyfile`` by its passphrase.

        For trying one passphrase on every vault before opening any
        (:meth:`hj_journal.store.registry.VaultRegistry.unlock_any`). False, with the key
        wiped and the vault still locked, when the key file has changed since it was
        read (the caller then unlocks the ordinary way). ``rewrap`` (the passphrase and a
        policy) gives the passphrase slot new costs once the vault is open, in the same
        hold of the vault's lock; the new key file replaces the old whole, so a kill at
        any moment leaves one or the other, and either opens with the passphrase. A
        re-wrap that cannot be written leaves the old slot, to be tried again next time.
        """
        with self._changing():
            self._require_db()
            if self.read_key_file() != keyfile:
                wipe(key)
                return False
            self._open_and_seal(key, keyfile)
            if rewrap is not None:
                passphrase, policy = rewrap
                current = self.read_key_file()  # sealing may have added the attempts key
                renewed = current.with_passphrase(self._require_key(), passphrase, policy)
                with contextlib.suppress(OSError):  # the old slot still opens: next time
                    write_atomic(self.key_path, renewed.to_bytes())
        return True

    def _open_and_seal(self, key: bytearray, keyfile: KeyFile) -> None:
        """Open the database, then make sure the record of attempts can be sealed to it."""
        from hj_journal.store import attempts

        self._open(key)
        try:
            attempts.ensure_key(self, keyfile)
        except BaseException:
            self.lock()
            raise

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """Hold the vault's cross-process lock; finish a key rotation that was cut short."""
        from hj_journal.store import locks, rotation

        if not self.exists():
            raise VaultNotFoundError("There is no vault in that folder.")
        with locks.exclusive(self.folder):
            rotation.finish_interrupted(self.folder)
            yield

    def check_passphrase(self, passphrase: str, *, policy: KdfPolicy) -> bool:
        """True when ``passphrase`` opens this vault (used before changing it)."""
        from hj_journal.store.errors import WrongSecretError

        try:
            wipe(self.read_key_file().unwrap_with_passphrase(passphrase, policy))
        except WrongSecretError:
            return False
        return True

    def _require_db(self) -> None:
        if not self.exists():
            raise VaultNotFoundError("There is no vault in that folder.")
        if not self.db_path.is_file():
            raise VaultDamagedError("The journal's database file is missing from this vault.")

    def _open(self, key: bytearray, *, creating: bool = False) -> None:
        from sqlalchemy import event, exc
        from sqlalchemy.orm import sessionmaker

        from hj_journal.store import migrate
        from hj_journal.store.engine import KeyMismatchError, check_database_file, make_engine
        from hj_journal.store.models import sync_tag_text

        self.lock()
        if not creating:  # only creating a vault makes a database (never an empty file)
            try:
                check_database_file(self.db_path)
            except BaseException:
                wipe(key)
                raise
        engine = make_engine(self.db_path, key)
        try:
            with engine.connect():
                pass
            migrate.upgrade(engine, self.db_path, creating=creating)
            _keep_search_index_current(engine)
        except migrate.UnknownRevisionError:
            engine.dispose()
            wipe(key)
            raise UnsupportedVaultError(
                "This vault was changed by a newer version of HJ Journal. "
                "Please update the app to open it."
            ) from None
        except KeyMismatchError:
            engine.dispose()
            wipe(key)
            raise
        except exc.DatabaseError as error:
            engine.dispose()
            wipe(key)
            if is_corruption(error, self.db_path):
                raise VaultDamagedError(DATABASE_DAMAGED) from None
            raise
        except BaseException:
            engine.dispose()
            wipe(key)
            raise
        self._engine, self._key = engine, key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", sync_tag_text)

    # ------------------------------------------------------------------ using

    @property
    def is_unlocked(self) -> bool:
        """True between a successful unlock and :meth:`lock`."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The keyed engine (only while unlocked)."""
        if self._engine is None:
            raise VaultLockedError("The vault is locked.")
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A database session; commit it yourself. Damage becomes VaultDamagedError."""
        if self._sessions is None:
            raise VaultLockedError("The vault is locked.")
        from sqlalchemy import exc

        with self._sessions() as session:
            try:
                yield session
            except exc.DatabaseError as error:
                session.rollback()
                if is_corruption(error, self.db_path):
                    raise VaultDamagedError(DATABASE_DAMAGED) from None
                raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends without an exception.

        It holds the write lock from its start (waiting for another writer to finish),
        so what it read is still true when it writes.
        """
        from hj_journal.store.engine import WRITES

        with self.session() as session:
            session.connection(execution_options={WRITES: True})
            yield session
            session.commit()

    # ------------------------------------------------------------------ keys

    def change_passphrase(self, new_passphrase: str, *, policy: KdfPolicy) -> None:
        """Re-wrap the database key under a new passphrase (the database is untouched).

        The database key stays the same, so an older copy of the key file (in a backup)
        still opens the vault with the old passphrase: :meth:`rotate_key` is the change
        that locks old secrets out.
        """
        key = self._require_key()
        with self._changing():  # read, change and write the key file as one step
            keyfile = self.read_key_file().with_passphrase(key, new_passphrase, policy)
            write_atomic(self.key_path, keyfile.to_bytes())

    def regenerate_recovery_key(self) -> str:
        """Make a new recovery key; the old one stops working with this key file."""
        from hj_journal.store import recovery

        key = self._require_key()
        recovery_key = recovery.generate()
        with self._changing():
            keyfile = self.read_key_file().with_recovery_key(key, recovery_key)
            write_atomic(self.key_path, keyfile.to_bytes())
        return recovery_key

    def rotate_key(
        self,
        new_passphrase: str,
        *,
        policy: KdfPolicy,
        current_passphrase: str | None = None,
        step: Step | None = None,
    ) -> str:
        """Give the vault a fresh database key and return its new recovery key.

        The database is rewritten under the new key and the key file gets new slots:
        ``new_passphrase`` (which may be the current one) and a new recovery key. Old
        passphrases, old recovery keys and old copies of the key file open nothing
        written from now on. ``current_passphrase``, when given, must open the key file
        as it is now (so a change made meanwhile in another window is never undone).
        See :mod:`hj_journal.store.rotation` for how a kill at any moment is survived.
        """
        from hj_journal.store import rotation

        self._require_key()
        with self._changing():
            keyfile = self.read_key_file()
            if current_passphrase is not None:
                wipe(keyfile.unwrap_with_passphrase(current_passphrase, policy))
            old_key = self._close_keeping_key()
            try:
                new_key, recovery_key = rotation.rotate(
                    self.folder, old_key, keyfile, new_passphrase, policy, step
                )
            except BaseException:
                if self.read_key_file() == keyfile:  # not committed: the old key still opens it
                    self._open(old_key)
                else:  # committed; the next unlock finishes moving the files
                    wipe(old_key)
                raise
            wipe(old_key)
            self._open(new_key)
        return recovery_key

    def _close_keeping_key(self) -> bytearray:
        """Close every connection (folding the log in) and hand over the key."""
        key = self._require_key()
        self._key = None
        self.lock()
        return key

    def _require_key(self) -> bytearray:
        if self._key is None:
            raise VaultLockedError("The vault is locked.")
        return self._key

    # ------------------------------------------------------------------ care

    def verify(self) -> VerifyReport:
        """Check every page's authentication code and SQLite's own structure."""
        from sqlalchemy import exc

        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                for (line,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                    problems.append(str(line))
                if problems:  # SQLCipher refuses further work on a connection after this
                    conn.invalidate()
                    return VerifyReport(tuple(problems))
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    problems.extend(str(r) for r in result)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    problems.append("Some rows point at rows that no longer exist.")
                problems.extend(_search_index_checks(conn))
        except exc.DatabaseError as error:
            if not is_corruption(error, self.db_path):
                raise
            problems.append("The database could not be read to the end.")
        return VerifyReport(tuple(problems))

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file and truncate it."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def lock(self) -> None:
        """Close every connection and wipe the key. Safe to call when already locked."""
        engine, key = self._engine, self._key
        self._engine = self._sessions = None
        self._key = None
        if engine is not None:
            from sqlalchemy import exc, text

            with contextlib.suppress(exc.DBAPIError), engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            engine.dispose()
            from hj_journal.store import word_forms

            word_forms.forget()  # its caches hold words of the journal
        wipe(key)

    def wipe(self) -> None:
        """Destroy the vault: lock, overwrite and remove every file, remove the folder."""
        self.lock()
        for path in self.files():
            overwrite_and_remove(path)
        with contextlib.suppress(OSError):
            self.folder.rmdir()
        with contextlib.suppress(OSError):
            fsync_folder(self.folder.parent)


def new_vault_folder(vaults_dir: Path) -> Path:
    """A fresh, neutrally named folder for a new vault."""
    import secrets

    while True:
        folder = vaults_dir / secrets.token_hex(4)
        if not folder.exists():
            return folder


def is_vault_folder(folder: Path) -> bool:
    """True when ``folder`` looks like a vault."""
    return (folder / KEY_FILE).is_file()


__all__ = ["Vault", "VerifyReport", "is_vault_folder", "new_vault_folder"]
