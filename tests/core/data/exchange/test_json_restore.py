"""Bringing HJ Journal's own JSON export back: exactly what was exported, written in bulk.

The rows are written table by table with one SQL text each (``json_restore.write``), a
table that gets thousands of rows has its plain indexes dropped and built again after
them, and all of it is one transaction. These tests hold that to the export itself
(export, import into an empty vault, export again: the same tables, value for value),
to the vault's schema (every index back as it was), and to a cancel half-way through a
big table (nothing written, nothing dropped).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, insert, text

from hj_journal.core.data.exchange import json_restore
from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import Cancelled, Importer, read_source, row_counts
from hj_journal.core.data.exchange.own_format import BadValueError, decode_value, tables
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.store.bulk import MANY_ROWS
from hj_journal.store.models import Base, CheckIn, new_uuid
from tests.core.data.exchange.vault_seed import seed_every_table

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
# More check-ins than bulk.MANY_ROWS: the import drops their plain indexes and builds
# them after the rows, and writes them in more than one batch.
MANY = MANY_ROWS + 700


@pytest.fixture
def empty_vault(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[Vault]:
    vault, _ = registry.create("Empty", "an empty calm vault", policy=policy)
    yield vault
    vault.lock()


def _add_checkins(vault: Vault, count: int) -> None:
    start = datetime(2025, 1, 1, 8, 30, tzinfo=UTC)
    rows: list[dict[str, Any]] = [
        {
            "uuid": new_uuid(),
            "at": start + timedelta(hours=7 * n, seconds=n % 60),
            "distress": n % 11 if n % 5 else None,
            "mood": n % 7 - 3,
            "energy": None if n % 3 else n % 5,
            "emotions": ["calm", "tired"][: n % 3],
            "body_sensations": [{"where": "chest", "n": n % 4}] if n % 4 == 0 else [],
            "context_tags": ["work"] if n % 2 else [],
            "note": f"check-in {n} — ünïcode ✓" if n % 6 else "",
            "phase": "arriving" if n % 9 == 0 else None,
            "source_id": f"daylio:{n}" if n % 10 == 0 else None,
        }
        for n in range(count)
    ]
    with vault.transaction() as session:
        session.execute(insert(CheckIn), rows)


def _export(vault: Vault, path: Path) -> dict[str, Any]:
    export_json(vault, path, now=NOW)
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def _indexes(vault: Vault) -> list[tuple[str, str, str]]:
    """The plain and unique indexes of every exported table (what a bulk import drops)."""
    names = [t.name for t in tables()]
    marks = ", ".join(f":t{n}" for n in range(len(names)))
    with vault.session() as session:
        rows = session.execute(
            text(
                "SELECT name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                f"WHERE type = 'index' AND tbl_name IN ({marks}) ORDER BY name"
            ),
            {f"t{n}": name for n, name in enumerate(names)},
        )
        return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_export_import_export_gives_back_the_same_tables(
    vault: Vault, empty_vault: Vault, tmp_path: Path
) -> None:
    seed_every_table(vault)
    _add_checkins(vault, MANY)
    first = _export(vault, tmp_path / "first.json")
    assert len(first["tables"]["checkins"]) == MANY + 1

    report = Importer(empty_vault).run(read_source(tmp_path / "first.json"))
    assert report.skipped == ()
    assert report.checkins.new == MANY + 1
    second = _export(empty_vault, tmp_path / "second.json")

    for name, rows in first["tables"].items():
        assert second["tables"][name] == rows, name
    assert second["tables"].keys() == first["tables"].keys()
    assert second.get("attachments") == first.get("attachments")
    assert {k: v for k, v in second.items() if k != "tables"} == {
        k: v for k, v in first.items() if k != "tables"
    }
    # The indexes dropped for the thousands of check-ins are all back, as they were made.
    assert _indexes(empty_vault) == _indexes(vault)
    assert empty_vault.verify().ok


def test_a_cancel_half_way_through_a_big_table_leaves_the_vault_as_it_was(
    vault: Vault, empty_vault: Vault, tmp_path: Path
) -> None:
    _add_checkins(vault, MANY)
    _export(vault, tmp_path / "export.json")
    source = read_source(tmp_path / "export.json")
    before, indexes = row_counts(empty_vault), _indexes(empty_vault)
    reports: list[int] = []

    def cancel(done: int, total: int) -> None:
        reports.append(done)
        if json_restore.WRITE_BATCH <= done < total:  # the first batch of check-ins is in
            raise Cancelled

    with pytest.raises(Cancelled):
        Importer(empty_vault).run(source, progress=cancel)
    assert json_restore.WRITE_BATCH <= reports[-1] < MANY
    assert row_counts(empty_vault) == before
    assert _indexes(empty_vault) == indexes
    assert empty_vault.verify().ok
    # …and the same file then goes in whole.
    assert Importer(empty_vault).run(source).checkins.new == MANY


def _column(name: str) -> Column[Any]:
    return Base.metadata.tables["checkins"].c[name]


@pytest.mark.parametrize(
    ("column", "raw", "reason"),
    [
        ("at", None, "“at” is empty but must have a value"),
        ("at", 12, "“at” isn't a date and time"),
        ("at", "yesterday", "“at” isn't a date and time"),
        ("at", "2026-01-01T10:00:00", "“at” has no time zone"),
        ("distress", True, "“distress” isn't a whole number"),
        ("distress", 2**63, "“distress” isn't a whole number"),
        ("note", 5, "“note” isn't text"),
        ("note", "\udcff", "“note” isn't text"),
        ("emotions", ["\ud800"], "“emotions” has characters that aren't valid text"),
        ("phase", None, None),
    ],
)
def test_each_column_refuses_what_does_not_fit_it(
    column: str, raw: Any, reason: str | None
) -> None:
    if reason is None:
        assert decode_value(_column(column), raw) is None
        return
    with pytest.raises(BadValueError) as caught:
        decode_value(_column(column), raw)
    assert str(caught.value) == reason


def test_moments_and_days_come_back_as_the_columns_store_them() -> None:
    moment = decode_value(_column("at"), "2026-03-01T10:00:00+01:00")
    assert moment == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert moment.tzinfo is UTC
