"""Write the small subset of TOML that strategy and prompt-pack files use.

Written by hand rather than with a library so the app needs no extra dependency. Only
texts, whole numbers, true/false and lists of those are needed. Every text becomes a
TOML basic string with escapes, so quotes, backslashes, line breaks and control
characters all survive a round trip through :func:`tomllib.loads` unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

TomlValue = str | int | bool | Sequence[str] | Sequence[int]

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """Quote ``text`` as a single-line TOML basic string."""
    parts = ['"']
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            parts.append(escaped)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            parts.append(f"\\u{ord(char):04X}")
        else:
            parts.append(char)
    parts.append('"')
    return "".join(parts)


def toml_value(value: TomlValue) -> str:
    """Render one value. Lists of texts go one per line so files stay easy to read."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    items: list[str | int] = list(value)
    if not items:
        return "[]"
    if all(isinstance(item, int) for item in items):
        return "[" + ", ".join(toml_value(item) for item in items) + "]"
    lines = ["["]
    lines.extend(f"    {toml_value(item)}," for item in items)
    lines.append("]")
    return "\n".join(lines)


def toml_line(key: str, value: TomlValue) -> str:
    """``key = value`` for a bare key (our keys are all plain ASCII words)."""
    return f"{key} = {toml_value(value)}"
