"""The coping library as a person sees it: choices, own strategies, and practice records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import (
    PAUSE_STRATEGY_ID,
    Kind,
    Phase,
    Step,
    Strategy,
    export_strategy,
    load_builtin_strategies,
    parse_strategy,
)
from hj_journal.core.coping.service import PracticeInput, StrategyError, slug_for
from hj_journal.core.services import Services

BUILTIN_COUNT = len(load_builtin_strategies())
T0 = datetime(2024, 6, 30, 9, 0, tzinfo=UTC)


def own(title: str = "Morning prayer", **changes: object) -> Strategy:
    strategy = Strategy(
        id="draft",
        title=title,
        principle=Principle.INTERSECTIONALITY,
        kind=Kind.CULTURAL,
        summary="The words my grandmother taught me.",
        steps=(Step("Light a candle if you like."), Step("Say the words slowly.", seconds=60)),
        closing=(Step("Sit for a moment afterwards."),),
        minutes=(2, 5),
        cautions=("Only if it feels right today.",),
        content_note="Mentions loss.",
    )
    return replace(strategy, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- the library


def test_the_library_holds_every_builtin_and_counts_each_principle(services: Services) -> None:
    items = services.coping.library()
    assert len(items) == BUILTIN_COUNT
    assert all(item.builtin and not item.favourite and not item.hidden for item in items)
    counts = services.coping.counts_by_principle()
    assert sum(counts.values()) == BUILTIN_COUNT
    assert all(counts[p] >= 3 for p in Principle)


def test_a_favourite_comes_first_and_is_remembered(services: Services) -> None:
    coping = services.coping
    item = coping.set_favourite("tipp", True)
    assert item.favourite and item.builtin
    first = coping.browse()[0]
    assert first.key == "tipp"
    assert [i.key for i in coping.browse(favourites_only=True)] == ["tipp"]
    titles = [i.strategy.title for i in coping.browse(favourites_first=False)]
    assert titles == sorted(titles, key=str.casefold)
    coping.set_favourite("tipp", False)
    assert coping.browse(favourites_only=True) == []


def test_a_hidden_builtin_leaves_the_library_until_shown_again(services: Services) -> None:
    coping = services.coping
    coping.set_favourite("butterfly-hug", True)
    coping.set_hidden("butterfly-hug", True)
    assert "butterfly-hug" not in {i.key for i in coping.library()}
    hidden = [i for i in coping.library(include_hidden=True) if i.hidden]
    assert [i.key for i in hidden] == ["butterfly-hug"]
    assert hidden[0].favourite  # hiding keeps the other choice
    assert coping.counts_by_principle()[Principle.TRAUMA_INFORMED] == (
        coping.counts_by_principle(include_hidden=True)[Principle.TRAUMA_INFORMED] - 1
    )
    coping.set_hidden("butterfly-hug", False)
    assert "butterfly-hug" in {i.key for i in coping.library()}


def test_browse_by_principle_kind_and_time(services: Services) -> None:
    coping = services.coping
    two_minutes = coping.browse(max_minutes=2)
    assert two_minutes and all(
        i.strategy.minutes and i.strategy.minutes[0] <= 2 for i in two_minutes
    )
    assert PAUSE_STRATEGY_ID in {i.key for i in two_minutes}
    assert "safety-plan" not in {i.key for i in two_minutes}
    breathing = coping.browse(kinds=[Kind.BREATHING])
    assert {i.key for i in breathing} >= {"box-breathing", "cyclic-sighing", "paced-breathing"}
    community = coping.browse(principles=["community"])
    assert community and all(i.strategy.principle is Principle.COMMUNITY for i in community)
    assert [i.key for i in coping.browse(text="SIGH")] == ["cyclic-sighing"]


def test_unknown_keys_are_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.coping.get("no-such-thing")
    with pytest.raises(NotFoundError):
        services.coping.set_favourite("no-such-thing", True)
    with pytest.raises(NotFoundError):
        services.coping.delete_own("box-breathing")  # built-ins can be hidden, not deleted


# ---------------------------------------------------------------------- own strategies


def test_an_own_strategy_is_added_edited_and_deleted(services: Services) -> None:
    coping = services.coping
    added = coping.add_own(own())
    assert not added.builtin and added.key != "draft"
    assert added.strategy == replace(own(), id=added.key)
    assert len(coping.library()) == BUILTIN_COUNT + 1
    assert coping.counts_by_principle()[Principle.INTERSECTIONALITY] == (
        sum(1 for s in load_builtin_strategies() if s.principle is Principle.INTERSECTIONALITY) + 1
    )

    coping.set_favourite(added.key, True)
    changed = coping.update_own(added.key, own("Evening prayer", repeat=3))
    assert (changed.strategy.title, changed.strategy.repeat, changed.favourite) == (
        "Evening prayer",
        3,
        True,
    )
    assert coping.browse()[0].key == added.key

    coping.delete_own(added.key)
    with pytest.raises(NotFoundError):
        coping.get(added.key)


def test_own_breathing_strategy_keeps_phases_and_optional_steps(services: Services) -> None:
    breath = own(
        "My breath",
        kind=Kind.BREATHING,
        steps=(
            Step("In", seconds=3, phase=Phase.IN),
            Step("Hold if you like", seconds=2, phase=Phase.HOLD, skippable=True),
            Step("Out", seconds=5, phase=Phase.OUT),
        ),
        closing=(),
        repeat=10,
        eyes_open_ok=True,
        basis="My own rhythm.",
    )
    saved = services.coping.add_own(breath)
    assert saved.strategy == replace(breath, id=saved.key)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"title": "   "}, "Title"),
        ({"steps": ()}, "Add at least one step"),
        ({"steps": (Step("Fine"), Step("", seconds=5))}, "Step 2, text"),
        ({"steps": (Step("Too long", seconds=4000),)}, "Step 1, seconds"),
        ({"kind": Kind.BREATHING, "steps": (Step("In", seconds=4),)}, "Step 1, phase"),
        ({"minutes": (10, 2)}, "Minutes"),
        ({"title": "Two\nlines"}, "Title"),
    ],
)
def test_own_strategies_follow_the_same_rules_as_builtins(
    services: Services, changes: dict[str, object], words: str
) -> None:
    with pytest.raises(StrategyError) as refused:
        services.coping.add_own(own(**changes))
    assert str(refused.value).startswith(words)
    assert refused.value.problems
    assert len(services.coping.library()) == BUILTIN_COUNT


def test_export_and_import_an_own_strategy(services: Services) -> None:
    coping = services.coping
    added = coping.add_own(own())
    text = coping.export_text(added.key)
    assert coping.file_name(added.key) == "morning-prayer.toml"
    parsed = parse_strategy(text, "morning-prayer.toml")
    assert parsed.strategy is not None and parsed.strategy.id == "morning-prayer"
    again = coping.import_strategy(text.encode(), "morning-prayer.toml")
    assert again.key != added.key
    assert again.strategy == replace(added.strategy, id=again.key)


def test_a_builtin_exports_as_its_own_file(services: Services) -> None:
    text = services.coping.export_text("box-breathing")
    builtin = next(s for s in load_builtin_strategies() if s.id == "box-breathing")
    assert text == export_strategy(builtin)
    assert services.coping.file_name("box-breathing") == "box-breathing.toml"


def test_a_broken_strategy_file_is_refused_with_its_reason(services: Services) -> None:
    bad = 'id = "x"\ntitle = "X"\nprinciple = "joy"\nkind = "body"\n[[steps]]\ntext = "a"\n'
    with pytest.raises(StrategyError) as refused:
        services.coping.import_strategy(bad, "x.toml")
    assert "principle" in str(refused.value)
    with pytest.raises(StrategyError):
        services.coping.import_strategy(b"\xff\xfe not text", "x.toml")
    assert len(services.coping.library()) == BUILTIN_COUNT


def test_slugs_for_file_names() -> None:
    assert slug_for("Morning prayer!") == "morning-prayer"
    assert slug_for("¡¿?") == "my-strategy"


# ---------------------------------------------------------------------- practice


def test_a_practice_is_recorded_with_ratings_and_a_note(services: Services) -> None:
    coping = services.coping
    saved = coping.record_practice(
        PracticeInput(
            strategy_key="box-breathing",
            started_at=T0,
            ended_at=T0 + timedelta(minutes=5),
            finished=True,
            distress_before=7,
            distress_after=4,
            note="Slower by the end.",
        )
    )
    assert saved.strategy_title == "Box breathing"
    assert (saved.distress_before, saved.distress_after, saved.finished) == (7, 4, True)
    assert coping.get_practice(saved.id) == saved
    assert saved.ended_at == T0 + timedelta(minutes=5)


def test_ratings_are_optional_and_practices_list_newest_first(services: Services) -> None:
    coping = services.coping
    first = coping.record_practice(PracticeInput("tipp", started_at=T0))
    second = coping.record_practice(
        PracticeInput(PAUSE_STRATEGY_ID, started_at=T0 + timedelta(hours=1), finished=False)
    )
    assert (first.distress_before, first.distress_after, first.note) == (None, None, "")
    assert [p.id for p in coping.practices()] == [second.id, first.id]
    assert [p.id for p in coping.practices(strategy_key="tipp")] == [first.id]
    assert [p.id for p in coping.practices(since=T0 + timedelta(minutes=30))] == [second.id]
    coping.delete_practice(first.id)
    assert [p.id for p in coping.practices()] == [second.id]


def test_a_practice_of_a_deleted_strategy_keeps_its_title(services: Services) -> None:
    coping = services.coping
    added = coping.add_own(own())
    practice = coping.record_practice(PracticeInput(added.key, started_at=T0, finished=True))
    coping.delete_own(added.key)
    assert coping.get_practice(practice.id).strategy_title == "Morning prayer"


@pytest.mark.parametrize(
    "changes",
    [
        {"distress_before": 11},
        {"distress_after": -1},
        {"distress_before": True},
        {"ended_at": T0 - timedelta(seconds=1)},
        {"note": "x" * 20_001},
    ],
)
def test_out_of_range_practices_are_refused(
    services: Services, changes: dict[str, object]
) -> None:
    data = replace(PracticeInput("tipp", started_at=T0), **changes)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        services.coping.record_practice(data)
    assert services.coping.practices() == []
