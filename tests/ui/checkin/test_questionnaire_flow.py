"""The questionnaire flow: predictable buttons, skippable items, results only when asked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from hj_journal.core.checkin_prefs import CheckInPreferences, Layout
from hj_journal.core.instruments import DECLINED
from hj_journal.core.questionnaires import ResponseInput
from hj_journal.ui.checkin.flow import QuestionnaireFlow
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.context import UiContext
from tests.ui.support import PAGE_SIZE


def _page(qtbot, ui_ctx: UiContext) -> CheckInPage:  # type: ignore[no-untyped-def]
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _spot(flow: QuestionnaireFlow, button: QPushButton) -> QPoint:
    return button.mapTo(flow, QPoint(0, 0))


def _alt(qtbot, flow: QuestionnaireFlow, key: Qt.Key, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    """Press Alt+key as a person would (through the window, so mnemonics work)."""
    with qtbot.waitSignal(button.clicked, timeout=3000):  # mnemonics use animateClick
        QTest.keyClick(flow.window().windowHandle(), key, Qt.KeyboardModifier.AltModifier)


def test_keyboard_walk_keeps_back_skip_next_in_place(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("gad7")
    QApplication.processEvents()
    buttons = (flow.leave_button, flow.back_button, flow.skip_button, flow.next_button)
    places = [_spot(flow, b) for b in buttons]
    assert not flow.back_button.isEnabled() and not flow.skip_button.isEnabled()  # intro
    seen = []
    _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)  # Begin
    for step in range(8):  # 7 items and the difficulty question
        QApplication.processEvents()
        seen.append(flow.progress.text())
        assert [_spot(flow, b) for b in buttons] == places
        question = flow.pages[flow.step]
        assert not question.group.checkedButton()  # nothing chosen for you
        if step == 1:
            _alt(qtbot, flow, Qt.Key.Key_S, flow.skip_button)
            continue
        focused = flow.window().focusWidget()
        assert focused is question.buttons[0]
        qtbot.keyClick(focused, Qt.Key.Key_Space)  # choose the first answer
        qtbot.keyClick(focused, Qt.Key.Key_Down)  # arrows move within the answers
        assert flow.step == step  # choosing never moves on by itself
        _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)
    assert seen == [f"{n} of 8" for n in range(1, 9)]
    saved = ui_ctx.services.questionnaires.latest("gad7")
    assert saved is not None
    assert list(saved.answers) == [1, None, 1, 1, 1, 1, 1]
    assert saved.difficulty == 1


def test_back_returns_to_the_answer_given(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("who5")
    flow.forward()
    flow.pages[0].choose(4)
    flow.forward()
    assert flow.progress.text() == "2 of 5"
    _alt(qtbot, flow, Qt.Key.Key_B, flow.back_button)
    assert flow.progress.text() == "1 of 5"
    assert flow.pages[0].answer() == 4
    flow.back()
    assert flow.stack.currentIndex() == 0  # the introduction again
    assert flow.next_button.text().replace("&", "") == "Begin"


def test_the_recall_period_is_in_every_stem(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("pss10")
    flow.forward()
    texts = [label.text() for label in flow.pages[0].findChildren(type(flow.progress))]
    assert any("In the last month" in text for text in texts)


def test_prefer_not_to_answer_is_stored_as_declined_and_results_wait(
    qtbot, ui_ctx: UiContext
) -> None:
    page = _page(qtbot, ui_ctx)
    ui_ctx.services.questionnaires.save(ResponseInput("gad7", [1, 1, 1, 1, 0, 0, 0]))
    flow = page.start("gad7")
    flow.forward()
    for question in flow.pages:
        assert question.declined_button.text() == "Prefer not to answer"
    flow.pages[0].choose(DECLINED)
    for question in flow.pages[1:7]:
        question.choose(2)
    for _ in range(8):
        flow.forward()
    saved = flow.response
    assert saved is not None
    assert saved.answers[0] == DECLINED
    assert not saved.score.scored
    # Saved, but the result is not on screen until asked for.
    assert flow.results is None
    assert flow.see_results_button.isVisible()
    assert flow.stack.currentIndex() == 2
    flow.see_results_button.click()
    assert flow.results is not None
    assert "not scored (1 skipped)" in flow.results.value_label.text()
    assert "This is not a diagnosis" in flow.results.not_diagnosis.text()
    assert "4 of 21 · Minimal" in flow.results.earlier_labels[0].text()


def test_results_show_total_band_not_a_diagnosis_and_your_history(
    qtbot, ui_ctx: UiContext
) -> None:
    page = _page(qtbot, ui_ctx)
    ui_ctx.services.questionnaires.save(ResponseInput("who5", [2, 2, 2, 2, 2]))
    flow = page.start("who5")
    flow.forward()
    for question in flow.pages:
        question.choose(3)
    for _ in range(5):
        flow.forward()
    flow.show_results()
    results = flow.results
    assert results is not None
    assert results.value_label.text() == "60 of 100 · Good well-being"
    assert results.change_label.text() == (
        "up 20 since last time — a meaningful change for this questionnaire"
    )
    assert "This is not a diagnosis" in results.not_diagnosis.text()
    assert "40 of 100 · Poor well-being" in results.earlier_labels[0].text()
    with qtbot.waitSignal(ui_ctx.hub.section_requested) as asked:
        results.coping_button.click()
    assert asked.args == ["coping"]
    results.done_button.click()
    assert page.flow is None


def test_leaving_saves_nothing(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("gad7")
    flow.forward()
    flow.pages[0].choose(3)
    flow.leave_button.click()
    assert page.flow is None
    assert ui_ctx.services.questionnaires.responses("gad7") == []


def test_hidden_instruments_are_not_listed(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    assert set(page.start_buttons) == {"who5", "pss10", "gad7", "phq9"}
    prefs = CheckInPreferences(hidden_instruments=frozenset({"pss10", "phq9"}))
    page.apply_settings(prefs)
    assert set(page.start_buttons) == {"who5", "gad7"}
    assert ui_ctx.services.checkin_prefs.load() == prefs


def test_phq8_mode_does_not_ask_item9(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    page.apply_settings(CheckInPreferences(phq8_mode=True))
    flow = page.start("phq9")
    flow.forward()
    assert flow.progress.text() == "1 of 9"  # eight items and the difficulty question
    assert all("better off dead" not in q.text_label.text() for q in flow.pages)
    for question in flow.questions:
        question.choose(1)
    for _ in range(9):
        flow.forward()
    saved = flow.response
    assert saved is not None
    assert (saved.form_id, saved.answers[8], saved.score.total) == ("phq8", None, 8)


def test_the_content_note_comes_first_and_item9_can_be_turned_off(
    qtbot, ui_ctx: UiContext
) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("phq9")
    box = flow.category_boxes["self_harm"]
    assert box.isChecked()
    box.setChecked(False)  # "Ask the question about thoughts of death…": off
    assert "self_harm" in ui_ctx.services.checkin_prefs.load().content_notes_off
    flow.forward()
    assert len(flow.questions) == 8
    assert flow.form.form_id == "phq8"


def test_item9_note_is_shown_before_item9(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = page.start("phq9")
    flow.forward()
    ninth = flow.questions[8]
    assert ninth.note_label is not None
    assert "Nothing is blocked and nobody is contacted" in ninth.note_label.text()
    assert all(q.note_label is None for q in flow.questions[:8])


def test_a_single_page_keeps_the_same_buttons(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    page.apply_settings(CheckInPreferences(layout=Layout.SINGLE_PAGE))
    flow = page.start("gad7")
    flow.forward()
    assert flow.steps.count() == 1
    assert flow.progress.text() == "0 of 8 answered"
    flow.pages[0].choose(2)
    assert flow.progress.text() == "1 of 8 answered"
    assert not flow.skip_button.isEnabled()
    assert flow.next_button.text().replace("&", "") == "Save answers"
    flow.forward()
    saved = flow.response
    assert saved is not None
    assert list(saved.answers) == [2, None, None, None, None, None, None]


def test_questionnaire_screens_render(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    ui_ctx.services.questionnaires.save(ResponseInput("phq9", [1, 1, 0, 2, 1, 0, 0, 1, 0]))
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.questionnaires)
    shoot(page, "checkin-questionnaires", PAGE_SIZE)
    flow = page.start("phq9")
    flow.about_button.click()
    shoot(page, "checkin-questionnaire-intro", PAGE_SIZE)
    flow.forward()
    flow.pages[0].choose(1)
    shoot(page, "checkin-questionnaire-item", PAGE_SIZE)
    for question in flow.questions[1:8]:
        question.choose(1)
    while flow.step < 8:
        flow.forward()
    shoot(page, "checkin-questionnaire-item9", PAGE_SIZE)
    flow.questions[8].choose(0)
    flow.forward()
    flow.forward()
    shoot(page, "checkin-results-hidden", PAGE_SIZE)
    flow.show_results()
    shoot(page, "checkin-results-shown", PAGE_SIZE)
    assert not qt_warnings


def test_settings_dialog_returns_the_choices(qtbot) -> None:
    from hj_journal.core.instruments import builtin_instruments
    from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog

    dialog = QuestionnaireSettingsDialog(list(builtin_instruments()), CheckInPreferences())
    qtbot.addWidget(dialog)
    assert dialog.threshold_combo.currentText() == "Never (off)"
    dialog.instrument_boxes["pss10"].setChecked(False)
    dialog.phq8_box.setChecked(True)
    dialog.category_boxes["self_harm"].setChecked(False)
    dialog.layout_combo.setCurrentIndex(1)
    dialog.threshold_combo.setCurrentIndex(dialog.threshold_combo.findData(8))
    assert dialog.result_prefs() == CheckInPreferences(
        hidden_instruments=frozenset({"pss10"}),
        phq8_mode=True,
        layout=Layout.SINGLE_PAGE,
        support_threshold=8,
        content_notes_off=frozenset({"self_harm"}),
    )


def test_settings_and_single_page_render(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    from hj_journal.core.instruments import builtin_instruments
    from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog

    dialog = QuestionnaireSettingsDialog(
        list(builtin_instruments()), CheckInPreferences(support_threshold=8)
    )
    qtbot.addWidget(dialog)
    shoot(dialog, "checkin-settings-dialog")
    ui_ctx.services.questionnaires.save(ResponseInput("pss10", [2] * 10))
    ui_ctx.services.checkin_prefs.save(CheckInPreferences(layout=Layout.SINGLE_PAGE))
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    flow = page.start("pss10")
    flow.forward()
    flow.pages[0].choose(1)
    flow.pages[3].choose(DECLINED)
    shoot(page, "checkin-single-page", PAGE_SIZE)
    for question in flow.pages:
        question.choose(1)
    flow.forward()
    flow.show_results()
    shoot(page, "checkin-results-pss10", PAGE_SIZE)
    assert not qt_warnings
