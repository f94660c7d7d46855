"""The questionnaire flow: predictable buttons, skippable items, results only when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from hj_journal.core.checkin.instruments.scoring import DECLINED
from hj_journal.core.checkin.prefs import CheckInPreferences, Layout
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.ui.checkin.flow import QuestionnaireFlow
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
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
    # Seven scored questions, then the optional one; item 2 was skipped, so a review
    # comes before saving, and saving from it keeps the gap.
    assert seen == [*(f"{n} of 7" for n in range(1, 8)), "One more, optional"]
    assert flow.reviewing
    assert [b.text() for b in flow.review.back_buttons] == ["Go back to question 2"]
    assert ui_ctx.services.questionnaires.latest("gad7") is None  # not saved yet
    assert [_spot(flow, b) for b in buttons] == places
    _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)  # Save answers
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
    assert not flow.reviewing  # "Prefer not to answer" is an answer: nothing to review
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
    assert flow.progress.text() == "1 of 8"  # the eight items asked
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
    assert flow.progress.text() == "0 of 7 answered"  # the scored questions
    flow.pages[0].choose(2)
    assert flow.progress.text() == "1 of 7 answered"
    assert not flow.skip_button.isEnabled()
    assert flow.next_button.text().replace("&", "") == "Save answers"
    flow.forward()
    assert flow.reviewing and flow.response is None
    assert len(flow.review.back_buttons) == 6  # questions 2 to 7
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


def test_settings_and_single_page_render(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    from hj_journal.core.checkin.instruments.scoring import builtin_instruments
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


# ---------------------------------------------------------------- no answer lost by accident


def _begin(page: CheckInPage, instrument_id: str) -> QuestionnaireFlow:
    flow = page.start(instrument_id)
    flow.forward()  # past the introduction
    return flow


def test_next_without_an_answer_stays_and_says_how_to_move_on(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = _begin(page, "phq9")
    assert flow.progress.text() == "1 of 9"
    flow.next_button.click()
    assert flow.step == 0 and flow.progress.text() == "1 of 9"  # nothing skipped for you
    assert flow.message.isVisible()
    assert flow.message.text() == "Choose an answer, or Skip this question."
    assert flow.window().focusWidget() is flow.questions[0].buttons[0]
    _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)  # the keyboard way does the same
    assert flow.step == 0
    qtbot.keyClick(flow.questions[0].buttons[0], Qt.Key.Key_Space)  # choose an answer
    assert not flow.message.isVisible()  # the hint goes once there is an answer
    _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)
    assert flow.step == 1 and flow.progress.text() == "2 of 9"
    assert ui_ctx.services.questionnaires.responses("phq9") == []


def test_two_questions_passed_over_are_named_before_saving_and_can_be_returned_to(
    qtbot, ui_ctx: UiContext
) -> None:
    page = _page(qtbot, ui_ctx)
    flow = _begin(page, "phq9")
    for position in range(9):
        if position in (2, 6):
            _alt(qtbot, flow, Qt.Key.Key_S, flow.skip_button)
            continue
        flow.questions[position].choose(1)
        flow.forward()
    assert flow.progress.text() == "One more, optional"
    flow.forward()  # the optional difficulty question left unanswered
    assert flow.reviewing and flow.response is None
    assert flow.review.isVisible()
    assert [b.text() for b in flow.review.back_buttons] == [
        "Go back to question 3",
        "Go back to question 7",
    ]
    assert flow.review.topic_labels[0].startswith("Question 3: Trouble falling")
    assert "without a score" in flow.review.outcome_label.text()
    assert flow.window().focusWidget() is flow.review.back_buttons[0]
    assert not flow.skip_button.isEnabled()
    assert flow.next_button.text().replace("&", "") == "Save answers"

    flow.review.back_buttons[1].click()  # Go back to question 7
    assert not flow.reviewing and flow.step == 6
    assert flow.progress.text() == "7 of 9"
    assert flow.window().focusWidget() is flow.questions[6].buttons[0]
    flow.questions[6].choose(2)
    flow.forward()  # back to the review, not on through the questions
    assert flow.reviewing
    assert [b.text() for b in flow.review.back_buttons] == ["Go back to question 3"]
    flow.forward()  # Save answers, with question 3 still unanswered
    saved = flow.response
    assert saved is not None
    assert list(saved.answers) == [1, 1, None, 1, 1, 1, 2, 1, 1]
    assert not saved.score.scored and saved.score.skipped == 1


def test_back_from_the_review_returns_to_the_last_question(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = _begin(page, "who5")
    for _ in range(5):
        flow.skip()
    assert flow.reviewing and len(flow.review.back_buttons) == 5
    flow.back()
    assert not flow.reviewing and flow.step == 4 and flow.progress.text() == "5 of 5"


def test_only_item9_skipped_says_it_will_be_scored_as_phq8(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = _begin(page, "phq9")
    for question in flow.questions[:8]:
        question.choose(0)
        flow.forward()
    flow.skip()  # item 9
    flow.forward()  # the difficulty question
    assert flow.reviewing
    assert flow.review.topic_labels == [
        "Question 9: Thoughts of death or of hurting yourself"  # its topic, not its words
    ]
    assert "scored as PHQ-8" in flow.review.outcome_label.text()


@pytest.mark.parametrize(
    ("instrument_id", "phq8_mode", "count"),
    [("phq9", False, 9), ("phq9", True, 8), ("pss10", False, 10), ("who5", False, 5)],
)
def test_the_counter_counts_the_questions(
    qtbot, ui_ctx: UiContext, instrument_id: str, phq8_mode: bool, count: int
) -> None:
    page = _page(qtbot, ui_ctx)
    page.apply_settings(CheckInPreferences(phq8_mode=phq8_mode))
    flow = page.start(instrument_id)
    assert flow.intro.findChildren(type(flow.progress))[2].text().startswith(f"{count} questions")
    flow.forward()
    assert flow.progress.text() == f"1 of {count}"
    for question in flow.questions:
        question.choose(DECLINED)
        flow.forward()
    if flow.difficulty is not None:
        assert flow.progress.text() == "One more, optional"
    else:
        assert flow.response is not None


def test_declined_stays_declined_through_the_review(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    flow = _begin(page, "who5")
    flow.questions[0].choose(DECLINED)
    flow.forward()  # "Prefer not to answer" is an answer: Next moves on
    assert flow.step == 1
    flow.skip()
    for question in flow.questions[2:]:
        question.choose(3)
        flow.forward()
    assert flow.reviewing
    assert [b.text() for b in flow.review.back_buttons] == ["Go back to question 2"]
    flow.review.back_buttons[0].click()
    flow.back()  # on to question 1 and back again: still declined
    assert flow.questions[0].answer() == DECLINED
    flow.forward()
    flow.questions[1].choose(4)
    for _ in range(4):
        flow.forward()
    assert flow.response is not None  # nothing left unanswered: saved without a review
    assert list(flow.response.answers) == [DECLINED, 4, 3, 3, 3]


def test_a_single_page_reviews_what_is_unanswered_too(qtbot, ui_ctx: UiContext) -> None:
    page = _page(qtbot, ui_ctx)
    page.apply_settings(CheckInPreferences(layout=Layout.SINGLE_PAGE))
    flow = _begin(page, "phq9")
    for position, question in enumerate(flow.questions):
        if position not in (1, 7):
            question.choose(0)
    _alt(qtbot, flow, Qt.Key.Key_N, flow.next_button)  # Save answers
    assert flow.reviewing and flow.response is None
    assert [b.text() for b in flow.review.back_buttons] == [
        "Go back to question 2",
        "Go back to question 8",
    ]
    flow.review.back_buttons[1].click()
    assert not flow.reviewing and flow.stack.currentIndex() == 1
    assert flow.window().focusWidget() is flow.questions[7].buttons[0]
    qtbot.waitUntil(lambda: flow.questions[7].visibleRegion().isEmpty() is False)
    flow.questions[7].choose(1)
    flow.forward()  # Save answers: question 2 still open, so the review again
    assert [b.text() for b in flow.review.back_buttons] == ["Go back to question 2"]
    flow.forward()
    assert flow.response is not None and flow.response.answers[1] is None


@pytest.mark.parametrize("theme", support.themes_to_render())
@pytest.mark.parametrize("scale", [100, 200])
def test_the_hint_and_the_review_render_at_every_text_size(
    qtbot, qapp, ui_ctx: UiContext, tmp_path, qt_warnings, scale: int, theme: str
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        page = CheckInPage(ui_ctx)
        qtbot.addWidget(page)
        flow = _begin(page, "phq9")
        flow.forward()  # no answer yet: the hint
        support.render(
            qtbot, page, f"checkin-item-hint-{scale}", theme, PAGE_SIZE, folder=tmp_path
        )
        for position, question in enumerate(flow.questions):
            if position in (2, 6):
                flow.skip()
                continue
            question.choose(1)
            flow.forward()
        flow.forward()
        assert flow.reviewing
        support.render(qtbot, page, f"checkin-review-{scale}", theme, PAGE_SIZE, folder=tmp_path)
        page.apply_settings(CheckInPreferences(layout=Layout.SINGLE_PAGE))
        flow = _begin(page, "who5")
        flow.questions[0].choose(2)
        flow.forward()
        support.render(
            qtbot, page, f"checkin-review-single-{scale}", theme, PAGE_SIZE, folder=tmp_path
        )
    assert not qt_warnings


def test_a_questionnaire_shown_in_english_in_a_spanish_app_says_so(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    from hj_journal.core.services import Services

    spanish = Services.for_vault(vault, language="es")
    notes = {}
    for instrument_id in ("gad7", "phq9"):
        flow = QuestionnaireFlow(spanish.questionnaires, spanish.checkin_prefs, instrument_id)
        qtbot.addWidget(flow)
        notes[instrument_id] = [
            label.text() for label in flow.intro.findChildren(QLabel) if "inglés" in label.text()
        ]
    assert notes["gad7"] == [
        "Este cuestionario se muestra en inglés: todavía no incluimos una versión publicada "
        "en español."
    ]
    assert notes["phq9"] == []  # its published Spanish version is shown
