"""Counting helpers behind Insights: exact medians, and words counted from stored lists."""

from __future__ import annotations

from hj_journal.core.insights.histograms import median_of, median_of_values, words_in


def test_medians_are_exact() -> None:
    assert median_of_values([3, 1, 2]) == 2
    assert median_of_values([4, 1, 3, 2]) == 2.5
    assert median_of_values([]) is None
    assert median_of({0: 1, 10: 1}) == 5
    assert median_of({7: 3, 2: 1}) == 7
    assert median_of({-3: 2, 3: 1}) == -3


def test_words_in_handles_quotes_and_odd_text() -> None:
    assert words_in('["a \\"quoted\\" word", "walk", "walk"]') == [
        'a "quoted" word',
        "walk",
        "walk",
    ]
    assert words_in('["caf\\u00e9", "", 3, null]') == ["café"]
    assert words_in("[]") == []
    assert words_in("not json") == []
    assert words_in('{"walk": 1}') == []
    assert words_in("null") == []
