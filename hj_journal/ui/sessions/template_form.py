"""Write or change a note template of one's own: a name, and sections, each with a title,
a short prompt and who reads it. Returns data only (a ``TemplateDraft``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions.templates import (
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_PROMPT,
    MAX_SECTIONS,
    MAX_TITLE,
    Fills,
    TemplateDraft,
    TemplateSection,
    clean_draft,
)
from hj_journal.ui.common.widgets import Card, MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.sessions.section_boxes import PRIVATE_MARK, SHARED_MARK

# Who reads a section: (shared, fills) for each choice, in the order offered.
READERS: tuple[tuple[str, bool, Fills | None], ...] = (
    (SHARED_MARK, True, None),
    (PRIVATE_MARK, False, None),
    (str(QT_TRANSLATE_NOOP("Sessions", "Shared: what we agreed")), True, Fills.AGREEMENTS),
    (str(QT_TRANSLATE_NOOP("Sessions", "Shared: self-care steps")), True, Fills.SELF_CARE_STEPS),
)


class SectionRow(Card):
    """One section of the template being written."""

    def __init__(self, number: int, section: TemplateSection | None = None) -> None:
        super().__init__(margin=12)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(
            QCoreApplication.translate("Sessions", "For example: What helped")
        )
        self.prompt = QLineEdit()
        self.prompt.setMaxLength(MAX_PROMPT)
        self.prompt.setPlaceholderText(
            QCoreApplication.translate(
                "Sessions", "A short question shown in the empty box (optional)"
            )
        )
        self.readers = QComboBox()
        for words, _shared, _fills in READERS:
            self.readers.addItem(QCoreApplication.translate("Sessions", words))
        self.remove_button = QPushButton(QCoreApplication.translate("Sessions", "Remove"))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_label = field_label("", self.title)
        self.prompt_label = field_label("", self.prompt)
        self.readers_label = field_label("", self.readers)
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.prompt_label, self.prompt)
        self.form.addRow(self.readers_label, self.readers)
        self.body.addLayout(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        self.body.addLayout(row)
        self.renumber(number)
        if section is not None:
            self.title.setText(section.title)
            self.prompt.setText(section.prompt)
            choice = next(
                i
                for i, (_w, shared, fills) in enumerate(READERS)
                if (fills is section.fills) and (shared == section.shared or fills is not None)
            )
            self.readers.setCurrentIndex(choice)

    def renumber(self, number: int) -> None:
        """Name the row's fields after its place (what a screen reader says)."""
        self.title_label.setText(
            QCoreApplication.translate("Sessions", "Section {n}: &title").format(n=number)
        )
        self.prompt_label.setText(QCoreApplication.translate("Sessions", "Prompt"))
        self.readers_label.setText(QCoreApplication.translate("Sessions", "Who reads it"))
        self.title.setAccessibleName(
            QCoreApplication.translate("Sessions", "Title of section {n}").format(n=number)
        )
        self.prompt.setAccessibleName(
            QCoreApplication.translate("Sessions", "Prompt of section {n}").format(n=number)
        )
        self.readers.setAccessibleName(
            QCoreApplication.translate("Sessions", "Who reads section {n}").format(n=number)
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("Sessions", "Remove section {n}").format(n=number)
        )

    def section(self) -> TemplateSection:
        """The section as typed."""
        _words, shared, fills = READERS[self.readers.currentIndex()]
        return TemplateSection(self.title.text(), self.prompt.text(), shared, fills)


class TemplateForm(QDialog):
    """The template form; ``draft`` None starts a new, empty template."""

    def __init__(
        self, parent: QWidget | None, draft: TemplateDraft | None = None, *, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            title
            or (
                QCoreApplication.translate("Sessions", "Edit note template")
                if draft
                else QCoreApplication.translate("Sessions", "New template")
            )
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.resize(640, 680)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "Shared sections can reach your client's summary; private ones never do. "
                    "Notes already written keep the sections they were written with.",
                ),
                "muted",
            )
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.description = QLineEdit(self)
        self.description.setMaxLength(MAX_DESCRIPTION)
        self.description.setPlaceholderText(
            QCoreApplication.translate("Sessions", "One line on when you use it (optional)")
        )
        form = QFormLayout()
        form.addRow(
            field_label(QCoreApplication.translate("Sessions", "&Name"), self.name), self.name
        )
        form.addRow(
            field_label(QCoreApplication.translate("Sessions", "&Description"), self.description),
            self.description,
        )
        outer.addLayout(form)
        self.rows: list[SectionRow] = []
        holder = QWidget()
        self.rows_box = QVBoxLayout(holder)
        self.rows_box.setContentsMargins(0, 0, 12, 0)
        self.rows_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.add_button = QPushButton(QCoreApplication.translate("Sessions", "&Add a section"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)
        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_section())
        if draft is not None:
            self.name.setText(draft.name)
            self.description.setText(draft.description)
        for section in draft.sections if draft else (None,):
            self.add_section(section)
        self.name.setFocus()
        grow_to_fit(self)

    def add_section(self, section: TemplateSection | None = None) -> SectionRow | None:
        """Add a section row at the end (up to the most a template can hold)."""
        if len(self.rows) >= MAX_SECTIONS:
            self.message.show_message(
                QCoreApplication.translate(
                    "Sessions", "A template can have at most {n} sections."
                ).format(n=MAX_SECTIONS)
            )
            return None
        row = SectionRow(len(self.rows) + 1, section)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        self.rows_box.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    @Slot()
    def _remove(self, row: SectionRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, left in enumerate(self.rows, 1):
            left.renumber(number)

    def draft(self) -> TemplateDraft:
        """What was typed."""
        return TemplateDraft(
            self.name.text(), self.description.text(), tuple(r.section() for r in self.rows)
        )

    def _accept(self) -> None:
        try:
            clean_draft(self.draft())  # the service's own rules, said before saving
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, draft: TemplateDraft | None = None, *, title: str = ""
    ) -> TemplateDraft | None:
        """Show the form; the template typed, or None when cancelled."""
        dialog = cls(parent, draft, title=title)
        try:
            return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
