"""Insights' sentences: plain English by default, and the reader's language when installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hj_journal.cli.language import install_language
from hj_journal.core.common import i18n
from hj_journal.core.insights import wording


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[None]:
    """The real Spanish catalogues (resources/translations), installed as the app does."""
    settings = tmp_path / "settings.ini"
    settings.write_text("[appearance]\nlanguage=es\n", encoding="utf-8")
    assert install_language(settings, tmp_path / "cache", {}) == "es"
    yield
    i18n.install(None)


def test_english_counts_and_points_read_naturally() -> None:
    assert wording.strategy_sentence("Box breathing", 1, None) == (
        "Box breathing: 1 practice with a rating before and after so far "
        "— not enough yet to see a pattern."
    )
    assert wording.strategy_sentence("Walk", 4, -1.5) == (
        "Walk: your distress typically went down by 1.5 points over 4 practices."
    )
    assert wording.rhythm_sentence(1, 1, None) == "In the last 1 week you wrote 1 entry."


def test_insights_speak_spanish_when_it_is_installed(spanish: None) -> None:
    assert wording.strategy_sentence("Respiración en caja", 4, -2) == (
        "Respiración en caja: tu malestar por lo general bajó 2 puntos en 4 prácticas."
    )
    assert wording.strategy_sentence("Caminar", 3, 1) == (
        "Caminar: tu malestar por lo general subió 1 punto en 3 prácticas."
    )
    assert wording.rhythm_sentence(12, 5, 6) == (
        "En las últimas 12 semanas escribiste 5 entradas, sobre todo los domingos."
    )
    assert wording.observation_sentence("té", 3, 1) == (
        "En los días más tranquilos, ‘té’ apareció 3 veces; en los días más difíciles, 1 vez."
    )
    assert wording.rhythm_sentence(12, 0, None) == "Tu diario está aquí cuando lo quieras."


def test_english_is_back_once_the_translator_is_removed(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    settings.write_text("[appearance]\nlanguage=es\n", encoding="utf-8")
    install_language(settings, tmp_path / "cache", {})
    i18n.install(None)
    assert wording.rhythm_sentence(12, 0, None) == "Your journal is here when you want it."
