"""The writing area: the Markdown source, its rendered preview, and the content note.

An entry with a content note opens behind a short cover that shows the note and a
"Show the entry" button, so its words appear only when the reader chooses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.journal.attachments import PreviewImages, WritingEdit, preview_document

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML  # raw HTML in an entry stays text
)


class WritingTabs(QTabWidget):
    """*Write* (plain-text Markdown, or the content note's cover) and *Preview*."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = WritingEdit()  # pasting a picture or dropping files adds them
        # Set by the editor: the entry's images for Preview, decoded in memory.
        self.preview_images: PreviewImages | None = None
        self.preview_entry_id: int | None = None
        self.body.setAccessibleName(self.tr("Your writing"))
        self.body.setAccessibleDescription(self.tr("Markdown is welcome. Ctrl+S saves."))
        self.body.setPlaceholderText(self.tr("Write whatever you like. Markdown is welcome."))
        self.body.setTabChangesFocus(True)
        self.body.document().setDocumentMargin(10)

        self.cover = QWidget()
        cover_box = QVBoxLayout(self.cover)
        self.cover_text = text_label(role="subheading")
        self.cover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal = QPushButton(self.tr("Show the entry"))
        self.reveal.setAccessibleName(self.tr("Show the entry"))
        cover_box.addStretch(1)
        cover_box.addWidget(self.cover_text)
        cover_box.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignHCenter)
        cover_box.addStretch(2)
        self.write_stack = QStackedWidget()
        self.write_stack.addWidget(self.body)
        self.write_stack.addWidget(self.cover)

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)  # a link in an entry never navigates anywhere
        self.preview.setAccessibleName(self.tr("Preview of your writing"))
        self.setDocumentMode(True)
        self.addTab(self.write_stack, self.tr("&Write"))
        self.addTab(self.preview, self.tr("&Preview"))
        self.setAccessibleName(self.tr("Write or preview"))
        # The writing can change while Preview is shown (a photo's link inserted, a file
        # added elsewhere): render again once the burst of changes is over.
        self._render_soon = QTimer(self)
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(0)
        self._render_soon.timeout.connect(self.refresh_preview)
        self.currentChanged.connect(self._tab_changed)
        self.reveal.clicked.connect(self.show_words)
        self.body.textChanged.connect(self.refresh_preview_soon)

    def cover_with(self, note: str | None) -> None:
        """Show the Write tab; behind the note's cover when there is a note."""
        self.setCurrentIndex(0)
        self.cover_text.setText(self.tr("Content note: %1").replace("%1", note or ""))
        self.write_stack.setCurrentWidget(self.cover if note else self.body)

    @Slot()
    def show_words(self) -> None:
        """Take the cover away and put the cursor in the writing."""
        self.write_stack.setCurrentWidget(self.body)
        self.body.setFocus()

    def focus_writing(self) -> None:
        """The cursor in the writing area (or on the cover's button)."""
        self.setCurrentIndex(0)
        if self.write_stack.currentWidget() is self.cover:
            self.reveal.setFocus()
        else:
            self.body.setFocus()

    def wipe(self) -> None:
        """Forget the preview and the cover's note (the editor empties the body)."""
        self.preview.clear()
        self.cover_text.clear()

    @Slot()
    def refresh_preview_soon(self) -> None:
        """Render Preview again shortly, if it is the tab shown."""
        if self.currentWidget() is self.preview:
            self._render_soon.start()

    @Slot()
    def refresh_preview(self) -> None:
        """Render Preview again now, if it is the tab shown."""
        if self.currentWidget() is self.preview:
            self._render()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.widget(index) is self.preview:
            self._render()

    def _render(self) -> None:
        document = preview_document(self.preview_images, self.preview)
        document.setDocumentMargin(10)
        text = self.body.toPlainText()
        if self.preview_images is not None:
            text = self.preview_images.markdown(self.preview_entry_id, text)
        document.setMarkdown(text, MARKDOWN)
        self.preview.setDocument(document)
