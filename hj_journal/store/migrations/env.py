"""Alembic environment: migrations always run on a connection the vault hands in.

There is no database URL here: a vault's key never goes into a config file. The
vault opens a keyed connection and passes it as ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from hj_journal.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only through hj_journal.store.migrate.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes most columns by copying the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
