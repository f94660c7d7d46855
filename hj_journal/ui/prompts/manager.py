"""The prompts manager: where Today's prompt comes from, every prompt, and packs.

Not modal, so the safety bar stays one click away. *Write about this* closes it and
opens the Journal editor with the prompt linked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.principles import Principle
from hj_journal.core.prompts.service import Prompts
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.prompts.asker import PromptsAsker
from hj_journal.ui.prompts.browser import PromptBrowser
from hj_journal.ui.prompts.packs import PacksPanel
from hj_journal.ui.prompts.writing import write_about
from hj_journal.ui.shell.context import UiContext


class TodayChoices(QWidget):
    """Which principles Today's prompt draws from, and whether noted prompts may come."""

    changed = Signal()

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        intro = QLabel(
            self.tr(
                "Today's prompt draws from the principles you choose. It stays the same all "
                "day; you can always ask for another, set one aside for today, or hide it."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[Principle, QCheckBox] = {}
        counts = prompts.counts_by_principle()
        chosen = set(prompts.principles())
        for principle in Principle:
            count = counts[principle]
            box = QCheckBox(
                self.tr("{name} (%n prompt(s))", "", count).format(name=principle_name(principle))
            )
            box.setChecked(principle in chosen)
            box.toggled.connect(self._save)
            self.boxes[principle] = box
            layout.addWidget(box)
        self.content_notes = QCheckBox(
            self.tr("Include prompts that carry a content note (the note is always shown first)")
        )
        self.content_notes.setChecked(prompts.include_content_notes)
        self.content_notes.toggled.connect(self._save)
        layout.addSpacing(8)
        layout.addWidget(self.content_notes)
        self.none_note = QLabel(
            self.tr("With no principle chosen, Today shows no prompt. That's fine too.")
        )
        self.none_note.setProperty("role", "muted")
        self.none_note.setWordWrap(True)
        layout.addWidget(self.none_note)
        layout.addStretch(1)
        self._update_note()

    @Slot()
    def _save(self) -> None:
        self.prompts.set_principles([p for p, box in self.boxes.items() if box.isChecked()])
        self.prompts.set_include_content_notes(self.content_notes.isChecked())
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        self.none_note.setVisible(not any(box.isChecked() for box in self.boxes.values()))


class PromptsDialog(QDialog):
    """Choose prompts for Today, browse and write prompts, and exchange packs."""

    prompts_changed = Signal()

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, asker: PromptsAsker | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asker = asker or PromptsAsker(self)
        prompts = ctx.services.prompts
        self.setWindowTitle(self.tr("Prompts"))
        self.setAccessibleName(self.tr("Prompts"))
        self.setModal(False)
        self.setMinimumSize(900, 620)
        heading = QLabel(self.tr("Prompts"))
        heading.setProperty("role", "heading")
        self.today = TodayChoices(prompts)
        self.browser = PromptBrowser(prompts, self.asker)
        self.packs = PacksPanel(prompts, self.asker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today, self.tr("For &Today"))
        self.tabs.addTab(self.browser, self.tr("All &prompts"))
        self.tabs.addTab(self.packs, self.tr("Pac&ks"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.today.changed.connect(self.prompts_changed)
        self.browser.changed.connect(self._browser_changed)
        self.packs.changed.connect(self._packs_changed)
        self.browser.write_requested.connect(self._write)

    @Slot()
    def _browser_changed(self) -> None:
        self.packs.reload()
        self.prompts_changed.emit()

    @Slot()
    def _packs_changed(self) -> None:
        self.browser.reload()
        self.prompts_changed.emit()

    @Slot(str, str)
    def _write(self, key: str, text: str) -> None:
        write_about(self.ctx.hub, key, text)
        self.close()


def open_prompts_manager(ctx: UiContext, parent: QWidget | None) -> PromptsDialog:
    """Show the prompts manager (not modal); it deletes itself when closed."""
    dialog = PromptsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
