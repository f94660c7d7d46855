"""A passphrase of only spaces (or tabs, line breaks) is refused like an empty one."""

from __future__ import annotations

import pytest

from hj_journal.core.common.passphrase import Hint, assess


@pytest.mark.parametrize(
    "spaces",
    ["", " " * 12, " \t  \t\t \t\n", "\u3000 \u3000\u3000  \u3000 ", " \t \n  \r\t \t "],
)
def test_only_spaces_is_refused_like_nothing(spaces: str) -> None:
    strength = assess(spaces)
    assert not strength.acceptable
    assert strength.score == 0
    assert strength.hints == (Hint.TOO_SHORT,)


def test_spaces_around_words_are_still_fine() -> None:
    assert assess("  harbour lantern violet dusk  ").acceptable
