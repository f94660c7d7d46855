"""Change over time in plain words: every published threshold at, just below and just
above its boundary, exactly the reference's numbers (docs/instruments.md, "Change over
time"), and words that are never a verdict on the person."""

from __future__ import annotations

import re

import pytest

from hj_journal.core.sessions import change_words as w

# The guilt words of Insights and Sessions (tests/ui/insights/test_wording.py), "overdue",
# and words that would judge the person or name a condition.
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken streak|you haven'?t|should have|"
    r"don'?t give up|keep it up|behind|in a row|on average|overdue)\b",
    re.IGNORECASE,
)
VERDICT = re.compile(
    r"\b(worse|worsen\w*|better|improv\w*|deteriorat\w*|recover\w*|depress\w*|anxious|"
    r"disorder|sick|ill|good|bad|well done|great|progress(ed)?|relapse\w*)\b",
    re.IGNORECASE,
)
PHQ9, GAD7, WHO5 = w.RULES["phq9"], w.RULES["gad7"], w.RULES["who5"]
PHQ8, PSS10 = w.RULES["phq8"], w.RULES["pss10"]


def test_the_rules_hold_exactly_the_references_numbers() -> None:
    assert (PHQ9.reliable_change, PHQ9.remission_below, PHQ9.cut_point) == (6, 5, 10)
    assert PHQ9.response and PHQ9.meaningful_change is None
    assert (GAD7.reliable_change, GAD7.remission_below, GAD7.cut_point) == (4, 5, 8)
    assert GAD7.response and GAD7.support_from == 10
    assert WHO5.meaningful_change == 10 and WHO5.reliable_change is None
    assert not WHO5.response and WHO5.remission_below is None
    # PHQ-8: numbers and bands; PSS-10: numbers only.
    for rules in (PHQ8, PSS10):
        assert rules.reliable_change is None and rules.meaningful_change is None
        assert not rules.response and rules.remission_below is None and rules.cut_point is None
    assert PHQ8.bands_in_words and not PSS10.bands_in_words


@pytest.mark.parametrize(
    ("rules", "threshold"), [(PHQ9, 6), (GAD7, 4), (WHO5, 10)], ids=["phq9", "gad7", "who5"]
)
@pytest.mark.parametrize("direction", [-1, 1], ids=["drop", "rise"])
def test_reliable_or_meaningful_change_at_below_and_above_its_boundary(
    rules: w.ChangeRules, threshold: int, direction: int
) -> None:
    start = 20 if direction < 0 else 2
    for moved, expected in ((threshold - 1, False), (threshold, True), (threshold + 1, True)):
        change = w.reading(rules, start, start + direction * moved, 4)
        assert change.reliable is expected, (moved, direction)


def test_no_threshold_means_no_reading_of_change() -> None:
    for rules in (PHQ8, PSS10, w.NUMBERS_ONLY):
        change = w.reading(rules, 20, 2, 5)
        assert (change.reliable, change.response, change.remission) == (None, None, None)


@pytest.mark.parametrize("rules", [PHQ9, GAD7], ids=["phq9", "gad7"])
def test_response_is_a_drop_of_at_least_half_exactly(rules: w.ChangeRules) -> None:
    # Even first score: half is 8.
    assert w.reading(rules, 16, 9, 3).response is False  # just below half
    assert w.reading(rules, 16, 8, 3).response is True  # exactly half
    assert w.reading(rules, 16, 7, 3).response is True  # more than half
    # Odd first score: half is 8.5, so 9 is not yet and 8 is.
    assert w.reading(rules, 17, 9, 3).response is False
    assert w.reading(rules, 17, 8, 3).response is True
    assert w.reading(rules, 0, 0, 3).response is None  # nothing to drop from
    assert w.reading(rules, 8, 12, 3).response is False  # a rise is no response


@pytest.mark.parametrize("rules", [PHQ9, GAD7], ids=["phq9", "gad7"])
def test_remission_is_a_score_below_5(rules: w.ChangeRules) -> None:
    assert w.reading(rules, 12, 4, 3).remission is True  # just below
    assert w.reading(rules, 12, 5, 3).remission is False  # at
    assert w.reading(rules, 12, 6, 3).remission is False  # just above
    assert w.reading(rules, 5, 4, 3).remission is True  # starting at the point counts
    assert w.reading(rules, 4, 2, 3).remission is None  # it started below already


def test_the_issues_own_example_word_for_word() -> None:
    change = w.reading(PHQ9, 17, 9, 6)
    assert w.change_sentences("PHQ-9", PHQ9, change)[0] == (
        "PHQ-9 went from 17 to 9 over 6 sessions: a drop of 6 or more points is larger than "
        "the questionnaire's usual ups and downs."
    )


def test_reliable_change_sentences_at_the_boundaries() -> None:
    below = w.change_sentences("GAD-7", GAD7, w.reading(GAD7, 12, 9, 3))
    assert below[0] == (
        "GAD-7 went from 12 to 9 over 3 sessions: a change of less than 4 points is within "
        "the questionnaire's usual ups and downs."
    )
    at = w.change_sentences("GAD-7", GAD7, w.reading(GAD7, 9, 13, 2))
    assert at[0] == (
        "GAD-7 went from 9 to 13 over 2 sessions: a rise of 4 or more points is larger than "
        "the questionnaire's usual ups and downs."
    )
    same = w.change_sentences("PHQ-9", PHQ9, w.reading(PHQ9, 11, 11, 4))
    assert same[0].startswith("PHQ-9 was 11 in the first and the latest of 4 sessions: ")


def test_response_and_remission_are_said_only_when_met() -> None:
    both = w.change_sentences("PHQ-9", PHQ9, w.reading(PHQ9, 16, 4, 5))
    assert both[1] == (
        "That is a drop of at least half from the first score, which measurement-based care "
        "calls a response."
    )
    assert both[2] == (
        "The latest score is below 5, which measurement-based care calls remission."
    )
    assert len(w.change_sentences("PHQ-9", PHQ9, w.reading(PHQ9, 16, 9, 5))) == 1
    only_response = w.change_sentences("PHQ-9", PHQ9, w.reading(PHQ9, 16, 8, 5))
    assert len(only_response) == 2 and "response" in only_response[1]


def test_who5_speaks_in_percentage_points() -> None:
    met = w.change_sentences("WHO-5", WHO5, w.reading(WHO5, 40, 52, 3), unit=w.PERCENTAGE)
    assert met == (
        "WHO-5 went from 40 of 100 to 52 of 100 over 3 sessions: a rise of 10 percentage "
        "points or more is considered meaningful.",
    )
    short = w.change_sentences("WHO-5", WHO5, w.reading(WHO5, 40, 48, 3), unit=w.PERCENTAGE)
    assert short[0].endswith(
        "the change is smaller than the 10 percentage points considered meaningful."
    )


def test_without_a_threshold_only_the_numbers_are_said() -> None:
    pss = w.change_sentences("PSS-10", PSS10, w.reading(PSS10, 24, 12, 4))
    assert pss == ("PSS-10 went from 24 to 12 over 4 sessions.",)
    phq8 = w.change_sentences(
        "PHQ-8",
        PHQ8,
        w.reading(PHQ8, 14, 3, 4),
        first_band="Moderate",
        latest_band="Minimal",
    )
    assert phq8 == ("PHQ-8 went from 14 (Moderate) to 3 (Minimal) over 4 sessions.",)
    assert w.single_sentence("PSS-10", PSS10, 18) == "PSS-10: 18 in one session so far."
    assert w.cut_point_note("PSS-10", PSS10) == ""


def test_the_cut_points_are_told_as_reference_with_the_apps_own_for_gad7() -> None:
    assert w.cut_point_note("PHQ-9", PHQ9) == (
        "For reference: services count a PHQ-9 of 10 or more as the clinical cut-point. "
        "A score is not a diagnosis."
    )
    assert w.cut_point_note("GAD-7", GAD7) == (
        "For reference: services count a GAD-7 of 8 or more as the clinical cut-point; this "
        "app suggests talking with someone from 10. A score is not a diagnosis."
    )


def _every_sentence() -> list[str]:
    said: list[str] = []
    for name, rules, unit in (
        ("PHQ-9", PHQ9, "total"),
        ("GAD-7", GAD7, "total"),
        ("WHO-5", WHO5, w.PERCENTAGE),
        ("PHQ-8", PHQ8, "total"),
        ("PSS-10", PSS10, "total"),
        ("Distress on arriving", w.NUMBERS_ONLY, "rating"),
    ):
        for first, latest in ((20, 2), (2, 20), (16, 8), (12, 4), (10, 10), (9, 8)):
            change = w.reading(rules, first, latest, 5)
            said += w.change_sentences(name, rules, change, unit=unit)
        said.append(w.single_sentence(name, rules, 7, unit=unit))
        said.append(w.cut_point_note(name, rules))
    return [*said, w.not_scored_sentence(1), w.not_scored_sentence(3)]


def test_no_guilt_and_no_verdict_in_any_sentence() -> None:
    said = _every_sentence()
    assert len(said) > 40
    assert GUILT.search("a review is overdue") and VERDICT.search("you got worse")
    assert [s for s in said if GUILT.search(s) or VERDICT.search(s)] == []
