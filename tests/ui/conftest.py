"""Fixtures for the app shell: a controller with fast keys, fake pages, canary scans."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, QStringListModel, Qt
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
from hj_journal.ui.app_settings import confine_qt_settings, open_settings
from hj_journal.ui.context import UiContext
from hj_journal.ui.controller import AppController
from hj_journal.ui.section_registry import SECTIONS
from hj_journal.ui.sections import SectionPage, SectionSpec

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


def fake_sections() -> list[SectionSpec]:
    """The real sidebar, with fake Today and Journal pages (the real ones are tested apart)."""
    specs = []
    for spec in SECTIONS:
        if spec.key in {"today", "journal"}:
            spec = dataclasses.replace(spec, factory=FakePage)
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


@pytest.fixture
def make_harness(
    qapp: QApplication, qtbot: Any, paths: AppPaths, policy: KdfPolicy
) -> Iterator[MakeHarness]:
    """Build and start an :class:`AppController` the way ``run()`` does, but fast."""
    made: list[Harness] = []
    FakePage.log.clear()

    def make(
        *, sections: list[SectionSpec] | None = None, idle_ms: int = 600_000, **kw: Any
    ) -> Harness:
        confine_qt_settings(paths)
        quits: list[int] = []
        controller = AppController(
            qapp,
            paths,
            open_settings(paths),
            policy=policy,
            sections=sections if sections is not None else fake_sections(),
            idle_ms=idle_ms,
            quit_app=lambda: quits.append(1),
            watch_system=False,
            **kw,
        )
        controller.start()
        harness = Harness(controller, paths, VaultRegistry(paths.vaults_dir), quits)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.controller.shutdown()
        harness.controller.deleteLater()
    qtbot.wait(1)  # let deleteLater run


def create_vault(paths: AppPaths, policy: KdfPolicy, label: str = "Notebook") -> str:
    """Create a locked vault on disk; returns its recovery key."""
    vault, key = VaultRegistry(paths.vaults_dir).create(label, PASSPHRASE, policy=policy)
    vault.lock()
    return key


def unlock(qtbot: Any, harness: Harness, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the lock screen and wait for the main window."""
    page = harness.lock_window.unlock
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: harness.window is not None and harness.window.isVisible())


# ---------------------------------------------------------------------- finding text


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(max(1, model.columnCount(parent))):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if model.hasChildren(index):
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
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, QAbstractItemModel) and shiboken6.isValid(obj):
            if any(canary in t for t in _model_texts(obj)):
                found.append(f"model {type(obj).__name__}")
        elif isinstance(obj, QTextDocument) and shiboken6.isValid(obj):
            # An undo stack could bring typed text back, so any undo step counts.
            if canary in obj.toPlainText() or obj.availableUndoSteps() > 0:
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


@pytest.fixture
def created_vault(paths: AppPaths, policy: KdfPolicy) -> str:
    """A locked vault called Notebook on disk; the recovery key."""
    return create_vault(paths, policy)


def settings_text(paths: AppPaths) -> str:
    """Everything in the app's plain settings file."""
    QSettings(str(paths.settings_file), QSettings.Format.IniFormat).sync()
    return paths.settings_file.read_text(encoding="utf-8") if paths.settings_file.exists() else ""


def open_vault(paths: AppPaths, policy: KdfPolicy, label: str = "Notebook") -> Vault:
    """Unlock a vault directly (to seed or check content)."""
    vault = VaultRegistry(paths.vaults_dir).find(label)
    vault.unlock(PASSPHRASE, policy=policy)
    return vault
