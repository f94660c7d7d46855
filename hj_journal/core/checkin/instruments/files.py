"""Read and validate instrument TOML files (format: ``resources/instruments/README.md``).

Files are data and are never executed. Every problem is reported as an
:class:`InstrumentFileError` naming the file, the field and, for TOML syntax errors,
the line. Unknown fields are errors too, so a misspelt key is caught rather than
silently ignored.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from hj_journal.core.checkin.instruments.schema import (
    About,
    Band,
    ContentNote,
    DifficultyQuestion,
    Flag,
    FlagRule,
    Instrument,
    InstrumentFileError,
    Item,
    Norm,
    ResponseOption,
    Scoring,
    ScoringRule,
    Variant,
)
from hj_journal.core.common.resource_i18n import (
    BASE_LANGUAGE,
    SUPPORTED_LANGUAGES,
    localised,
)

FORMAT = 1
"""The file format this code reads (the ``format`` key), not an instrument version."""

FILE_NAME = re.compile(r"^(?P<id>[a-z][a-z0-9_]*)(?:\.v(?P<version>[1-9][0-9]*))?\.toml$")
"""``<id>.toml`` is the current version; ``<id>.v<N>.toml`` keeps version N."""

MAX_FILE_BYTES = 1024 * 1024
"""Largest file accepted; real instrument files are a few kilobytes."""

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
_ITEM_ID = re.compile(r"^[A-Za-z0-9_]+$")
_TOML_LINE = re.compile(r"at line (\d+)")


class _Table:
    """One TOML table being read: typed getters that remember where they are.

    Each getter records the key it read, so :meth:`finish` can reject unknown keys.
    """

    def __init__(self, path: Path, data: object, where: str) -> None:
        self.path = path
        self.where = where
        if not isinstance(data, dict):
            raise self.error("", f"should be a table, not {_kind(data)}")
        self.data: dict[str, object] = data
        self._seen: set[str] = set()

    def name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def error(self, key: str, problem: str) -> InstrumentFileError:
        field = self.name(key) if key else self.where
        return InstrumentFileError(self.path, field, problem)

    def _get(self, key: str, required: bool) -> object:
        self._seen.add(key)
        if key not in self.data and required:
            raise self.error(key, "is missing")
        return self.data.get(key)

    def text(
        self, key: str, *, required: bool = True, pattern: re.Pattern[str] | None = None
    ) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.error(key, f"should be text, not {_kind(value)}")
        if required and not value.strip():
            raise self.error(key, "should not be empty")
        if pattern is not None and not pattern.match(value):
            raise self.error(key, f"{value!r} should match {pattern.pattern}")
        return value

    def integer(self, key: str, *, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        # bool is a subclass of int in Python; `true` is not a number here.
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"should be a whole number, not {_kind(value)}")
        return value

    def required_integer(self, key: str) -> int:
        value = self.integer(key)
        assert value is not None  # integer() raises when a required key is missing
        return value

    def number(self, key: str) -> float:
        value = self._get(key, True)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"should be a number, not {_kind(value)}")
        return float(value)

    def boolean(self, key: str) -> bool:
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error(key, f"should be true or false, not {_kind(value)}")
        return value

    def text_list(self, key: str, *, required: bool = True) -> tuple[str, ...] | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.error(key, f"should be a list of text, not {_kind(value)}")
        for i, entry in enumerate(value, start=1):
            if not isinstance(entry, str) or not entry.strip():
                raise self.error(key, f"entry {i} should be non-empty text, not {_kind(entry)}")
        return tuple(value)

    def table(self, key: str, *, required: bool = True) -> _Table | None:
        value = self._get(key, required)
        if value is None:
            return None
        return _Table(self.path, value, self.name(key))

    def tables(self, key: str, *, required: bool = True) -> list[_Table]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not value:
            raise self.error(key, f"should be one or more [[{key}]] tables")
        return [
            _Table(self.path, entry, f"{self.name(key)}[{i}]") for i, entry in enumerate(value, 1)
        ]

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self._seen)
        if unknown:
            raise self.error(unknown[0], "is not a field this format knows (a typo?)")


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text"}
    names.update({list: "a list", dict: "a table"})
    return names.get(type(value), type(value).__name__)


def read_instrument_file(path: Path, language: str | None = None) -> Instrument:
    """Read and validate one instrument file; raise :class:`InstrumentFileError`.

    ``language`` applies the file's published translation where it has one (only a
    published, validated version is ever carried: docs/translations.md); values, ids and
    scoring are the same in every language.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InstrumentFileError(path, "", f"cannot be read ({exc.strerror})") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise InstrumentFileError(path, "", "is too large to be an instrument file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InstrumentFileError(path, "", "is not UTF-8 text") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        raise InstrumentFileError(path, "", f"is not valid TOML: {exc}", line=line) from exc
    instrument = parse_instrument(localised(data, language), path)
    _check_file_name(path, instrument)
    return instrument


def _check_file_name(path: Path, instrument: Instrument) -> None:
    match = FILE_NAME.match(path.name)
    if match is None:
        raise InstrumentFileError(
            path, "", "the file name should be <id>.toml or <id>.v<version>.toml"
        )
    if match.group("id") != instrument.id:
        raise InstrumentFileError(
            path, "id", f"{instrument.id!r} does not match the file name {path.name!r}"
        )
    named_version = match.group("version")
    if named_version is not None and int(named_version) != instrument.version:
        raise InstrumentFileError(
            path, "version", f"{instrument.version} does not match the file name {path.name!r}"
        )


def parse_instrument(data: dict[str, object], path: Path) -> Instrument:
    """Validate already-parsed TOML data; ``path`` is only used in messages."""
    top = _Table(path, data, "")
    if top.required_integer("format") != FORMAT:
        raise top.error("format", f"should be {FORMAT}; this file needs a newer HJ Journal")
    version = top.required_integer("version")
    if version < 1:
        raise top.error("version", "should be 1 or more")
    recall_period = top.text("recall_period")
    stem = top.text("stem")
    if recall_period.casefold() not in stem.casefold():
        raise top.error("stem", f"should include the recall period {recall_period!r}")

    options = tuple(_option(t) for t in top.tables("options"))
    _unique(top, "options", [str(o.value) for o in options], "value")
    if len(options) < 2:
        raise top.error("options", "should offer at least two answers")
    items = tuple(_item(t) for t in top.tables("items"))
    item_ids = [item.id for item in items]
    _unique(top, "items", item_ids, "id")

    scoring_table = top.table("scoring")
    assert scoring_table is not None
    scoring = _scoring(scoring_table, item_ids)
    about_table = top.table("about")
    assert about_table is not None
    about = About(about_table.text("attribution"), about_table.text("licence"))
    about_table.finish()

    instrument = Instrument(
        id=top.text("id", pattern=_SLUG),
        version=version,
        title=top.text("title"),
        short_name=top.text("short_name"),
        recall_period=recall_period,
        stem=stem,
        items=items,
        options=options,
        scoring=scoring,
        bands=(),
        about=about,
        flags=tuple(_flag(t, item_ids) for t in top.tables("flags", required=False)),
        norms=tuple(_norm(t) for t in top.tables("norms", required=False)),
        difficulty=_difficulty(top.table("difficulty", required=False)),
        content_note=_content_note(top.table("content_note", required=False)),
        published_languages=_published_languages(top),
        language_note=top.text("language_note", required=False),
        source=path,
    )
    _unique(top, "flags", [f.key for f in instrument.flags], "key")
    bands = _bands(top, "bands", instrument.banded_range())
    variants = tuple(_variant(t, instrument) for t in top.tables("variants", required=False))
    _unique(top, "variants", [v.id for v in variants], "id")
    top.finish()
    # Bands and variants need the finished items and options, so they come last.
    return replace(instrument, bands=bands, variants=variants)


def _published_languages(top: _Table) -> tuple[str, ...]:
    """``published_languages``: English first, then each language the wording is in.

    A language may be listed only where the file holds its published, validated
    wording (docs/translations.md); the app shows every other language the English.
    """
    languages = top.text_list("published_languages", required=False)
    if languages is None:
        return (BASE_LANGUAGE,)
    if not languages or languages[0] != BASE_LANGUAGE:
        raise top.error("published_languages", f'should start with "{BASE_LANGUAGE}"')
    for lang in languages:
        if lang not in SUPPORTED_LANGUAGES:
            offered = ", ".join(SUPPORTED_LANGUAGES)
            raise top.error("published_languages", f"{lang!r} is not one of: {offered}")
    _unique(top, "published_languages", list(languages), "language")
    return languages


def _option(table: _Table) -> ResponseOption:
    option = ResponseOption(value=table.required_integer("value"), label=table.text("label"))
    table.finish()
    return option


def _item(table: _Table) -> Item:
    item = Item(
        id=table.text("id", pattern=_ITEM_ID),
        text=table.text("text"),
        content_note=_content_note(table.table("content_note", required=False)),
    )
    table.finish()
    return item


def _content_note(table: _Table | None) -> ContentNote | None:
    if table is None:
        return None
    note = ContentNote(category=table.text("category", pattern=_SLUG), text=table.text("text"))
    table.finish()
    return note


def _scoring(table: _Table, item_ids: Sequence[str]) -> Scoring:
    rule_text = table.text("rule")
    try:
        rule = ScoringRule(rule_text)
    except ValueError:
        allowed = ", ".join(r.value for r in ScoringRule)
        raise table.error("rule", f"{rule_text!r} is not one of: {allowed}") from None
    reverse = table.text_list("reverse_items") or ()
    _known_items(table, "reverse_items", reverse, item_ids)
    change = table.integer("meaningful_change", required=False)
    if change is not None and change <= 0:
        raise table.error("meaningful_change", "should be above 0")
    scoring = Scoring(
        rule=rule,
        reverse_items=frozenset(reverse),
        bands_informal=table.boolean("bands_informal"),
        bands_note=table.text("bands_note", required=False),
        meaningful_change=change,
    )
    table.finish()
    return scoring


def _known_items(table: _Table, key: str, ids: Sequence[str], item_ids: Sequence[str]) -> None:
    for item_id in ids:
        if item_id not in item_ids:
            raise table.error(key, f"names item {item_id!r}, which is not among the items")


def _unique(table: _Table, key: str, values: Sequence[str], what: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values, start=1):
        if value in seen:
            raise table.error(f"{key}[{i}].{what}", f"{value!r} appears more than once")
        seen.add(value)


def _bands(parent: _Table, key: str, allowed: tuple[int, int]) -> tuple[Band, ...]:
    """Read bands and check they cover ``allowed`` exactly, with no gap or overlap."""
    tables = parent.tables(key)
    bands = []
    for table in tables:
        band = Band(
            key=table.text("key", pattern=_SLUG),
            label=table.text("label"),
            min=table.required_integer("min"),
            max=table.required_integer("max"),
            suggest_support=table.boolean("suggest_support"),
        )
        table.finish()
        if band.min > band.max:
            raise table.error("min", f"{band.min} is above max {band.max}")
        bands.append(band)
    _unique(parent, key, [b.key for b in bands], "key")

    low, high = allowed
    order = sorted(range(len(bands)), key=lambda i: bands[i].min)
    expected = low
    for i in order:
        band, table = bands[i], tables[i]
        if band.min < expected:
            problem = (
                f"{band.min} is below the lowest possible result {low}"
                if expected == low
                else f"{band.min} overlaps the band before it, which reaches {expected - 1}"
            )
            raise table.error("min", problem)
        if band.min > expected:
            raise table.error("min", f"{band.min} leaves a gap: nothing covers {expected}")
        expected = band.max + 1
    last = tables[order[-1]]
    if expected - 1 < high:
        raise last.error("max", f"{expected - 1} leaves results up to {high} without a band")
    if expected - 1 > high:
        raise last.error("max", f"{expected - 1} is above the highest possible result {high}")
    return tuple(bands)


def _flag(table: _Table, item_ids: Sequence[str]) -> Flag:
    when_text = table.text("when")
    try:
        when = FlagRule(when_text)
    except ValueError:
        allowed = ", ".join(r.value for r in FlagRule)
        raise table.error("when", f"{when_text!r} is not one of: {allowed}") from None
    items = table.text_list("items", required=False)
    if items is not None:
        _known_items(table, "items", items, item_ids)
    flag = Flag(
        key=table.text("key", pattern=_SLUG),
        when=when,
        value=table.required_integer("value"),
        items=tuple(item_ids) if items is None else items,
        description=table.text("description", required=False),
    )
    table.finish()
    return flag


def _norm(table: _Table) -> Norm:
    norm = Norm(
        group=table.text("group"),
        mean=table.number("mean"),
        sd=table.number("sd"),
        source=table.text("source"),
    )
    if norm.sd <= 0:
        raise table.error("sd", "should be above 0")
    table.finish()
    return norm


def _difficulty(table: _Table | None) -> DifficultyQuestion | None:
    if table is None:
        return None
    options = table.text_list("options") or ()
    if len(options) < 2:
        raise table.error("options", "should offer at least two answers")
    question = DifficultyQuestion(text=table.text("text"), options=options)
    table.finish()
    return question


def _variant(table: _Table, instrument: Instrument) -> Variant:
    variant_id = table.text("id", pattern=_SLUG)
    if variant_id == instrument.id:
        raise table.error("id", "should differ from the instrument's own id")
    leave_out = table.text_list("leave_out") or ()
    _known_items(table, "leave_out", leave_out, instrument.item_ids)
    if not leave_out or len(set(leave_out)) >= len(instrument.items):
        raise table.error("leave_out", "should leave out at least one item and keep at least one")
    variant = Variant(
        id=variant_id,
        title=table.text("title"),
        short_name=table.text("short_name"),
        leave_out=frozenset(leave_out),
        use_when_only_left_out_skipped=table.boolean("use_when_only_left_out_skipped"),
        bands=_bands(table, "bands", instrument.banded_range(frozenset(leave_out))),
        attribution=table.text("attribution", required=False),
    )
    table.finish()
    return variant


def instrument_files(folder: Path) -> list[Path]:
    """The instrument files in a folder (``*.toml``), in a stable order."""
    return sorted(p for p in Path(folder).glob("*.toml") if p.is_file())
