"""Recovery keys: format, look-alike characters, checksum."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hj_journal.store import recovery
from hj_journal.store.errors import RecoveryKeyFormatError


def test_format_is_seven_groups_of_four_in_an_unambiguous_alphabet() -> None:
    key = recovery.generate()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}", key)
    assert not set(key) & set("ILOU")


def test_keys_carry_at_least_128_random_bits() -> None:
    assert recovery.DATA_CHARS * 5 >= 128
    assert len({recovery.generate() for _ in range(200)}) == 200


def test_lookalikes_and_spacing_are_forgiven() -> None:
    key = recovery.generate()
    data = recovery.canonical(key)
    sloppy = key.lower().replace("-", "  ").replace("0", "o").replace("1", "l")
    assert recovery.canonical(sloppy) == data


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "28 characters"), ("ABCD-EFGH", "28 characters"), ("ABCD-EFGH-UUUU", "cannot contain")],
)
def test_malformed_keys_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(RecoveryKeyFormatError, match=message):
        recovery.canonical(text)


def test_nearly_every_single_character_typo_is_caught() -> None:
    """A 10-bit checksum lets about one typo in a thousand through (decryption then fails)."""
    chars = recovery.generate().replace("-", "")
    typos = caught = 0
    for position in range(len(chars)):
        for replacement in recovery.ALPHABET:
            if replacement == chars[position]:
                continue
            typos += 1
            try:
                recovery.canonical(chars[:position] + replacement + chars[position + 1 :])
            except RecoveryKeyFormatError:
                caught += 1
    assert caught / typos > 0.98


@given(st.text(max_size=60))
def test_any_text_is_either_a_valid_key_or_a_clear_refusal(text: str) -> None:
    try:
        data = recovery.canonical(text)
    except RecoveryKeyFormatError as error:
        assert str(error).endswith(".")
    else:
        assert len(data) == recovery.DATA_CHARS


def test_groups_are_what_the_user_was_shown() -> None:
    key = recovery.generate()
    assert recovery.groups(key) == key.split("-")
