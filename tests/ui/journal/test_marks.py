"""Search snippets: the user's text escaped, and match marks made bold only when balanced."""

from __future__ import annotations

from hj_journal.store.search import MARK_END, MARK_START
from hj_journal.ui.journal.marks import marked_to_html, strip_marks


def test_marks_become_bold_only_when_balanced() -> None:
    assert marked_to_html(f"a {MARK_START}b{MARK_END} <c>") == "a <b>b</b> &lt;c&gt;"
    assert marked_to_html(f"{MARK_END}x{MARK_START}y") == "x<b>y</b>"
    assert marked_to_html(f"{MARK_START}{MARK_START}z{MARK_END}{MARK_END}") == "<b>z</b>"
    assert strip_marks(f"{MARK_START}a{MARK_END}\n b") == "a b"
