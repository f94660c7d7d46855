"""The five principles have one name each, the same in Coping and the prompts, translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import Kind, Strategy
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.coping.labels import meta_line


class Marking(QTranslator):
    """A translation that marks every name in the principles' context."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[translated] {source}" if context == "Principles" else ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_each_principle_has_its_own_name(qapp: QApplication) -> None:
    names = [principle_name(principle) for principle in Principle]
    assert len(set(names)) == len(Principle)
    assert principle_name(Principle.TRAUMA_INFORMED) == "Trauma-informed care"
    assert principle_name("self_care") == principle_name(Principle.SELF_CARE)  # stored value


def test_the_names_are_translated(marking: None) -> None:
    assert principle_name(Principle.COMMUNITY) == "[translated] Community-centred healing"


def test_coping_names_a_strategy_s_principle_the_same_way(qapp: QApplication) -> None:
    strategy = Strategy(
        id="x",
        title="Rest",
        principle=Principle.COMMUNITY,
        kind=Kind.REST,
        steps=(),
        minutes=(2, 2),
    )
    assert meta_line(strategy).split(" · ")[0] == principle_name(Principle.COMMUNITY)
