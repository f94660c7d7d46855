"""Helpers for the app shell's tests: fake pages, a harness around the controller, canary scans."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QSettings,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.shell.coming import ComingPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.controller import AppController
from hj_journal.ui.shell.section_registry import SECTIONS, translated
from hj_journal.ui.shell.sections import SectionPage, SectionSpec

PASSPHRASE = "a calm and quiet river"
CANARY = "Canary-7f3a-marigold"


class FakePage(SectionPage):
    """A page holding the canary in a text field, a line edit and a model."""

    log: list[str] = []  # noqa: RUF012 - one list shared by every fake page of a test

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(CANARY)
        self.search.setAccessibleName("Search")
        self.editor = QPlainTextEdit(f"Dear diary, {CANARY}")
        self.editor.setAccessibleName("Entry text")
        self.model = QStringListModel([f"Title {CANARY}"], self)
        view = QListView()
        view.setAccessibleName("Entries")
        view.setModel(self.model)
        for widget in (self.search, self.editor, view):
            layout.addWidget(widget)

    def save_state(self) -> None:
        FakePage.log.append(f"save {self.objectName()}")

    def new_entry(self) -> None:
        FakePage.log.append("new entry")

    def focus_search(self) -> None:
        self.search.setFocus()
        FakePage.log.append("find")


def _coming(spec: SectionSpec) -> Callable[[UiContext], SectionPage]:
    return lambda ctx: ComingPage(ctx, translated(spec.label), "Coming soon.")


def fake_sections() -> list[SectionSpec]:
    """The real sidebar and Settings; fake Today and Journal; "coming" panels elsewhere.

    The real pages of other sections are tested by their own suites (and together
    with this shell in the tests that use :data:`SECTIONS`).
    """
    specs = []
    for spec in SECTIONS:
        if spec.key in {"today", "journal"}:
            spec = dataclasses.replace(spec, factory=FakePage)
        elif spec.key != "settings":
            spec = dataclasses.replace(spec, factory=_coming(spec))
        specs.append(spec)
    return specs


@dataclasses.dataclass
class Harness:
    """A started controller plus what the test needs to drive it."""

    controller: AppController
    paths: AppPaths
    registry: VaultRegistry
    quits: list[int]

    @property
    def lock_window(self) -> Any:
        return self.controller.lock_window

    @property
    def window(self) -> Any:
        return self.controller.window


MakeHarness = Callable[..., Harness]


def create_vault(paths: AppPaths, policy: KdfPolicy, label: str = "Notebook") -> str:
    """Create a locked vault on disk; returns its recovery key."""
    vault, key = VaultRegistry(paths.vaults_dir).create(label, PASSPHRASE, policy=policy)
    vault.lock()
    return key


def unlock(qtbot: Any, harness: Harness, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the lock screen and wait for the main window."""
    page = harness.lock_window.unlock
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(harness.lock_window.ready, timeout=10_000):
        page.unlock_button.click()
    assert harness.window is not None and harness.window.isVisible()


def settings_page(qtbot: Any, harness: Harness) -> Any:
    """Unlock and show the Settings section; returns its page."""
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    return harness.window.page("settings")


# ---------------------------------------------------------------------- finding text


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    try:
        columns = max(1, model.columnCount(parent))
        tree = not isinstance(model, (QAbstractListModel, QAbstractTableModel))
    except TypeError:  # flat models keep these private in PySide
        columns, tree = 1, False
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if tree and model.hasChildren(index):
                yield from _model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every piece of text a widget shows or holds."""
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLineEdit):
        yield widget.text()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.toPlainText()
    elif isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def places_holding(canary: str) -> list[str]:
    """Widgets, item models and text documents (with undo stacks) that hold ``canary``."""
    found = []
    for widget in QApplication.allWidgets():
        if shiboken6.isValid(widget) and any(canary in t for t in widget_texts(widget)):
            found.append(f"widget {type(widget).__name__} {widget.objectName()}")
    # Objects the app froze (hj_journal.ui.platform.heap) are not in gc.get_objects():
    # give them back first, so nothing that holds the text can hide there.
    gc.unfreeze()
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, QAbstractItemModel) and shiboken6.isValid(obj):
            if any(canary in t for t in _model_texts(obj)):
                found.append(f"model {type(obj).__name__}")
        elif (
            isinstance(obj, QTextDocument)
            and shiboken6.isValid(obj)
            # An undo stack could bring typed text back, so any undo step counts.
            and (canary in obj.toPlainText() or obj.availableUndoSteps() > 0)
        ):
            found.append(f"document {obj.objectName()}")
    return found


def files_holding(folder: Path, canaries: list[str]) -> list[str]:
    """Files under ``folder`` whose bytes contain any canary (as UTF-8 or UTF-16)."""
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in canaries:
            for encoded in (canary.encode(), canary.encode("utf-16-le")):
                if encoded in data:
                    hits.append(f"{path.relative_to(folder)}: {canary}")
    return hits


def settings_text(paths: AppPaths) -> str:
    """Everything in the app's plain settings file."""
    QSettings(str(paths.settings_file), QSettings.Format.IniFormat).sync()
    return paths.settings_file.read_text(encoding="utf-8") if paths.settings_file.exists() else ""


def open_vault(paths: AppPaths, policy: KdfPolicy, label: str = "Notebook") -> Vault:
    """Unlock a vault directly (to seed or check content)."""
    vault = VaultRegistry(paths.vaults_dir).find(label)
    vault.unlock(PASSPHRASE, policy=policy)
    return vault
