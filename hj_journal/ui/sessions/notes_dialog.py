"""One ended session's notes in the practitioner's own view: finish them, sign them, and
amend them afterwards.

Private parts are shown here, so the dialog is only ever opened outside a session (from
the client's list of sessions, or the practice home's notes to finish) and says so at
the top. Until the notes are signed every part can be changed, and closing keeps what
was typed. Once signed, every part is read-only, the amendments are listed under the
notes with their dates and reasons, and "Add an amendment…" is the way to add to them.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord
from hj_journal.core.sessions.note_sections import (
    AGREEMENTS_PART,
    PRIVATE_NOTES_PART,
    SELF_CARE_PART,
    SHARED_NOTES_PART,
    NoteSection,
)
from hj_journal.core.sessions.service import SessionNotes, Sessions, SessionView
from hj_journal.core.sessions.signing import AmendmentView
from hj_journal.core.sessions.templates import Fills
from hj_journal.ui.common.widgets import Card, MessageLabel, text_label
from hj_journal.ui.sessions.labels import moment_text, part_title
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.section_boxes import SectionBoxes, TemplateChooser, mark_of

# The notes written without a template, as boxes of their own (place, title, shared).
SHARED_BOX, AGREEMENTS_BOX, SELF_CARE_BOX, PRIVATE_BOX = range(4)


def allowed_by(consent: ConsentRecord | None, section: NoteSection) -> bool:
    """Whether the client's consent lets this part be recorded."""
    if consent is None:
        return False
    if section.fills is not None:
        return consent.allows(c.AGREEMENTS)
    return consent.allows(c.SHARED_NOTES if section.shared else c.PRIVATE_NOTES)


def amendment_heading(amendment: AmendmentView) -> str:
    """When, to which part, and who reads it."""
    part = (
        part_title(amendment.section)
        if amendment.section
        else QCoreApplication.translate("Sessions", "The notes as a whole")
    )
    return f"{moment_text(amendment.at)} · {part} · {mark_of(amendment.shared)}"


def amendments_line(count: int) -> str:
    """How many amendments there are, plainly."""
    if count == 0:
        return QCoreApplication.translate("Sessions", "No amendments.")
    return QCoreApplication.translate("Sessions", "%n amendment(s).", None, count)


class NotesDialog(QDialog):
    """A session's notes, private parts included: for the practitioner alone."""

    signed = Signal(int)  # the session id
    changed = Signal()

    def __init__(
        self,
        sessions: Sessions,
        session_id: int,
        asker: NotesAsker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.session_id = session_id
        self._asker = asker or NotesAsker()
        self.view: SessionView | None = None
        self.setWindowTitle(QCoreApplication.translate("Sessions", "Session notes"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)
        self.resize(760, 760)

        self.heading = text_label("", "subheading")
        self.notice = text_label(
            QCoreApplication.translate(
                "Sessions", "Your own view: the private parts of these notes are shown here."
            ),
            "notice",
        )
        self.status = text_label("", "muted")
        self.chooser = TemplateChooser()
        self.sections = SectionBoxes(lines=3)
        self.free = SectionBoxes(lines=3)
        self.amendments_heading = text_label(
            QCoreApplication.translate("Sessions", "Amendments"), "subheading"
        )
        self.amendments_count = text_label("", "muted")
        self.amendments_box = QVBoxLayout()
        self._amendment_cards: list[QWidget] = []
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 16, 0)
        column.addWidget(self.chooser)
        column.addWidget(self.sections)
        column.addWidget(self.free)
        column.addWidget(self.amendments_heading)
        column.addWidget(self.amendments_count)
        column.addLayout(self.amendments_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.message = MessageLabel(self)
        self.sign_button = QPushButton(QCoreApplication.translate("Sessions", "Finish and &sign…"))
        self.sign_button.setProperty("role", "primary")
        self.amend_button = QPushButton(
            QCoreApplication.translate("Sessions", "Add an &amendment…")
        )
        self.close_button = QPushButton(QCoreApplication.translate("Sessions", "&Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.notice)
        outer.addWidget(self.status)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.sign_button.clicked.connect(self.sign)
        self.amend_button.clicked.connect(self.amend)
        self.close_button.clicked.connect(self.reject)
        self.chooser.chosen.connect(self.choose_template)

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Read the notes again and show them."""
        view = self.view = self._sessions.get(self.session_id)
        client = self._sessions.client(view.client_id)
        signed = view.is_signed
        self.heading.setText(
            QCoreApplication.translate(
                "Sessions", "Notes: the session with {name}, {when}"
            ).format(name=client.pseudonym, when=moment_text(view.started_at))
        )
        amendments = (
            self._sessions.signing.amendments(self.session_id, include_private=True)
            if signed
            else ()
        )
        if signed and view.signed_at is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "Sessions",
                    "Signed {when}. {amendments} These notes stay as they are; add an "
                    "amendment to change or add to them.",
                ).format(
                    when=moment_text(view.signed_at), amendments=amendments_line(len(amendments))
                )
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "Sessions",
                    "Not signed yet: you can still change these notes. Closing keeps them.",
                )
            )
        self.chooser.set_templates(self._sessions.templates.all(), view.template_key)
        self.chooser.setVisible(not signed)  # signed: the sections are what they are
        allowed = partial(allowed_by, view.consent)
        sections = self._sessions.notes.all_sections(self.session_id)
        self.sections.show_sections(sections, read_only=signed, allowed=allowed)
        self.sections.setVisible(bool(sections))
        self.free.show_sections(self._free_parts(view), read_only=signed, allowed=allowed)
        self.sign_button.setVisible(not signed)
        self.amend_button.setVisible(signed)
        self._show_amendments(amendments)
        for widget in (self.amendments_heading, self.amendments_count):
            widget.setVisible(signed)

    def _free_parts(self, view: SessionView) -> list[NoteSection]:
        """The notes written outside any template that are in use, as boxes."""
        private = self._sessions.private_notes(self.session_id)
        held = {s.fills for s in self._sessions.notes.all_sections(self.session_id)}
        free = view.template_key is None
        found = []
        for place, title, shared, fills, text, used in (
            (SHARED_BOX, SHARED_NOTES_PART, True, None, view.shared_notes, free),
            (AGREEMENTS_BOX, AGREEMENTS_PART, True, Fills.AGREEMENTS, view.agreements, True),
            (
                SELF_CARE_BOX,
                SELF_CARE_PART,
                True,
                Fills.SELF_CARE_STEPS,
                view.self_care_steps,
                True,
            ),
            (PRIVATE_BOX, PRIVATE_NOTES_PART, False, None, private, free),
        ):
            if fills is not None and fills in held:
                continue  # the template's own section holds it
            if used or text.strip():
                found.append(
                    NoteSection(
                        place,
                        part_title(title),
                        "",
                        shared,
                        fills,
                        text,
                    )
                )
        return found

    def _show_amendments(self, amendments: tuple[AmendmentView, ...]) -> None:
        for card in self._amendment_cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self._amendment_cards = []
        self.amendments_count.setText(amendments_line(len(amendments)))
        for amendment in amendments:
            card = Card(margin=12)
            card.body.addWidget(text_label(amendment_heading(amendment), "muted"))
            card.body.addWidget(
                text_label(
                    QCoreApplication.translate("Sessions", "Reason: {reason}").format(
                        reason=amendment.reason
                    )
                )
            )
            card.body.addWidget(text_label(amendment.text))
            self.amendments_box.addWidget(card)
            self._amendment_cards.append(card)

    # ------------------------------------------------------------------ writing

    def save(self) -> bool:
        """Keep what was typed (unsigned notes only); False when it could not be kept."""
        if self.view is None or self.view.is_signed:
            return True
        free = self.free.texts()
        try:
            self._sessions.save_notes(
                self.session_id,
                SessionNotes(
                    shared=free.get(SHARED_BOX),
                    private=free.get(PRIVATE_BOX),
                    agreements=free.get(AGREEMENTS_BOX),
                    self_care_steps=free.get(SELF_CARE_BOX),
                ),
            )
            self._sessions.notes.save_sections(self.session_id, self.sections.texts())
        except InputError as error:
            self.message.show_message(str(error))
            return False
        self.changed.emit()
        return True

    @Slot(str)
    def choose_template(self, key: str) -> None:
        """Write the notes with another template (while its sections are empty)."""
        if not self.save():
            return
        try:
            self._sessions.notes.use_template(self.session_id, key or None)
        except InputError as error:
            self.message.show_message(str(error))
            self.chooser.show_key(self.view.template_key if self.view else None)
            return
        self.message.clear_message()
        self.reload()

    @Slot()
    def sign(self) -> None:
        """Keep what was typed, say what signing means, and sign when agreed."""
        if not self.save() or not self._asker.confirm_sign(self):
            return
        try:
            self._sessions.signing.sign(self.session_id)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.reload()
        self.message.show_message(QCoreApplication.translate("Sessions", "The notes are signed."))
        self.signed.emit(self.session_id)

    @Slot()
    def amend(self) -> None:
        """Add an amendment to the signed notes."""
        draft = self._asker.amendment(self, self._sessions.notes.parts(self.session_id))
        if draft is None:
            return
        try:
            self._sessions.signing.amend(
                self.session_id, draft.reason, draft.text, draft.section, draft.shared
            )
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.reload()
        self.message.show_message(
            QCoreApplication.translate("Sessions", "The amendment is kept beside the notes.")
        )
        self.changed.emit()

    def reject(self) -> None:
        """Close (Escape too), keeping what was typed."""
        if self.save():
            super().reject()
