"""Bring a vault's schema up to date with Alembic, taking a copy first.

Migrations run when a vault is unlocked. Before any migration touches a database that
already holds data, the encrypted file is copied beside it, so an interrupted or faulty
migration never costs the user anything.

Alembic takes a quarter of a second to import, so it loads only when a migration is due:
:func:`upgrade` first reads the vault's revision with one ``SELECT`` and compares it with
the newest script's number, read from the file names in ``migrations/versions/`` (each
file starts with its revision, ``0011_sync_entry_templates.py``; a test holds every file
and Alembic's own head to that).
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc, text

from hj_journal.store.errors import DATABASE_DAMAGED, VaultDamagedError
from hj_journal.store.files import fsync_folder

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PRE_MIGRATION_SUFFIX = ".pre-migration"
_REVISION_DIGITS = 4


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows (Alembic's own reading)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app can migrate from."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The vault's schema revision, or None for a new, empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def newest_script_revision(versions: Path | None = None) -> str | None:
    """The newest revision among the scripts, from their file names alone (no Alembic).

    None when the folder cannot be read or holds no script; the caller then asks Alembic.
    """
    try:
        names = os.listdir(versions or MIGRATIONS_DIR / "versions")
    except OSError:
        return None
    numbers = [
        name[:_REVISION_DIGITS]
        for name in names
        if name.endswith(".py")
        and name[:_REVISION_DIGITS].isdigit()
        and name[_REVISION_DIGITS : _REVISION_DIGITS + 1] == "_"
    ]
    return max(numbers, default=None)


def is_current(engine: Engine) -> bool:
    """True when the vault's schema is the newest one (one ``SELECT``; Alembic not loaded).

    Anything unusual (no version table, no row or several, a revision that is not the
    newest script's) answers False, and :func:`upgrade` lets Alembic look properly.
    """
    newest = newest_script_revision()
    if newest is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except exc.OperationalError:  # no version table: new, or damaged (Alembic tells)
        return False
    return len(rows) == 1 and rows[0][0] == newest


def upgrade(engine: Engine, db_path: Path, *, creating: bool = False) -> Path | None:
    """Migrate to the newest schema; return the path of the safety copy, if one was made.

    Only a vault being created (``creating``) may start without a schema: in any other
    vault a database with no recorded revision has lost its contents, so it is reported
    as damage and Alembic never builds a blank journal in it.

    Raises :class:`UnknownRevisionError` when the vault comes from a newer app.
    """
    if is_current(engine):  # the usual case: nothing to do, and Alembic never loads
        return None
    current = current_revision(engine)
    if current is None and not creating:
        raise VaultDamagedError(DATABASE_DAMAGED)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise UnknownRevisionError(current)
    copy = None
    if current is not None:
        copy = _safety_copy(engine, db_path, current)
    from alembic import command

    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return copy


def _safety_copy(engine: Engine, db_path: Path, revision: str) -> Path:
    # Fold the WAL into the main file so one file copy is the whole database.
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = db_path.with_name(f"{db_path.name}{PRE_MIGRATION_SUFFIX}-{revision}-{stamp}")
    shutil.copy2(db_path, copy)
    fsync_folder(copy.parent)
    return copy


class UnknownRevisionError(Exception):
    """The database was migrated by a newer version of the app."""
