"""Guess which format a file (or folder) is in, and find the parser for it.

The names match the command line's ``import --format``: ``"jrnl"``,
``"jrnl-txt"``, ``"dayone"``, ``"daylio"``, ``"markdown"`` and ``"json"`` (HJ
Journal's own export, recognised by ``"format": "hj-journal-export"``; its reader
lives with the exporter, so it is not in :data:`PARSERS`).

Guessing reads at most the first 64 KiB and never raises; it is a hint for the
import dialog, and the chosen parser still validates everything.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from hj_journal.core.data.exchange.daylio import parse_daylio
from hj_journal.core.data.exchange.dayone import parse_dayone
from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from hj_journal.core.data.exchange.jrnl_text import HEADER, parse_jrnl_text
from hj_journal.core.data.exchange.markdown_folder import SUFFIXES, parse_markdown_folder
from hj_journal.core.data.exchange.records import ImportBatch

#: Our own export's marker, ``{"format": "hj-journal-export", "version": …}``.
OWN_EXPORT_FORMAT = "hj-journal-export"

Parser = Callable[..., ImportBatch]

#: Format name → parser. ``"json"`` (our own export) is handled by its own reader.
PARSERS: dict[str, Parser] = {
    "jrnl": parse_jrnl_json,
    "jrnl-txt": parse_jrnl_text,
    "dayone": parse_dayone,
    "daylio": parse_daylio,
    "markdown": parse_markdown_folder,
}

_HEAD_BYTES = 64 * 1024
_OWN = re.compile(r'"format"\s*:\s*"hj-journal-export"')
_DAYLIO_COLUMNS = ("full_date", "time", "mood")


def detect_format(path: Path) -> str | None:
    """The likely format of ``path``, or ``None`` if it isn't one we know."""
    path = Path(path)
    try:
        if path.is_dir():
            return "markdown" if _has_markdown(path) else None
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "dayone" if _zip_has_json(path) else None
    if path.name.lower().endswith(SUFFIXES):
        return "markdown"
    text = _decode_head(head)
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return _json_kind(stripped)
    first_line = stripped.split("\n", 1)[0]
    header = [name.strip().lower() for name in first_line.split(",")]
    if all(name in header for name in _DAYLIO_COLUMNS):
        return "daylio"
    if HEADER.fullmatch(first_line.rstrip("\r")):
        return "jrnl-txt"
    return None


def _decode_head(head: bytes) -> str:
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(encoding, "ignore")
    return head.decode("utf-8-sig", "ignore")


def _json_kind(text: str) -> str | None:
    """Tell the JSON exports apart by the keys near the top."""
    if _OWN.search(text):
        return "json"
    if '"creationDate"' in text or re.search(r'"metadata"\s*:', text):
        return "dayone"
    if '"entries"' in text and ('"starred"' in text or '"date"' in text or '"tags"' in text):
        return "jrnl"
    return None


def _has_markdown(folder: Path) -> bool:
    """True if the folder (or a sub-folder, a few levels down) holds a Markdown file."""
    pending = [(folder, 0)]
    looked = 0
    while pending and looked < 10_000:
        current, depth = pending.pop()
        for item in sorted(current.iterdir()):
            looked += 1
            if item.name.startswith("."):
                continue
            if item.name.lower().endswith(SUFFIXES) and item.is_file():
                return True
            if depth < 3 and item.is_dir() and not item.is_symlink():
                pending.append((item, depth + 1))
    return False


def _zip_has_json(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return any(name.lower().endswith(".json") for name in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return False
