"""HJ Journal's own JSON export format: every table, every column, every row.

::

    {"format": "hj-journal-export", "version": 1,
     "exported_at": "2026-05-01T09:30:00+00:00", "app_version": "…", "schema": "<revision>",
     "vault_kind": "personal",
     "tables": {"entries": [{"id": 1, "uuid": "…", "entry_date": "2026-04-30", …}, …],
                "entry_tags": [{"entry_id": 1, "name": "rest"}, …], …}}

The tables and columns come from the models themselves (``Base.metadata``), so a table
or column added to the schema is exported without anyone remembering to add it; the
round-trip test seeds a row in every table and fails if one is left out.

``vault_kind`` is ``"personal"`` or ``"practice"``: a practice vault keeps clients, never a
personal journal, so an import is refused across the two (see
:func:`hj_journal.core.data.exchange.importer.refusal`). Exports written before the field
existed are read by the ``vault.kind`` row of their settings table (personal without one).

Values: moments are ISO 8601 with their UTC offset, days are ``YYYY-MM-DD``, JSON
columns stay JSON, booleans and integers as they are. :func:`decode_value` checks every
value against its column, so a hand-edited or damaged export is refused row by row with
a reason, never written half-way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Integer, String, Table, select
from sqlalchemy.orm import Session

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import MAX_FILE_BYTES, has_bad_text, load_json
from hj_journal.core.data.exchange.records import ImportFormatError, Progress
from hj_journal.core.settings import VaultKind, VaultSettings
from hj_journal.store.coltypes import UTCDateTime
from hj_journal.store.models import EXPORTED_APART, NOT_EXPORTED, Base

FORMAT = "hj-journal-export"
VERSION = 1
PERSONAL = VaultKind.PERSONAL.value
PRACTICE = VaultKind.PRACTICE.value
VAULT_KINDS = (PERSONAL, PRACTICE)
_WHAT = QT_TRANSLATE_NOOP("ImportFields", "an HJ Journal export")


def tables() -> list[Table]:
    """Every table of the vault, parents before the rows that point at them.

    The record of attempts' tables stay out: they hold this vault's own private key. So do
    the attachments' tables: their files are written in their own section (``attachments``,
    see :mod:`.attachment_export`), so another vault keys their digests itself.
    """
    left_out = NOT_EXPORTED | EXPORTED_APART
    return [t for t in Base.metadata.sorted_tables if t.name not in left_out]


# ---------------------------------------------------------------------- values


def encode_value(value: Any) -> Any:
    """A column value as JSON (dates and moments as ISO text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class BadValueError(ValueError):
    """A value does not fit its column; ``str()`` names the column, never the value."""


def decode_value(column: Column[Any], raw: Any) -> Any:
    """A JSON value checked and turned back into what ``column`` stores."""
    return decoder(column)(raw)


Decoder = Callable[[Any], Any]


def decoder(column: Column[Any]) -> Decoder:
    """The check-and-convert function :func:`decode_value` applies for ``column``.

    Chosen once per column, so an import of many rows does not work out each column's
    kind again for every value.
    """
    name = column.name
    kind = column.type
    if isinstance(kind, UTCDateTime):
        convert = _moment(name)
    elif isinstance(kind, Date):
        convert = _day(name)
    elif isinstance(kind, Boolean):
        convert = _boolean(name)
    elif isinstance(kind, Integer):
        convert = _whole(name)
    elif isinstance(kind, JSON):
        convert = _json(name)
    elif isinstance(kind, String):  # Text is a String too
        convert = _text(name, kind.length)
    else:
        convert = _unknown(name)
    if column.nullable:

        def nullable(raw: Any) -> Any:
            return None if raw is None else convert(raw)

        return nullable

    def required(raw: Any) -> Any:
        if raw is None:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” is empty but must have a value",
                ).format(name=name)
            )
        return convert(raw)

    return required


def _moment(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        if not isinstance(raw, str):
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't a date and time",
                ).format(name=name)
            )
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't a date and time",
                ).format(name=name)
            ) from None
        if moment.tzinfo is None:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” has no time zone",
                ).format(name=name)
            )
        return moment.astimezone(UTC)

    return convert


def _day(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else _no()
        except ValueError:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't a date",
                ).format(name=name)
            ) from None

    return convert


def _boolean(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        if not isinstance(raw, bool):
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't true or false",
                ).format(name=name)
            )
        return raw

    return convert


def _whole(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**63:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't a whole number",
                ).format(name=name)
            )
        return raw

    return convert


def _json(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        _check_json_text(raw, name)
        return raw

    return convert


def _text(name: str, length: int | None) -> Decoder:
    def convert(raw: Any) -> Any:
        if not isinstance(raw, str) or has_bad_text(raw):
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” isn't text",
                ).format(name=name)
            )
        if length is not None and len(raw) > length:
            raise BadValueError(
                translate(
                    "DataExchangeOwnFormat",
                    "“{name}” is longer than {length} characters",
                ).format(name=name, length=length)
            )
        return raw

    return convert


def _unknown(name: str) -> Decoder:
    def convert(raw: Any) -> Any:
        raise BadValueError(
            translate(
                "DataExchangeOwnFormat",
                "“{name}” holds a kind of value HJ Journal doesn't know",
            ).format(name=name)
        )

    return convert


def _no() -> date:
    raise ValueError


def _check_json_text(value: Any, name: str) -> None:
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if has_bad_text(item):
                raise BadValueError(
                    translate(
                        "DataExchangeOwnFormat",
                        "“{name}” has characters that aren't valid text",
                    ).format(name=name)
                )
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())


def default_for(column: Column[Any]) -> Any:
    """The value a missing column gets (an older export), or raise :class:`BadValueError`."""
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return getattr(default, "arg", None)
    if default is not None and getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]
    if column.nullable:
        return None
    raise BadValueError(
        translate(
            "DataExchangeOwnFormat",
            "“{name}” is missing",
        ).format(name=column.name)
    )


# ---------------------------------------------------------------------- reading rows


def rows_of(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` as a JSON-ready dict, in primary-key order."""
    query = select(table).order_by(*table.primary_key.columns)
    for row in session.execute(query).mappings():
        yield {key: encode_value(value) for key, value in row.items()}


# ---------------------------------------------------------------------- reading a file


@dataclass(frozen=True)
class OwnExport:
    """A parsed export: format checked, tables not yet checked row by row."""

    path: Path
    version: int
    schema: str | None
    tables: dict[str, list[Any]]
    format: str = "json"
    vault_kind: str = PERSONAL  # the kind of vault it was exported from
    attachments: tuple[Any, ...] = ()  # files in entries (see .attachment_export)


def read_own_export(
    path: Path, *, progress: Progress | None = None, max_bytes: int = MAX_FILE_BYTES
) -> OwnExport:
    """Read an HJ Journal JSON export; raise :class:`ImportFormatError` if it isn't one."""
    path = Path(path)
    if progress is not None:
        progress(0, 1)
    doc = load_json(path, max_bytes, _WHAT)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This file doesn't look like an HJ Journal export.",
            )
        )
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This HJ Journal export has no version HJ Journal can read.",
            )
        )
    if version > VERSION:
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This export was made by a newer version of HJ Journal. Please update "
                "the app to import it.",
            )
        )
    raw_tables = doc.get("tables")
    if not isinstance(raw_tables, dict) or not all(
        isinstance(rows, list) for rows in raw_tables.values()
    ):
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This HJ Journal export looks incomplete or damaged.",
            )
        )
    schema = doc.get("schema") if isinstance(doc.get("schema"), str) else None
    kind = doc.get("vault_kind", _kind_from_settings(raw_tables.get("settings", [])))
    if kind not in VAULT_KINDS:
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This HJ Journal export doesn't say what kind of vault it is from.",
            )
        )
    attachments = doc.get("attachments", [])
    if not isinstance(attachments, list):
        raise ImportFormatError(
            translate(
                "DataExchangeOwnFormat",
                "This HJ Journal export looks incomplete or damaged.",
            )
        )
    if progress is not None:
        progress(1, 1)
    return OwnExport(
        path=path,
        version=version,
        schema=schema,
        tables=dict(raw_tables),
        vault_kind=kind,
        attachments=tuple(attachments),
    )


def _kind_from_settings(rows: list[Any]) -> str:
    """An older export's vault kind, from its ``vault.kind`` setting (personal without one)."""
    setting = VaultSettings.vault_kind
    for row in rows:
        if isinstance(row, dict) and row.get("key") == setting.key:
            return setting.read(row.get("value")).value
    return PERSONAL
