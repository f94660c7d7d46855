"""Scoring of the built-in instruments, checked against hand-computed answer vectors.

Every band edge of every instrument is tested on both sides. The arithmetic for each
vector is written next to it so a reader can check it without the code.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.checkin.instruments.scoring import (
    DECLINED,
    Answer,
    AnswerError,
    Score,
    UnknownInstrumentError,
    builtin_instruments,
    decode_answers,
    encode_answers,
    score,
)

S = None  # a skipped item, for readable vectors


def _scored(result: Score, instrument_id: str, total: int, band: str) -> None:
    assert result.scored
    assert result.instrument_id == instrument_id
    assert result.total == total
    assert result.band == band
    assert result.band_label  # a published (or informal) label is always there


# ---------------------------------------------------------------- GAD-7

GAD7_EDGES = [
    ([0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
    ([1, 1, 1, 1, 0, 0, 0], 4, "minimal"),  # 1+1+1+1
    ([1, 1, 1, 1, 1, 0, 0], 5, "mild"),  # 1×5
    ([3, 3, 3, 0, 0, 0, 0], 9, "mild"),  # 3×3
    ([3, 3, 3, 1, 0, 0, 0], 10, "moderate"),  # 9+1
    ([2, 2, 2, 2, 2, 2, 2], 14, "moderate"),  # 2×7
    ([3, 3, 3, 3, 3, 0, 0], 15, "severe"),  # 3×5
    ([3, 3, 3, 3, 3, 3, 3], 21, "severe"),  # 3×7
]


@pytest.mark.parametrize(("answers", "total", "band"), GAD7_EDGES)
def test_gad7_band_edges(answers: list[Answer], total: int, band: str) -> None:
    result = score("gad7", answers)
    _scored(result, "gad7", total, band)
    assert result.flags == frozenset()
    assert result.percentage is None
    assert result.skipped == 0


def test_gad7_band_labels() -> None:
    assert score("gad7", [3, 3, 3, 1, 0, 0, 0]).band_label == "Moderate"


# ---------------------------------------------------------------- PHQ-9

PHQ9_EDGES = [
    ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
    ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"),  # 1×4
    ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"),  # 1×5
    ([2, 2, 1, 1, 1, 1, 1, 0, 0], 9, "mild"),  # 2×2 + 1×5
    ([2, 2, 2, 1, 1, 1, 1, 0, 0], 10, "moderate"),  # 2×3 + 1×4
    ([2, 2, 2, 2, 2, 2, 1, 1, 0], 14, "moderate"),  # 2×6 + 1×2
    ([2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "moderately_severe"),  # 2×7 + 1
    ([3, 3, 3, 3, 3, 2, 2, 0, 0], 19, "moderately_severe"),  # 3×5 + 2×2
    ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"),  # 3×6 + 2
]


@pytest.mark.parametrize(("answers", "total", "band"), PHQ9_EDGES)
def test_phq9_band_edges(answers: list[Answer], total: int, band: str) -> None:
    result = score("phq9", answers)
    _scored(result, "phq9", total, band)
    assert result.flags == frozenset()  # item 9 is 0 in every vector above


def test_phq9_highest_total_sets_item9() -> None:
    result = score("phq9", [3] * 9)  # 3×9
    _scored(result, "phq9", 27, "severe")
    assert result.flags == {"item9"}


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_item9_above_zero_flags_whatever_the_total(item9: int) -> None:
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, item9])
    _scored(result, "phq9", item9, "minimal")
    assert result.flags == {"item9"}


def test_item9_flag_kept_on_an_unscored_response() -> None:
    result = score("phq9", [1, S, 1, DECLINED, 1, 1, 1, 1, 2])
    assert not result.scored
    assert result.instrument_id == "phq9"
    assert (result.total, result.band, result.band_label) == (None, None, None)
    assert result.skipped == 2
    assert result.flags == {"item9"}


# PHQ-8: the same cut-points over 0–24; item 9 is the ninth answer and not counted.
PHQ8_EDGES = [
    ([0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
    ([1, 1, 1, 1, 0, 0, 0, 0], 4, "minimal"),  # 1×4
    ([1, 1, 1, 1, 1, 0, 0, 0], 5, "mild"),  # 1×5
    ([2, 2, 2, 1, 1, 1, 0, 0], 9, "mild"),  # 2×3 + 1×3
    ([2, 2, 2, 2, 1, 1, 0, 0], 10, "moderate"),  # 2×4 + 1×2
    ([2, 2, 2, 2, 2, 2, 1, 1], 14, "moderate"),  # 2×6 + 1×2
    ([2, 2, 2, 2, 2, 2, 2, 1], 15, "moderately_severe"),  # 2×7 + 1
    ([3, 3, 3, 2, 2, 2, 2, 2], 19, "moderately_severe"),  # 3×3 + 2×5
    ([3, 3, 3, 3, 2, 2, 2, 2], 20, "severe"),  # 3×4 + 2×4
    ([3, 3, 3, 3, 3, 3, 3, 3], 24, "severe"),  # 3×8
]


@pytest.mark.parametrize(("first8", "total", "band"), PHQ8_EDGES)
def test_phq8_mode_band_edges(first8: list[Answer], total: int, band: str) -> None:
    answers = [*first8, S]
    for result in (score("phq9", answers, phq8_mode=True), score("phq8", answers)):
        _scored(result, "phq8", total, band)
        assert result.skipped == 0  # item 9 was never asked


@pytest.mark.parametrize(("first8", "total", "band"), PHQ8_EDGES)
def test_phq9_with_only_item9_skipped_is_scored_as_phq8(
    first8: list[Answer], total: int, band: str
) -> None:
    result = score("phq9", [*first8, S])
    _scored(result, "phq8", total, band)
    assert result.skipped == 1  # it was asked and skipped, and that stays visible


def test_declining_item9_alone_also_scores_as_phq8() -> None:
    result = score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, DECLINED])
    _scored(result, "phq8", 24, "severe")
    assert result.flags == frozenset()


def test_phq8_mode_keeps_item9_flag_but_not_its_points() -> None:
    # Item 9 is not asked in PHQ-8 mode; if an answer arrives anyway, its safety
    # flag still counts while the total stays over the first 8 items (1×8 = 8).
    result = score("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 3], phq8_mode=True)
    _scored(result, "phq8", 8, "mild")
    assert result.flags == {"item9"}


def test_phq8_mode_with_another_item_skipped_is_not_scored() -> None:
    result = score("phq9", [1, 1, S, 1, 1, 1, 1, 1, S], phq8_mode=True)
    assert not result.scored
    assert result.instrument_id == "phq8"
    assert result.skipped == 1


def test_phq9_with_item9_and_another_skipped_is_not_scored() -> None:
    result = score("phq9", [S, 1, 1, 1, 1, 1, 1, 1, S])
    assert not result.scored
    assert result.instrument_id == "phq9"
    assert result.skipped == 2


def test_phq8_mode_is_ignored_by_other_instruments() -> None:
    result = score("gad7", [1, 1, 1, 1, 1, 0, 0], phq8_mode=True)
    _scored(result, "gad7", 5, "mild")


# ---------------------------------------------------------------- PSS-10

# Items 4, 5, 7 and 8 (positions 4, 5, 7, 8 below) count as 4 − answer.
PSS10_EDGES = [
    # items 1,2,3,6,9,10 = 0; items 4,5,7,8 answered 4 → 4−4 = 0 each; total 0
    ([0, 0, 0, 4, 4, 0, 4, 4, 0, 0], 0, "low"),
    # plain 2+2+2+1+1+1 = 9; reversed items answered 3 → 1 each = 4; total 13
    ([2, 2, 2, 3, 3, 1, 3, 3, 1, 1], 13, "low"),
    # plain 2+2+2+2+1+1 = 10; reversed 4×(4−3) = 4; total 14
    ([2, 2, 2, 3, 3, 2, 3, 3, 1, 1], 14, "moderate"),
    # plain 3+3+3+2+2+1 = 14; reversed answered 1 → 3 each = 12; total 26
    ([3, 3, 3, 1, 1, 2, 1, 1, 2, 1], 26, "moderate"),
    # plain 3+3+3+2+2+2 = 15; reversed 4×(4−1) = 12; total 27
    ([3, 3, 3, 1, 1, 2, 1, 1, 2, 2], 27, "high"),
    # plain 4×6 = 24; reversed answered 0 → 4 each = 16; total 40
    ([4, 4, 4, 0, 0, 4, 0, 0, 4, 4], 40, "high"),
]


@pytest.mark.parametrize(("answers", "total", "band"), PSS10_EDGES)
def test_pss10_band_edges_with_reverse_items(answers: list[Answer], total: int, band: str) -> None:
    _scored(score("pss10", answers), "pss10", total, band)


def test_pss10_reverse_items_change_the_total() -> None:
    # All 4: plain 6×4 = 24, reversed 4×(4−4) = 0 → 24 (not 40).
    _scored(score("pss10", [4] * 10), "pss10", 24, "moderate")
    # All 0: plain 0, reversed 4×(4−0) = 16 → 16 (not 0).
    _scored(score("pss10", [0] * 10), "pss10", 16, "moderate")


def test_pss10_band_labels_say_informal() -> None:
    assert "informal" in (score("pss10", [2] * 10).band_label or "")


# ---------------------------------------------------------------- WHO-5

# Bands are on the percentage (raw × 4): good above 50, poor 29–50, very_poor 28 or below.
WHO5_EDGES = [
    ([0, 0, 0, 0, 0], 0, 0, "very_poor"),
    ([2, 2, 1, 1, 1], 7, 28, "very_poor"),  # 2+2+1+1+1 = 7; 7×4 = 28
    ([2, 2, 2, 1, 1], 8, 32, "poor"),  # 2×3+1×2 = 8; 8×4 = 32
    ([3, 3, 2, 2, 2], 12, 48, "poor"),  # 3×2+2×3 = 12; 12×4 = 48
    ([3, 3, 3, 2, 2], 13, 52, "good"),  # 3×3+2×2 = 13; 13×4 = 52
    ([5, 5, 5, 5, 5], 25, 100, "good"),  # 5×5 = 25; 25×4 = 100
]


@pytest.mark.parametrize(("answers", "total", "percentage", "band"), WHO5_EDGES)
def test_who5_percentage_and_band_edges(
    answers: list[Answer], total: int, percentage: int, band: str
) -> None:
    result = score("who5", answers)
    _scored(result, "who5", total, band)
    assert result.percentage == percentage


@pytest.mark.parametrize(
    ("answers", "flagged"),
    [
        ([5, 5, 5, 5, 1], True),  # "Some of the time"
        ([0, 5, 5, 5, 5], True),  # "At no time"
        ([5, 5, 5, 5, 2], False),
        ([3, 3, 3, 2, 2], False),
    ],
)
def test_who5_single_item_low_flag(answers: list[Answer], flagged: bool) -> None:
    assert ("single_item_low" in score("who5", answers).flags) is flagged


def test_who5_unscored_keeps_single_item_low_and_no_percentage() -> None:
    result = score("who5", [0, S, 5, 5, 5])
    assert not result.scored
    assert result.percentage is None
    assert result.skipped == 1
    assert result.flags == {"single_item_low"}


# ---------------------------------------------------------------- skipped and declined


@pytest.mark.parametrize(
    ("instrument_id", "answers", "skipped"),
    [
        ("gad7", [1, S, 2, DECLINED, 0, 0, 0], 2),
        ("gad7", [S] * 7, 7),
        ("pss10", [2, 2, 2, 2, 2, 2, 2, 2, 2, DECLINED], 1),
        ("who5", [S, S, 3, 3, 3], 2),
        ("phq9", [S, 0, 0, 0, 0, 0, 0, 0, 0], 1),
    ],
)
def test_any_skipped_item_means_not_scored(
    instrument_id: str, answers: list[Answer], skipped: int
) -> None:
    result = score(instrument_id, answers)
    assert not result.scored
    assert result.instrument_id == instrument_id
    assert (result.total, result.band, result.band_label) == (None, None, None)
    assert result.skipped == skipped


# ---------------------------------------------------------------- malformed answers


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([0, 0, 0, 0, 0, 0], "7 items but 6 answers"),
        ([0, 0, 0, 0, 0, 0, 0, 0], "7 items but 8 answers"),
        ([0, 0, 0, 4, 0, 0, 0], "item 4: 4 is not one of 0, 1, 2, 3"),
        ([0, 0, 0, 0, 0, 0, -1], "item 7: -1 is not one of"),
        ([True, 0, 0, 0, 0, 0, 0], "item 1: expected a whole number"),
        ([0, 1.0, 0, 0, 0, 0, 0], "item 2: expected a whole number"),
        ([0, 0, "2", 0, 0, 0, 0], "item 3: expected a whole number"),
        ([0, 0, 0, 0, "Declined", 0, 0], "item 5: expected a whole number"),
        ("0000000", "should be a list"),
        (None, "should be a list"),
    ],
)
def test_malformed_answers_raise_a_clear_answer_error(answers: object, message: str) -> None:
    with pytest.raises(AnswerError, match=message) as info:
        score("gad7", answers)  # type: ignore[arg-type]
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(("first8", "total", "band"), PHQ8_EDGES)
def test_phq8_takes_its_eight_answers(first8: list[Answer], total: int, band: str) -> None:
    for result in (score("phq8", first8), score("phq9", first8, phq8_mode=True)):
        _scored(result, "phq8", total, band)
        assert result.skipped == 0
        assert result.flags == frozenset()  # item 9 was never asked


def test_phq8_with_eight_answers_and_one_skipped_is_not_scored() -> None:
    result = score("phq8", [1, 1, S, 1, 1, 1, 1, DECLINED])
    assert not result.scored
    assert result.instrument_id == "phq8"
    assert result.skipped == 2


@pytest.mark.parametrize("count", [7, 10])
def test_phq8_answers_of_another_length_are_refused_clearly(count: int) -> None:
    with pytest.raises(AnswerError, match=f"PHQ-8 has 8 items but {count} answers") as info:
        score("phq8", [0] * count)
    assert "9 PHQ-9 answers" in str(info.value)  # the nine-long form is named too


def test_phq9_still_needs_its_nine_answers() -> None:
    with pytest.raises(AnswerError, match="PHQ-9 has 9 items but 8 answers"):
        score("phq9", [0] * 8)


def test_unknown_instrument_and_version() -> None:
    with pytest.raises(UnknownInstrumentError, match="'bdi'"):
        score("bdi", [0])
    with pytest.raises(UnknownInstrumentError, match="no version 7"):
        score("gad7", [0] * 7, version=7)


# ---------------------------------------------------------------- storing answers


def test_answers_round_trip_through_json_keeping_declined_distinct() -> None:
    answers: list[Answer] = [3, None, DECLINED, 0, 1, 2, 0]
    stored = json.dumps(encode_answers(answers))
    back = decode_answers(json.loads(stored))
    assert back == answers
    assert back[1] is None
    assert back[2] == DECLINED == "declined"
    assert score("gad7", back).skipped == 2


@pytest.mark.parametrize(
    "data", [{"a": 1}, "declined", [1, 2.5], [1, "maybe"], [False], [[1]], None]
)
def test_decode_rejects_what_encode_never_makes(data: object) -> None:
    with pytest.raises(AnswerError):
        decode_answers(data)


def test_encode_rejects_bad_types() -> None:
    with pytest.raises(AnswerError, match="answer 2"):
        encode_answers([1, 1.5])  # type: ignore[list-item]


# ---------------------------------------------------------------- properties


def _answers_for(instrument: Instrument) -> st.SearchStrategy[list[int]]:
    values = sorted(instrument.option_values)
    n = len(instrument.items)
    return st.lists(st.sampled_from(values), min_size=n, max_size=n)


_RANGES = {"pss10": (0, 40), "gad7": (0, 21), "phq9": (0, 27), "who5": (0, 25)}


@given(data=st.data(), instrument_id=st.sampled_from(sorted(_RANGES)))
def test_totals_stay_in_range_for_any_valid_answers(
    data: st.DataObject, instrument_id: str
) -> None:
    instrument = builtin_instruments().get(instrument_id)
    answers = data.draw(_answers_for(instrument))
    result = score(instrument_id, list(answers))
    low, high = _RANGES[instrument_id]
    assert result.scored
    assert result.total is not None
    assert low <= result.total <= high
    assert result.band is not None
    if instrument_id == "who5":
        assert result.percentage == result.total * 4
    else:
        assert result.percentage is None


@given(data=st.data(), instrument_id=st.sampled_from(sorted(_RANGES)))
def test_reverse_scoring_twice_is_the_identity(data: st.DataObject, instrument_id: str) -> None:
    instrument = builtin_instruments().get(instrument_id)
    value = data.draw(st.sampled_from(sorted(instrument.option_values)))
    once = instrument.reverse(value)
    assert once in instrument.option_values
    assert instrument.reverse(once) == value


@given(answers=st.lists(st.sampled_from([0, 1, 2, 3, None, DECLINED]), min_size=7, max_size=7))
def test_gad7_is_scored_exactly_when_nothing_is_skipped(answers: list[Answer]) -> None:
    result = score("gad7", answers)
    skipped = sum(1 for a in answers if a is None or a == DECLINED)
    assert result.skipped == skipped
    assert result.scored is (skipped == 0)
    assert (result.total is None) is (skipped > 0)
