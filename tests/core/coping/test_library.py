"""The built-in coping library: the files load, follow docs/care.md, and bad files are refused."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.bundled import resource_path
from hj_journal.core.common.principles import Principle
from hj_journal.core.common.tomlcheck import MAX_FILE_BYTES, LibraryFileError, decode_toml
from hj_journal.core.coping.library import (
    PAUSE_STRATEGY_ID,
    Kind,
    Phase,
    Step,
    Strategy,
    export_strategy,
    filter_strategies,
    load_builtin_strategies,
    load_strategies,
    load_strategy_file,
    parse_strategy,
    strategy_from_toml,
)

GUILT_WORDS = ("streak", "missed", "failed", "broke", "you haven't", "should have")

BUILTINS = load_builtin_strategies()
BY_ID = {strategy.id: strategy for strategy in BUILTINS}


def texts(strategy: Strategy) -> list[str]:
    return [step.text.lower() for step in strategy.sequence()]


def timing(steps: tuple[Step, ...]) -> list[tuple[Phase | None, int | None]]:
    return [(step.phase, step.seconds) for step in steps]


# ---------------------------------------------------------------------- the built-in files


def test_every_builtin_file_loads_as_one_strategy() -> None:
    files = sorted(resource_path("coping").glob("*.toml"))
    assert len(files) == len(BUILTINS) >= 26
    assert {path.stem for path in files} == set(BY_ID)


def test_each_principle_has_at_least_three_strategies() -> None:
    counts = Counter(strategy.principle for strategy in BUILTINS)
    for principle in Principle:
        assert counts[principle] >= 3, principle


def test_every_builtin_has_steps_summary_and_basis() -> None:
    for strategy in BUILTINS:
        assert strategy.steps, strategy.id
        assert strategy.title.strip() and strategy.summary.strip(), strategy.id
        assert "\n" not in strategy.summary, strategy.id
        assert strategy.basis.strip(), strategy.id


def test_every_timed_breathing_step_has_a_phase() -> None:
    breathing = [s for s in BUILTINS if s.kind is Kind.BREATHING]
    assert len(breathing) >= 4
    for strategy in breathing:
        for step in strategy.sequence():
            if step.seconds is not None:
                assert step.phase is not None, (strategy.id, step.text)


def test_no_exercise_asks_for_closed_eyes() -> None:
    for strategy in BUILTINS:
        for text in [*texts(strategy), *(c.lower() for c in strategy.cautions)]:
            assert "close your eyes" not in text, strategy.id
            assert "eyes closed" not in text, strategy.id
    inward = {Kind.BREATHING, Kind.IMAGERY, Kind.GROUNDING}
    for strategy in BUILTINS:
        if strategy.kind in inward:
            assert strategy.eyes_open_ok, strategy.id


def test_fully_timed_strategies_last_about_as_long_as_they_say() -> None:
    for strategy in BUILTINS:
        if not strategy.fully_timed or strategy.minutes is None:
            continue
        low, high = strategy.minutes
        assert low * 60 * 0.9 <= strategy.total_seconds() <= high * 60 * 1.1, strategy.id


def test_resources_contain_no_guilt_words() -> None:
    for path in sorted(resource_path("coping").glob("*")):
        text = path.read_text(encoding="utf-8").lower()
        for word in GUILT_WORDS:
            assert word not in text, f"{path.name} contains {word!r}"


# ----------------------------------------------------------------- docs/care.md, row by row


def test_five_four_three_two_one_grounding() -> None:
    strategy = BY_ID["grounding-5-4-3-2-1"]
    assert (strategy.kind, strategy.minutes, strategy.eyes_open_ok) == (
        Kind.GROUNDING,
        (2, 5),
        True,
    )
    senses = ["see", "touch", "hear", "smell", "taste"]
    numbers = ["five", "four", "three", "two", "one"]
    assert len(strategy.steps) == 5
    for step, number, sense in zip(strategy.steps, numbers, senses, strict=True):
        assert number in step.text.lower() and sense in step.text.lower()
    assert "imagin" in strategy.steps[3].text.lower()
    assert "imagin" in strategy.steps[4].text.lower()


def test_box_breathing_is_four_square() -> None:
    strategy = BY_ID["box-breathing"]
    assert timing(strategy.steps) == [
        (Phase.IN, 4),
        (Phase.HOLD, 4),
        (Phase.OUT, 4),
        (Phase.HOLD_AFTER, 4),
    ]
    assert strategy.minutes == (5, 5)
    assert abs(strategy.total_seconds() - 300) <= 16
    assert "balban" in strategy.basis.lower()


def test_cyclic_sighing_has_top_up_and_long_exhale() -> None:
    strategy = BY_ID["cyclic-sighing"]
    phases = [step.phase for step in strategy.steps]
    assert phases == [Phase.IN, Phase.TOP_UP, Phase.OUT]
    breath_in, top_up, breath_out = (step.seconds or 0 for step in strategy.steps)
    assert top_up < breath_in < breath_out
    assert breath_out > breath_in + top_up
    assert "nose" in strategy.steps[0].text.lower() and "nose" in strategy.steps[1].text.lower()
    assert "mouth" in strategy.steps[2].text.lower()
    assert strategy.minutes == (5, 5)
    assert abs(strategy.total_seconds() - 300) <= 15


def test_four_seven_eight_with_a_skippable_hold() -> None:
    strategy = BY_ID["breathing-4-7-8"]
    assert [step.phase for step in strategy.intro] == [Phase.OUT]  # exhale fully, once
    assert timing(strategy.steps) == [(Phase.IN, 4), (Phase.HOLD, 7), (Phase.OUT, 8)]
    assert [step.skippable for step in strategy.steps] == [False, True, False]
    assert strategy.repeat == 4
    assert 60 <= strategy.total_seconds() <= 120
    assert "limited" in strategy.basis.lower() or "weak" in strategy.basis.lower()


def test_paced_breathing_is_four_in_six_out() -> None:
    strategy = BY_ID["paced-breathing"]
    assert timing(strategy.steps) == [(Phase.IN, 4), (Phase.OUT, 6)]
    assert strategy.minutes == (5, 20)
    cycle = sum(step.seconds or 0 for step in strategy.steps)
    assert 60 / cycle == 6  # breaths a minute


def test_progressive_muscle_relaxation() -> None:
    strategy = BY_ID["progressive-muscle-relaxation"]
    seconds = [step.seconds for step in strategy.steps]
    tense = [s for s in seconds if s is not None and 5 <= s <= 10]
    release = [s for s in seconds if s == 15]
    assert 7 <= len(tense) <= 12
    assert len(release) == len(tense)
    # Each group: tense, then release, then notice.
    for index in range(0, len(seconds), 3):
        tense_seconds = seconds[index]
        assert tense_seconds is not None and 5 <= tense_seconds <= 10
        assert seconds[index + 1] == 15
        assert "notice" in strategy.steps[index + 2].text.lower()
    assert strategy.minutes == (10, 20)
    cautions = " ".join(strategy.cautions).lower()
    assert "injured" in cautions and "pain" in cautions


def test_butterfly_hug() -> None:
    strategy = BY_ID["butterfly-hug"]
    all_text = " ".join(texts(strategy))
    for word in ("collarbones", "left", "right", "enough"):
        assert word in all_text
    assert strategy.minutes == (1, 3)
    assert "calm" in " ".join(strategy.cautions).lower()
    assert "artigas" in strategy.basis.lower()


def test_calm_place_offers_calm_instead_of_safe() -> None:
    strategy = BY_ID["calm-place"]
    all_text = " ".join(texts(strategy))
    for word in ("calm", "safe", "see", "hear", "temperature"):
        assert word in all_text
    assert strategy.kind is Kind.IMAGERY and strategy.minutes == (3, 5)
    assert strategy.eyes_open_ok


def test_self_compassion_break() -> None:
    strategy = BY_ID["self-compassion-break"]
    all_text = " ".join(texts(strategy))
    for phrase in ("hard moment", "human", "not alone", "kindness", "hand on your heart"):
        assert phrase in all_text
    assert "if it feels right" in all_text  # the hand on the heart is optional
    assert strategy.kind is Kind.SELF_COMPASSION and strategy.minutes == (2, 5)
    assert "neff" in strategy.basis.lower()


def test_tipp_has_a_medical_caution() -> None:
    strategy = BY_ID["tipp"]
    cautions = " ".join(strategy.cautions).lower()
    assert "heart" in cautions and "eating disorder" in cautions
    cold = strategy.steps[0]
    assert "cold" in cold.text.lower() and cold.seconds == 30
    parts = [step.text.split(":")[0].lower() for step in strategy.steps]
    assert parts == [
        "temperature",
        "intense movement",
        "paced breathing",
        "paired muscle relaxation",
    ]
    assert "long" in strategy.steps[2].text.lower() or "six" in strategy.steps[2].text.lower()
    assert strategy.minutes == (1, 20)
    assert "linehan" in strategy.basis.lower()


def test_opposite_action() -> None:
    strategy = BY_ID["opposite-action"]
    steps = [step.text.lower() for step in strategy.steps]
    assert "emotion" in steps[0] and "urge" in steps[0]
    assert "facts" in steps[1]
    assert any("opposite" in text for text in steps)
    assert "fully" in steps[-1]
    assert strategy.minutes is None  # the time varies


def test_safety_plan_has_the_six_parts_in_order() -> None:
    strategy = BY_ID["safety-plan"]
    heads = [step.text.split(":")[0].lower() for step in strategy.steps]
    assert heads == [
        "warning signs",
        "things you can do on your own",
        "people and places for distraction",
        "people you can ask for help",
        "professionals and services",
        "making your surroundings safer",
    ]
    assert strategy.minutes == (20, 45)
    assert strategy.content_note and "self-harm" in strategy.content_note
    assert "police" in strategy.steps[4].text.lower()  # non-police options named


@pytest.mark.parametrize(
    ("strategy_id", "principle"),
    [
        ("reach-out-care-map", Principle.COMMUNITY),
        ("collective-care-activity", Principle.COMMUNITY),
        ("cultural-practice", Principle.INTERSECTIONALITY),
        ("land-and-green-space", Principle.INTERSECTIONALITY),
        ("rest-as-resistance", Principle.INTERSECTIONALITY),
    ],
)
def test_community_and_cultural_strategies(strategy_id: str, principle: Principle) -> None:
    assert BY_ID[strategy_id].principle is principle


def test_the_pause_strategy_is_short_grounding() -> None:
    strategy = BY_ID[PAUSE_STRATEGY_ID]
    assert strategy.kind is Kind.GROUNDING
    assert strategy.minutes is not None and strategy.minutes[1] <= 2
    assert 0 < strategy.total_seconds() <= 120
    assert strategy.content_note is None  # nothing stands between Pause and the exercise


# ---------------------------------------------------------------------- the data classes


def test_total_seconds_counts_timed_steps_times_repeats() -> None:
    strategy = Strategy(
        id="x",
        title="X",
        principle=Principle.SELF_CARE,
        kind=Kind.BREATHING,
        intro=(Step("settle"), Step("out", 5, Phase.OUT)),
        steps=(Step("in", 4, Phase.IN), Step("out", 6, Phase.OUT), Step("notice")),
        repeat=3,
        closing=(Step("rest", 20),),
    )
    assert strategy.total_seconds() == 5 + (4 + 6) * 3 + 20
    assert len(strategy.sequence()) == 2 + 3 * 3 + 1
    assert strategy.sequence()[2].text == "in" and strategy.sequence()[-1].text == "rest"
    assert not strategy.fully_timed


def test_filter_by_principle_kind_and_minutes() -> None:
    community = filter_strategies(BUILTINS, principles={Principle.COMMUNITY})
    assert community and all(s.principle is Principle.COMMUNITY for s in community)
    by_text = filter_strategies(BUILTINS, principles=["community"])
    assert by_text == community

    breathing = filter_strategies(BUILTINS, kinds={Kind.BREATHING})
    assert {s.id for s in breathing} >= {"box-breathing", "paced-breathing", "cyclic-sighing"}

    quick = filter_strategies(BUILTINS, max_minutes=2)
    assert PAUSE_STRATEGY_ID in {s.id for s in quick}
    assert all(s.minutes is not None and s.minutes[0] <= 2 for s in quick)
    assert "opposite-action" not in {s.id for s in quick}  # time varies
    assert "safety-plan" not in {s.id for s in quick}

    both = filter_strategies(
        BUILTINS, principles={Principle.SELF_CARE}, kinds={Kind.BREATHING}, max_minutes=5
    )
    assert {s.id for s in both} == {
        "box-breathing",
        "cyclic-sighing",
        "breathing-4-7-8",
        "paced-breathing",
    }
    assert filter_strategies(BUILTINS) == BUILTINS


# ---------------------------------------------------------------------- malformed files

GOOD = """\
id = "my-practice"
title = "My practice"
principle = "self_care"
kind = "breathing"

[[steps]]
text = "Breathe in."
seconds = 4
phase = "in"

[[steps]]
text = "Breathe out."
seconds = 6
phase = "out"
"""


def broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    strategy = load_strategy_file(write(tmp_path, "my-practice.toml", GOOD))
    assert strategy.total_seconds() == 10 and strategy.repeat == 1


@pytest.mark.parametrize(
    ("text", "item", "field", "message"),
    [
        (broken('title = "My practice"\n', ""), "strategy 'my-practice'", "title", "missing"),
        (
            broken('"self_care"', '"wellness"'),
            "strategy 'my-practice'",
            "principle",
            "one of: intersectionality",
        ),
        (broken('"breathing"', '"dancing"'), "strategy 'my-practice'", "kind", "one of"),
        (
            broken("seconds = 6", "seconds = -6"),
            "strategy 'my-practice', step 2",
            "seconds",
            "negative",
        ),
        (broken("seconds = 6", "seconds = 0"), "strategy 'my-practice', step 2", "seconds", "0"),
        (
            broken("seconds = 4", 'seconds = "four"'),
            "strategy 'my-practice', step 1",
            "seconds",
            "whole number",
        ),
        (
            broken('phase = "out"\n', ""),
            "strategy 'my-practice', step 2",
            "phase",
            "need a phase",
        ),
        (
            broken("seconds = 4\n", ""),
            "strategy 'my-practice', step 1",
            "seconds",
            "needs seconds",
        ),
        (
            broken('phase = "in"', 'phase = "sideways"'),
            "strategy 'my-practice', step 1",
            "phase",
            "one of",
        ),
        (
            broken('text = "Breathe out."', 'text = "   "'),
            "strategy 'my-practice', step 2",
            "text",
            "empty",
        ),
        (
            broken('text = "Breathe out."', 'txt = "Breathe out."'),
            "strategy 'my-practice', step 2",
            "txt",
            "not a field",
        ),
        (broken('id = "my-practice"', 'id = "My Practice!"'), "strategy", "id", "lower-case"),
        (
            GOOD.replace("[[steps]]", "[[intro]]"),
            "strategy 'my-practice'",
            "steps",
            "add at least one [[steps]] block",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\neyes_open_ok = false'),
            "strategy 'my-practice'",
            "eyes_open_ok",
            "closed eyes",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\nminutes = [5, 2]'),
            "strategy 'my-practice'",
            "minutes",
            "5 > 2",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\nrepeat = 0'),
            "strategy 'my-practice'",
            "repeat",
            "at least 1",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\nsummary = "one\\ntwo"'),
            "strategy 'my-practice'",
            "summary",
            "one line",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\ncautions = "be careful"'),
            "strategy 'my-practice'",
            "cautions",
            "list",
        ),
        (
            broken('kind = "breathing"', 'kind = "breathing"\nschema = 2'),
            "strategy 'my-practice'",
            "schema",
            "update",
        ),
    ],
)
def test_malformed_files_name_file_item_and_field(
    tmp_path: Path, text: str, item: str, field: str, message: str
) -> None:
    path = write(tmp_path, "my-practice.toml", text)
    with pytest.raises(LibraryFileError) as caught:
        load_strategy_file(path)
    problem = caught.value.problem
    assert (problem.source, problem.item, problem.field) == ("my-practice.toml", item, field)
    assert message in problem.message
    shown = str(caught.value)
    assert shown.startswith("my-practice.toml, ") and f"field '{field}'" in shown


def test_bad_toml_gives_one_line_with_the_line_number(tmp_path: Path) -> None:
    path = write(tmp_path, "oops.toml", GOOD + "\nthis is not toml\n")
    with pytest.raises(LibraryFileError) as caught:
        load_strategy_file(path)
    message = str(caught.value)
    assert message.startswith("oops.toml: is not a valid TOML file")
    assert "line" in message and "\n" not in message


def test_folder_loader_checks_names_and_reports_every_broken_file(tmp_path: Path) -> None:
    write(tmp_path, "my-practice.toml", GOOD)
    write(tmp_path, "wrong-name.toml", GOOD)
    write(tmp_path, "broken.toml", "id = ")
    with pytest.raises(LibraryFileError) as caught:
        load_strategies(tmp_path)
    sources = sorted(problem.source for problem in caught.value.problems)
    assert sources == ["broken.toml", "wrong-name.toml"]
    naming = next(p for p in caught.value.problems if p.source == "wrong-name.toml")
    assert naming.field == "id" and "my-practice.toml" in naming.message
    assert "(and 1 more problem)" in str(caught.value)


def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(LibraryFileError, match=r"^folder\.toml: could not be read"):
        load_strategies(tmp_path)


def test_an_empty_folder_is_an_empty_library(tmp_path: Path) -> None:
    assert load_strategies(tmp_path) == ()


# ---------------------------------------------------------------------- exchange


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        ("id = 'x'\ud800", "bad encoding"),
        (b"#" * (MAX_FILE_BYTES + 1), "larger than 1 MiB"),
        ("#" * (MAX_FILE_BYTES + 1), "larger than 1 MiB"),
        ("é" * (MAX_FILE_BYTES // 2 + 1), "larger than 1 MiB"),
        ("<html>not toml</html>", "not a valid TOML file"),
    ],
)
def test_parse_strategy_refuses_whole_files_in_one_line(data: str | bytes, message: str) -> None:
    result = parse_strategy(data, "import.toml")
    assert result.strategy is None
    assert len(result.problems) == 1
    text = str(result.problems[0])
    assert text.startswith("import.toml: ") and message in text and "\n" not in text


def test_parse_strategy_reports_a_field_problem() -> None:
    result = parse_strategy(broken("seconds = 6", "seconds = -1"), "mine.toml")
    assert result.strategy is None
    assert [(p.item, p.field) for p in result.problems] == [
        ("strategy 'my-practice', step 2", "seconds")
    ]


def test_parse_strategy_accepts_a_byte_order_mark() -> None:
    result = parse_strategy("\ufeff".encode() + GOOD.encode(), "mine.toml")
    assert result.strategy is not None and not result.problems


@pytest.mark.parametrize("strategy", BUILTINS, ids=lambda s: s.id)
def test_every_builtin_survives_export_and_parse(strategy: Strategy) -> None:
    result = parse_strategy(export_strategy(strategy), f"{strategy.id}.toml")
    assert result.problems == ()
    assert result.strategy == strategy


# Text a person might type: any printable character plus tabs and line breaks.
_typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r\"\\'"),
    min_size=1,
    max_size=80,
).filter(lambda value: value.strip() != "")
_line = _typed.filter(lambda value: not re.search(r"[\r\n]", value))
_step = st.builds(
    Step,
    text=_typed,
    seconds=st.none() | st.integers(min_value=1, max_value=3600),
    phase=st.none(),
    skippable=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(
    title=_line,
    summary=st.just("") | _line,
    principle=st.sampled_from(list(Principle)),
    kind=st.sampled_from([kind for kind in Kind if kind is not Kind.BREATHING]),
    steps=st.lists(_step, min_size=1, max_size=4),
    intro=st.lists(_step, max_size=2),
    repeat=st.integers(min_value=1, max_value=50),
    cautions=st.lists(_typed, max_size=3),
    content_note=st.none() | _typed,
    eyes_open_ok=st.booleans(),
)
def test_any_strategy_survives_export_and_parse(
    title: str,
    summary: str,
    principle: Principle,
    kind: Kind,
    steps: list[Step],
    intro: list[Step],
    repeat: int,
    cautions: list[str],
    content_note: str | None,
    eyes_open_ok: bool,
) -> None:
    strategy = Strategy(
        id="mine",
        title=title,
        principle=principle,
        kind=kind,
        steps=tuple(steps),
        summary=summary,
        repeat=repeat,
        intro=tuple(intro),
        minutes=(1, 3),
        cautions=tuple(cautions),
        content_note=content_note,
        eyes_open_ok=eyes_open_ok,
        basis="My grandmother's practice.",
    )
    result = parse_strategy(export_strategy(strategy), "mine.toml")
    assert result.problems == ()
    assert result.strategy == strategy


def test_translations_in_a_file_are_overlays_the_loader_sees_through() -> None:
    # A strategy carrying Spanish beside its English loads as the English, with no trace of
    # the overlay; the overlay is read only when a language is asked for.
    data = (resource_path("coping") / "box-breathing.toml").read_text(encoding="utf-8")
    assert "i18n.es" in data or "[i18n.es]" in data
    strategy = strategy_from_toml(data, "box-breathing.toml")
    assert strategy.title == "Box breathing"
    spanish = decode_toml(data, "box-breathing.toml", language="es")
    assert "i18n" not in spanish
    assert spanish["title"] != "Box breathing"
    assert spanish["steps"][0]["seconds"] == 4  # numbers are never translated
