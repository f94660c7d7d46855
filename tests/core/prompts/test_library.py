"""Healing Justice prompt packs: the built-ins, pack exchange, and today's prompt."""

from __future__ import annotations

import itertools
import tomllib
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.bundled import resource_path
from hj_journal.core.common.principles import Principle
from hj_journal.core.common.tomlcheck import MAX_FILE_BYTES, LibraryFileError
from hj_journal.core.prompts.library import (
    Prompt,
    PromptPack,
    all_prompts,
    choose_prompt,
    export_pack,
    load_builtin_packs,
    load_pack_file,
    load_packs,
    parse_pack,
)

GUILT_WORDS = ("streak", "missed", "failed", "broke", "you haven't", "should have")
HARM_WORDS = ("harm", "trauma", "violence", "abuse", "suicid", "crisis", "discriminat")

PACKS = load_builtin_packs()
PACK = {pack.id: pack for pack in PACKS}
PROMPTS = all_prompts(PACKS)
ALL_PRINCIPLES = frozenset(Principle)
DAY = date(2024, 5, 17)


def sections(pack: PromptPack) -> list[str | None]:
    """Section headings in order, each once."""
    seen: list[str | None] = []
    for prompt in pack.prompts:
        if prompt.section not in seen:
            seen.append(prompt.section)
    return seen


# ---------------------------------------------------------------------- the built-in packs


def test_every_builtin_pack_loads_with_metadata() -> None:
    files = sorted(resource_path("prompts").glob("*.toml"))
    assert len(files) == len(PACKS) >= 5
    for pack in PACKS:
        assert pack.name and pack.description and pack.author and pack.version, pack.id
        assert pack.prompts, pack.id


def test_there_are_enough_prompts_for_every_principle() -> None:
    assert len(PROMPTS) >= 70
    counts = Counter(prompt.principle for prompt in PROMPTS)
    daily = Counter(prompt.principle for prompt in PROMPTS if prompt.daily)
    for principle in Principle:
        assert counts[principle] >= 10, principle
        assert daily[principle] >= 8, principle  # Today has something to draw on


def test_prompt_ids_are_unique_across_packs() -> None:
    ids = [prompt.id for prompt in PROMPTS]
    assert len(ids) == len(set(ids))
    assert all(prompt.pack_id in PACK for prompt in PROMPTS)


def test_most_prompts_have_one_to_three_follow_ups() -> None:
    with_follow_ups = [p for p in PROMPTS if p.follow_ups]
    assert len(with_follow_ups) * 2 > len(PROMPTS)
    assert all(len(prompt.follow_ups) <= 3 for prompt in PROMPTS)


def test_prompts_that_touch_on_harm_carry_a_content_note() -> None:
    for prompt in PROMPTS:
        words = " ".join([prompt.text, *prompt.follow_ups]).lower()
        if any(word in words for word in HARM_WORDS):
            assert prompt.content_note, prompt.id


def test_resources_contain_no_guilt_words() -> None:
    for path in sorted(resource_path("prompts").glob("*")):
        text = path.read_text(encoding="utf-8").lower()
        for word in GUILT_WORDS:
            assert word not in text, f"{path.name} contains {word!r}"


def test_accountability_reflection_has_the_four_parts() -> None:
    pack = PACK["accountability-reflection"]
    assert pack.guided
    assert sections(pack) == ["Self-reflection", "Apology", "Repair", "Changed behaviour"]
    assert all(p.principle is Principle.ACCOUNTABILITY for p in pack.prompts)
    assert all(p.content_note for p in pack.prompts)
    assert not any(p.daily for p in pack.prompts)  # only ever opened on purpose
    assert "private" in pack.description.lower()
    text = {p.id: p.text.lower() for p in pack.prompts}
    assert "no excuses" in text["arf-apology-draft"]
    assert "ask" in text["arf-what-they-need"]  # ask, do not assume
    assert "one specific change" in text["arf-one-change"]
    assert "support" in text["arf-support-for-change"]
    assert "know" in text["arf-knowing-it-works"]


def test_community_care_map_covers_every_ring() -> None:
    pack = PACK["community-care-map"]
    assert pack.guided
    texts = " ".join(p.text.lower() for p in pack.prompts)
    for phrase in (
        "centre",
        "if you were harmed",
        "if you caused harm",
        "if you witnessed harm",
        "with some effort",
        "organisations",
        "capacity",
        "offer them in return",
        "ask",
        "police",
    ):
        assert phrase in texts, phrase
    revisit = pack.prompts[-1]
    assert revisit.daily and "care map" in revisit.text.lower()
    assert "few months" in " ".join(revisit.follow_ups)


def test_allies_and_barriers_ends_with_steps_already_taken() -> None:
    pack = PACK["allies-and-barriers"]
    texts = [p.text.lower() for p in pack.prompts]
    assert "who can help" in texts[0]
    assert any("get in the way" in text for text in texts)
    assert any("ally with a little support" in text and "need" in text for text in texts)
    assert "steps" in texts[-1] and "already" in texts[-1]


def test_care_plan_covers_what_sustains_community_conditions_and_safety() -> None:
    pack = PACK["care-plan"]
    texts = " ".join(p.text.lower() for p in pack.prompts)
    for phrase in ("body", "rest", "relationships", "land", "ancestral", "community"):
        assert phrase in texts, phrase
    conditions = next(p for p in pack.prompts if p.id == "cp-outside-conditions")
    assert conditions.principle is Principle.INTERSECTIONALITY and conditions.content_note
    assert any("safety plan" in p.text.lower() for p in pack.prompts)


# ---------------------------------------------------------------------- malformed packs

PACK_TEXT = """\
[pack]
id = "my-pack"
name = "My pack"

[[prompts]]
id = "first"
principle = "self_care"
text = "What helps today?"

[[prompts]]
id = "second"
principle = "community"
text = "Who is near?"
follow_ups = ["Who else?"]

[[prompts]]
id = "third"
principle = "accountability"
text = "What would repair look like?"
"""


def pack_with(old: str, new: str) -> str:
    assert old in PACK_TEXT
    return PACK_TEXT.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "item", "field", "message"),
    [
        (pack_with('text = "Who is near?"\n', ""), "prompt 2 ('second')", "text", "missing"),
        (pack_with('text = "Who is near?"', 'text = ""'), "prompt 2 ('second')", "text", "empty"),
        (
            pack_with('"community"', '"wellness"'),
            "prompt 2 ('second')",
            "principle",
            "should be one of",
        ),
        (
            pack_with('["Who else?"]', '"Who else?"'),
            "prompt 2 ('second')",
            "follow_ups",
            "list",
        ),
        (pack_with('id = "second"', 'id = "Second one"'), "prompt 2", "id", "lower-case"),
        (pack_with('id = "second"', 'id = "first"'), "prompt 2 ('first')", "id", "prompt 1"),
        (
            pack_with('text = "Who is near?"', 'text = "Who is near?"\ncolour = "blue"'),
            "prompt 2 ('second')",
            "colour",
            "not a field",
        ),
        (
            pack_with('text = "Who is near?"', 'text = "Who\\u0007 is near?"'),
            "prompt 2 ('second')",
            "text",
            "control characters",
        ),
        (
            pack_with('text = "Who is near?"', 'text = "Who is near?"\ndaily = "yes"'),
            "prompt 2 ('second')",
            "daily",
            "true or false",
        ),
    ],
)
def test_a_broken_prompt_is_reported_and_the_rest_kept(
    text: str, item: str, field: str, message: str
) -> None:
    result = parse_pack(text, "my-pack.toml")
    assert result.pack is not None and not result.ok
    assert [p.id for p in result.pack.prompts] == (
        ["first", "third"] if "prompt 2" in item else ["first", "second", "third"]
    )
    [problem] = result.problems
    assert (problem.source, problem.item, problem.field) == ("my-pack.toml", item, field)
    assert message in problem.message
    assert str(problem).startswith(f"my-pack.toml, {item}, field '{field}': ")


def test_several_broken_prompts_are_each_reported() -> None:
    text = PACK_TEXT.replace('text = "Who is near?"\n', "").replace(
        '"accountability"', '"justice"'
    )
    result = parse_pack(text, "my-pack.toml")
    assert result.pack is not None and [p.id for p in result.pack.prompts] == ["first"]
    assert [(p.item, p.field) for p in result.problems] == [
        ("prompt 2 ('second')", "text"),
        ("prompt 3 ('third')", "principle"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xc3\x28 broken", "not UTF-8"),
        ("[pack]\nid = 'x\udcff'", "bad encoding"),
        (b"#" * (MAX_FILE_BYTES + 1), "larger than 1 MiB"),
        ("#" * (MAX_FILE_BYTES + 1), "larger than 1 MiB"),
        ("Dear diary,\nthis is not TOML.", "not a valid TOML file"),
        ("[[prompts]]\nid = 'a'\nprinciple = 'self_care'\ntext = 'x'\n", "'pack': is missing"),
        (PACK_TEXT.replace('name = "My pack"\n', ""), "pack, field 'name': is missing"),
        (PACK_TEXT.replace('id = "my-pack"', 'id = ""'), "pack, field 'id'"),
        ('[pack]\nid = "a"\nname = "A"\n', "field 'prompts': is missing"),
        ("schema = 9\n" + PACK_TEXT, "field 'schema': is 9"),
    ],
)
def test_unusable_files_are_refused_with_one_line(data: str | bytes, message: str) -> None:
    result = parse_pack(data, "import.toml")
    assert result.pack is None
    assert len(result.problems) == 1
    shown = str(result.problems[0])
    assert shown.startswith("import.toml") and message in shown and "\n" not in shown


def test_a_pack_with_no_valid_prompt_is_refused() -> None:
    text = PACK_TEXT.replace('principle = "', 'principle = "x')
    result = parse_pack(text, "my-pack.toml")
    assert result.pack is None
    assert len(result.problems) == 4
    assert "no usable prompts" in str(result.problems[-1])


def test_version_may_be_a_number() -> None:
    result = parse_pack(PACK_TEXT.replace("[pack]", "[pack]\nversion = 2"), "my-pack.toml")
    assert result.ok and result.pack is not None and result.pack.version == "2"


def test_strict_loader_raises_naming_file_item_and_field(tmp_path: Path) -> None:
    path = tmp_path / "my-pack.toml"
    path.write_text(pack_with('text = "Who is near?"\n', ""), encoding="utf-8")
    with pytest.raises(LibraryFileError) as caught:
        load_pack_file(path)
    assert str(caught.value) == "my-pack.toml, prompt 2 ('second'), field 'text': is missing."


def test_folder_loader_checks_names_and_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "my-pack.toml").write_text(PACK_TEXT, encoding="utf-8")
    other = PACK_TEXT.replace('id = "my-pack"', 'id = "other"').replace('"third"', '"fourth"')
    (tmp_path / "other.toml").write_text(other, encoding="utf-8")
    with pytest.raises(LibraryFileError) as caught:
        load_packs(tmp_path)
    assert {(p.source, p.item, p.field) for p in caught.value.problems} == {
        ("other.toml", "prompt 1 ('first')", "id"),
        ("other.toml", "prompt 2 ('second')", "id"),
    }
    (tmp_path / "other.toml").unlink()
    (tmp_path / "renamed.toml").write_text(PACK_TEXT.replace("my-pack", "mine"), encoding="utf-8")
    (tmp_path / "my-pack.toml").unlink()
    with pytest.raises(LibraryFileError, match=r"renamed\.toml, pack, field 'id'.*mine\.toml"):
        load_packs(tmp_path)


# ---------------------------------------------------------------------- exchange


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.id)
def test_every_builtin_pack_survives_export_and_parse(pack: PromptPack) -> None:
    result = parse_pack(export_pack(pack), f"{pack.id}.toml")
    assert result.ok
    assert result.pack == pack


def test_export_escapes_awkward_text() -> None:
    awkward = 'She said "no".\nA back\\slash, a\ttab, "" and """ and \'\'\' and #, [x], é, 你好.'
    prompt = Prompt(
        id="awkward",
        pack_id="mine",
        principle=Principle.INTERSECTIONALITY,
        text=awkward,
        follow_ups=(awkward, "Plain."),
        content_note="Touches on \\harm\\.",
        section='Part [1] = "one"',
        daily=False,
    )
    pack = PromptPack(
        id="mine",
        name='My "own" pack',
        prompts=(prompt,),
        description="Line one.\r\nLine two.",
        author="Me \\ us",
        version="1.0-beta",
        language="zh-Hans",
        guided=True,
    )
    text = export_pack(pack)
    assert tomllib.loads(text)["prompts"][0]["text"] == awkward
    assert parse_pack(text, "mine.toml").pack == pack
    assert parse_pack(text.encode("utf-8"), "mine.toml").pack == pack


_typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('\t\n\r"\\'),
    min_size=1,
    max_size=60,
).filter(lambda value: value.strip() != "")
_line = _typed.filter(lambda value: "\n" not in value and "\r" not in value)
_slug = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(
    name=_line,
    description=st.just("") | _typed,
    prompts=st.lists(
        st.tuples(
            st.sampled_from(list(Principle)),
            _typed,
            st.lists(_typed, max_size=3),
            st.none() | _typed,
            st.none() | _line,
            st.booleans(),
        ),
        min_size=1,
        max_size=5,
    ),
    pack_id=_slug,
)
def test_any_pack_survives_export_and_parse(
    name: str,
    description: str,
    prompts: list[tuple[Principle, str, list[str], str | None, str | None, bool]],
    pack_id: str,
) -> None:
    pack = PromptPack(
        id=pack_id,
        name=name,
        description=description,
        prompts=tuple(
            Prompt(
                id=f"p{number}",
                pack_id=pack_id,
                principle=principle,
                text=text,
                follow_ups=tuple(follow_ups),
                content_note=note,
                section=section,
                daily=daily,
            )
            for number, (principle, text, follow_ups, note, section, daily) in enumerate(prompts)
        ),
    )
    result = parse_pack(export_pack(pack), "any.toml")
    assert result.ok and result.pack == pack


# ---------------------------------------------------------------------- today's prompt


def test_the_same_inputs_give_the_same_prompt_all_day() -> None:
    first = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY)
    again = choose_prompt(list(reversed(PROMPTS)), principles=list(Principle), day=DAY)
    assert first is not None and first == again


def test_different_days_give_different_prompts() -> None:
    picks = {
        choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY + timedelta(days=n))
        for n in range(30)
    }
    assert len(picks) >= 10


@settings(max_examples=100, deadline=None)
@given(
    principles=st.sets(st.sampled_from(list(Principle)), min_size=1),
    day=st.dates(),
    hidden=st.sets(st.sampled_from([p.id for p in PROMPTS]), max_size=40),
    not_today=st.sets(st.sampled_from([p.id for p in PROMPTS]), max_size=10),
    seed_extra=st.integers(min_value=0, max_value=500),
    include_notes=st.booleans(),
)
def test_the_chosen_prompt_respects_every_choice(
    principles: set[Principle],
    day: date,
    hidden: set[str],
    not_today: set[str],
    seed_extra: int,
    include_notes: bool,
) -> None:
    chosen = choose_prompt(
        PROMPTS,
        principles=principles,
        day=day,
        hidden_ids=hidden,
        not_today_ids=not_today,
        seed_extra=seed_extra,
        include_content_notes=include_notes,
    )
    fitting = [
        p
        for p in PROMPTS
        if p.daily
        and p.principle in principles
        and p.id not in hidden | not_today
        and (include_notes or p.content_note is None)
    ]
    if not fitting:
        assert chosen is None
        return
    assert chosen in fitting
    assert chosen.principle in principles and chosen.daily
    assert chosen.id not in hidden and chosen.id not in not_today
    assert include_notes or chosen.content_note is None
    # Deterministic: asking again gives the same answer.
    assert chosen == choose_prompt(
        PROMPTS,
        principles=principles,
        day=day,
        hidden_ids=hidden,
        not_today_ids=not_today,
        seed_extra=seed_extra,
        include_content_notes=include_notes,
    )


def test_another_prompt_steps_through_every_candidate() -> None:
    principles = {Principle.TRAUMA_INFORMED}
    fitting = [p for p in PROMPTS if p.daily and p.principle in principles]
    seen = [
        choose_prompt(PROMPTS, principles=principles, day=DAY, seed_extra=n)
        for n in range(len(fitting))
    ]
    assert all(a != b for a, b in itertools.pairwise(seen))
    assert set(seen) == set(fitting)
    assert (
        choose_prompt(PROMPTS, principles=principles, day=DAY, seed_extra=len(fitting))
        == (seen[0])
    )


def test_hiding_or_skipping_the_shown_prompt_gives_the_next_one() -> None:
    first = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY)
    second = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY, seed_extra=1)
    assert first is not None and second is not None and first != second
    hidden = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY, hidden_ids={first.id})
    skipped = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY, not_today_ids={first.id})
    assert hidden == skipped == second


def test_hiding_another_prompt_keeps_todays_choice() -> None:
    first = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY)
    assert first is not None
    others = {p.id for p in PROMPTS if p != first}
    for hidden in sorted(others)[:20]:
        kept = choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY, hidden_ids={hidden})
        assert kept == first


def test_principles_may_be_given_as_settings_strings() -> None:
    as_strings = ["community", "self_care"]
    chosen = choose_prompt(PROMPTS, principles=as_strings, day=DAY)
    assert chosen is not None and chosen.principle in {"community", "self_care"}
    assert chosen == choose_prompt(
        PROMPTS, principles={Principle.COMMUNITY, Principle.SELF_CARE}, day=DAY
    )


def test_nothing_to_choose_gives_none() -> None:
    assert choose_prompt(PROMPTS, principles=(), day=DAY) is None
    assert choose_prompt((), principles=ALL_PRINCIPLES, day=DAY) is None
    guided_only = [replace(p, daily=False) for p in PROMPTS]
    assert choose_prompt(guided_only, principles=ALL_PRINCIPLES, day=DAY) is None
    everything = {p.id for p in PROMPTS}
    assert choose_prompt(PROMPTS, principles=ALL_PRINCIPLES, day=DAY, hidden_ids=everything) is (
        None
    )
