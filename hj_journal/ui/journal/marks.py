"""Search snippets shown safely: the user's text escaped, match marks turned into bold.

Search snippets arrive with match marks (control characters, see
:mod:`hj_journal.core.journal.entries`). Everything else in them is the user's own text, so it
is HTML-escaped first and only then are the marks turned into bold, so an entry that
contains ``<b>`` or ``&`` shows those characters rather than being read as markup.
Days and moments are worded by :mod:`hj_journal.ui.common.dates`.
"""

from __future__ import annotations

import html

from hj_journal.core.journal.entries import MARK_END, MARK_START


def marked_to_html(text: str) -> str:
    """Escape ``text`` and turn balanced match marks into ``<b>…</b>``."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    out: list[str] = []
    open_ = False
    for char in escaped:
        if char == MARK_START:
            if not open_:
                out.append("<b>")
                open_ = True
        elif char == MARK_END:
            if open_:
                out.append("</b>")
                open_ = False
        else:
            out.append(char)
    if open_:
        out.append("</b>")
    return "".join(out)


def strip_marks(text: str) -> str:
    """The text without match marks (for accessible names and tooltips)."""
    return " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())
