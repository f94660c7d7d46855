"""Counts said in the right number: English gets its plurals even without a translation."""

from __future__ import annotations

from typing import Any

from hj_journal.ui.common.plural import translate_n


def test_translate_n_gives_english_its_plurals_without_a_translation(qapp: Any) -> None:
    assert translate_n("Insights", "%n check-in(s)", 1) == "1 check-in"
    assert translate_n("Insights", "%n check-in(s)", 0) == "0 check-ins"
    assert translate_n("Insights", "%n entr(y|ies) on %n day(s)", 1) == "1 entry on 1 day"
    assert translate_n("Insights", "%n entr(y|ies)", 3) == "3 entries"
