"""Taking a questionnaire: a calm introduction, the questions, then results only if asked.

Predictable (docs/care.md, requirement 5): one bar at the bottom with *Leave without
saving* on the left and *Back*, *Skip*, *Next* on the right, in the same places on
every step; progress as "3 of 9" counting the scored questions only (the optional
difficulty question after them says "One more, optional"); nothing moves on by
itself. The layout is one question per screen or every question on one page, as
the person chose.

No answer is lost by accident: *Next* on a scored question with nothing chosen stays
where it is and says how to move on ("Choose an answer, or Skip this question");
*Skip* and "Prefer not to answer" are the deliberate ways past. Before saving, if a
scored question has no answer, a review lists each one with "Go back to question N"
(see :mod:`~hj_journal.ui.checkin.review`); from there the answers can still be saved
as they are. The optional difficulty question is the one exception to the hint: it
says it is optional, is never scored, and *Save answers* there saves without it.

The introduction shows the questionnaire's content note before anything is asked,
and for an item with its own note (PHQ-9 item 9) a way to turn that kind of question
off. After saving, the results stay hidden until "See your results".
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.instruments.scoring import Answer
from hj_journal.core.checkin.prefs import CheckInSettings, Layout
from hj_journal.core.checkin.questionnaires import (
    AskedForm,
    Questionnaires,
    ResponseInput,
    ResponseView,
)
from hj_journal.ui.checkin.names import category_question, category_title, form_name
from hj_journal.ui.checkin.question import QuestionWidget, plain
from hj_journal.ui.checkin.results import ResultsView
from hj_journal.ui.checkin.review import SkippedReview, Unanswered, topic_of
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.common.widgets import MessageLabel, scrolled_column

COLUMN = 680


class QuestionnaireFlow(QWidget):
    """One questionnaire from introduction to (optional) results."""

    closed = Signal()  # back to the list
    saved = Signal(object)  # the ResponseView
    coping_requested = Signal()

    def __init__(
        self,
        questionnaires: Questionnaires,
        prefs: CheckInSettings,
        instrument_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._questionnaires = questionnaires
        self._prefs = prefs
        self._instrument_id = instrument_id
        self.form: AskedForm = questionnaires.form(instrument_id)
        self.layout_choice = prefs.load().layout
        self.questions: list[QuestionWidget] = []
        self.difficulty: QuestionWidget | None = None
        self.step = -1  # -1: the introduction
        self.reviewing = False  # the list of unanswered questions is on show
        self._to_review = False  # came back from the review: Next returns to it
        self.response: ResponseView | None = None
        self._single_scroll: QScrollArea | None = None
        self.setAccessibleName(form_name(self.form.instrument, self.form.form_id))

        self.stack = QStackedWidget()
        self.intro = self._build_intro()
        self.stack.addWidget(self._column(self.intro))
        self.steps = QStackedWidget()
        self.stack.addWidget(self.steps)
        self.done = self._build_done()
        self.stack.addWidget(self._column(self.done))
        self.review = SkippedReview()
        self.review_page = self._column(self.review)
        self.stack.addWidget(self.review_page)
        self.review.go_back.connect(self.go_back_to)
        self.results: ResultsView | None = None

        self.progress = plain("", "muted")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.message = MessageLabel()
        self.leave_button = QPushButton(self.tr("&Leave without saving"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setProperty("role", "primary")
        self.nav = QWidget()
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 8, 0, 0)
        nav.addWidget(self.leave_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.progress)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.nav)
        self._even_widths()
        name_controls(self)
        self.leave_button.clicked.connect(self.closed)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.forward)
        self._show_step()

    def _even_widths(self) -> None:
        """Back, Skip and Next share one width that fits every text Next can have, so
        no button ever moves when the words change."""
        texts = (self.tr("Begi&n"), self.tr("&Next"), self.tr("Save a&nswers"))
        widest = 0
        for button in (self.back_button, self.skip_button, self.next_button):
            button.ensurePolished()
            widest = max(widest, button.sizeHint().width())
        for text in texts:
            self.next_button.setText(text)
            widest = max(widest, self.next_button.sizeHint().width())
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setFixedWidth(widest + 8)

    # ------------------------------------------------------------------ building

    @staticmethod
    def _column(widget: QWidget) -> QScrollArea:
        # The flow's own pages keep one column width at every text size.
        return scrolled_column(widget, COLUMN, grow_with_text=False)

    def _build_intro(self) -> QWidget:
        instrument = self.form.instrument
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(plain(form_name(instrument, self.form.form_id), "heading"))
        column.addWidget(plain(instrument.title, "muted"))
        in_english = self._questionnaires.language_note(instrument.id)
        if in_english:  # no published version in the app's language could be carried
            column.addWidget(plain(in_english, "notice"))
        count = len(self.form.asked_items)
        column.addWidget(
            plain(
                self.tr("%n question(s) about how things have been {recall}.", "", count).format(
                    recall=instrument.recall_period
                )
            )
        )
        if instrument.content_note is not None:
            column.addWidget(plain(instrument.content_note.text, "notice"))
        column.addWidget(
            plain(
                self.tr(
                    "You can skip any question, or choose “Prefer not to answer”. "
                    "Your results stay hidden until you choose to see them."
                )
            )
        )
        self.category_boxes: dict[str, QCheckBox] = {}
        off = self._prefs.load().content_notes_off
        for item in instrument.items:
            note = item.content_note
            if note is None or note.category in self.category_boxes:
                continue
            check = QCheckBox(category_question(note.category))
            check.setChecked(note.category not in off)
            check.toggled.connect(
                lambda on, category=note.category: self._set_category(category, on)
            )
            self.category_boxes[note.category] = check
            column.addWidget(check)
        about = QWidget()
        about_box = QVBoxLayout(about)
        about_box.setContentsMargins(0, 0, 0, 0)
        about_box.addWidget(plain(instrument.about.attribution, "muted"))
        about_box.addWidget(plain(instrument.about.licence, "muted"))
        self.about_button = QPushButton(self.tr("About this questionnaire"))
        self.about_button.setCheckable(True)
        self.about_button.toggled.connect(about.setVisible)
        about.setVisible(False)
        self.about_panel = about
        row = QHBoxLayout()
        row.addWidget(self.about_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(about)
        column.addStretch(1)
        return box

    def _build_done(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(plain(self.tr("Your answers are saved."), "heading"))
        column.addWidget(
            plain(
                self.tr(
                    "Thank you for taking the time. Your results are there whenever you "
                    "want to see them, now or later in History."
                )
            )
        )
        self.see_results_button = QPushButton(self.tr("See your results"))
        self.see_results_button.setProperty("role", "primary")
        self.not_now_button = QPushButton(self.tr("Not now, back to questionnaires"))
        row = QHBoxLayout()
        row.addWidget(self.not_now_button)
        row.addStretch(1)
        row.addWidget(self.see_results_button)
        column.addLayout(row)
        column.addStretch(1)
        self.see_results_button.clicked.connect(self.show_results)
        self.not_now_button.clicked.connect(self.closed)
        return box

    def _set_category(self, category: str, on: bool) -> None:
        self._prefs.set_content_note_category(category, not on)
        self.form = self._questionnaires.form(self._instrument_id)

    def _build_questions(self) -> None:
        """Make the question widgets for the form as it is now (after the intro)."""
        while (widget := self.steps.widget(0)) is not None:  # None once it is empty
            self.steps.removeWidget(widget)
            widget.deleteLater()
        instrument = self.form.instrument
        options = [(o.value, o.label) for o in instrument.options]
        self.questions = []
        single = self.layout_choice is Layout.SINGLE_PAGE
        for number, index in enumerate(self.form.asked_items, start=1):
            item = instrument.items[index]
            self.questions.append(
                QuestionWidget(
                    "" if single else instrument.stem,  # once at the top of a single page
                    item.text,
                    options,
                    number=str(number),
                    note=item.content_note,
                )
            )
        self.difficulty = None
        if instrument.difficulty is not None:
            self.difficulty = QuestionWidget(
                self.tr("This last question is optional and is not scored."),
                instrument.difficulty.text,
                list(enumerate(instrument.difficulty.options)),
            )
        pages: list[QuestionWidget] = [*self.questions]
        if self.difficulty is not None:
            pages.append(self.difficulty)
        for widget in pages:
            widget.answered.connect(self._answered)
        if single:
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(28)
            column.addWidget(plain(instrument.stem))
            for widget in pages:
                column.addWidget(widget)
            column.addStretch(1)
            self._single_scroll = self._column(page)
            self.steps.addWidget(self._single_scroll)
        else:
            for widget in pages:
                self.steps.addWidget(self._column(widget))
        name_controls(self.steps)

    # ------------------------------------------------------------------ moving

    @property
    def pages(self) -> list[QuestionWidget]:
        """Every question shown, the optional difficulty question last."""
        return [*self.questions, *([self.difficulty] if self.difficulty else [])]

    @property
    def step_count(self) -> int:
        """How many steps the questions take (1 on a single page)."""
        return 1 if self.layout_choice is Layout.SINGLE_PAGE else len(self.pages)

    @property
    def hint(self) -> str:
        """What Next says when nothing is chosen yet."""
        return self.tr("Choose an answer, or Skip this question.")

    @Slot()
    def forward(self) -> None:
        """Next step; from the introduction, begin; at the end, review or save.

        On a scored question with no answer chosen, Next stays and shows :attr:`hint`.
        """
        if self.step == -1:
            self._build_questions()
            self.step = 0
            self._show_step()
            return
        if self.reviewing:
            self.save()
            return
        if not self._single() and self.step < len(self.questions):
            question = self.pages[self.step]
            if question.answer() is None:
                self.message.show_message(self.hint)
                question.focus_answers()
                return
        self._advance()

    def _advance(self) -> None:
        """Move on from the current step, answered or deliberately skipped."""
        if self._to_review or self.step >= self.step_count - 1:
            if self._to_review or self.unanswered():
                self.show_review()
            else:
                self.save()
            return
        self.step += 1
        self._show_step()

    @Slot()
    def back(self) -> None:
        """The previous step (the first question goes back to the introduction)."""
        self._to_review = False
        if self.reviewing:
            self.reviewing = False
            self._show_step()
        elif self.step >= 0:
            self.step -= 1
            self._show_step()

    @Slot()
    def skip(self) -> None:
        """Leave this question unanswered and move on (it will be in the review)."""
        if self.step < 0 or self.reviewing or self._single():
            return
        self.pages[self.step].clear()
        self._advance()

    def unanswered(self) -> list[Unanswered]:
        """The scored questions with no answer (declined ones were answered)."""
        items = self.form.instrument.items
        return [
            Unanswered(
                position=position,
                number=position + 1,
                topic=(
                    category_title(items[index].content_note.category)  # type: ignore[union-attr]
                    if items[index].content_note is not None
                    else topic_of(items[index].text)
                ),
            )
            for position, (index, question) in enumerate(
                zip(self.form.asked_items, self.questions, strict=True)
            )
            if question.answer() is None
        ]

    @Slot()
    def show_review(self) -> None:
        """List the unanswered questions before saving, each with a way back."""
        self.reviewing = True
        self._to_review = False
        self.review.show_items(self.unanswered(), self._outcome())
        self._show_step()

    def _outcome(self) -> str:
        """What saving the answers as they are means for the result, in plain words."""
        result = self._questionnaires.library.score(self.form.form_id, self.answers())
        if not result.scored:
            return self.tr(
                "If you save them as they are, your answers are kept without a score: "
                "a score needs every question answered."
            )
        if result.instrument_id != self.form.form_id:
            name = form_name(self.form.instrument, result.instrument_id)
            return self.tr(
                "If you save them as they are, your answers are scored as {name}."
            ).format(name=name)
        return ""

    @Slot(int)
    def go_back_to(self, position: int) -> None:
        """From the review, back to one question; its Next returns to the review."""
        self.reviewing = False
        question = self.questions[position]
        if self._single():
            self._show_step()
            if self._single_scroll is not None:
                self._single_scroll.ensureWidgetVisible(question)
        else:
            self.step = position
            self._to_review = True
            self._show_step()
        question.focus_answers()

    @Slot()
    def _answered(self) -> None:
        self.message.clear_message()
        if self._single():
            self._show_progress()

    def _single(self) -> bool:
        return self.layout_choice is Layout.SINGLE_PAGE

    @Slot()
    def _show_step(self) -> None:
        intro = self.step == -1
        single = self._single()
        self.message.clear_message()
        if self.reviewing:
            self.stack.setCurrentWidget(self.review_page)
        else:
            self.stack.setCurrentIndex(0 if intro else 1)
        self.back_button.setEnabled(not intro)
        self.skip_button.setEnabled(not intro and not single and not self.reviewing)
        last = self.reviewing or (
            not intro and not self._to_review and self.step >= self.step_count - 1
        )
        self.next_button.setText(
            # Alt+N always moves forward, whatever the button says.
            self.tr("Begi&n") if intro else self.tr("Save a&nswers") if last else self.tr("&Next")
        )
        self._show_progress()
        if intro:
            self.next_button.setFocus()
        elif self.reviewing:
            self.review.focus_first()
            if not self.review.back_buttons:
                self.next_button.setFocus()
        elif not single:
            self.steps.setCurrentIndex(self.step)
            self.pages[self.step].focus_answers()

    def _show_progress(self) -> None:
        """ "3 of 9" over the scored questions; the difficulty question is "one more"."""
        total = len(self.questions)
        if self.step == -1 or self.reviewing:
            text = ""
        elif self._single():
            answered = sum(1 for question in self.questions if question.answer() is not None)
            text = self.tr("{n} of {total} answered").format(n=answered, total=total)
        elif self.step < total:
            text = self.tr("{n} of {total}").format(n=self.step + 1, total=total)
        else:
            text = self.tr("One more, optional")
        self.progress.setText(text)

    # ------------------------------------------------------------------ saving

    def answers(self) -> list[Answer]:
        """Answers in item order; items not asked stay None."""
        given: list[Answer] = [None] * len(self.form.instrument.items)
        for index, question in zip(self.form.asked_items, self.questions, strict=True):
            given[index] = question.answer()
        return given

    @Slot()
    def save(self) -> ResponseView | None:
        """Save the answers exactly as given; then offer (not show) the results."""
        difficulty = self.difficulty.answer() if self.difficulty is not None else None
        data = ResponseInput(self.form.form_id, self.answers(), difficulty=difficulty)
        self.response = self._questionnaires.save(data)
        self.reviewing = False
        self.message.clear_message()
        self.nav.hide()
        self.progress.setText("")
        self.stack.setCurrentIndex(2)
        self.see_results_button.setFocus()
        self.saved.emit(self.response)
        return self.response

    @Slot()
    def show_results(self) -> None:
        """Show the results the person asked to see, with their own earlier ones."""
        if self.response is None:
            return
        history = self._questionnaires.history(self.form.instrument.id)
        earlier = [p for p in history if p.response.id != self.response.id]
        current = next((p for p in history if p.response.id == self.response.id), None)
        self.results = ResultsView(self.form.instrument, self.response, earlier, current=current)
        self.results.closed.connect(self.closed)
        self.results.coping_requested.connect(self.coping_requested)
        shown = self._column(self.results)
        self.stack.addWidget(shown)
        self.stack.setCurrentWidget(shown)
        self.results.focus_first()
