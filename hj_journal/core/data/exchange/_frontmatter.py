"""A tiny, safe reader for YAML-style front matter at the top of a Markdown file.

Only the subset people write by hand for notes is understood — nothing is ever
evaluated, and there is no YAML dependency::

    ---
    title: "A quiet morning"
    date: 2024-05-01 09:30
    tags: [rest, "family time"]     # or: tags: rest, family time
    pinned: true
    ---

plus block lists (``tags:`` followed by ``- rest`` lines). Keys are matched
without regard to case. Lines outside this subset are ignored. If the opening
``---`` has no closing ``---`` (or ``...``), the file has no front matter.
"""

from __future__ import annotations

import re

FrontMatter = dict[str, str | list[str]]

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*)")
#: Front matter longer than this is not front matter (it is a Markdown rule and text).
_MAX_LINES = 200


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return ``(fields, body)``; ``fields`` is empty when there is no front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), _MAX_LINES + 1)):
        if lines[end].strip() in ("---", "..."):
            return _parse(lines[1:end]), "\n".join(lines[end + 1 :])
    return {}, text


def _parse(lines: list[str]) -> FrontMatter:
    fields: FrontMatter = {}
    current: str | None = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.fullmatch(line)
        if item is not None and current is not None:
            value = fields.setdefault(current, [])
            if isinstance(value, list):
                value.append(_scalar(item[1]))
            continue
        pair = _KEY.fullmatch(line.rstrip())
        if pair is None:
            current = None
            continue
        key, raw = pair[1].lower(), _strip_comment(pair[2] or "").strip()
        current = key if not raw else None
        if raw.startswith("[") and raw.endswith("]"):
            fields[key] = [_scalar(part) for part in _split_commas(raw[1:-1]) if part.strip()]
        elif raw:
            fields[key] = _scalar(raw)
    return fields


def _strip_comment(value: str) -> str:
    """Drop a trailing `` # comment`` that is not inside quotes."""
    quote = ""
    for index, char in enumerate(value):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#" and (index == 0 or value[index - 1] in " \t"):
            return value[:index]
    return value


def _split_commas(value: str) -> list[str]:
    """Split on commas that are not inside quotes."""
    parts, quote, start = [], "", 0
    for index, char in enumerate(value):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == ",":
            parts.append(value[start:index])
            start = index + 1
    parts.append(value[start:])
    return parts


def _scalar(value: str) -> str:
    """Trim and unquote one value."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def as_list(value: str | list[str] | None) -> list[str]:
    """A field as a list: lists stay, a comma-separated string is split."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [_scalar(part) for part in _split_commas(value)]


def as_text(value: str | list[str] | None) -> str | None:
    """A field as one string (a list is joined with commas), or ``None``."""
    if value is None:
        return None
    return ", ".join(value) if isinstance(value, list) else value


def as_bool(value: str | list[str] | None) -> bool:
    """``true``/``yes``/``on`` (any case) are true; everything else is false."""
    return isinstance(value, str) and value.strip().lower() in ("true", "yes", "on")
