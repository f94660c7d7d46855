"""The offline directory of crisis and warm lines, and the country the person chose.

One TOML file per country under ``resources/support`` (``us.toml`` for the United
States; the format is in ``resources/support/README.md``). Every line names the public
page that confirmed it (``source``) and the day it was checked (``checked``), and says
plainly whether it may involve emergency services or police without your consent.

The files are only read: the app never dials, texts or opens an address. The country
is a vault setting (``VaultSettings.support_country``), so it is encrypted with
everything else and never written to the plain app settings file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.bundled import resource_path
from hj_journal.core.common.tomlcheck import (
    Fields,
    LibraryFileError,
    Problem,
    decode_toml,
    item_label,
    read_library_file,
)

if TYPE_CHECKING:  # the lock screen's support panel opens without the database layer
    from hj_journal.core.settings import VaultSettings

_COUNTRY = re.compile(r"[A-Z]{2}")
_URL = re.compile(r"https?://[^\s]+")
_FILE_KEYS = frozenset(
    {"schema", "country", "name", "emergency", "emergency_source", "checked", "lines"}
)
_LINE_KEYS = frozenset(
    {
        "id",
        "name",
        "kind",
        "audience",
        "call",
        "text",
        "text_keyword",
        "chat",
        "email",
        "hours",
        "languages",
        "may_involve_emergency_services",
        "emergency_note",
        "description",
        "source",
        "further_sources",
        "checked",
    }
)
_SHORT = 200
_LONG = 600


class LineKind(StrEnum):
    """What sort of line it is, in the person's words."""

    CRISIS = "crisis"
    WARM = "warm"
    PEER = "peer"
    TEXT = "text"


@dataclass(frozen=True)
class SupportLine:
    """One crisis or warm line, as confirmed from its source."""

    id: str
    name: str
    kind: LineKind
    hours: str
    may_involve_emergency_services: bool
    emergency_note: str
    description: str
    source: str
    checked: dt.date
    audience: str = ""
    call: str = ""
    text: str = ""
    text_keyword: str = ""
    chat: str = ""
    email: str = ""
    languages: tuple[str, ...] = ()
    further_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountryDirectory:
    """The lines of one country and its emergency number."""

    code: str
    name: str
    emergency: str
    emergency_source: str
    checked: dt.date
    lines: tuple[SupportLine, ...]


def _date(fields: Fields, key: str) -> dt.date:
    value = fields.raw(key)
    if value is None:
        fields.fail(key, "is missing; write the day it was checked, such as 2026-12-02.")
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        fields.fail(key, "should be a date without quotes, such as 2026-12-02.")
    return value


def _url(fields: Fields, key: str, value: str) -> str:
    if not _URL.fullmatch(value):
        fields.fail(key, 'should be a public web address starting with "https://".')
    return value


def _read_line(table: object, source: str, number: int) -> SupportLine:
    item = item_label("line", table, number)
    fields = Fields(table, source=source, item=item, known=_LINE_KEYS)
    ident = fields.slug("id")
    name = fields.text("name", max_len=120, one_line=True)
    kind = fields.choice("kind", LineKind)
    ways = {
        key: fields.optional_text(key, max_len=_SHORT, one_line=True) or ""
        for key in ("call", "text", "text_keyword", "chat", "email")
    }
    if not (ways["call"] or ways["text"] or ways["chat"] or ways["email"]):
        fields.fail("call", "is missing; a line needs at least one of call, text, chat or email.")
    if ways["text_keyword"] and not ways["text"]:
        fields.fail("text", "is missing; a text keyword needs the number to text it to.")
    if not fields.has("may_involve_emergency_services"):
        fields.fail(
            "may_involve_emergency_services",
            "is missing; say plainly (true or false) whether this line may involve "
            "emergency services or police without the person's consent.",
        )
    involves = fields.flag("may_involve_emergency_services", default=True)
    source_url = _url(fields, "source", fields.text("source", max_len=_LONG, one_line=True))
    further = tuple(
        _url(fields, "further_sources", value)
        for value in fields.text_list("further_sources", max_items=10, max_len=_LONG)
    )
    return SupportLine(
        id=ident,
        name=name,
        kind=kind,
        audience=fields.optional_text("audience", max_len=_SHORT, one_line=True) or "",
        hours=fields.text("hours", max_len=_SHORT, one_line=True),
        languages=fields.text_list("languages", max_items=20, max_len=_SHORT),
        may_involve_emergency_services=involves,
        emergency_note=fields.text("emergency_note", max_len=_LONG, one_line=True),
        description=fields.text("description", max_len=_LONG, one_line=True),
        source=source_url,
        further_sources=further,
        checked=_date(fields, "checked"),
        **ways,
    )


def directory_from_toml(
    data: str | bytes, source_name: str, language: str | None = None
) -> CountryDirectory:
    """Read one country's file; raise :class:`LibraryFileError` naming file, line and field."""
    fields = Fields(decode_toml(data, source_name, language), source=source_name, known=_FILE_KEYS)
    fields.check_schema()
    code = fields.text("country", max_len=2, one_line=True)
    if not _COUNTRY.fullmatch(code):
        fields.fail("country", 'should be a two-letter country code in capitals, such as "GB".')
    name = fields.text("name", max_len=120, one_line=True)
    emergency = fields.text("emergency", max_len=40, one_line=True)
    emergency_source = _url(
        fields, "emergency_source", fields.text("emergency_source", max_len=_LONG, one_line=True)
    )
    checked = _date(fields, "checked")
    tables = fields.tables("lines", required=True, max_items=100)
    lines = tuple(
        _read_line(table, source_name, number) for number, table in enumerate(tables, start=1)
    )
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if line.id in seen:
            raise LibraryFileError(
                Problem(
                    source_name,
                    f"repeats the id '{line.id}'; each line needs its own.",
                    item=f"line {number}",
                    field="id",
                )
            )
        seen.add(line.id)
    return CountryDirectory(code, name, emergency, emergency_source, checked, lines)


def load_directory(folder: Path, language: str | None = None) -> dict[str, CountryDirectory]:
    """Every ``*.toml`` country in ``folder`` by code; each file named after its code.

    Every file is checked before giving up, so one error lists every broken file.
    """
    problems: list[Problem] = []
    found: dict[str, CountryDirectory] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            directory = directory_from_toml(read_library_file(path), path.name, language)
        except LibraryFileError as error:
            problems.extend(error.problems)
            continue
        if path.stem != directory.code.lower():
            problems.append(
                Problem(
                    path.name,
                    f"should be named after its country, as {directory.code.lower()}.toml.",
                    field="country",
                )
            )
            continue
        found[directory.code] = directory
    if problems:
        raise LibraryFileError(problems)
    return found


def load_builtin_directory(language: str | None = None) -> dict[str, CountryDirectory]:
    """The directory shipped with HJ Journal, its descriptions in ``language`` where
    translated (names, numbers and addresses never are)."""
    return load_directory(resource_path("support"), language)


class SupportLines:
    """The directory's countries and lines, and the person's chosen country."""

    def __init__(
        self,
        settings: VaultSettings | None,
        directory: dict[str, CountryDirectory] | None = None,
        language: str | None = None,
    ) -> None:
        # Without settings (say, a panel opened before a vault exists) the choice is
        # kept only for as long as this object lives.
        self._settings = settings
        self._directory = directory
        self._unsaved: str | None = None
        self._language = language

    def _all(self) -> dict[str, CountryDirectory]:
        if self._directory is None:  # read on first use, not at unlock
            self._directory = load_builtin_directory(self._language)
        return self._directory

    def countries(self) -> list[CountryDirectory]:
        """Every country in the directory, by name."""
        return sorted(self._all().values(), key=lambda c: c.name.casefold())

    def country(self, code: str | None) -> CountryDirectory | None:
        """The country with this code, or ``None``."""
        return None if code is None else self._all().get(code.upper())

    def lines(self, code: str | None) -> tuple[SupportLine, ...]:
        """The lines of this country, in the file's order (none for an unknown code)."""
        country = self.country(code)
        return () if country is None else country.lines

    def chosen_code(self) -> str | None:
        """The code the person chose, if it is still in the directory."""
        value = self._unsaved if self._settings is None else self._settings.support_country
        if value is None:
            return None
        return value if value.upper() in self._all() else None

    def chosen(self) -> CountryDirectory | None:
        """The chosen country, or ``None`` when none is chosen."""
        return self.country(self.chosen_code())

    def choose(self, code: str | None) -> None:
        """Keep ``code`` as the person's country (``None`` forgets the choice)."""
        if code is not None:
            code = code.upper()
            if code not in self._all():
                raise ValueError(f"{code} is not in the support directory")
        if self._settings is None:
            self._unsaved = code
        else:
            self._settings.support_country = code
