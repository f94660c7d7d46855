"""HJ Journal's own JSON export: complete, and it comes back entity by entity."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import Importer, read_source, row_counts
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.store.models import EXPORTED_APART, NOT_EXPORTED, Base
from tests.core.data.exchange.vault_seed import SEEDED_TABLES, seed_every_table

# The record of attempts' tables hold this vault's own private key: never exported.
# Attachments are exported by their files, in a section of their own (test_attachments.py).
EXPORTED = [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED | EXPORTED_APART]


def _rows(vault: Vault) -> dict[str, list[dict[str, Any]]]:
    with vault.session() as session:
        return {
            table.name: [
                dict(row)
                for row in session.execute(
                    select(table).order_by(*table.primary_key.columns)
                ).mappings()
            ]
            for table in EXPORTED
        }


@pytest.fixture
def empty_vault(registry: VaultRegistry, policy: KdfPolicy):
    vault, _ = registry.create("Empty", "an empty calm vault", policy=policy)
    yield vault
    vault.lock()


def test_the_seed_covers_every_table(vault: Vault) -> None:
    # A new table in the models must be added to the seed (and so to this round trip).
    assert {t.name for t in EXPORTED} == SEEDED_TABLES
    every = SEEDED_TABLES | NOT_EXPORTED | EXPORTED_APART
    assert {t.name for t in Base.metadata.sorted_tables} == every
    seed_every_table(vault)
    counts = row_counts(vault)
    assert all(counts[table.name] >= 1 for table in EXPORTED), counts


def test_every_table_and_column_is_exported(vault: Vault, tmp_path: Path) -> None:
    seed_every_table(vault)
    out = tmp_path / "export.json"
    summary = export_json(vault, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "hj-journal-export"
    assert doc["version"] == 1
    assert not NOT_EXPORTED & set(doc["tables"])  # the vault's private key stays inside
    for table in EXPORTED:
        rows = doc["tables"][table.name]
        assert rows, table.name
        assert len(rows) == summary.rows[table.name]
        for row in rows:
            assert set(row) == {c.name for c in table.columns}, table.name


def test_round_trip_into_an_empty_vault_entity_by_entity(
    vault: Vault, empty_vault: Vault, tmp_path: Path
) -> None:
    seed_every_table(vault)
    out = tmp_path / "export.json"
    export_json(vault, out)
    source = read_source(out)  # detected as our own export
    importer = Importer(empty_vault)
    preview = importer.preview(source)
    assert preview.entries.new == 2
    assert preview.checkins.new == 1
    assert preview.skipped == ()
    report = importer.run(source)
    assert report.new_total == preview.new_total

    before, after = _rows(vault), _rows(empty_vault)
    for table in EXPORTED:
        assert after[table.name] == before[table.name], table.name
    # the search index was rebuilt for the imported entries
    restored = Services.for_vault(empty_vault)
    assert [r.summary.title for r in restored.journal.search("second")] == ["second"]
    assert empty_vault.verify().ok

    # …and importing the same file again adds nothing
    again = importer.preview(read_source(out))
    assert again.new_total == 0
    assert again.entries.existing == 2
    importer.run(read_source(out))
    assert _rows(empty_vault) == after


def test_into_a_vault_that_already_has_rows_ids_move_and_references_follow(
    vault: Vault, empty_vault: Vault, tmp_path: Path
) -> None:
    seed_every_table(vault)
    out = tmp_path / "export.json"
    export_json(vault, out)
    busy = Services.for_vault(empty_vault)
    for n in range(3):  # takes the ids the export uses
        busy.journal.create(EntryInput(entry_date=date(2024, 1, n + 1), title=f"mine {n}"))
    Importer(empty_vault).run(read_source(out, "json"))

    def by_uuid(v: Vault) -> dict[str, tuple[str, tuple[str, ...]]]:
        rows = _rows(v)
        tags: dict[int, list[str]] = {}
        for tag in rows["entry_tags"]:
            tags.setdefault(tag["entry_id"], []).append(tag["name"])
        return {
            e["uuid"]: (e["title"], tuple(sorted(tags.get(e["id"], [])))) for e in rows["entries"]
        }

    theirs = by_uuid(vault)
    mine = by_uuid(empty_vault)
    assert {k: mine[k] for k in theirs} == theirs
    assert len(mine) == 5
    # a reference by id still reaches the same entity
    rows = _rows(empty_vault)
    [rating] = rows["scale_ratings"]
    [checkin] = [c for c in rows["checkins"] if c["id"] == rating["checkin_id"]]
    assert checkin["note"] == "RoundTrip check-in"
