"""The check-in's built-in words reach the catalogue and are shown in the chosen language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hj_journal.core.checkin.words import BUILT_IN
from hj_journal.core.common import i18n
from hj_journal.ui.checkin.words import BUILT_IN_WORDS, shown_word
from hj_journal.ui.platform import translations


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed: list[QTranslator] = translations.install(qapp, "es", tmp_path / "cache")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(None)
    QLocale.setDefault(QLocale.system())


def test_every_built_in_word_and_title_is_marked_for_translation() -> None:
    marked = {str(text) for text in BUILT_IN_WORDS}
    in_core = {
        text for groups in BUILT_IN.values() for g in groups for text in (g.title, *g.words)
    }
    assert in_core - marked == set()


@pytest.mark.usefixtures("spanish")
def test_built_in_words_are_shown_in_spanish_and_your_own_as_typed() -> None:
    assert shown_word("calm") == "calma"
    assert shown_word("knot in the stomach") == "nudo en el estómago"
    assert shown_word("calm", own=True) == "calm"
