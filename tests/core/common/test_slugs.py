"""Ids made from typed titles: the prompts and the coping strategies share one rule."""

from __future__ import annotations

from hj_journal.core.common.slugs import slug_for


def test_a_title_becomes_lowercase_words_joined_by_dashes() -> None:
    assert slug_for("  Morning prayer, at 6! ", "x") == "morning-prayer-at-6"
    assert slug_for("a" * 70, "x") == "a" * 60


def test_a_title_without_letters_or_digits_gets_the_fallback() -> None:
    assert slug_for("¡¿? — …", "my-pack") == "my-pack"
    assert slug_for("", "prompt") == "prompt"
