"""Read and check the TOML files of the coping library and the prompt packs.

Both libraries are plain data: built-in files under ``resources/`` and files people
import. Both are read the same careful way, so the shared part lives here:

* :func:`decode_toml` turns bytes or text into a TOML table, refusing files that are too
  big, not UTF-8 or not TOML with a one-line message;
* :class:`Fields` reads typed values out of one table and, on the first mistake, raises
  :class:`LibraryFileError` naming the file, the item (such as ``strategy 'box-breathing',
  step 3`` or ``prompt 4 ('rest-kind')``) and the field.

Nothing read here is ever executed; values only become strings, numbers and flags.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from hj_journal.core.common.i18n import translate
from hj_journal.core.common.resource_i18n import localised

MAX_FILE_BYTES = 1024 * 1024
"""Largest file accepted. Real packs are a few kilobytes; this guards the UI and memory."""

SCHEMA_VERSION = 1
"""The file format version this code writes and reads (the optional ``schema`` key)."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MAX_SLUG = 64
# Tab, line feed and carriage return are fine in text; other control characters are
# never typed by people and would confuse the UI and exports.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (file, item, field) and what."""

    source: str
    message: str
    item: str = ""
    field: str = ""

    def __str__(self) -> str:
        where = self.source
        if self.item:
            where += f", {self.item}"
        if self.field:
            where += translate("CommonTomlcheck", ", field '{field}'").format(field=self.field)
        return f"{where}: {self.message}"


class LibraryFileError(ValueError):
    """A coping strategy or prompt pack file could not be read or breaks the format.

    ``str(error)`` names the file, the item and the field of the first problem;
    :attr:`problems` holds them all.
    """

    def __init__(self, problems: Problem | Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = (
            (problems,) if isinstance(problems, Problem) else tuple(problems)
        )
        if not self.problems:
            raise ValueError("LibraryFileError needs at least one problem")
        more = len(self.problems) - 1
        suffix = ""
        if more:
            others = translate("CommonTomlcheck", "%n more problem(s)", None, more)
            suffix = translate("CommonTomlcheck", " (and {others})").format(others=others)
        super().__init__(f"{self.problems[0]}{suffix}")

    @property
    def problem(self) -> Problem:
        """The first problem found."""
        return self.problems[0]


def decode_toml(data: str | bytes, source: str, language: str | None = None) -> dict[str, Any]:
    """Parse a whole file, refusing anything too big, not UTF-8 or not TOML.

    ``source`` is the name shown in messages (usually the file name). The file's
    translations (``i18n`` overlays, see :mod:`hj_journal.core.common.resource_i18n`) are applied
    for ``language`` and then removed, so validators see a plain English-shaped table.
    Raises :class:`LibraryFileError` with a single one-line problem.
    """

    def refuse(message: str) -> NoReturn:
        raise LibraryFileError(Problem(source, message))

    too_big = translate(
        "CommonTomlcheck", "is larger than 1 MiB, far more than a prompt pack or strategy needs."
    )
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            refuse(too_big)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            refuse(
                translate(
                    "CommonTomlcheck",
                    "is not UTF-8 text, so it can't be read as a TOML file.",
                )
            )
    else:
        if len(data) > MAX_FILE_BYTES:
            refuse(too_big)
        try:
            size = len(data.encode("utf-8"))
        except UnicodeEncodeError:
            refuse(
                translate(
                    "CommonTomlcheck",
                    "contains characters that are not valid text (a bad encoding).",
                )
            )
        if size > MAX_FILE_BYTES:
            refuse(too_big)
        text = data
    # Some Windows editors start UTF-8 files with a byte-order mark; TOML does not allow it.
    text = text.removeprefix("\ufeff")
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        detail = " ".join(str(error).split())
        refuse(
            translate(
                "CommonTomlcheck",
                "is not a valid TOML file ({detail}).",
            ).format(detail=detail)
        )
    return localised(document, language)


def read_library_file(path: Path) -> bytes:
    """The bytes of a library file, or :class:`LibraryFileError` if it can't be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise LibraryFileError(
            Problem(
                path.name,
                translate(
                    "CommonTomlcheck",
                    "could not be read ({reason}).",
                ).format(reason=reason),
            )
        ) from error


def item_label(kind: str, table: object, number: int | None = None) -> str:
    """Name an item for messages: ``prompt 3 ('rest-kind')``, ``strategy 'calm-place'``.

    The id is only shown when it is a valid identifier, so a broken id never garbles
    the message that reports it.
    """
    label = kind if number is None else f"{kind} {number}"
    ident = table.get("id") if isinstance(table, dict) else None
    if isinstance(ident, str) and _SLUG.fullmatch(ident) and len(ident) <= _MAX_SLUG:
        label += f" '{ident}'" if number is None else f" ('{ident}')"
    return label


class Fields:
    """Typed reading of one TOML table; every mistake raises :class:`LibraryFileError`.

    Unknown keys are refused, so a misspelt field (``secs`` for ``seconds``) is reported
    instead of silently ignored.
    """

    def __init__(
        self, table: object, *, source: str, item: str = "", known: Collection[str]
    ) -> None:
        self.source = source
        self.item = item
        if not isinstance(table, dict):
            raise LibraryFileError(
                Problem(
                    source,
                    translate(
                        "CommonTomlcheck",
                        "should be a table of fields.",
                    ),
                    item=item,
                )
            )
        self._table: dict[str, Any] = table
        for key in table:
            if key not in known:
                self.fail(
                    key,
                    translate(
                        "CommonTomlcheck",
                        "is not a field HJ Journal knows; please check its spelling.",
                    ),
                )

    def fail(self, key: str, message: str) -> NoReturn:
        """Raise a :class:`LibraryFileError` about ``key`` in this table."""
        raise LibraryFileError(Problem(self.source, message, item=self.item, field=key))

    def has(self, key: str) -> bool:
        """Whether the table sets ``key`` at all."""
        return key in self._table

    def raw(self, key: str) -> object:
        """The value as parsed, or ``None`` when absent."""
        return self._table.get(key)

    def _require(self, key: str) -> object:
        if key not in self._table:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "is missing.",
                ),
            )
        return self._table[key]

    def _check_text(self, key: str, value: object, max_len: int, one_line: bool) -> str:
        if not isinstance(value, str):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    'should be text in quotes, such as "…".',
                ),
            )
        if not value.strip():
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "is empty.",
                ),
            )
        if len(value) > max_len:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "is longer than {max_len} characters.",
                ).format(max_len=max_len),
            )
        if _CONTROL.search(value):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "contains control characters.",
                ),
            )
        if one_line and ("\n" in value or "\r" in value):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should fit on one line.",
                ),
            )
        return value

    def text(self, key: str, *, max_len: int, one_line: bool = False) -> str:
        """Required, non-blank text."""
        return self._check_text(key, self._require(key), max_len, one_line)

    def optional_text(self, key: str, *, max_len: int, one_line: bool = False) -> str | None:
        """Text that may be left out; an empty string counts as left out."""
        value = self._table.get(key)
        if value is None or value == "":
            return None
        return self._check_text(key, value, max_len, one_line)

    def slug(self, key: str) -> str:
        """A required identifier: lower-case letters and digits joined by single hyphens."""
        value = self._require(key)
        if not isinstance(value, str) or not _SLUG.fullmatch(value) or len(value) > _MAX_SLUG:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be lower-case letters and digits joined by hyphens, such as "
                    '"box-breathing" (at most {max_slug} characters).',
                ).format(max_slug=_MAX_SLUG),
            )
        return value

    def choice(self, key: str, enum: type[E]) -> E:
        """A required value from a fixed list."""
        return self._to_choice(key, self._require(key), enum)

    def optional_choice(self, key: str, enum: type[E]) -> E | None:
        """A value from a fixed list that may be left out."""
        value = self._table.get(key)
        return None if value is None else self._to_choice(key, value, enum)

    def _to_choice(self, key: str, value: object, enum: type[E]) -> E:
        allowed = [member.value for member in enum]
        if not isinstance(value, str) or value not in allowed:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be one of: {value}.",
                ).format(value=", ".join(allowed)),
            )
        return enum(value)

    def integer(self, key: str, *, minimum: int, maximum: int, default: int) -> int:
        """A whole number within ``minimum``…``maximum`` (inclusive), or ``default``."""
        value = self.optional_integer(key, minimum=minimum, maximum=maximum)
        return default if value is None else value

    def optional_integer(self, key: str, *, minimum: int, maximum: int) -> int | None:
        """A whole number within ``minimum``…``maximum`` (inclusive), or ``None``."""
        value = self._table.get(key)
        if value is None:
            return None
        return self._check_integer(key, value, minimum, maximum)

    def _check_integer(self, key: str, value: object, minimum: int, maximum: int) -> int:
        # bool is a subclass of int in Python; `true` is not a number.
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be a whole number.",
                ),
            )
        if value < minimum:
            if value < 0:
                sentence = translate(
                    "CommonTomlcheck", "is negative ({value}); it should be at least {minimum}."
                )
            else:
                sentence = translate(
                    "CommonTomlcheck", "is too small ({value}); it should be at least {minimum}."
                )
            self.fail(key, sentence.format(value=value, minimum=minimum))
        if value > maximum:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "is too large ({value}); it should be at most {maximum}.",
                ).format(value=value, maximum=maximum),
            )
        return value

    def flag(self, key: str, *, default: bool) -> bool:
        """``true`` or ``false``, or ``default`` when absent."""
        value = self._table.get(key, default)
        if not isinstance(value, bool):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be true or false.",
                ),
            )
        return value

    def text_list(self, key: str, *, max_items: int, max_len: int) -> tuple[str, ...]:
        """A list of non-blank texts; absent means an empty list."""
        value = self._table.get(key, [])
        if not isinstance(value, list):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    'should be a list of texts, such as ["…", "…"].',
                ),
            )
        if len(value) > max_items:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "has more than {max_items} entries.",
                ).format(max_items=max_items),
            )
        return tuple(self._check_text(key, entry, max_len, False) for entry in value)

    def int_range(self, key: str, *, minimum: int, maximum: int) -> tuple[int, int] | None:
        """Two whole numbers ``[low, high]`` with ``low <= high``, or ``None`` when absent."""
        value = self._table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or len(value) != 2:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be two whole numbers, such as [2, 5].",
                ),
            )
        low = self._check_integer(key, value[0], minimum, maximum)
        high = self._check_integer(key, value[1], minimum, maximum)
        if low > high:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "starts above where it ends ({low} > {high}).",
                ).format(low=low, high=high),
            )
        return (low, high)

    def tables(self, key: str, *, required: bool, max_items: int) -> list[object]:
        """An array of tables (``[[key]]`` blocks); absent means empty unless required."""
        value = self._table.get(key)
        if value is None:
            if required:
                self.fail(
                    key,
                    translate(
                        "CommonTomlcheck",
                        "is missing; add at least one [[{key}]] block.",
                    ).format(key=key),
                )
            return []
        if not isinstance(value, list):
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "should be a list of [[{key}]] blocks.",
                ).format(key=key),
            )
        if required and not value:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "is empty; add at least one [[{key}]] block.",
                ).format(key=key),
            )
        if len(value) > max_items:
            self.fail(
                key,
                translate(
                    "CommonTomlcheck",
                    "has more than {max_items} entries.",
                ).format(max_items=max_items),
            )
        return value

    def check_schema(self) -> None:
        """Refuse files written by a newer version of HJ Journal (optional ``schema`` key)."""
        value = self.optional_integer("schema", minimum=1, maximum=10**6)
        if value is not None and value > SCHEMA_VERSION:
            self.fail(
                "schema",
                translate(
                    "CommonTomlcheck",
                    "is {value}; this version of HJ Journal reads version {schema_version}. "
                    "Please update the app to use this file.",
                ).format(value=value, schema_version=SCHEMA_VERSION),
            )
