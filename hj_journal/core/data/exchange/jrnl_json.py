"""Read jrnl's JSON export (``jrnl --export json``).

Shape: ``{"tags": {"@tag": count}, "entries": [{"title", "body", "date", "time",
"tags", "starred", "uuid"?}]}``. ``date`` is ``YYYY-MM-DD`` and ``time`` is local
``HH:MM`` without a zone, so it is read in ``local_tz`` (default: this computer's).

Rules where jrnl leaves room: an entry needs a ``date`` and a ``title`` or ``body``;
a missing ``time`` means noon; tags lose their ``@``; ``starred`` becomes pinned.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import (
    MAX_FILE_BYTES,
    NO_TIME,
    EntryTags,
    IdAllocator,
    SkipError,
    Ticker,
    bool_field,
    entry_id,
    fit_text,
    load_json,
    parse_clock,
    parse_ymd,
    printable,
    required_text,
    source_uuid,
    text_field,
    text_list_field,
    tidy_body,
    tidy_title,
    to_utc,
)
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)

FORMAT = "jrnl"
_WHAT = QT_TRANSLATE_NOOP("ImportFields", "a jrnl JSON export")


def parse_jrnl_json(
    path: Path,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportBatch:
    """Read a jrnl JSON export into an :class:`ImportBatch`.

    Raises :class:`ImportFormatError` when the file is not a jrnl JSON export at
    all (or is damaged, too large, or not UTF-8). Entries that cannot be read in
    full are listed in ``skipped`` with the entry number and the reason.
    """
    path = Path(path)
    document = load_json(path, max_bytes, _WHAT)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(
            translate(
                "DataExchangeJrnlJson",
                "This file doesn't look like a jrnl JSON export.",
            )
        )
    if document.get("format") == "hj-journal-export" or "metadata" in document:
        raise ImportFormatError(
            translate(
                "DataExchangeJrnlJson",
                "This file doesn't look like a jrnl JSON export (it looks like another app's).",
            )
        )
    raw_entries: list[Any] = document["entries"]
    ticker = Ticker(progress, len(raw_entries))
    ids = IdAllocator()
    tags = EntryTags(strip_prefix="@")
    entries: list[ImportedEntry] = []
    skipped: list[SkippedItem] = []
    for number, raw in enumerate(raw_entries, start=1):
        try:
            entries.append(_read_entry(raw, f"Entry {number}", local_tz, ids, tags))
        except SkipError as skip:
            skipped.append(
                SkippedItem(
                    translate(
                        "DataExchangeJrnlJson",
                        "{name}, entry {number}",
                    ).format(name=path.name, number=number),
                    str(skip),
                )
            )
        ticker.tick(number)
    ticker.finish()
    return ImportBatch(
        format=FORMAT, entries=tuple(entries), skipped=tuple(skipped), warnings=tags.warnings()
    )


def _read_entry(
    raw: Any, subject: str, local_tz: tzinfo | None, ids: IdAllocator, tags: EntryTags
) -> ImportedEntry:
    """One validated entry, or :class:`SkipError` with the reason."""
    if not isinstance(raw, dict):
        raise SkipError(
            translate(
                "DataExchangeJrnlJson",
                "{subject} was left out because it isn't a journal entry.",
            ).format(subject=subject)
        )
    date_text = required_text(raw, "date", subject, QT_TRANSLATE_NOOP("ImportFields", "date"))
    day = parse_ymd(date_text)
    if day is None:
        raise SkipError(
            translate(
                "DataExchangeJrnlJson",
                "{subject} was left out because its date, “{value}”, isn't a date HJ "
                "Journal can read.",
            ).format(subject=subject, value=printable(date_text))
        )
    time_text = text_field(raw, "time", subject, QT_TRANSLATE_NOOP("ImportFields", "time"))
    clock = NO_TIME if time_text is None else parse_clock(time_text)
    if clock is None:
        raise SkipError(
            translate(
                "DataExchangeJrnlJson",
                "{subject} was left out because its time, “{value}”, isn't a time HJ "
                "Journal can read.",
            ).format(subject=subject, value=printable(time_text))
        )
    title_text = text_field(raw, "title", subject, QT_TRANSLATE_NOOP("ImportFields", "title"))
    body_text = text_field(raw, "body", subject, QT_TRANSLATE_NOOP("ImportFields", "text"))
    if title_text is None and body_text is None:
        raise SkipError(
            translate(
                "DataExchangeJrnlJson",
                "{subject} was left out because it has no title or text.",
            ).format(subject=subject)
        )
    title, body = fit_text(tidy_title(title_text or ""), tidy_body(body_text or ""), subject)
    tag_names = text_list_field(raw, "tags", subject, QT_TRANSLATE_NOOP("ImportFields", "tags"))
    starred = bool_field(raw, "starred", subject, QT_TRANSLATE_NOOP("ImportFields", "star"))
    local = datetime.combine(day, clock)
    try:
        created_at = to_utc(local, local_tz)
    except ValueError:
        raise SkipError(
            translate(
                "DataExchangeJrnlJson",
                "{subject} was left out because its date, “{value}”, is too far from "
                "today to place in time.",
            ).format(subject=subject, value=printable(date_text))
        ) from None
    base = source_uuid(text_field(raw, "uuid", subject, QT_TRANSLATE_NOOP("ImportFields", "id")))
    if base is None:
        base = entry_id(local.isoformat(timespec="minutes"), title, body)
    return ImportedEntry(
        source_id=ids.claim(base),
        entry_date=day,
        created_at=created_at,
        title=title,
        body=body,
        tags=tags.clean(tag_names),
        pinned=starred,
    )
