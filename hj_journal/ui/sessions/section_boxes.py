"""The sections of notes written with a template, as labelled text boxes, and the choice
of template.

Each box says who will read it, in words beside its title and in its accessible name:
"Shared with your client" or "Private: only you see this". Which sections a box set
holds is the caller's choice: the client view only ever gets the shared ones (from the
session's view, which has no others), the private box of the practitioner's own view
the private ones, and the notes dialog all of them. Signed notes are shown read-only,
as plain text under each title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.note_sections import NoteSection
from hj_journal.core.sessions.templates import TemplateView
from hj_journal.ui.common.widgets import field_label, text_label

NOT_AGREED = str(QT_TRANSLATE_NOOP("Sessions", "Not recorded today, as agreed."))
SHARED_MARK = str(QT_TRANSLATE_NOOP("Sessions", "Shared with your client"))
PRIVATE_MARK = str(QT_TRANSLATE_NOOP("Sessions", "Private: only you see this"))


def notes_edit(placeholder: str, lines: int = 4) -> QPlainTextEdit:
    """A notes box where Tab moves on (keyboard users are never trapped)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines * 2 + 32)
    return edit


def mark_of(shared: bool) -> str:
    """Who reads a section, in words."""
    return (
        QCoreApplication.translate("Sessions", SHARED_MARK)
        if shared
        else QCoreApplication.translate("Sessions", PRIVATE_MARK)
    )


class SectionBoxes(QWidget):
    """One labelled, marked text box per section."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self._lines = lines
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.edits: dict[int, QPlainTextEdit] = {}
        self.readouts: dict[int, QLabel] = {}  # read-only: the text, as a label
        self.sections: tuple[NoteSection, ...] = ()
        self._parts: list[QWidget] = []

    def show_sections(
        self,
        sections: Sequence[NoteSection],
        *,
        read_only: bool = False,
        allowed: Callable[[NoteSection], bool] | None = None,
    ) -> None:
        """Show ``sections`` (any shown before are wiped first); ``read_only`` as text."""
        self.clear_all()
        self.sections = tuple(sections)
        for section in self.sections:
            mark = mark_of(section.shared)
            body: QWidget
            if read_only:
                body = self._readout(section, mark)
                title = text_label(section.title, "subheading")
            else:
                edit = notes_edit(section.prompt, self._lines)
                edit.setAccessibleName(f"{section.title} ({mark})")
                edit.setAccessibleDescription(section.prompt)
                edit.setPlainText(section.text)
                if allowed is not None and not allowed(section):
                    edit.setEnabled(False)
                    edit.setPlaceholderText(QCoreApplication.translate("Sessions", NOT_AGREED))
                self.edits[section.index] = body = edit
                title = field_label(section.title, edit)
                title.setProperty("role", "subheading")
            head = QWidget()
            row = QHBoxLayout(head)
            row.setContentsMargins(0, 4, 0, 0)
            row.addWidget(title, 1)
            row.addWidget(text_label(mark, "muted" if section.shared else "notice", wrap=False))
            self.column.addWidget(head)
            self.column.addWidget(body)
            self._parts += [head, body]

    def _readout(self, section: NoteSection, mark: str) -> QLabel:
        text = section.text.strip()
        label = text_label(
            text or QCoreApplication.translate("Sessions", "Nothing written here."),
            None if text else "muted",
        )
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(f"{section.title} ({mark})")
        self.readouts[section.index] = label
        return label

    def texts(self) -> dict[int, str]:
        """What was written, by the section's place in the note (editable boxes only)."""
        return {
            index: edit.toPlainText()
            for index, edit in self.edits.items()
            if edit.isEnabled() and not edit.isReadOnly()
        }

    def has_words(self) -> bool:
        """Whether any box holds words (then the template cannot change)."""
        return any(edit.toPlainText().strip() for edit in self.edits.values())

    def clear_all(self) -> None:
        """Wipe every box and take it away: nothing written stays in any widget."""
        for edit in self.edits.values():
            edit.clear()
            edit.document().clearUndoRedoStacks()
        for part in self._parts:
            part.hide()
            part.setParent(None)
            part.deleteLater()
        for label in self.readouts.values():
            label.clear()
        self._parts = []
        self.edits = {}
        self.readouts = {}
        self.sections = ()


class TemplateChooser(QWidget):
    """ "Notes written with: [Free notes | Healing Justice | SOAP | …]"."""

    chosen = Signal(str)  # a template's key, "" for free notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        # As the practice box: a long template name never makes the step wider than its place.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(
            field_label(QCoreApplication.translate("Sessions", "Notes &written with:"), self.combo)
        )
        row.addWidget(self.combo, 1)
        self.combo.setAccessibleName(
            QCoreApplication.translate("Sessions", "Template for these notes")
        )
        self.combo.activated.connect(self._activated)

    def set_templates(self, templates: Sequence[TemplateView], current: str | None) -> None:
        """Offer ``templates``; ``current`` chosen (None: free notes)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("Sessions", "Free notes (no template)"), "")
        for template in templates:
            self.combo.addItem(template.name, template.key)
        index = self.combo.findData(current or "")
        if index < 0 and current:  # a template deleted since: the note keeps its copy
            self.combo.addItem(
                QCoreApplication.translate(
                    "Sessions", "The template these notes were written with"
                ),
                current,
            )
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def current_key(self) -> str:
        """The key chosen ("" for free notes)."""
        return str(self.combo.currentData() or "")

    def show_key(self, key: str | None) -> None:
        """Show ``key`` as chosen without announcing it (a change that was refused)."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(key or ""), 0))
        self.combo.blockSignals(False)

    @Slot(int)
    def _activated(self, _index: int) -> None:
        self.chosen.emit(self.current_key())
