"""Bring a vault's schema up to date with Alembic, taking a copy first.

Migrations run when a vault is unlocked. Before any migration touches a database that
already holds data, the encrypted file is copied beside it, so an interrupted or faulty
migration never costs the user anything.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from hj_journal.store.errors import DATABASE_DAMAGED, VaultDamagedError
from hj_journal.store.files import fsync_folder

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PRE_MIGRATION_SUFFIX = ".pre-migration"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app can migrate from."""
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The vault's schema revision, or None for a new, empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path, *, creating: bool = False) -> Path | None:
    """Migrate to the newest schema; return the path of the safety copy, if one was made.

    Only a vault being created (``creating``) may start without a schema: in any other
    vault a database with no recorded revision has lost its contents, so it is reported
    as damage and Alembic never builds a blank journal in it.

    Raises :class:`UnknownRevisionError` when the vault comes from a newer app.
    """
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
