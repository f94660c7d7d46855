"""Custom check-in scales that users and practitioners define for themselves.

A custom scale is one question answered with a whole number between ``min`` and
``max``, with the person's own anchor words at the ends (and, if they like, the
middle). These scales are only charted; they are never scored against norms and
have no bands.

A scale can be written in code or kept in a small TOML file::

    name = "Energy"
    question = "How much energy do you have right now?"
    min = 0
    max = 10
    min_label = "None at all"
    max_label = "As much as I need"
    middle_label = "Some"          # optional
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

MAX_RANGE = 100
"""Largest allowed ``max - min``: a 0–100 slider is the widest scale offered."""

MAX_FILE_BYTES = 64 * 1024
"""Largest scale file accepted; a real one is a few hundred bytes."""

_FIELDS = ("name", "question", "min", "max", "min_label", "max_label", "middle_label")
_TOML_LINE = re.compile(r"at line (\d+)")


class ScaleError(ValueError):
    """A custom scale definition that cannot be used; the message names the field."""

    def __init__(self, field: str, problem: str, *, source: str = "", line: int | None = None):
        self.field = field
        self.problem = problem
        self.source = source
        self.line = line
        where = source + (f", line {line}" if line is not None else "")
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}" if where else what)


@dataclass(frozen=True)
class CustomScale:
    """A user-defined check-in scale. Construction validates it (raises ScaleError)."""

    name: str
    question: str
    min: int
    max: int
    min_label: str
    max_label: str
    middle_label: str | None = None

    def __post_init__(self) -> None:
        for key in ("name", "question", "min_label", "max_label"):
            if not isinstance(getattr(self, key), str):
                raise ScaleError(key, "should be text")
        if not self.name.strip():
            raise ScaleError("name", "should not be empty")
        if self.middle_label is not None and not isinstance(self.middle_label, str):
            raise ScaleError("middle_label", "should be text")
        for key in ("min", "max"):
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ScaleError(key, f"should be a whole number, not {value!r}")
        if self.min >= self.max:
            raise ScaleError("max", f"{self.max} should be above min ({self.min})")
        if self.max - self.min > MAX_RANGE:
            raise ScaleError(
                "max", f"the scale spans {self.max - self.min} steps; at most {MAX_RANGE}"
            )

    @property
    def middle(self) -> float:
        """Where the middle anchor sits (may fall between two whole numbers)."""
        return (self.min + self.max) / 2

    @property
    def anchors(self) -> dict[str, str]:
        """Anchor words by position (``min``, ``middle``, ``max``) for storing or drawing."""
        words = {"min": self.min_label, "max": self.max_label}
        if self.middle_label:
            words["middle"] = self.middle_label
        return words

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is an answer on this scale (a whole number in range)."""
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.min <= value <= self.max
        )

    def to_toml(self) -> str:
        """The scale as TOML text that :meth:`from_toml` reads back unchanged."""
        lines = ["# A custom check-in scale for HJ Journal: charted only, never scored."]
        for key in _FIELDS:
            value = getattr(self, key)
            if value is None:
                continue
            shown = str(value) if isinstance(value, int) else _toml_string(value)
            lines.append(f"{key} = {shown}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_toml(cls, text: str, *, source: str = "") -> CustomScale:
        """Read a scale from TOML text; ``source`` (such as a file name) goes in messages."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            match = _TOML_LINE.search(str(exc))
            line = int(match.group(1)) if match else None
            raise ScaleError("", f"is not valid TOML: {exc}", source=source, line=line) from exc
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise ScaleError(unknown[0], "is not a field of a scale (a typo?)", source=source)
        missing = [key for key in _FIELDS[:-1] if key not in data]
        if missing:
            raise ScaleError(missing[0], "is missing", source=source)
        try:
            return cls(**data)
        except ScaleError as exc:
            raise ScaleError(exc.field, exc.problem, source=source) from None

    @classmethod
    def load(cls, path: Path) -> CustomScale:
        """Read a scale from a TOML file; errors name the file."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ScaleError("", f"cannot be read ({exc.strerror})", source=str(path)) from exc
        if len(raw) > MAX_FILE_BYTES:
            raise ScaleError("", "is too large to be a scale file", source=str(path))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ScaleError("", "is not UTF-8 text", source=str(path)) from exc
        return cls.from_toml(text, source=str(path))


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), except that TOML
    # also forbids a raw DEL character.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")
