"""Bring an HJ Journal JSON export into a vault: every table, nothing lost, nothing twice.

Rules, chosen so that importing into an empty vault gives back exactly what was
exported, and importing twice adds nothing:

* A row whose ``uuid`` (or another unique key, such as a setting's name or a prompt's
  key) is already in the vault is *already there*: the vault's own version is kept.
  Rows that belong to it without an identity of their own (an entry's tags) follow it.
* A row keeps its ``id`` when that id is free; otherwise it gets a new one, and every
  row pointing at it (tags, check-ins, session notes…) is pointed at the new id.
* A row that does not fit its table (a value of the wrong kind, a missing required
  value, a reference to a row that is not there) is skipped with a reason.

:func:`plan` works all of this out inside a session without writing; :func:`write`
inserts the plan in the caller's transaction, so the whole import is one transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Dialect, Table, func, select
from sqlalchemy.orm import Session

from hj_journal.core.common.i18n import translate
from hj_journal.core.data.exchange.own_format import (
    BadValueError,
    Decoder,
    OwnExport,
    decoder,
    default_for,
    tables,
)
from hj_journal.core.data.exchange.records import SkippedItem
from hj_journal.store import bulk
from hj_journal.store.models import Base

ENTRY_TABLES = ("entries",)
CHECKIN_TABLES = ("checkins",)
_BATCH = 500


@dataclass
class TablePlan:
    """What happens to one table's rows."""

    table: Table
    insert: list[dict[str, Any]] = field(default_factory=list)
    existing: int = 0
    skipped: int = 0


@dataclass
class Plan:
    """What an import of an export would do, table by table."""

    tables: list[TablePlan]
    skipped: list[SkippedItem]
    warnings: list[str]

    def new_ids(self, table_name: str) -> list[int]:
        """The ids the new rows of one table will have."""
        for table_plan in self.tables:
            if table_plan.table.name == table_name:
                return [row["id"] for row in table_plan.insert]
        return []

    def counts(
        self, names: tuple[str, ...] | None = None, *, others: bool = False
    ) -> tuple[int, int, int]:
        """(new, already there, skipped) over the named tables (or all the others)."""
        chosen = [p for p in self.tables if (names is None or (p.table.name in names) != others)]
        return (
            sum(len(p.insert) for p in chosen),
            sum(p.existing for p in chosen),
            sum(p.skipped for p in chosen),
        )


def _id_column(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].name == "id":
        return "id"
    return None


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    """Column sets that identify a row: unique columns and a primary key other than id."""
    sets: list[tuple[str, ...]] = []
    for column in table.columns:
        if column.unique:
            sets.append((column.name,))
    for constraint in table.constraints:
        columns = tuple(c.name for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and columns not in sets:
            sets.append(columns)
    if _id_column(table) is None:
        sets.append(tuple(c.name for c in table.primary_key.columns))
    return sets


class _Existing:
    """The vault's identities in one table: unique keys → id (or True), and used ids."""

    def __init__(self, session: Session, table: Table) -> None:
        self.keys: dict[tuple[str, ...], dict[tuple[Any, ...], Any]] = {}
        id_name = _id_column(table)
        for columns in _unique_sets(table):
            wanted = [table.c[name] for name in columns]
            if id_name:
                wanted.append(table.c[id_name])
            found: dict[tuple[Any, ...], Any] = {}
            for row in session.execute(select(*wanted)):
                found[tuple(row[: len(columns)])] = row[-1] if id_name else True
            self.keys[columns] = found
        self.ids: set[int] = set()
        self.next_id = 1
        if id_name:
            self.ids = set(session.scalars(select(table.c[id_name])))
            self.next_id = int(session.scalar(select(func.max(table.c[id_name]))) or 0) + 1


def plan(session: Session, source: OwnExport, *, check: Callable[[], None] | None = None) -> Plan:
    """Work out the import of ``source`` against the vault seen by ``session``."""
    known = {t.name for t in tables()}
    warnings = [
        translate(
            "DataExchangeJsonRestore",
            "The export has a part HJ Journal doesn't know (“{name}”); it was left out.",
        ).format(name=name)
        for name in sorted(set(source.tables) - known)
    ]
    skipped: list[SkippedItem] = []
    id_maps: dict[str, dict[int, int]] = {}
    deduped: dict[str, set[int]] = {}  # new ids of rows that were already there
    result: list[TablePlan] = []
    for table in tables():
        rows = source.tables.get(table.name, [])
        table_plan = TablePlan(table)
        id_maps[table.name] = {}
        deduped[table.name] = set()
        existing = _Existing(session, table)
        seen: dict[tuple[str, ...], set[tuple[Any, ...]]] = {k: set() for k in existing.keys}
        layout = _layout(table)
        for number, raw in enumerate(rows, start=1):
            if check is not None and number % _BATCH == 0:
                check()
            try:
                values = _decode_row(layout, raw)
                outcome = _place(table, layout, values, existing, seen, id_maps, deduped)
            except BadValueError as error:
                table_plan.skipped += 1
                skipped.append(
                    SkippedItem(
                        f"{table.name}, item {number}",
                        translate(
                            "DataExchangeJsonRestore",
                            "Left out: {error}.",
                        ).format(error=error),
                    )
                )
                continue
            if outcome is None:
                table_plan.existing += 1
            else:
                table_plan.insert.append(outcome)
        result.append(table_plan)
    return Plan(tables=result, skipped=skipped, warnings=warnings)


@dataclass(frozen=True)
class _Layout:
    """What planning needs of one table's columns, worked out once rather than once a row."""

    # (name, decoder, the list or dict a JSON column must hold, the column)
    columns: tuple[tuple[str, Decoder, type | None, Column[Any]], ...]
    # (column, the table it points at, whether it may be empty), in column order
    references: tuple[tuple[str, str, bool], ...]
    id_name: str | None


@functools.cache
def _layout(table: Table) -> _Layout:
    shapes = _json_shapes()
    return _Layout(
        columns=tuple(
            (c.name, decoder(c), shapes.get((table.name, c.name)), c) for c in table.columns
        ),
        references=tuple(
            (c.name, foreign.column.table.name, bool(c.nullable))
            for c in table.columns
            for foreign in c.foreign_keys
        ),
        id_name=_id_column(table),
    )


def _decode_row(layout: _Layout, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise BadValueError(
            translate(
                "DataExchangeJsonRestore",
                "it isn't a record",
            )
        )
    values: dict[str, Any] = {}
    for name, decode, shape, column in layout.columns:
        if name in raw:
            value = decode(raw[name])
            if shape is not None and value is not None and not isinstance(value, shape):
                raise BadValueError(f"“{name}” isn't a {shape.__name__}")
            values[name] = value
        else:
            values[name] = default_for(column)
    return values


@functools.cache
def _json_shapes() -> dict[tuple[str, str], type]:
    """JSON columns the models declare as a list or a dict, by (table, column)."""
    shapes: dict[tuple[str, str], type] = {}
    for mapper in Base.registry.mappers:
        name_of_table = str(getattr(mapper.local_table, "name", ""))
        for cls in mapper.class_.__mro__:
            for name, annotation in getattr(cls, "__annotations__", {}).items():
                text = str(annotation).replace(" ", "")
                if "Mapped[list[" in text:
                    shapes.setdefault((name_of_table, name), list)
                elif "Mapped[dict[" in text:
                    shapes.setdefault((name_of_table, name), dict)
    return shapes


def _place(
    table: Table,
    layout: _Layout,
    values: dict[str, Any],
    existing: _Existing,
    seen: dict[tuple[str, ...], set[tuple[Any, ...]]],
    id_maps: dict[str, dict[int, int]],
    deduped: dict[str, set[int]],
) -> dict[str, Any] | None:
    """Remap references, find duplicates, choose an id. ``None`` means already there."""
    follows_existing = False
    for name, target, nullable in layout.references:
        old = values[name]
        if old is None:
            continue
        new = id_maps.get(target, {}).get(old)
        if new is None:
            if not nullable:
                raise BadValueError(
                    translate(
                        "DataExchangeJsonRestore",
                        "“{name}” points at something not in the export",
                    ).format(name=name)
                )
            values[name] = None
            continue
        values[name] = new
        if new in deduped.get(target, set()):
            follows_existing = True
    id_name = layout.id_name
    old_id = values.get(id_name) if id_name else None
    for columns, found in existing.keys.items():
        key = tuple(values[name] for name in columns)
        match = found.get(key)
        if match is not None:
            if id_name and old_id is not None:
                id_maps[table.name][old_id] = match
                deduped[table.name].add(match)
            return None
        if key in seen[columns]:
            raise BadValueError(
                translate(
                    "DataExchangeJsonRestore",
                    "it appears twice in the export",
                )
            )
    if follows_existing and "uuid" not in values:
        return None  # e.g. a tag of an entry that was already there: the vault's wins
    for columns in existing.keys:
        seen[columns].add(tuple(values[name] for name in columns))
    if id_name:
        new_id = old_id if old_id not in existing.ids else None
        if new_id is None:
            while existing.next_id in existing.ids:
                existing.next_id += 1
            new_id = existing.next_id
        existing.ids.add(new_id)
        existing.next_id = max(existing.next_id, new_id + 1)
        values[id_name] = new_id
        if old_id is not None:
            id_maps[table.name][old_id] = new_id
    return values


def write(
    session: Session, plan_: Plan, *, check: Callable[[int, int], None] | None = None
) -> None:
    """Insert the planned rows in the caller's transaction (parents first).

    Each table's rows go through one SQL text, bound row after row by the driver
    (``executemany``), with each value converted by its column type's own bind processor —
    exactly what an ORM insert stores, without building and compiling an insert per
    chunk of rows.
    """
    total = sum(len(p.insert) for p in plan_.tables)
    done = 0
    run = bulk.session_runner(session)
    connection = session.connection()
    for table_plan in plan_.tables:
        rows = table_plan.insert
        if not rows:
            continue
        sql, bind = _bulk_insert(table_plan.table, connection.dialect)
        with bulk.indexes_suspended(run, table_plan.table.name, len(rows)):
            for start in range(0, len(rows), WRITE_BATCH):
                chunk = rows[start : start + WRITE_BATCH]
                connection.exec_driver_sql(sql, [bind(row) for row in chunk])
                done += len(chunk)
                if check is not None:
                    check(done, total)


#: Rows per ``executemany`` call: the progress callback (which may cancel) runs after each.
WRITE_BATCH = 2000


def _bulk_insert(
    table: Table, dialect: Dialect
) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
    """One positional INSERT for every column of ``table``, and a row -> parameters function."""
    columns = list(table.columns)
    quote = dialect.identifier_preparer
    names = ", ".join(quote.quote(c.name) for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({marks})"
    # The same conversion an ORM or Core insert applies (TypeDecorators, JSON, dates).
    steps = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in columns]

    def bind(row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(
            row[name] if convert is None else convert(row[name]) for name, convert in steps
        )

    return sql, bind
