"""Prompts as a person sees them: today's prompt, hiding, their own prompts, and pack files."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.principles import Principle
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.prompts import library as lib
from hj_journal.core.prompts.service import (
    MY_PACK_KEY,
    Conflict,
    PackExistsError,
    PackFileError,
    PromptError,
    PromptInput,
    Prompts,
)
from hj_journal.core.services import Services
from hj_journal.core.settings import VaultSettings
from hj_journal.store.vault import Vault

DAY = date(2024, 6, 30)
BUILTIN_PROMPTS = lib.all_prompts(lib.load_builtin_packs())
BUILTIN_IDS = {p.id for p in BUILTIN_PROMPTS}

PACK = """
schema = 1

[pack]
id = "circle-night"
name = "Circle night"
description = "For our Thursday circle."
author = "A practitioner"
version = "2"
language = "en"
guided = true

[[prompts]]
id = "arrive"
principle = "community"
text = "Who did you bring with you in your heart tonight?"
follow_ups = ["What would they say to you now?"]
section = "Opening"

[[prompts]]
id = "harm"
principle = "accountability"
text = "Think of a time you caused harm. What do you understand now?"
content_note = "Asks about harm you caused."
daily = false
"""


@pytest.fixture
def prompts(vault: Vault) -> Prompts:
    """The service with a fixed 'today'."""
    return Prompts(vault, VaultSettings(vault), today=lambda: DAY)


# ---------------------------------------------------------------------- today's prompt


def test_todays_prompt_is_the_same_all_day_and_changes_by_day(prompts: Prompts) -> None:
    first = prompts.today()
    assert first is not None and first.builtin and first.daily
    assert prompts.today() == first
    assert (
        Prompts(prompts._vault, VaultSettings(prompts._vault), today=lambda: DAY).today() == first
    )
    week = {prompts.today(DAY + timedelta(days=n)).key for n in range(7)}  # type: ignore[union-attr]
    assert len(week) > 1


def test_todays_prompt_draws_only_from_the_chosen_principles(prompts: Prompts) -> None:
    prompts.set_principles(["community"])
    assert prompts.principles() == (Principle.COMMUNITY,)
    for offset in range(20):
        chosen = prompts.today(DAY + timedelta(days=offset))
        assert chosen is not None and chosen.principle is Principle.COMMUNITY
    prompts.set_principles([])
    assert prompts.today() is None
    with pytest.raises(InputError):
        prompts.set_principles(["joy"])


def test_another_prompt_is_different_and_remembered_for_the_day(prompts: Prompts) -> None:
    first = prompts.today()
    second = prompts.another()
    assert second is not None and first is not None and second.key != first.key
    assert prompts.today() == second  # still the one shown after a lock and unlock
    assert prompts._step(DAY + timedelta(days=1)) == 0  # a new day starts afresh


def test_not_today_is_never_offered_again_the_same_day(prompts: Prompts) -> None:
    prompts.set_principles(["trauma_informed"])
    refused: set[str] = set()
    current = prompts.today()
    while current is not None:
        assert current.key not in refused
        refused.add(current.key)
        current = prompts.not_today(current.key)
    daily = {p.id for p in BUILTIN_PROMPTS if p.daily and p.principle is Principle.TRAUMA_INFORMED}
    assert refused == daily  # every one offered once, then nothing is left today
    tomorrow = prompts.today(DAY + timedelta(days=1))
    assert tomorrow is not None and tomorrow.key in daily


def test_a_hidden_prompt_is_never_offered_and_can_come_back(prompts: Prompts) -> None:
    prompts.set_principles(["self_care"])
    shown = prompts.today()
    assert shown is not None
    prompts.hide(shown.key)
    assert prompts.get(shown.key).hidden
    assert shown.key not in {p.key for p in prompts.all_prompts()}
    for offset in range(60):
        other = prompts.today(DAY + timedelta(days=offset))
        assert other is not None and other.key != shown.key
    prompts.unhide(shown.key)
    assert prompts.today() == shown
    with pytest.raises(NotFoundError):
        prompts.hide("no-such-prompt")


def test_content_noted_prompts_can_be_kept_out_of_today(prompts: Prompts) -> None:
    prompts.set_include_content_notes(False)
    assert not prompts.include_content_notes
    for offset in range(40):
        chosen = prompts.today(DAY + timedelta(days=offset))
        assert chosen is not None and chosen.content_note is None


# ---------------------------------------------------------------------- own prompts


def test_own_prompts_are_written_edited_offered_and_deleted(prompts: Prompts) -> None:
    mine = prompts.add_prompt(
        PromptInput(
            "What does my grandmother's kitchen teach me about care?",
            "intersectionality",
            follow_ups=("Who else taught me?", "  "),
        )
    )
    assert mine.key.startswith("own:") and mine.key not in BUILTIN_IDS
    assert (mine.pack_key, mine.builtin, mine.follow_ups) == (
        MY_PACK_KEY,
        False,
        ("Who else taught me?",),
    )
    changed = prompts.update_prompt(
        mine.key, PromptInput("What does my kitchen teach me?", "self_care")
    )
    assert (changed.key, changed.principle, changed.text) == (
        mine.key,
        Principle.SELF_CARE,
        "What does my kitchen teach me?",
    )
    # With only this one prompt allowed, Today offers it.
    for builtin in BUILTIN_IDS:
        prompts.hide(builtin)
    assert prompts.today() == changed
    prompts.delete_prompt(mine.key)
    assert prompts.lookup(mine.key) is None
    assert prompts.today() is None


def test_two_own_prompts_with_the_same_words_get_different_keys(prompts: Prompts) -> None:
    one = prompts.add_prompt(PromptInput("What helped today?", "self_care"))
    two = prompts.add_prompt(PromptInput("What helped today?", "self_care"))
    assert one.key != two.key


@pytest.mark.parametrize(
    "data",
    [
        PromptInput("", "self_care"),
        PromptInput("Words", "joy"),
        PromptInput("x" * 2001, "community"),
        PromptInput("Fine", "community", content_note="x" * 501),
        PromptInput("Fine", "community", follow_ups=tuple("abcdefghijk")),
    ],
)
def test_own_prompts_follow_the_rules_for_packs(prompts: Prompts, data: PromptInput) -> None:
    with pytest.raises(PromptError):
        prompts.add_prompt(data)
    assert prompts.all_prompts(pack_key=MY_PACK_KEY) == []


def test_builtin_prompts_can_be_hidden_but_not_changed(prompts: Prompts) -> None:
    key = BUILTIN_PROMPTS[0].id
    prompts.hide(key)
    with pytest.raises(InputError):
        prompts.update_prompt(key, PromptInput("Changed", "community"))
    with pytest.raises(InputError):
        prompts.delete_prompt(key)


def test_a_prompt_links_to_an_entry(services: Services) -> None:
    chosen = services.prompts.today()
    assert chosen is not None
    entry = services.journal.create(
        EntryInput(entry_date=DAY, body="My answer.", prompt_key=chosen.key)
    )
    assert entry.prompt_key == chosen.key
    assert services.prompts.lookup(entry.prompt_key) == chosen


def test_counts_by_principle_cover_every_principle(prompts: Prompts) -> None:
    counts = prompts.counts_by_principle()
    assert sum(counts.values()) == len(BUILTIN_PROMPTS)
    assert all(counts[p] >= 8 for p in Principle)


# ---------------------------------------------------------------------- packs


def test_a_pack_imports_with_every_detail_and_exports_the_same(prompts: Prompts) -> None:
    result = prompts.import_pack(PACK.encode(), "circle.toml")
    assert (result.added, result.updated, result.removed, result.problems) == (2, 0, 0, ())
    pack = result.pack
    assert (pack.key, pack.name, pack.prompt_count, pack.guided, pack.version) == (
        "circle-night",
        "Circle night",
        2,
        True,
        "2",
    )
    imported = prompts.all_prompts(pack_key="circle-night")
    assert [p.key for p in imported] == ["own:circle-night:arrive", "own:circle-night:harm"]
    assert imported[0].section == "Opening" and not imported[1].daily
    assert all(p.key not in BUILTIN_IDS for p in imported)
    exported = prompts.export_pack("circle-night")
    assert lib.pack_from_toml(exported, "again.toml") == lib.pack_from_toml(PACK, "circle.toml")


def test_a_pack_written_in_the_app_round_trips_through_a_file(
    prompts: Prompts, vault: Vault
) -> None:
    prompts.add_prompt(
        PromptInput("What steadies you?", "trauma_informed", content_note="Gentle.")
    )
    prompts.add_prompt(
        PromptInput("Who do you lean on?", "community", follow_ups=("And who leans on you?",))
    )
    text = prompts.export_pack(MY_PACK_KEY)
    elsewhere = Prompts(vault, VaultSettings(vault), today=lambda: DAY)
    with pytest.raises(PackExistsError) as taken:
        elsewhere.import_pack(text, "my-prompts.toml")
    assert not taken.value.builtin
    copy = elsewhere.import_pack(text, "my-prompts.toml", on_conflict=Conflict.COPY)
    assert copy.pack.key == "my-prompts-2" and copy.added == 2
    original = prompts.all_prompts(pack_key=MY_PACK_KEY)
    copied = prompts.all_prompts(pack_key="my-prompts-2")
    strip = lambda v: (v.text, v.principle, v.follow_ups, v.content_note, v.daily)
    assert [strip(v) for v in copied] == [strip(v) for v in original]


def test_a_builtin_pack_exports_and_imports_only_as_a_copy(prompts: Prompts) -> None:
    text = prompts.export_pack("rest-and-wellbeing")
    with pytest.raises(PackExistsError) as taken:
        prompts.import_pack(text, "rest.toml")
    assert taken.value.builtin
    with pytest.raises(PackExistsError):
        prompts.import_pack(text, "rest.toml", on_conflict=Conflict.REPLACE)
    copy = prompts.import_pack(text, "rest.toml", on_conflict=Conflict.COPY)
    assert copy.pack.key == "rest-and-wellbeing-2" and not copy.pack.builtin


def test_replacing_a_pack_keeps_the_keys_of_prompts_it_still_has(prompts: Prompts) -> None:
    prompts.import_pack(PACK, "circle.toml")
    prompts.hide("own:circle-night:arrive")
    newer = PACK.replace("Who did you bring", "Whom did you bring").replace(
        '[[prompts]]\nid = "harm"', '[[prompts]]\nid = "close"'
    )
    result = prompts.import_pack(newer, "circle.toml", on_conflict=Conflict.REPLACE)
    assert (result.added, result.updated, result.removed) == (1, 1, 1)
    arrive = prompts.get("own:circle-night:arrive")
    assert arrive.text.startswith("Whom did you bring") and arrive.hidden
    assert prompts.lookup("own:circle-night:harm") is None


def test_a_pack_with_some_broken_prompts_keeps_the_good_ones_and_says_why(
    prompts: Prompts,
) -> None:
    bad = PACK + '\n[[prompts]]\nid = "third"\nprinciple = "joy"\ntext = "?"\n'
    bad += '\n[[prompts]]\nid = "arrive"\nprinciple = "community"\ntext = "Again"\n'
    bad += '\n[[prompts]]\nid = "fifth"\nprinciple = "community"\n'
    result = prompts.import_pack(bad, "circle.toml")
    assert result.added == 2
    reported = [(p.item, p.field) for p in result.problems]
    assert reported == [
        ("prompt 3 ('third')", "principle"),
        ("prompt 4 ('arrive')", "id"),
        ("prompt 5 ('fifth')", "text"),
    ]
    assert all(str(p).startswith("circle.toml, prompt") for p in result.problems)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01 not a pack",
        "this is = = not toml",
        '[pack]\nid = "x"\nname = "X"\n',
        '[pack]\nname = "X"\n[[prompts]]\nid="a"\nprinciple="community"\ntext="t"\n',
        '[pack]\nid = "x"\nname = "X"\n[[prompts]]\nid = "a"\nprinciple = "joy"\ntext = "t"\n',
        'import os\nos.system("echo hi")\n',
    ],
)
def test_an_unusable_pack_is_refused_with_reasons(prompts: Prompts, data: str | bytes) -> None:
    with pytest.raises(PackFileError) as refused:
        prompts.import_pack(data, "bad.toml")
    assert refused.value.problems
    assert [p for p in prompts.packs() if not p.builtin] == []


def test_own_packs_are_created_and_deleted_with_their_prompts(prompts: Prompts) -> None:
    pack = prompts.create_pack("Circle night")
    assert pack.key == "circle-night" and pack.prompt_count == 0
    with pytest.raises(InputError):
        prompts.export_pack(pack.key)  # nothing in it yet
    added = prompts.add_prompt(PromptInput("What did the circle give you?", "community"), pack.key)
    assert prompts.packs()[-1].prompt_count == 1
    assert prompts.create_pack("Circle night").key == "circle-night-2"
    assert prompts.create_pack("Rest and wellbeing").key == "rest-and-wellbeing-2"
    prompts.delete_pack(pack.key)
    assert prompts.lookup(added.key) is None
    with pytest.raises(NotFoundError):
        prompts.add_prompt(PromptInput("Words", "community"), "circle-night")
    with pytest.raises(InputError):
        prompts.create_pack("   ")
