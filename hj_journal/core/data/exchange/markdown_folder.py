"""Read a folder of Markdown files, one entry per ``.md`` (or ``.markdown``) file.

Each file may start with simple front matter (see :mod:`._frontmatter`): ``title``,
``date`` (or ``created``), ``tags`` (a list or a comma-separated string), ``pinned``
and ``id``. Without a title, a ``# Heading`` on the first non-blank line becomes the
title (and leaves the body). Without a date, the file's modification time is used.

Folder rules, chosen for safety and predictability:

* Sub-folders are read fully (up to :data:`MAX_DEPTH` levels), in name order.
* Names starting with ``.`` are passed over (``.git``, ``.obsidian``, ``.trash``).
* Links to folders are never followed (no loops, no surprises). A link to a file is
  read only if the file lies inside the chosen folder and wasn't read already.
* Every file must be UTF-8; one that isn't is skipped with a reason, the rest go on.

Ids: a front matter ``id`` is used as is. Otherwise the id comes from the date,
title and body — or, when the date is only the modification time (which changes
when a folder is copied), from the file's path inside the folder, title and body.
The body the id is made from is the one in the file, before links to files change.

Files beside the entries (:mod:`.attachments_beside`): photos and other files an entry
links to with a relative link (``![](2024-05-01-1a2b3c4d/IMG_0042.jpg)``, the way HJ
Journal's Markdown export writes them, or ``[letter](files/letter.pdf)``) come with it as
attachments, linked as ``hjattach:`` in its text. A link to a file that isn't there, can't
be read, is too large or lies outside the folder stays as it was written, and the batch
says so in a short note.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePosixPath

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import (
    MAX_FILE_BYTES,
    NO_TIME,
    EntryTags,
    IdAllocator,
    SkipError,
    Ticker,
    cannot_open,
    entry_id,
    fit_text,
    local_moment,
    parse_iso_moment,
    parse_ymd,
    printable,
    read_bytes,
    source_uuid,
    stable_id,
    tidy_body,
    tidy_title,
    to_utc,
    too_big,
)
from hj_journal.core.data.exchange._frontmatter import (
    as_bool,
    as_list,
    as_text,
    split_front_matter,
)
from hj_journal.core.data.exchange.attachments_beside import FilesBeside
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)

FORMAT = "markdown"
SUFFIXES = (".md", ".markdown")
#: How deep sub-folders are read.
MAX_DEPTH = 16

_OUTSIDE = QT_TRANSLATE_NOOP(
    "DataExchangeMarkdownFolder",
    "This is a link to something outside the folder, so it was not read.",
)
_MISSING = QT_TRANSLATE_NOOP(
    "DataExchangeMarkdownFolder",
    "This link points to a file that isn't there, so it was not read.",
)


@dataclass(frozen=True)
class _File:
    relative: PurePosixPath
    path: Path
    size: int


def parse_markdown_folder(
    path: Path,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportBatch:
    """Read a folder of Markdown files (or one ``.md`` file) into an :class:`ImportBatch`.

    Raises :class:`ImportFormatError` when the path is not a folder with Markdown
    files in it, or the files add up to more than ``max_bytes``.
    """
    path = Path(path)
    skipped: list[SkippedItem] = []
    if path.is_dir():
        root = path
        files = _collect(path, skipped)
        if not files and not skipped:
            raise ImportFormatError(
                translate(
                    "DataExchangeMarkdownFolder",
                    "This folder has no Markdown (.md) files in it.",
                )
            )
    elif path.is_file() and path.name.lower().endswith(SUFFIXES):
        root = path.parent
        files = [_File(PurePosixPath(path.name), path, path.stat().st_size)]
    elif path.exists():
        raise ImportFormatError(
            translate(
                "DataExchangeMarkdownFolder",
                "This isn't a folder of Markdown files.",
            )
        )
    else:
        raise cannot_open(path)
    if sum(item.size for item in files) > max_bytes:
        raise too_big()

    ids = IdAllocator()
    tags = EntryTags(strip_prefix="#")
    beside = FilesBeside(root, suffixes=SUFFIXES)
    entries: list[ImportedEntry] = []
    ticker = Ticker(progress, len(files))
    for done, item in enumerate(files, start=1):
        try:
            entries.append(_read_file(item, local_tz, ids, tags, max_bytes, beside))
        except SkipError as skip:
            skipped.append(SkippedItem(printable(str(item.relative), 120), str(skip)))
        ticker.tick(done)
    ticker.finish()
    return ImportBatch(
        format=FORMAT,
        entries=tuple(entries),
        skipped=tuple(skipped),
        warnings=beside.warnings() + tags.warnings(),
    )


# ------------------------------------------------------------------ walking the folder


def _collect(root: Path, skipped: list[SkippedItem]) -> list[_File]:
    """Every Markdown file to read, in a stable order, following the folder rules."""
    root_real = os.path.realpath(root)
    files: list[_File] = []
    links: list[tuple[PurePosixPath, str]] = []
    seen: dict[str, PurePosixPath] = {}

    def skip(relative: PurePosixPath, reason: str) -> None:
        skipped.append(SkippedItem(printable(str(relative), 120), reason))

    def walk(folder: Path, relative: PurePosixPath, depth: int) -> None:
        try:
            with os.scandir(folder) as scan:
                items = sorted(scan, key=lambda item: item.name)
        except OSError:
            skip(
                relative,
                translate(
                    "DataExchangeMarkdownFolder",
                    "This folder couldn't be opened, so it was not read.",
                ),
            )
            return
        for item in items:
            if item.name.startswith("."):
                continue
            rel = relative / item.name
            is_markdown = item.name.lower().endswith(SUFFIXES)
            try:
                if item.is_symlink():
                    target = os.path.realpath(item.path)
                    if is_markdown or os.path.isdir(target):
                        links.append((rel, target))
                elif item.is_dir(follow_symlinks=False):
                    if depth >= MAX_DEPTH:
                        skip(
                            rel,
                            translate(
                                "DataExchangeMarkdownFolder",
                                "This folder is nested too deeply, so it was not read.",
                            ),
                        )
                    else:
                        walk(Path(item.path), rel, depth + 1)
                elif is_markdown and item.is_file(follow_symlinks=False):
                    add(rel, os.path.realpath(item.path))
            except (OSError, ValueError):
                skip(
                    rel,
                    translate(
                        "DataExchangeMarkdownFolder",
                        "This couldn't be opened, so it was not read.",
                    ),
                )

    def add(relative: PurePosixPath, real: str) -> None:
        if real in seen:
            other = printable(str(seen[real]), 80)
            skip(
                relative,
                translate(
                    "DataExchangeMarkdownFolder",
                    "This is the same file as “{other}”, so it was read once.",
                ).format(other=other),
            )
            return
        seen[real] = relative
        files.append(_File(relative, Path(real), os.stat(real).st_size))

    walk(root, PurePosixPath("."), 0)
    # Links are looked at last, so a real file always wins over a link to it.
    for relative, target in links:
        try:
            if os.path.commonpath([root_real, target]) != root_real:
                skip(relative, translate("DataExchangeMarkdownFolder", _OUTSIDE))
            elif os.path.isdir(target):
                skip(
                    relative,
                    translate(
                        "DataExchangeMarkdownFolder",
                        "This is a link to a folder, so it was not followed.",
                    ),
                )
            elif not os.path.isfile(target):
                skip(relative, translate("DataExchangeMarkdownFolder", _MISSING))
            else:
                add(relative, target)
        except (OSError, ValueError):
            skip(
                relative,
                translate(
                    "DataExchangeMarkdownFolder", "This couldn't be opened, so it was not read."
                ),
            )
    return files


# ------------------------------------------------------------------ one file


def _read_file(
    item: _File,
    local_tz: tzinfo | None,
    ids: IdAllocator,
    tags: EntryTags,
    max_bytes: int,
    beside: FilesBeside,
) -> ImportedEntry:
    """One file as a complete entry, or :class:`SkipError` with the reason."""
    try:
        data = read_bytes(item.path, max_bytes)
    except ImportFormatError:
        raise SkipError(
            translate(
                "DataExchangeMarkdownFolder",
                "This file couldn't be opened, so it was not read.",
            )
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SkipError(
            translate(
                "DataExchangeMarkdownFolder",
                "This file isn't saved as UTF-8 text, so it was left out.",
            )
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, rest = split_front_matter(text)

    title_value = as_text(fields.get("title"))
    if title_value is None:
        title, body = _heading_title(rest)
    else:
        title, body = tidy_title(title_value), tidy_body(rest)
    if not title and not body:
        raise SkipError(
            translate(
                "DataExchangeMarkdownFolder",
                "This file is empty, so there was nothing to import.",
            )
        )
    title, body = fit_text(title, body, "This file")

    date_value = as_text(fields.get("date") or fields.get("created"))
    if date_value:
        moment = _front_matter_moment(date_value)
        if moment is None:
            raise SkipError(
                translate(
                    "DataExchangeMarkdownFolder",
                    "This file was left out because its date, “{value}”, isn't a date HJ "
                    "Journal can read.",
                ).format(value=printable(date_value))
            )
        try:
            created_at = to_utc(moment, local_tz)
        except ValueError:
            raise SkipError(
                translate(
                    "DataExchangeMarkdownFolder",
                    "This file was left out because its date, “{value}”, is too far from "
                    "today to place in time.",
                ).format(value=printable(date_value))
            ) from None
        day = moment.date()
        base = entry_id(moment.replace(tzinfo=None).isoformat(timespec="minutes"), title, body)
    else:
        try:
            created_at = datetime.fromtimestamp(item.path.stat().st_mtime, UTC)
        except (OSError, OverflowError, ValueError):
            raise SkipError(
                translate(
                    "DataExchangeMarkdownFolder",
                    "This file has no date, and its change time can't be read, so it was "
                    "left out.",
                )
            ) from None
        day = local_moment(created_at, local_tz).date()
        base = stable_id("markdown-file", str(item.relative), title, body)

    base = source_uuid(as_text(fields.get("id") or fields.get("uuid"))) or base
    body, attachments = beside.bring(item.path, body)
    return ImportedEntry(
        source_id=ids.claim(base),
        entry_date=day,
        created_at=created_at,
        title=title,
        body=body,
        tags=tags.clean(as_list(fields.get("tags"))),
        pinned=as_bool(fields.get("pinned")) or as_bool(fields.get("starred")),
        attachments=attachments,
    )


def _heading_title(text: str) -> tuple[str, str]:
    """A ``# Heading`` on the first non-blank line is the title; the rest is the body."""
    body = tidy_body(text)
    first, _newline, rest = body.partition("\n")
    if first.startswith("# ") and first[2:].strip():
        return tidy_title(first[2:].strip().rstrip("#").rstrip()), tidy_body(rest)
    return "", body


def _front_matter_moment(value: str) -> datetime | None:
    """A front matter date: ``YYYY-MM-DD`` (at noon) or an ISO 8601 date and time."""
    day = parse_ymd(value)
    if day is not None:
        return datetime.combine(day, NO_TIME)
    return parse_iso_moment(value)
