"""The passphrase check: refuse the obviously weak (spaces alone are nothing), suggest the rest."""

from __future__ import annotations

import pytest

from hj_journal.core.common.passphrase import MIN_LENGTH, Hint, assess


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("", Hint.TOO_SHORT),
        ("Blue7!x", Hint.TOO_SHORT),
        ("password", Hint.COMMON),
        ("Password123", Hint.COMMON),
        ("P@ssw0rd!", Hint.COMMON),
        ("iloveyou", Hint.COMMON),
        ("qwertyuiop", Hint.SEQUENCE),
        ("zzzzzzzzzzzz", Hint.ONE_CHARACTER),
        ("abcdefghij", Hint.SEQUENCE),
        ("12345678", Hint.SEQUENCE),
        ("98765432", Hint.SEQUENCE),
        ("abcabcabcabc", Hint.SEQUENCE),
        ("12121212", Hint.SEQUENCE),
    ],
)
def test_the_obviously_weak_is_refused_with_a_reason(passphrase: str, hint: Hint) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.score == 0
    assert hint in strength.hints


@pytest.mark.parametrize(
    "passphrase",
    ["sunflower", "river stone", "Tr0ub4dor&3", "a calm and quiet river", "xk7#Lq9!mP2z"],
)
def test_anything_else_is_accepted(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable
    assert 1 <= strength.score <= 4


def test_more_words_score_higher() -> None:
    scores = [
        assess(p).score
        for p in (
            "lantern",
            "lantern harbour",
            "lantern harbour meadow",
            "lantern harbour meadow violin",
            "lantern harbour meadow violin copper",
            "lantern harbour meadow violin copper thistle",
        )
    ]
    assert scores == sorted(scores)
    assert scores[-1] == 4
    assert scores[1] < scores[-1]


def test_a_weak_but_acceptable_passphrase_gets_a_suggestion() -> None:
    single = assess("sunflower")
    assert single.acceptable
    assert single.score <= 2
    assert Hint.USE_WORDS in single.hints
    two = assess("river stone")
    assert Hint.ADD_WORDS in two.hints


def test_a_strong_passphrase_needs_no_suggestions() -> None:
    strong = assess("lantern harbour meadow violin copper thistle")
    assert strong.score == 4
    assert strong.hints == ()
    random_like = assess("xk7#Lq9!mP2zR4")
    assert random_like.score == 4


def test_repeated_words_are_pointed_out() -> None:
    strength = assess("river river river river")
    assert Hint.AVOID_REPEATS in strength.hints
    assert strength.score < assess("river stone meadow copper").score


def test_dressed_up_words_score_lower_than_random_characters() -> None:
    assert assess("Tr0ub4dor&3").bits < assess("xk7#Lq9!mP2").bits


def test_suggestions_are_plain_and_kind() -> None:
    for hint in Hint:
        text = hint.text
        assert text.endswith(".")
        for word in ("fail", "invalid", "error", "bad", "wrong"):
            assert word not in text.casefold()
    assert MIN_LENGTH == 8
    assert all(isinstance(s, str) for s in assess("short").suggestions)


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
