"""Custom check-in scales: validation, TOML round trip, and reading files."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hj_journal.core.checkin.scales import MAX_RANGE, CustomScale, ScaleError


def _energy(**changes: object) -> CustomScale:
    fields: dict[str, object] = {
        "name": "Energy",
        "question": "How much energy do you have right now?",
        "min": 0,
        "max": 10,
        "min_label": "None at all",
        "max_label": "As much as I need",
    }
    fields.update(changes)
    return CustomScale(**fields)  # type: ignore[arg-type]


def test_a_valid_scale() -> None:
    scale = _energy(middle_label="Some")
    assert scale.middle == 5
    assert scale.anchors == {"min": "None at all", "max": "As much as I need", "middle": "Some"}
    assert scale.accepts(0)
    assert scale.accepts(10)
    assert not scale.accepts(11)
    assert not scale.accepts(-1)
    assert not scale.accepts(True)
    assert not scale.accepts(2.0)


def test_a_scale_has_no_bands_or_norms() -> None:
    # Custom scales are only charted: nothing in them can carry a band or a norm.
    assert not any(hasattr(_energy(), name) for name in ("bands", "norms", "score"))


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": ""}, "name", "empty"),
        ({"name": "   "}, "name", "empty"),
        ({"min": 5, "max": 5}, "max", "above min"),
        ({"min": 7, "max": 3}, "max", "above min"),
        ({"min": 0, "max": MAX_RANGE + 1}, "max", f"at most {MAX_RANGE}"),
        ({"min": -60, "max": 41}, "max", "101 steps"),
        ({"min": "0"}, "min", "whole number"),
        ({"max": 10.0}, "max", "whole number"),
        ({"max": True}, "max", "whole number"),
        ({"name": 3}, "name", "text"),
        ({"middle_label": 2}, "middle_label", "text"),
    ],
)
def test_invalid_scales_say_which_field(
    changes: dict[str, object], field: str, problem: str
) -> None:
    with pytest.raises(ScaleError) as info:
        _energy(**changes)
    assert info.value.field == field
    assert field in str(info.value)
    assert problem in str(info.value)


def test_the_widest_range_is_allowed() -> None:
    assert _energy(min=0, max=MAX_RANGE).max == 100
    assert _energy(min=-50, max=50).middle == 0


def test_toml_round_trip_with_awkward_text() -> None:
    scale = _energy(
        name='Calm "inside"',
        question="Line one\nline two \\ with a backslash\tand a tab",
        min_label="ñandú — “quoted”",
        max_label="\x7f\x00 control",
        middle_label="Middle",
    )
    text = scale.to_toml()
    assert tomllib.loads(text)["name"] == 'Calm "inside"'
    assert CustomScale.from_toml(text) == scale


def test_round_trip_without_middle_label() -> None:
    scale = _energy()
    text = scale.to_toml()
    assert "middle_label" not in text
    assert CustomScale.from_toml(text) == scale


_text = st.text(max_size=40)


@given(
    name=_text.filter(lambda t: t.strip() != ""),
    question=_text,
    low=st.integers(-1000, 1000),
    width=st.integers(1, MAX_RANGE),
    min_label=_text,
    max_label=_text,
    middle=st.none() | _text,
)
def test_any_valid_scale_round_trips(
    name: str,
    question: str,
    low: int,
    width: int,
    min_label: str,
    max_label: str,
    middle: str | None,
) -> None:
    scale = CustomScale(name, question, low, low + width, min_label, max_label, middle)
    assert CustomScale.from_toml(scale.to_toml()) == scale


def test_load_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "energy.toml"
    path.write_text(_energy(middle_label="Some").to_toml(), encoding="utf-8")
    assert CustomScale.load(path) == _energy(middle_label="Some")


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        (
            'name = "x"\nquestion = ""\nmin = 0\nmax = 10\nmin_label = "a"\n',
            "max_label",
            "missing",
        ),
        (
            'name = "x"\nmin = 0\nmax = 10\nmin_label = "a"\nmax_label = "b"\n',
            "question",
            "missing",
        ),
        (
            'name = "x"\nquestion = ""\nmin = 0\nmax = 10\nmin_label = "a"\nmax_label = "b"\n'
            'colour = "red"\n',
            "colour",
            "not a field",
        ),
        (
            'name = ""\nquestion = ""\nmin = 0\nmax = 10\nmin_label = "a"\nmax_label = "b"\n',
            "name",
            "empty",
        ),
        (
            'name = "x"\nquestion = ""\nmin = 3\nmax = 1\nmin_label = "a"\nmax_label = "b"\n',
            "max",
            "above min",
        ),
    ],
)
def test_bad_files_name_the_file_and_field(
    tmp_path: Path, text: str, field: str, problem: str
) -> None:
    path = tmp_path / "scale.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScaleError) as info:
        CustomScale.load(path)
    assert info.value.field == field
    assert str(path) in str(info.value)
    assert f"{field}: " in str(info.value)
    assert problem in str(info.value)


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "scale.toml"
    path.write_text('name = "x"\nmin = = 0\n', encoding="utf-8")
    with pytest.raises(ScaleError, match="line 2") as info:
        CustomScale.load(path)
    assert info.value.line == 2


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ScaleError, match="cannot be read"):
        CustomScale.load(tmp_path / "nowhere.toml")
