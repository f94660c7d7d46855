"""The offline directory of crisis and warm lines, and the chosen country."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.care.support_lines import (
    SupportLines,
    directory_from_toml,
    load_builtin_directory,
    load_directory,
)
from hj_journal.core.common.tomlcheck import LibraryFileError
from hj_journal.core.services import Services

FIRST_COUNTRIES = {"US", "CA", "GB", "IE", "AU", "NZ"}

GOOD = """
schema = 1
country = "GB"
name = "United Kingdom"
emergency = "999"
emergency_source = "https://example.org/999"
checked = 2026-12-02

[[lines]]
id = "a-line"
name = "A line"
kind = "warm"
call = "116 123"
hours = "Every day"
may_involve_emergency_services = false
emergency_note = "It says it never calls anyone on you."
description = "Someone to listen."
source = "https://example.org/a-line"
checked = 2026-12-02
"""


def test_every_shipped_file_loads_and_the_first_countries_are_there() -> None:
    directory = load_builtin_directory()
    assert set(directory) >= FIRST_COUNTRIES
    files = sorted(resource_path("support").glob("*.toml"))
    assert len(files) == len(directory)
    for country in directory.values():
        assert country.lines, country.code
        assert country.emergency


def test_every_entry_has_a_source_and_a_checked_date() -> None:
    for country in load_builtin_directory().values():
        assert country.emergency_source.startswith("https://"), country.code
        assert isinstance(country.checked, dt.date)
        for line in country.lines:
            where = f"{country.code} {line.id}"
            assert line.source.startswith(("https://", "http://")), where
            assert isinstance(line.checked, dt.date), where
            assert line.checked <= dt.date(2026, 12, 2), where
            assert line.emergency_note, where
            assert line.call or line.text or line.chat or line.email, where


def test_lines_for_trans_people_and_text_lines_are_in_the_directory() -> None:
    directory = load_builtin_directory()
    trans = {
        country.code: [line for line in country.lines if "trans" in line.audience.lower()]
        for country in directory.values()
    }
    assert trans["US"] and trans["CA"]
    # Trans Lifeline does not call emergency services on a caller without a request.
    for code in ("US", "CA"):
        (lifeline,) = [line for line in trans[code] if line.id == "trans-lifeline"]
        assert not lifeline.may_involve_emergency_services
    texting = {code for code, country in directory.items() if any(x.text for x in country.lines)}
    assert texting >= FIRST_COUNTRIES


def test_988_says_it_may_involve_emergency_services() -> None:
    us = load_builtin_directory()["US"]
    line = next(line for line in us.lines if line.id == "988-lifeline")
    assert line.call == "988" and line.text == "988"
    assert line.may_involve_emergency_services
    assert "police" in line.emergency_note


def test_a_good_file_reads() -> None:
    country = directory_from_toml(GOOD, "gb.toml")
    assert country.code == "GB" and country.emergency == "999"
    (line,) = country.lines
    assert line.call == "116 123" and not line.may_involve_emergency_services
    assert line.checked == dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            ("may_involve_emergency_services = false\n", ""),
            "may_involve_emergency_services",
            "plainly",
        ),
        (('source = "https://example.org/a-line"\n', ""), "source", "missing"),
        (
            ('source = "https://example.org/a-line"', 'source = "example.org"'),
            "source",
            "https://",
        ),
        (("checked = 2026-12-02\n", "", 2), "checked", "missing"),
        (("checked = 2026-12-02", 'checked = "yesterday"', 2), "checked", "date"),
        (('call = "116 123"\n', ""), "call", "at least one"),
        (('kind = "warm"', 'kind = "hotline"'), "kind", "one of"),
        (('hours = "Every day"', 'hourz = "Every day"'), "hourz", "spelling"),
    ],
)
def test_a_malformed_file_names_the_file_the_line_and_the_field(
    change: tuple, field: str, words: str
) -> None:
    old, new, *nth = change
    text = GOOD
    if nth:  # the second occurrence: the line's own field, not the file's
        head, sep, tail = text.partition("[[lines]]")
        text = head + sep + tail.replace(old, new, 1)
    else:
        text = text.replace(old, new, 1)
    with pytest.raises(LibraryFileError) as caught:
        directory_from_toml(text, "gb.toml")
    problem = caught.value.problem
    assert problem.source == "gb.toml"
    assert problem.item.startswith("line 1"), problem
    assert problem.field == field
    assert words in problem.message
    assert str(caught.value).startswith("gb.toml, line 1 ('a-line'), field")


def test_a_file_not_named_after_its_country_is_refused(tmp_path: Path) -> None:
    (tmp_path / "uk.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.toml").write_text("country = ", encoding="utf-8")
    with pytest.raises(LibraryFileError) as caught:
        load_directory(tmp_path)
    messages = [str(problem) for problem in caught.value.problems]
    assert any("broken.toml" in m and "not a valid TOML" in m for m in messages)
    assert any("uk.toml" in m and "gb.toml" in m for m in messages)


def test_the_chosen_country_is_kept_in_the_vault(services: Services) -> None:
    lines = services.support_lines
    assert lines.chosen() is None
    lines.choose("ie")
    assert services.settings.support_country == "IE"
    again = SupportLines(services.settings)
    chosen = again.chosen()
    assert chosen is not None and chosen.name == "Ireland"
    assert [line.id for line in again.lines("IE")][:1] == ["samaritans"]
    with pytest.raises(ValueError, match="not in the support directory"):
        lines.choose("XX")
    lines.choose(None)
    assert SupportLines(services.settings).chosen() is None


def test_without_settings_the_choice_lasts_as_long_as_the_object() -> None:
    lines = SupportLines(None)
    lines.choose("NZ")
    assert lines.chosen_code() == "NZ"
    assert SupportLines(None).chosen_code() is None
