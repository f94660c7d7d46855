"""The built-in instrument files, the file validator, and scoring by version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.checkin.instruments.files import read_instrument_file
from hj_journal.core.checkin.instruments.schema import InstrumentFileError, ScoringRule
from hj_journal.core.checkin.instruments.scoring import load_instruments, score

BUILTIN = resource_path("instruments")

# ---------------------------------------------------------------- the built-in files


def test_all_four_builtin_files_load() -> None:
    library = load_instruments()
    assert library.ids() == ("gad7", "phq9", "pss10", "who5")
    assert "phq8" in library
    assert library.get("phq8").id == "phq9"
    counts = {i.id: len(i.items) for i in library}
    assert counts == {"gad7": 7, "phq9": 9, "pss10": 10, "who5": 5}


def test_builtin_contents_follow_the_reference() -> None:
    library = load_instruments()
    pss, gad, phq, who = (library.get(i) for i in ("pss10", "gad7", "phq9", "who5"))
    assert pss.scoring.reverse_items == {"4", "5", "7", "8"}
    assert pss.scoring.bands_informal
    assert [(n.mean, n.sd) for n in pss.norms] == [(12.1, 5.9), (13.7, 6.6), (14.2, 6.2)]
    assert (pss.options[0].value, pss.options[0].label) == (0, "Never")
    assert [o.value for o in gad.options] == [0, 1, 2, 3]
    assert [o.value for o in who.options] == [5, 4, 3, 2, 1, 0]
    assert who.scoring.rule is ScoringRule.SUM_TIMES_4
    assert who.scoring.meaningful_change == 10
    assert [(b.key, b.min, b.max) for b in who.bands] == [
        ("very_poor", 0, 28),
        ("poor", 29, 50),
        ("good", 51, 100),
    ]
    assert [b.key for b in gad.bands] == ["minimal", "mild", "moderate", "severe"]
    assert [b.key for b in phq.bands] == [
        "minimal",
        "mild",
        "moderate",
        "moderately_severe",
        "severe",
    ]
    phq8 = phq.variant("phq8")
    assert phq8 is not None
    assert phq8.leave_out == {"9"}
    assert phq8.bands[-1].max == 24
    assert [f.key for f in phq.flags] == ["item9"]
    assert [f.key for f in who.flags] == ["single_item_low"]
    assert gad.difficulty is not None
    assert phq.difficulty is not None
    assert pss.difficulty is None
    assert who.difficulty is None


def test_every_instrument_shows_its_recall_period_and_attribution() -> None:
    for instrument in load_instruments():
        assert instrument.recall_period.lower() in instrument.stem.lower()
        assert instrument.about.attribution.strip()
        assert instrument.about.licence.strip()
        assert instrument.version >= 1


def test_phq9_item9_has_its_own_content_note() -> None:
    phq = load_instruments().get("phq9")
    note = phq.items[8].content_note
    assert note is not None
    assert note.category == "self_harm"
    assert phq.content_note is not None
    assert all(item.content_note is None for item in phq.items[:8])


def test_published_wording_is_unchanged() -> None:
    # GAD-7 and PHQ-9 are released on condition that the wording stays as published.
    library = load_instruments()
    assert [i.text for i in library.get("gad7").items] == [
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ]
    phq = [i.text for i in library.get("phq9").items]
    assert phq[0] == "Little interest or pleasure in doing things"
    assert (
        phq[8] == "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert [o.label for o in library.get("phq9").options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]


def test_resource_files_use_no_guilt_words() -> None:
    guilt = re.compile(r"\b(streaks?|missed|failed|broke)\b", re.IGNORECASE)
    for path in BUILTIN.iterdir():
        assert not guilt.search(path.read_text(encoding="utf-8")), path.name


# ---------------------------------------------------------------- malformed files


def _copy_with(tmp_path: Path, old: str, new: str, *, name: str = "gad7.toml") -> Path:
    """Write gad7.toml with one exact change into tmp_path (the change must apply)."""
    text = (BUILTIN / "gad7.toml").read_text(encoding="utf-8")
    assert text.count(old) == 1, f"test setup: {old!r} should occur once"
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _error(path: Path) -> InstrumentFileError:
    with pytest.raises(InstrumentFileError) as info:
        read_instrument_file(path)
    assert str(path) in str(info.value)
    return info.value


def test_an_unchanged_copy_loads(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, 'short_name = "GAD-7"', 'short_name = "GAD-7"')
    assert read_instrument_file(path).short_name == "GAD-7"


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        ('title = "Generalized Anxiety Disorder 7-item scale"\n', "", "title", "missing"),
        ("version = 1\n", 'version = "one"\n', "version", "whole number"),
        ("version = 1\n", "version = true\n", "version", "whole number"),
        ("format = 1\n", "format = 2\n", "format", "newer"),
        ("min = 5\n", "min = 6\n", "bands[2].min", "gap"),
        ("min = 5\n", "min = 4\n", "bands[2].min", "overlaps"),
        ("max = 21\n", "max = 20\n", "bands[4].max", "without a band"),
        ("max = 21\n", "max = 22\n", "bands[4].max", "above the highest"),
        ("min = 0\n", "min = -1\n", "bands[1].min", "below the lowest"),
        ("max = 9\n", "max = 3\n", "bands[2].min", "above max"),
        ("reverse_items = []", 'reverse_items = ["8"]', "scoring.reverse_items", "'8'"),
        ("reverse_items = []", "reverse_items = 8", "scoring.reverse_items", "list"),
        ('rule = "sum"', 'rule = "average"', "scoring.rule", "average"),
        ('id = "4"\n', 'id = "3"\n', "items[4].id", "more than once"),
        ("value = 3\n", "value = 2\n", "options[4].value", "more than once"),
        ('text = "Trouble relaxing"', 'text = ""', "items[4].text", "empty"),
        ('short_name = "GAD-7"', 'short_name = "GAD-7"\ntitel = "x"', "titel", "not a field"),
        ("Over the last 2 weeks, how", "Lately, how", "stem", "recall period"),
        ('id = "gad7"', 'id = "gad8"', "id", "file name"),
        ("[about]\n", "[about]\nauthor = 'x'\n", "about.author", "not a field"),
        (
            "suggest_support = true\n\n[[bands]]",
            "suggest_support = 1\n\n[[bands]]",
            "bands[3].suggest_support",
            "true or false",
        ),
    ],
)
def test_malformed_file_names_file_and_field(
    tmp_path: Path, old: str, new: str, field: str, problem: str
) -> None:
    error = _error(_copy_with(tmp_path, old, new))
    assert error.field.startswith(field)
    assert f"{field}" in str(error)
    assert problem in str(error)


def test_flag_naming_a_missing_item(tmp_path: Path) -> None:
    flag = '\n[[flags]]\nkey = "x"\nwhen = "any_above"\nvalue = 0\nitems = ["12"]\n'
    error = _error(_copy_with(tmp_path, "\n[difficulty]", flag + "\n[difficulty]"))
    assert error.field == "flags[1].items"
    assert "'12'" in str(error)


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gad7.toml"
    path.write_text('format = 1\nid = "gad7"\nversion = = 1\n', encoding="utf-8")
    error = _error(path)
    assert error.line == 3
    assert "line 3" in str(error)


def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    error = _error(tmp_path / "gad7.toml")  # never written
    assert "cannot be read" in str(error)


def test_variant_bands_are_checked_against_the_shorter_range(tmp_path: Path) -> None:
    text = (BUILTIN / "phq9.toml").read_text(encoding="utf-8")
    old = "min = 20\nmax = 24\n"
    assert text.count(old) == 1
    path = tmp_path / "phq9.toml"
    path.write_text(text.replace(old, "min = 20\nmax = 27\n"), encoding="utf-8")
    error = _error(path)
    assert error.field == "variants[1].bands[5].max"
    assert "24" in str(error)


# ---------------------------------------------------------------- versions

DEMO = """\
format = 1
id = "demo"
version = {version}
title = "Demo scale"
short_name = "Demo"
recall_period = "today"
stem = "How was today?"

[about]
attribution = "Made for a test."
licence = "None."

[scoring]
rule = "sum"
reverse_items = {reverse}

[[options]]
value = 0
label = "No"

[[options]]
value = 1
label = "Yes"

[[items]]
id = "a"
text = "First"

[[items]]
id = "b"
text = "Second"

[[bands]]
key = "low"
label = "Low"
min = 0
max = {low_max}

[[bands]]
key = "high"
label = "High"
min = {high_min}
max = 2
"""


def _demo(folder: Path, name: str, version: int, reverse: str, low_max: int) -> Path:
    path = folder / name
    text = DEMO.format(version=version, reverse=reverse, low_max=low_max, high_min=low_max + 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_response_scores_by_the_version_it_was_given_under(tmp_path: Path) -> None:
    # v1: item b reversed (1 − answer), bands low 0–0, high 1–2.
    # v2 (current): nothing reversed, bands low 0–1, high 2–2.
    _demo(tmp_path, "demo.v1.toml", 1, '["b"]', 0)
    _demo(tmp_path, "demo.toml", 2, "[]", 1)
    library = load_instruments(tmp_path)
    assert library.versions("demo") == (1, 2)

    # answers a=1, b=1. v1: 1 + (1 − 1) = 1 → high. v2: 1 + 1 = 2 → high.
    old = score("demo", [1, 1], version=1, instruments=library)
    assert (old.total, old.band, old.version) == (1, "high", 1)
    current = score("demo", [1, 1], instruments=library)
    assert (current.total, current.band, current.version) == (2, "high", 2)

    # answers a=1, b=0. v1: 1 + (1 − 0) = 2 → high. v2: 1 + 0 = 1 → low.
    assert score("demo", [1, 0], version=1, instruments=library).band == "high"
    assert score("demo", [1, 0], version=2, instruments=library).band == "low"


def test_loading_a_single_file(tmp_path: Path) -> None:
    library = load_instruments(_demo(tmp_path, "demo.toml", 1, "[]", 1))
    assert library.ids() == ("demo",)


def test_current_file_must_hold_the_newest_version(tmp_path: Path) -> None:
    _demo(tmp_path, "demo.v3.toml", 3, "[]", 1)
    current = _demo(tmp_path, "demo.toml", 2, "[]", 1)
    with pytest.raises(InstrumentFileError, match=r"demo\.v3\.toml") as info:
        load_instruments(tmp_path)
    assert info.value.path == current
    assert info.value.field == "version"


def test_versioned_file_name_must_match_its_version(tmp_path: Path) -> None:
    error = _error(_demo(tmp_path, "demo.v1.toml", 2, "[]", 1))
    assert error.field == "version"


def test_the_same_version_twice_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = _demo(tmp_path / "one", "demo.toml", 1, "[]", 1)
    _demo(tmp_path / "two", "demo.toml", 1, "[]", 1)
    with pytest.raises(InstrumentFileError, match="already loaded") as info:
        load_instruments(tmp_path / "one", tmp_path / "two")
    assert str(first) in str(info.value)
    assert info.value.field == "id"


def test_the_same_version_in_an_older_file_is_an_error(tmp_path: Path) -> None:
    _demo(tmp_path, "demo.toml", 1, "[]", 1)
    (tmp_path / "more").mkdir()
    _demo(tmp_path / "more", "demo.v1.toml", 1, "[]", 1)
    with pytest.raises(InstrumentFileError, match="should be above version 1"):
        load_instruments(tmp_path, tmp_path / "more")


def test_two_files_with_one_version_via_the_library(tmp_path: Path) -> None:
    # Two older files for one version can only meet by being loaded side by side.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _demo(tmp_path / "a", "demo.v1.toml", 1, "[]", 1)
    _demo(tmp_path / "b", "demo.v1.toml", 1, "[]", 1)
    with pytest.raises(InstrumentFileError, match="version 1 is already loaded"):
        load_instruments(tmp_path / "a", tmp_path / "b")
