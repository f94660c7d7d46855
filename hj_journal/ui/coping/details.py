"""One strategy in full, with what can be done with it (begin, favourite, hide, edit…)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.coping.library import Step, Strategy
from hj_journal.core.coping.service import LibraryItem
from hj_journal.ui.common.widgets import FlowLayout
from hj_journal.ui.coping.labels import meta_line


def _step_html(step: Step, tr_seconds: str, tr_optional: str) -> str:
    extra = []
    if step.seconds is not None:
        extra.append(tr_seconds.format(n=step.seconds))
    if step.skippable:
        extra.append(tr_optional)
    suffix = f" <span style='opacity:0.75'>({escape(', '.join(extra))})</span>" if extra else ""
    return f"<li>{escape(step.text)}{suffix}</li>"


class StrategyDetails(QWidget):
    """The chosen strategy: what it is, its steps, cautions, and its actions."""

    begin_requested = Signal()
    favourite_toggled = Signal(bool)
    hidden_toggled = Signal(bool)
    edit_requested = Signal()
    copy_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: LibraryItem | None = None
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel()
        self.meta.setProperty("role", "muted")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)

        self.begin_button = QPushButton(self.tr("&Begin"))
        self.begin_button.setProperty("role", "primary")
        self.favourite_button = QPushButton()
        self.favourite_button.setCheckable(True)
        self.hide_button = QPushButton()
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save this strategy as a file to share"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.copy_button = QPushButton(self.tr("Copy and &change…"))
        self.copy_button.setToolTip(self.tr("Make your own version of this strategy"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        actions = FlowLayout()  # wraps onto a second line rather than squeeze the words
        actions.addWidget(self.begin_button)
        actions.addWidget(self.favourite_button)
        for button in (
            self.copy_button,
            self.edit_button,
            self.export_button,
            self.hide_button,
            self.delete_button,
        ):
            actions.addWidget(button)

        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setAccessibleName(self.tr("About this strategy"))

        self.empty = QLabel(self.tr("Choose a strategy on the left to see its steps."))
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)
        self._connect_signals()
        self.show_item(None)

    def _connect_signals(self) -> None:
        self.begin_button.clicked.connect(self.begin_requested)
        self.favourite_button.toggled.connect(self._favourite_toggled)
        self.hide_button.clicked.connect(self._hide_clicked)
        self.edit_button.clicked.connect(self.edit_requested)
        self.copy_button.clicked.connect(self.copy_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_button.clicked.connect(self.export_requested)

    def show_item(self, item: LibraryItem | None) -> None:
        """Show a strategy, or the quiet "choose one" note."""
        self.item = item
        has = item is not None
        for widget in (self.title, self.meta, self.body):
            widget.setVisible(has)
        for button in (
            self.begin_button,
            self.favourite_button,
            self.hide_button,
            self.export_button,
        ):
            button.setVisible(has)
        self.empty.setVisible(not has)
        self.edit_button.setVisible(has and item is not None and not item.builtin)
        self.delete_button.setVisible(has and item is not None and not item.builtin)
        self.copy_button.setVisible(has and item is not None and item.builtin)
        if item is None:
            return
        self.title.setText(item.strategy.title)
        self.meta.setText(meta_line(item.strategy))
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(item.favourite)
        self.favourite_button.blockSignals(False)
        self._label_buttons()
        self.body.setHtml(self._html(item.strategy))

    def _label_buttons(self) -> None:
        item = self.item
        if item is None:
            return
        self.favourite_button.setText(
            self.tr("★ &Favourite") if item.favourite else self.tr("☆ &Favourite")
        )
        self.favourite_button.setAccessibleName(
            self.tr("Favourite (on)") if item.favourite else self.tr("Favourite (off)")
        )
        self.hide_button.setText(self.tr("&Show again") if item.hidden else self.tr("&Hide"))
        self.hide_button.setToolTip(
            self.tr("Bring this strategy back into the library")
            if item.hidden
            else self.tr("Keep this strategy out of the library (you can bring it back)")
        )

    def _html(self, strategy: Strategy) -> str:
        seconds = self.tr("{n} s")
        optional = self.tr("optional")
        parts: list[str] = []
        if strategy.content_note:
            parts.append(
                "<p><b>"
                + escape(self.tr("Content note:"))
                + "</b> "
                + escape(strategy.content_note)
                + "</p>"
            )
        if strategy.summary:
            parts.append(f"<p>{escape(strategy.summary)}</p>")
        parts.append("<h3>" + escape(self.tr("Steps")) + "</h3>")
        if strategy.intro:
            parts.append(
                "<ul>"
                + "".join(_step_html(s, seconds, optional) for s in strategy.intro)
                + "</ul>"
            )
        rounds = strategy.repeat
        if rounds > 1:
            parts.append("<p>" + escape(self.tr("Then, %n time(s):", "", rounds)) + "</p>")
        parts.append(
            "<ol>" + "".join(_step_html(s, seconds, optional) for s in strategy.steps) + "</ol>"
        )
        if strategy.closing:
            parts.append(
                "<ul>"
                + "".join(_step_html(s, seconds, optional) for s in strategy.closing)
                + "</ul>"
            )
        parts.append(
            "<p>"
            + escape(
                self.tr("You can keep your eyes open throughout, and pause or stop at any time.")
            )
            + "</p>"
        )
        if strategy.cautions:
            parts.append("<h3>" + escape(self.tr("Please keep in mind")) + "</h3>")
            parts.append(
                "<ul>" + "".join(f"<li>{escape(c)}</li>" for c in strategy.cautions) + "</ul>"
            )
        if strategy.basis:
            parts.append("<h3>" + escape(self.tr("Where it comes from")) + "</h3>")
            parts.append(f"<p>{escape(strategy.basis)}</p>")
        return "".join(parts)

    @Slot(bool)
    def _favourite_toggled(self, checked: bool) -> None:
        self.favourite_toggled.emit(checked)

    @Slot()
    def _hide_clicked(self) -> None:
        if self.item is not None:
            self.hidden_toggled.emit(not self.item.hidden)
