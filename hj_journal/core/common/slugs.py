"""File-friendly ids made from what a person typed (a strategy's title, a prompt pack's name)."""

from __future__ import annotations

import re


def slug_for(title: str, fallback: str) -> str:
    """A file-friendly id made from a title ("Morning prayer" → "morning-prayer").

    ``fallback`` is used when the title has no letters or digits to keep.
    """
    words = re.findall(r"[a-z0-9]+", title.casefold())
    slug = "-".join(words)[:60].strip("-")
    return slug or fallback
