"""One running session, step by step, in the client view or the practitioner's view.

Steps (Back and Next always in the same places, progress as "2 of 5"): consent →
how you are arriving → together → how you are leaving → summary.

The client view is on by default: large type, only this client's shared material. The
practitioner's view (the toggle at the top, or Ctrl+Shift+V) adds the private notes
box. Turning the client view on saves the private notes and then empties and hides
the box, so no widget on screen holds them while the client is looking. Notes written
with a template show its shared sections in "Together" and its private sections in
the private box, under the same rule.

Once the session has ended, the practitioner's own view of the summary step offers
"Finish and sign…" (and, once signed, "Add an amendment…"); the client view shows
neither.

"Together" ends with the client's care goals, to tick the ones worked on and rate them
if the client wants (:mod:`hj_journal.ui.sessions.session_goals`). When PHQ-9 question 9
was answered above "Not at all" in this session, the practitioner's view says so in a
calm note; the client view never holds it.

An open session holds the idle lock off (people talk without typing) and says so in
one quiet line; the hold is released when the practitioner is done with the session's
screens or the panel is destroyed (lock, quick exit). Lock and quick exit still work
at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import (
    POST_SESSION,
    PRE_SESSION,
    ClientView,
    SessionNotes,
    SessionView,
)
from hj_journal.ui.common.widgets import Card, MessageLabel, text_label
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.sessions.client_measures import SessionItem9Notice
from hj_journal.ui.sessions.labels import CLIENT_VIEW_SHORTCUT
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.notes_dialog import allowed_by
from hj_journal.ui.sessions.questionnaire import SessionQuestionnaireFlow
from hj_journal.ui.sessions.section_boxes import SectionBoxes
from hj_journal.ui.sessions.session_goals import SessionGoalsBox
from hj_journal.ui.sessions.share_dialog import sharer
from hj_journal.ui.sessions.sign_row import SignRow
from hj_journal.ui.sessions.steps import CheckInStep, ConsentStep
from hj_journal.ui.sessions.summary_view import AskPath, SummaryView, ask_pdf_path
from hj_journal.ui.sessions.together import NOT_AGREED, TogetherStep, notes_edit
from hj_journal.ui.shell.context import UiContext

CONSENT, ARRIVING, TOGETHER, LEAVING, SUMMARY = range(5)
STEP_NAMES = (
    QT_TRANSLATE_NOOP("Sessions", "Before we begin"),
    QT_TRANSLATE_NOOP("Sessions", "How you are arriving"),
    QT_TRANSLATE_NOOP("Sessions", "Together"),
    QT_TRANSLATE_NOOP("Sessions", "How you are leaving"),
    QT_TRANSLATE_NOOP("Sessions", "Your summary"),
)
CLIENT_STYLE = """
QLabel, QCheckBox, QRadioButton, QPushButton, QPlainTextEdit, QComboBox,
QTextBrowser { font-size: 15pt; }
QPushButton:disabled { color: palette(mid); }
QLabel[role="heading"] { font-size: 25pt; font-weight: 600; }
QLabel[role="subheading"] { font-size: 19pt; font-weight: 600; }
QLabel[role="muted"] { font-size: 13pt; }
"""


def _scrolled(widget: QWidget) -> QScrollArea:
    # Room on the right for the scroll bar, so wrapped text is never cut by it.
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 20, 0)
    box.addWidget(widget)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(holder)
    return scroll


class SessionPanel(QWidget):
    """A session with one client, from consent to summary."""

    finished = Signal()  # the practitioner is done with this session's screens
    client_view_changed = Signal(bool)

    def __init__(
        self,
        ctx: UiContext,
        session: SessionView,
        client: ClientView,
        *,
        ask_path: AskPath = ask_pdf_path,
        notes_asker: NotesAsker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sessions = ctx.services.sessions
        self._notes_asker = notes_asker or NotesAsker()
        self.session = session
        self.client = client
        self.client_view = True
        self.player: PlayerDialog | None = None
        self.flow: SessionQuestionnaireFlow | None = None
        self.setAccessibleName(QCoreApplication.translate("Sessions", "Session"))

        who = client.pseudonym + (f" ({client.pronouns})" if client.pronouns else "")
        self.title = text_label(
            QCoreApplication.translate("Sessions", "Session with {who}").format(who=who),
            "subheading",
        )
        self.view_toggle = QPushButton()
        self.view_toggle.setCheckable(True)
        self.view_toggle.setChecked(True)
        self.view_toggle.setToolTip(
            QCoreApplication.translate(
                "Sessions", "Switch between the client view and your own view ({keys})."
            ).format(keys=CLIENT_VIEW_SHORTCUT)
        )
        self.shortcut = QShortcut(QKeySequence(CLIENT_VIEW_SHORTCUT), self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.end_button = QPushButton(QCoreApplication.translate("Sessions", "&End the session"))
        # The title beside the buttons when it needs two lines at most there; otherwise on a
        # line of its own above them (beside them at large text in a small window it was
        # squeezed to a word a line). resizeEvent moves it.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.view_toggle)
        top.addWidget(self.end_button)
        self._top = top
        self._title_row = QVBoxLayout()  # holds the title when it is above the buttons
        self._title_row.setContentsMargins(0, 0, 0, 0)
        self.practitioner_notice = text_label(
            QCoreApplication.translate(
                "Sessions",
                "Your view: private notes are shown below. Turn the screen away from the "
                "client, or switch back to the client view ({keys}).",
            ).format(keys=CLIENT_VIEW_SHORTCUT),
            "notice",
        )

        services = ctx.services
        self.consent_step = ConsentStep(client.pseudonym)
        self.arriving = CheckInStep(
            QCoreApplication.translate("Sessions", "How are you arriving?"),
            QCoreApplication.translate(
                "Sessions", "How much distress are you carrying right now? (optional)"
            ),
            services.questionnaires.instruments(),
        )
        strategies = [item.strategy for item in services.coping.library()]
        self.together = TogetherStep(strategies)
        self.goals_box = SessionGoalsBox(services.goals, session.id, client.id)
        together_column = self.together.layout()
        assert isinstance(together_column, QVBoxLayout)
        # Under the notes, above the step's closing stretch.
        together_column.insertWidget(together_column.count() - 1, self.goals_box)
        self.item9_notice = SessionItem9Notice(services.measures, session.id)
        self.leaving = CheckInStep(
            QCoreApplication.translate("Sessions", "How are you leaving?"),
            QCoreApplication.translate(
                "Sessions", "And now, how much distress are you carrying? (optional)"
            ),
        )
        self.summary = SummaryView(ask_path)
        self.side = QWidget()  # hosts the practice player or a questionnaire
        self.side_box = QVBoxLayout(self.side)
        self.side_box.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        for step in (self.consent_step, self.arriving, self.together, self.leaving):
            self.stack.addWidget(_scrolled(step))
        self.stack.addWidget(self.summary)
        self.stack.addWidget(self.side)
        self.stays_open = text_label(
            QCoreApplication.translate("Sessions", "The journal stays open during this session."),
            "muted",
        )

        # The private box scrolls on its own, beside the step above it (a splitter between
        # them), so a template's private sections never squeeze either at large text.
        private = QWidget()
        private_column = QVBoxLayout(private)
        private_column.setContentsMargins(0, 0, 0, 0)
        private_column.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions", "Private notes — only in your view, never in the summary"
                ),
                "subheading",
            )
        )
        self.private_notes: QPlainTextEdit = notes_edit(
            QCoreApplication.translate("Sessions", "For your own practice"), 3
        )
        self.private_notes.setAccessibleName(
            QCoreApplication.translate("Sessions", "Private notes")
        )
        private_column.addWidget(self.private_notes)
        self.private_sections = SectionBoxes(lines=2)  # a template's private sections
        private_column.addWidget(self.private_sections)
        private_column.addStretch(1)
        self.private_box = Card(margin=8)
        private_area = _scrolled(private)
        private_area.viewport().setAutoFillBackground(False)  # the card's own colour
        holder = private_area.widget()  # the one _scrolled set; the stubs allow None
        if holder is not None:
            holder.setAutoFillBackground(False)
        self.private_box.body.addWidget(private_area, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.stack)
        self.split.addWidget(self.private_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        self.progress = text_label("", "muted", wrap=False)
        self.message = MessageLabel()
        # The practitioner's own view of the summary step: sign, then amend.
        self.sign_row = SignRow(self._sessions, self._notes_asker, self.message)
        self.back_button = QPushButton(QCoreApplication.translate("Sessions", "&Back"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        for button in (self.back_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.progress, 1)
        nav.addWidget(self.next_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addLayout(self._title_row)
        outer.addLayout(top)
        outer.addWidget(self.stays_open)
        outer.addWidget(self.practitioner_notice)
        outer.addWidget(self.item9_notice)
        outer.addWidget(self.split, 1)
        outer.addWidget(self.sign_row)
        outer.addWidget(self.message)
        outer.addLayout(nav)
        self.idle_hold = ctx.hub.idle_holds.hold("session")
        self.destroyed.connect(self.idle_hold.release)
        self.finished.connect(self.idle_hold.release)
        self._connect_signals()
        self.together.set_templates(self._sessions.templates.all(), session.template_key)
        self.together.set_notes(session)
        self._apply_consent()
        self.set_client_view(True)
        self.go_to(self._resume_step())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Title beside the buttons while it needs two lines at most there, else above."""
        margins = self.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        buttons = self.view_toggle.sizeHint().width() + self.end_button.sizeHint().width()
        beside = room - buttons - 2 * self._top.spacing()
        two_lines = 2 * self.title.fontMetrics().lineSpacing() + 2
        fits = beside > 0 and self.title.heightForWidth(beside) <= two_lines
        above = self._title_row.indexOf(self.title) >= 0
        if fits and above:
            self._title_row.removeWidget(self.title)
            self._top.takeAt(0)  # the stretch that kept the buttons to the right
            self._top.insertWidget(0, self.title, 1)
        elif not fits and not above:
            self._top.removeWidget(self.title)
            self._top.insertStretch(0, 1)
            self._title_row.addWidget(self.title)
        super().resizeEvent(event)

    def _connect_signals(self) -> None:
        self.view_toggle.toggled.connect(self.set_client_view)
        self.shortcut.activated.connect(self.view_toggle.toggle)
        self.end_button.clicked.connect(self._end_requested)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.arriving.questionnaire_requested.connect(self.open_questionnaire)
        self.together.practice_requested.connect(self.open_practice)
        self.together.template_chosen.connect(self.choose_template)
        self.sign_row.changed.connect(self._notes_signed_or_amended)
        self.sign_row.about_to_sign.connect(self._save_private)
        self.ctx.hub.vault_locking.connect(self.save_state)

    # ------------------------------------------------------------------ views

    @Slot(bool)
    def set_client_view(self, on: bool) -> None:
        """Client view (large type, no private notes) or the practitioner's own view."""
        if on:
            self._save_private()
            self.private_notes.clear()  # nothing private stays in any widget
            self.private_notes.document().clearUndoRedoStacks()
            self.private_sections.clear_all()
        else:
            self.private_notes.setPlainText(self._sessions.private_notes(self.session.id))
        self.client_view = on
        if not on:
            self._show_private_sections()
        self.private_box.setVisible(not on)
        self.practitioner_notice.setVisible(not on)
        self.item9_notice.follow_view(on)
        self.setStyleSheet(CLIENT_STYLE if on else "")
        self.view_toggle.blockSignals(True)
        self.view_toggle.setChecked(on)
        self.view_toggle.blockSignals(False)
        self.view_toggle.setText(
            QCoreApplication.translate("Sessions", "Client view is on — switch to &my view")
            if on
            else QCoreApplication.translate("Sessions", "Your view — switch to &client view")
        )
        self.view_toggle.setAccessibleName(
            QCoreApplication.translate("Sessions", "Client view is on")
            if on
            else QCoreApplication.translate("Sessions", "Practitioner view is on")
        )
        self._update_sign_row()
        self.client_view_changed.emit(on)

    def _show_private_sections(self) -> None:
        """The template's private sections, in the practitioner's own view only."""
        if self.client_view:
            return
        signed = self.session.is_signed
        self.private_sections.show_sections(
            self._sessions.notes.private_sections(self.session.id),
            read_only=signed,
            allowed=lambda section: allowed_by(self.session.consent, section),
        )
        # With a template, the free box stays only while it holds words from before.
        free = self.session.template_key is None or bool(self.private_notes.toPlainText())
        self.private_notes.setVisible(free)
        self.private_notes.setReadOnly(signed)

    def _save_private(self) -> None:
        if self.client_view or self.session.is_signed:
            return
        text = self.private_notes.toPlainText()
        if self.private_notes.isEnabled() and text is not None:
            self._save(SessionNotes(private=text))
        self._save_sections(self.private_sections.texts())

    # ------------------------------------------------------------------ steps

    def _resume_step(self) -> int:
        if self.session.consent is None:
            return CONSENT
        phases = {view.phase for view in self._sessions.checkins(self.session.id)}
        return TOGETHER if PRE_SESSION in phases else ARRIVING

    def current_step(self) -> int:
        """The step shown (0–4); the practice or questionnaire count as their step."""
        index = self.stack.currentIndex()
        if index == SUMMARY + 1:
            return ARRIVING if self.flow is not None else TOGETHER
        return index

    def go_to(self, step: int) -> None:
        """Show ``step``."""
        self._close_side()
        self.stack.setCurrentIndex(step)
        self.progress.setText(
            QCoreApplication.translate("Sessions", "{n} of {total}: {name}").format(
                n=step + 1,
                total=len(STEP_NAMES),
                name=QCoreApplication.translate("Sessions", str(STEP_NAMES[step])),
            )
        )
        self.back_button.setEnabled(step not in (CONSENT, SUMMARY))
        self.end_button.setVisible(step not in (LEAVING, SUMMARY))
        self.next_button.setText(
            {
                CONSENT: QCoreApplication.translate("Sessions", "&Agree and continue"),
                ARRIVING: QCoreApplication.translate("Sessions", "&Next"),
                TOGETHER: QCoreApplication.translate("Sessions", "&Next"),
                LEAVING: QCoreApplication.translate("Sessions", "Save and &end the session"),
                SUMMARY: QCoreApplication.translate("Sessions", "&Done"),
            }[step]
        )
        if step == TOGETHER:
            self.together.set_practices(self._sessions.practices(self.session.id))
        if step == SUMMARY:
            self.summary.set_summary(self._sessions.summary(self.session.id))
            share = sharer(self.ctx, self.session.id)
            self.summary.offer_sharing(lambda: share(self))
        self._update_sign_row()

    @Slot()
    def forward(self) -> None:
        """Save this step and go on."""
        self.message.clear_message()
        step = self.current_step()
        try:
            if step == CONSENT:
                self.session = self._sessions.give_consent(
                    self.session.id, self.consent_step.chosen()
                )
                self._apply_consent()
            elif step == ARRIVING:
                self._record_checkin(self.arriving, PRE_SESSION)
            elif step == TOGETHER:
                self._save_together()
            elif step == LEAVING:
                self._save_together()
                self._record_checkin(self.leaving, POST_SESSION)
                self._save_private()
                self.session = self._sessions.end(self.session.id)
            else:
                self.finished.emit()
                return
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.go_to(step + 1)

    @Slot()
    def back(self) -> None:
        """The previous step (what was saved stays saved)."""
        step = self.current_step()
        if step == TOGETHER:
            self._save_together()
        if step > CONSENT:
            self.go_to(step - 1)

    @Slot()
    def _end_requested(self) -> None:
        if self.current_step() == TOGETHER:
            self._save_together()
        self.go_to(LEAVING)

    def _record_checkin(self, step: CheckInStep, phase: str) -> None:
        consent = self.session.consent
        if step.has_answer() and consent is not None and consent.allows(c.CHECKINS):
            self._sessions.record_checkin(self.session.id, phase, step.data())
            step.show_saved(QCoreApplication.translate("Sessions", "Saved."))

    def _save(self, notes: SessionNotes) -> None:
        if self.session.is_signed:
            return  # signed notes change only by amendment
        try:
            self.session = self._sessions.save_notes(self.session.id, notes)
        except InputError as error:
            self.message.show_message(str(error))

    def _save_sections(self, texts: dict[int, str]) -> None:
        if not texts or self.session.is_signed:
            return
        try:
            self._sessions.notes.save_sections(self.session.id, texts)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.session = self._sessions.get(self.session.id)

    def _save_together(self) -> None:
        self._save(self.together.notes())
        self._save_sections(self.together.section_texts())

    # ------------------------------------------------------------------ template and signing

    @Slot(str)
    def choose_template(self, key: str) -> None:
        """Write the notes with another template (while its sections are empty)."""
        self._save_together()
        self._save_private()
        try:
            self._sessions.notes.use_template(self.session.id, key or None)
        except InputError as error:
            self.message.show_message(str(error))
            self.together.chooser.show_key(self.session.template_key)
            return
        self.message.clear_message()
        self.session = self._sessions.get(self.session.id)
        self.together.set_notes(self.session)
        self._show_private_sections()

    def _update_sign_row(self) -> None:
        shown = self.stack.currentIndex() == SUMMARY and not self.client_view
        self.sign_row.setVisible(shown and self.session.ended_at is not None)
        if self.sign_row.isVisibleTo(self):
            self.sign_row.show_for(self.session)

    @Slot()
    def _notes_signed_or_amended(self) -> None:
        self.session = self._sessions.get(self.session.id)
        self.summary.set_summary(self._sessions.summary(self.session.id))  # shared amendments
        self._show_private_sections()  # read-only once signed

    def _apply_consent(self) -> None:
        consent = self.session.consent
        if consent is None:
            return
        self.goals_box.set_consent(consent)
        for step in (self.arriving, self.leaving):
            allowed = consent.allows(c.CHECKINS)
            step.rating.setEnabled(allowed)
            step.mood.setEnabled(allowed)
            if not allowed:
                step.show_saved(QCoreApplication.translate("Sessions", NOT_AGREED))
        self.arriving.questionnaire_row.setVisible(consent.allows(c.QUESTIONNAIRE))
        self.together.limit_to(
            consent.allows(c.SHARED_NOTES),
            consent.allows(c.AGREEMENTS),
            consent.allows(c.PRACTICES),
        )
        self.private_notes.setEnabled(consent.allows(c.PRIVATE_NOTES))
        if not consent.allows(c.PRIVATE_NOTES):
            self.private_notes.setPlaceholderText(
                QCoreApplication.translate(
                    "Sessions", "The client chose not to have these recorded."
                )
            )

    # ------------------------------------------------------------------ practice and questionnaire

    @Slot(str)
    def open_practice(self, strategy_id: str) -> None:
        """Follow a practice together, in the session's own screen."""
        strategy = self.ctx.services.coping.get(strategy_id).strategy
        self._save_together()
        self._close_side()
        self.player = PlayerDialog(
            strategy,
            now=self.ctx.services.coping.now,
            reduced_motion=self.ctx.app_settings.reduced_motion,
            session_id=self.session.id,
            parent=self.side,
        )
        self.player.setWindowFlags(Qt.WindowType.Widget)  # part of this screen, not a window
        self.player.setMinimumSize(0, 0)
        self.player.practice_ready.connect(self._practice_ready)
        self.player.finished.connect(lambda _result: self.go_to(TOGETHER))
        self.side_box.addWidget(self.player)
        self.stack.setCurrentWidget(self.side)
        self.player.show()

    @Slot(object)
    def _practice_ready(self, data: PracticeInput) -> None:
        consent = self.session.consent
        if consent is None or not consent.allows(c.PRACTICES):
            return  # done together, not recorded, as agreed
        try:
            self._sessions.record_practice(self.session.id, data)
        except InputError as error:
            self.message.show_message(str(error))

    @Slot(str)
    def open_questionnaire(self, instrument_id: str) -> None:
        """Answer a questionnaire together, in the session's own screen."""
        self._close_side()
        services = self.ctx.services
        self.flow = SessionQuestionnaireFlow(
            services.questionnaires,
            services.checkin_prefs,
            services.sessions,
            instrument_id,
            self.session.id,
            self.side,
        )
        self.flow.saved.connect(self._questionnaire_saved)
        self.flow.closed.connect(lambda: self.go_to(ARRIVING))
        self.side_box.addWidget(self.flow)
        self.stack.setCurrentWidget(self.side)

    @Slot(object)
    def _questionnaire_saved(self, _response: object) -> None:
        self.go_to(ARRIVING)
        self.arriving.show_saved(
            QCoreApplication.translate("Sessions", "Your questionnaire answers are saved.")
        )
        self.item9_notice.follow_view(self.client_view)

    def _close_side(self) -> None:
        for widget in (self.player, self.flow):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.player = self.flow = None

    # ------------------------------------------------------------------ locking

    @Slot()
    def save_state(self) -> None:
        """Keep what was typed (navigation, lock, quick exit)."""
        if self.player is not None:
            self.player.save_state()
        if self.session.ended_at is None and self.session.consent is not None:
            self._save_together()
        self._save_private()
