"""Check-in word lists: the built-in groups and your own words kept in the vault."""

from __future__ import annotations

import pytest

from hj_journal.core.checkin.words import MAX_WORD, OUTSIDE_CONDITIONS, WordKind
from hj_journal.core.common.errors import InputError
from hj_journal.core.services import Services
from tests.helpers import PASSPHRASE


def test_the_built_in_lists_are_grouped_and_name_outside_conditions(services: Services) -> None:
    words = services.checkin_words
    emotions = words.groups(WordKind.EMOTION)
    assert len(emotions) >= 5
    assert all(group.words and not group.own for group in emotions)
    context = words.all_words(WordKind.CONTEXT)
    for condition in (
        "money",
        "housing",
        "work",
        "discrimination",
        "health",
        "relationships",
        "community events",
    ):
        assert condition in context
    assert set(OUTSIDE_CONDITIONS) <= set(context)
    assert words.all_words(WordKind.BODY)


@pytest.mark.parametrize("kind", list(WordKind))
def test_own_words_extend_each_list_and_persist(
    services: Services, kind: WordKind, policy
) -> None:
    words = services.checkin_words
    assert words.add(kind, "  held   by my people ") == "held by my people"
    assert words.add(kind, "HELD BY MY PEOPLE") == "held by my people"  # no duplicate
    last = words.groups(kind)[-1]
    assert last.own and last.words == ("held by my people",)
    services.vault.lock()
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert "held by my people" in words.all_words(kind)
    words.remove(kind, "Held by my people")
    assert not words.groups(kind)[-1].own


def test_a_built_in_word_is_not_added_twice(services: Services) -> None:
    assert services.checkin_words.add(WordKind.CONTEXT, "Money") == "money"
    assert services.checkin_words.own(WordKind.CONTEXT) == ()


@pytest.mark.parametrize("word", ["", "   ", "x" * (MAX_WORD + 1)])
def test_unusable_words_are_refused(services: Services, word: str) -> None:
    with pytest.raises(InputError):
        services.checkin_words.add(WordKind.EMOTION, word)
