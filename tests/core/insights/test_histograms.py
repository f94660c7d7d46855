"""Counting helpers behind Insights: exact medians, and words counted from stored lists."""

from __future__ import annotations

from hj_journal.core.insights.histograms import count_words, median_of, median_of_values


def test_medians_are_exact() -> None:
    assert median_of_values([3, 1, 2]) == 2
    assert median_of_values([4, 1, 3, 2]) == 2.5
    assert median_of_values([]) is None
    assert median_of({0: 1, 10: 1}) == 5
    assert median_of({7: 3, 2: 1}) == 7
    assert median_of({-3: 2, 3: 1}) == -3


def test_count_words_handles_quotes_and_odd_text() -> None:
    glued = '["a \\"quoted\\" word", "walk"]\x1e["walk"]\x1e[]\x1enot json\x1e["caf\\u00e9"]'
    assert count_words(glued) == {'a "quoted" word': 1, "walk": 2, "café": 1}
    assert count_words(None) == {}
