"""The main window: sidebar of sections, the current page, and the safety bar.

One window exists per unlock. It builds each section's page from the registered
:class:`SectionSpec` factories — the first section at once, the others one per pass of
the event loop right after the window is painted, or immediately when one is asked
for (``hub.section_requested``, the sidebar, a shortcut) — and :meth:`teardown`
destroys them all when the vault locks, so no widget, model or undo stack outlives
the unlocked vault.

Hooks for pages (optional; each a Protocol in :mod:`hj_journal.ui.shell.sections`):

- :class:`StartsNewEntry` on the Journal page receives File ▸ New entry (Ctrl+N);
- :class:`HasSearch` receives Edit ▸ Find (Ctrl+F) — the current page's if it has
  one, otherwise the Journal page's;
- :class:`OffersPause` on any page takes over *Pause* from the built-in grounding
  dialog.

The client view: while a page says a client is looking (``client_view_changed``, as
Sessions does during a session), the sidebar, the menus and every shortcut are off
(Lock included: it is the practitioner's), so the client cannot wander into other
clients or private notes. Only the session's own view switch (Ctrl+Shift+V), *Pause*
and *Quick exit* (button and keys) still work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.errorlog import log_unexpected
from hj_journal.ui.common.widgets import page_scroll
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.data.actions import DataActions, install_data_actions
from hj_journal.ui.platform.disguise import current_identity
from hj_journal.ui.platform.icons import app_icon, icon
from hj_journal.ui.platform.theme import SELECTED_TEXT_PROPERTY
from hj_journal.ui.shell.about import AboutDialog, ShortcutsDialog
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.menus import build_menus
from hj_journal.ui.shell.safety_bar import SafetyBar
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.section_registry import translated, visible_sections
from hj_journal.ui.shell.sections import (
    HasSearch,
    OffersPause,
    SectionPage,
    SectionSpec,
    StartsNewEntry,
)

KEY_ROLE = Qt.ItemDataRole.UserRole  # a sidebar row's Section (its value)


_BUILD_FALLBACK_MS = 1000  # build the other pages even if no paint ever arrives


class MainWindow(QMainWindow):
    """Sidebar, pages and safety bar for one unlocked vault."""

    lock_requested = Signal()
    quick_exit_requested = Signal()
    quit_requested = Signal()
    painted = Signal()  # the first paint (or its fallback): the other pages follow
    pages_built = Signal()  # the last page built after the first paint

    def __init__(
        self, ctx: UiContext, specs: Sequence[SectionSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        identity = current_identity()  # the disguise's neutral name, if one is on
        self.setWindowTitle(identity.name)
        self.setWindowIcon(app_icon())  # the disguise's plain icon, when one is on
        self.setAccessibleName(identity.name)
        self.specs = visible_sections(specs, ctx.services.settings.is_practice_vault)
        self.pages: dict[Section, SectionPage] = {}  # the pages built so far
        self._frames: dict[Section, QWidget] = {}  # each built page's scroll area
        self._slots: dict[Section, QWidget] = {}  # stand-ins for pages not built yet
        self._torn_down = False
        self._current: Section | None = None
        self._grounding: GroundingDialog | None = None
        self.client_view = False  # a client is looking at the screen
        self.data_actions: DataActions | None = None
        self._build()
        self.actions_ = build_menus(self, self.specs, self._install_data_actions)
        self._connect_signals()
        self.refresh_appearance()
        if self.specs:
            self.show_section(self.specs[0].key)
        self.sidebar.setFocus()  # keyboard users start at the sections
        # The other pages are built once this window has been painted (a zero timer
        # would run first and keep the unlocked window from showing); the fallback
        # covers a window that is never painted.
        self._waiting_for_paint = True
        QTimer.singleShot(_BUILD_FALLBACK_MS, self._start_building)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.safety_bar = SafetyBar(self.ctx.services.data.identity.label)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current section"))
        for spec in self.specs:
            label = translated(spec.label)
            item = QListWidgetItem(icon(spec.icon), label)
            item.setData(KEY_ROLE, spec.key.value)
            if spec.shortcut:
                item.setToolTip(f"{label} ({spec.shortcut})")
            self.sidebar.addItem(item)
            slot = QWidget()
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.safety_bar)
        self._column = column  # a notice goes between the safety bar and the sections
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(820, 560)
        self.resize(1180, 780)

    def show_notice(self, notice: QWidget) -> None:
        """Show a dismissible strip (say, about attempts to open the vault) above the sections."""
        self._column.insertWidget(1, notice)

    def _install_data_actions(self, file_menu: QMenu) -> None:
        # File ▸ Back up now…, Backups…, Export…, Import…, Wipe this vault…
        self.data_actions = install_data_actions(self, self.ctx, file_menu)

    def page(self, key: Section) -> SectionPage | None:
        """The page of section ``key``, built now if it was not yet (None: no such section)."""
        built = self.pages.get(key)
        if built is not None or self._torn_down:
            return built
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        key = spec.key  # the Section itself, even when a caller handed its value
        page = spec.factory(self.ctx)
        page.setObjectName(f"page-{key}")
        if not page.accessibleName():
            page.setAccessibleName(translated(spec.label))
        page.client_view_changed.connect(self.set_client_view)
        slot = self._slots.pop(key)
        # Every page scrolls rather than squeezes when the window is small or the text
        # is large, so no page has to guard against that on its own.
        frame = page_scroll(page)
        self._frames[key] = frame
        self.stack.insertWidget(self.stack.indexOf(slot), frame)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.pages[key] = page
        return page

    @property
    def all_pages_built(self) -> bool:
        """True once every section's page exists."""
        return not self._slots

    def event(self, event: QEvent) -> bool:
        if getattr(self, "_waiting_for_paint", False) and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start_building)
        return super().event(event)

    @Slot()
    def _start_building(self) -> None:
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            self.painted.emit()
            self._build_next()

    @Slot()
    def _build_next(self) -> None:
        # One page per pass of the event loop, so the window stays responsive.
        # Emits pages_built once, when none is left (some may have been opened meanwhile).
        if self._torn_down:
            return
        if self._slots:
            self.page(next(iter(self._slots)))
        if self._slots:
            QTimer.singleShot(0, self._build_next)
        else:
            self.pages_built.emit()

    def _connect_signals(self) -> None:
        a = self.actions_
        a.new_entry.triggered.connect(self.new_entry)
        a.find.triggered.connect(self.find)
        a.lock.triggered.connect(self.lock_requested)
        a.quick_exit.triggered.connect(self.quick_exit_requested)
        a.quit.triggered.connect(self.quit_requested)
        a.preferences.triggered.connect(self.show_preferences)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        for key, action in a.sections.items():
            action.triggered.connect(
                lambda _checked=False, k=key: self.show_section(k, focus=True)
            )
        self.sidebar.currentItemChanged.connect(self._sidebar_moved)
        self.safety_bar.pause_clicked.connect(self.pause)
        self.safety_bar.lock_clicked.connect(self.lock_requested)
        self.safety_bar.quick_exit_clicked.connect(self.quick_exit_requested)
        self.ctx.hub.section_requested.connect(self._section_requested)

    # ------------------------------------------------------------------ sections

    @property
    def current_key(self) -> Section | None:
        """The key of the section on screen."""
        return self._current

    @property
    def current_page(self) -> SectionPage | None:
        """The page on screen."""
        return self.pages.get(self._current) if self._current else None

    def show_section(self, key: Section, *, focus: bool = False) -> bool:
        """Show the section ``key``; returns False when this vault has no such section.

        In the client view nothing but the page on screen can be shown.
        """
        if self.client_view and key != self._current:
            return False
        page = self.page(key)
        if page is None:
            return False
        key = Section(key)  # a known section (it has a page): keep the Section itself
        if key != self._current:
            previous = self.current_page
            if previous is not None:
                self._save(previous)
            self._current = key
            self.stack.setCurrentWidget(self._frames[key])
            for row in range(self.sidebar.count()):
                item = self.sidebar.item(row)
                if item.data(KEY_ROLE) == key and self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)
            action = self.actions_.sections.get(key) if hasattr(self, "actions_") else None
            if action is not None:
                action.setChecked(True)
            page.activate()
        if focus:
            focus_first(page)
        return True

    @Slot(QListWidgetItem, QListWidgetItem)
    def _sidebar_moved(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_section(Section(current.data(KEY_ROLE)))

    @Slot(Section)
    def _section_requested(self, section: Section) -> None:
        self.show_section(section)

    @Slot(bool)
    def set_client_view(self, on: bool) -> None:
        """A client is looking (True): keep them on this page; False: open everything again."""
        self.client_view = on
        self.sidebar.setEnabled(not on)
        self.menuBar().setEnabled(not on)
        actions = self.actions_.every_action()
        if self.data_actions is not None:
            actions += [a for a in vars(self.data_actions).values() if isinstance(a, QAction)]
        for action in actions:
            # An action this vault leaves out (New entry in a practice vault) stays off.
            action.setEnabled(not on and action.isVisible())
        self.actions_.quick_exit.setEnabled(True)
        self.safety_bar.lock_button.setEnabled(not on)

    # ------------------------------------------------------------------ actions

    @Slot()
    def new_entry(self) -> None:
        """File ▸ New entry: open the Journal's editor on a new entry."""
        if self.show_section(Section.JOURNAL):
            page = self.pages.get(Section.JOURNAL)
            if isinstance(page, StartsNewEntry):
                page.new_entry()

    # Shadows QWidget.find(), a static look-up by native window id this window never uses.
    @Slot()
    def find(self) -> None:  # type: ignore[override]
        """Edit ▸ Find: the current page's search, or the Journal's."""
        page = self.current_page
        if not isinstance(page, HasSearch):
            if not self.show_section(Section.JOURNAL):
                return
            page = self.pages.get(Section.JOURNAL)
        if isinstance(page, HasSearch):
            page.focus_search()

    @Slot()
    def show_preferences(self) -> None:
        """Edit ▸ Preferences: the Settings section."""
        self.show_section(Section.SETTINGS, focus=True)

    @Slot()
    def pause(self) -> None:
        """The safety bar's Pause: a grounding exercise, one click away."""
        for spec in self.specs:
            page = self.page(spec.key)
            if isinstance(page, OffersPause):
                page.offer_pause()
                return
        if self._grounding is None:
            self._grounding = GroundingDialog(self)
            self._grounding.finished.connect(self._grounding_closed)
        self._grounding.show()
        self._grounding.raise_()
        self._grounding.activateWindow()

    @Slot()
    def _grounding_closed(self) -> None:
        if self._grounding is not None:
            self._grounding.deleteLater()
            self._grounding = None

    @Slot()
    def show_about(self) -> None:
        """Help ▸ About."""
        AboutDialog(self).exec()

    @Slot()
    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        ShortcutsDialog(self.actions_.shortcut_rows(), self).exec()

    def refresh_appearance(self) -> None:
        """Theme, text size or names changed: sidebar icons and rows, the vault's name."""
        self.safety_bar.vault_label.setText(self.ctx.services.data.identity.label)
        specs = {spec.key: spec for spec in self.specs}
        app = QApplication.instance()
        on_selection = app.property(SELECTED_TEXT_PROPERTY) if app is not None else None
        # Wide enough for the longest section name at this text size; at large text a
        # long name wraps onto a second line rather than take half the window. (The
        # rows' own size hints carry no width, so the list cannot be asked for it.)
        metrics = self.sidebar.fontMetrics()
        # The icon, the gap after it, the rows' and the list's padding, a scroll bar.
        around_text = self.sidebar.iconSize().width() + 80
        widest = max(
            (
                metrics.horizontalAdvance(self.sidebar.item(r).text())
                for r in range(self.sidebar.count())
            ),
            default=0,
        )
        text_room = min(widest, metrics.averageCharWidth() * 13)
        width = max(200, text_room + around_text)
        self.sidebar.setFixedWidth(width)
        self.sidebar.setWordWrap(True)
        room = width - around_text
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            lines = metrics.boundingRect(
                QRect(0, 0, max(room, 1), 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
            ).height()
            item.setSizeHint(QSize(0, max(40, lines + 22)))
            spec = specs.get(Section(item.data(KEY_ROLE)))
            if spec is not None:
                item.setIcon(icon(spec.icon, selected=on_selection or None))

    # ------------------------------------------------------------------ lock and close

    def _save(self, page: SectionPage) -> None:
        try:
            page.save_state()
        except Exception as error:  # one page must not stop the others from saving
            log_unexpected(self.ctx.paths.log_dir, type(error), error.__traceback__)

    def save_all_pages(self) -> None:
        """Ask every page to keep what was typed (lock, quick exit, crash)."""
        for page in list(self.pages.values()):
            self._save(page)

    def close_dialogs(self) -> None:
        """Close every dialog this window opened (ends any that are waiting for input)."""
        close_dialogs(self)

    def teardown(self) -> None:
        """Empty every text field and drop every page (the vault is about to lock).

        The fields are emptied first, with their undo histories, so that nothing typed
        lingers even before Qt deletes the widgets.
        """
        self._torn_down = True
        self.close_dialogs()
        self.hide()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                widget.setText("")
            elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
                widget.clear()
                widget.document().clearUndoRedoStacks()
        for key, page in self.pages.items():
            frame = self._frames.pop(key)
            self.stack.removeWidget(frame)
            page.deleteLater()
            frame.deleteLater()
        self.pages.clear()
        self.sidebar.clear()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits the app (after saving and locking)."""
        event.ignore()
        self.quit_requested.emit()


def close_dialogs(owner: QWidget) -> None:
    """Close every visible dialog ``owner`` opened; hiding also ends a waiting ``exec()``."""
    for dialog in owner.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
            dialog.hide()


def focus_first(page: QWidget) -> None:
    """Put keyboard focus on the first control of ``page`` that takes Tab focus."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus()
