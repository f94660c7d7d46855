"""Every Check-in control has an accessible name, and the words stay kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.prefs import CheckInPreferences
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.checkin.words import BUILT_IN
from hj_journal.ui.care.support_panel import SupportPanel
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.checkin.scales_tab import ScaleDialog
from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import unnamed_controls

REPO = Path(__file__).resolve().parents[3]
GUILT = re.compile(r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy)\b", re.I)


def test_every_check_in_control_has_a_name(qtbot, ui_ctx: UiContext) -> None:
    ui_ctx.services.questionnaires.save(ResponseInput("gad7", [1] * 7))
    ui_ctx.services.scales.add(CustomScale("Rested", "How rested?", 0, 4, "no", "yes"))
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    page.quick.more_button.click()
    page.scales.refresh(ui_ctx.services.scales.all()[0].id)
    page.show_history("gad7")
    assert unnamed_controls(page) == []
    flow = page.start("phq9")
    assert unnamed_controls(page) == []
    flow.forward()
    for question in flow.questions:
        question.choose(1)
    while flow.response is None:
        flow.forward()
    flow.show_results()
    assert unnamed_controls(page) == []


@pytest.mark.parametrize("which", ["settings", "scale", "support"])
def test_every_dialog_control_has_a_name(qtbot, ui_ctx: UiContext, which: str) -> None:
    dialogs = {
        "settings": lambda: QuestionnaireSettingsDialog(
            list(builtin_instruments()), CheckInPreferences()
        ),
        "scale": ScaleDialog,
        "support": lambda: SupportPanel(
            ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
        ),
    }
    dialog = dialogs[which]()
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_no_guilt_words_in_check_in_text() -> None:
    sources = [*(REPO / "hj_journal" / "ui" / "checkin").glob("*.py")]
    sources += [REPO / "hj_journal" / "ui" / "care" / "support_panel.py"]
    sources += [REPO / "hj_journal" / "core" / "checkin" / "words.py"]
    for path in sources:
        assert not GUILT.search(path.read_text(encoding="utf-8")), path.name
    for groups in BUILT_IN.values():
        for group in groups:
            assert not any(GUILT.search(word) for word in (group.title, *group.words))
