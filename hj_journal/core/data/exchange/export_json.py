"""Export a whole vault as HJ Journal's own JSON (see :mod:`.own_format`).

Rows are written one by one as they are read, so a large vault never has to fit in
memory as one document. The file appears only when complete (see :mod:`._output`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from hj_journal import __version__
from hj_journal.core.data.exchange import attachment_export
from hj_journal.core.data.exchange._output import atomic_file
from hj_journal.core.data.exchange.own_format import (
    FORMAT,
    PERSONAL,
    PRACTICE,
    VERSION,
    rows_of,
    tables,
)
from hj_journal.core.data.exchange.records import Progress
from hj_journal.core.settings import VaultSettings
from hj_journal.store.coltypes import utcnow
from hj_journal.store.migrate import current_revision
from hj_journal.store.vault import Vault


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: rows per table."""

    path: Path
    rows: dict[str, int]

    @property
    def total(self) -> int:
        """Rows in all tables."""
        return sum(self.rows.values())


def export_json(
    vault: Vault,
    path: Path,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
    notes: Path | None = None,
) -> ExportSummary:
    """Write every row of every table of ``vault`` to ``path`` as JSON.

    ``notes`` (the app's :attr:`~hj_journal.paths.AppPaths.exports_in_progress`)
    records the hidden file being written, so a start after a crash removes it.
    """
    path = Path(path)
    written: dict[str, int] = {}
    # Before the session: this thread has one connection, and it can't nest transactions.
    schema = current_revision(vault.engine)
    kind = PRACTICE if VaultSettings(vault).is_practice_vault else PERSONAL
    with vault.session() as session:  # one read transaction: a consistent snapshot
        counts = {
            t.name: int(session.scalar(select(func.count()).select_from(t)) or 0) for t in tables()
        }
        total = sum(counts.values())
        done = 0
        header = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": (now or utcnow()).isoformat(),
            "app_version": __version__,
            "schema": schema,
            "vault_kind": kind,  # an import into the other kind of vault is refused
        }
        with atomic_file(path, notes=notes) as out:
            out.write(json.dumps(header, ensure_ascii=False, indent=1)[:-2])
            out.write(',\n "tables": {')
            for index, table in enumerate(tables()):
                out.write(("," if index else "") + f"\n  {json.dumps(table.name)}: [")
                written[table.name] = 0
                for number, row in enumerate(rows_of(session, table)):
                    out.write(("," if number else "") + "\n   ")
                    out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
                    written[table.name] += 1
                    done += 1
                    if progress is not None and done % 500 == 0:
                        progress(done, total)
                out.write("\n  ]")
            out.write("\n }")
            # Files in entries, by their bytes (docs/formats.md, Attachments).
            written[attachment_export.SECTION] = attachment_export.write_json_section(session, out)
            out.write("\n}\n")
    if progress is not None:
        progress(total, total)
    return ExportSummary(path=path, rows=written)
