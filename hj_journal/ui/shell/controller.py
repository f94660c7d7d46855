"""The app's moving parts, wired together: lock screen ↔ main window, and what locks it.

The controller owns the things that outlive one unlock (theme, background jobs,
clipboard guard, idle monitor, quick-exit keys, crash handler, lock window) and builds
what lives only while a vault is unlocked (a fresh :class:`Hub`, the
:class:`UiContext` and the :class:`MainWindow`).

Locking, in order: pages are asked to save (``hub.vault_locking`` and
``save_state()``), an automatic backup starts if anything changed (not on quick exit,
which must hide and lock at once; the next unlock backs up what was missed), the main
window empties its fields and is destroyed, background jobs are waited for (so a key
file is never half rewritten and a backup never cut off), the vault locks (engine
disposed, key wiped), the lock screen forgets what was typed, and the clipboard is
cleared if it still holds the app's text. Unlocking starts an automatic backup too,
once the window is up, if the vault changed since its newest backup.

Starting, in order: the theme, the lock screen (only its first page, which hears the
quick-exit keys itself), the crash handler, then the lock screen is shown. Everything
else the lock screen does not need to be painted waits: the app-wide quick-exit keys,
the reminders and their tray icon, the system sleep and screen-lock watcher and the
warm-up of what unlocking needs start after its first paint, and the
clipboard guard and idle monitor are made when first used (at the latest on unlock),
so the app opens about as fast as a bare window (docs/architecture.md, Start-up).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.lock.window import PAGE_MODULES, LockWindow
from hj_journal.ui.platform import heap
from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.platform.crash import CrashHandler
from hj_journal.ui.platform.disguise import apply_identity, current_identity, identity_from
from hj_journal.ui.platform.icons import refresh_all as refresh_icons
from hj_journal.ui.platform.quick_exit import QuickExitKeys
from hj_journal.ui.platform.theme import ThemeManager
from hj_journal.ui.platform.translations import language_of
from hj_journal.ui.platform.worker import Jobs

if TYPE_CHECKING:
    from hj_journal.ui.care.support_setup import SupportSetupDialog
    from hj_journal.ui.platform.clipboard import ClipboardGuard
    from hj_journal.ui.platform.idle import IdleMonitor
    from hj_journal.ui.platform.system_lock import SystemLockWatcher
    from hj_journal.ui.reminders.controller import ReminderController
    from hj_journal.ui.reminders.tray import Notifier
    from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
    from hj_journal.ui.shell.context import UiContext
    from hj_journal.ui.shell.hub import Hub
    from hj_journal.ui.shell.main_window import MainWindow
    from hj_journal.ui.shell.sections import SectionSpec

WARM_UP_DELAY_MS = 150  # after the lock screen is painted
SETTLE_FALLBACK_MS = 1000  # in case the lock screen is not painted (say, started minimised)
# After a lock, the closed window's objects are collected once this long later, when its
# deferred deletions have run and the lock screen is up (hj_journal.ui.platform.heap).
HEAP_RELEASE_DELAY_MS = 500


class AppController(QObject):
    """See the module docstring. Tests build it directly, with fast settings."""

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        qsettings: QSettings,
        *,
        policy: KdfPolicy,
        sections: Sequence[SectionSpec] | None = None,
        idle_ms: int | None = None,
        quit_app: Callable[[], None] | None = None,
        watch_system: bool = True,
        notifier: Notifier | None = None,
        fusion_at_start: bool = False,
    ) -> None:
        """``fusion_at_start``: ``app`` was made with the Fusion style (see ThemeManager)."""
        super().__init__()
        self.paths = paths
        self.qsettings = qsettings
        self.settings = AppSettings(qsettings)
        # The language this run speaks, fixed at start-up as the window's words are
        # (hj_journal.ui.shell.app installs them): resources are read in it too.
        self.language = language_of(self.settings.language)
        self.policy = policy
        self._sections = list(sections) if sections is not None else None
        self._idle_override = idle_ms
        self._quit_app = quit_app or app.quit
        self._watch_system = watch_system
        self.registry = VaultRegistry(paths.vaults_dir, unlisted=self.settings.unlisted_vaults)
        apply_identity(identity_from(self.settings))  # before any window: it shows the name
        self.neutral_screen: QWidget | None = None  # left by quick exit, if so chosen
        self.theme = ThemeManager(app, self.settings, self, fusion_at_start=fusion_at_start)
        self.theme.apply()
        self.jobs = Jobs(self)
        self._clipboard: ClipboardGuard | None = None
        self._idle: IdleMonitor | None = None
        self.quick_keys = QuickExitKeys(self)
        self.system_lock: SystemLockWatcher | None = None
        self.crash = CrashHandler(
            paths.log_dir,
            save_all=self.save_all_pages,
            lock=self.lock,
            parent_window=self._front_window,
        )
        self.lock_window = LockWindow(self.registry, policy, self.jobs)
        self.lock_window.set_reduced_motion(self.settings.reduced_motion)
        # Gentle reminders and the tray (off unless chosen; tests pass a fake notifier):
        # made at the first paint, or when first asked for (see reminders).
        self._notifier = notifier
        self._reminders: ReminderController | None = None
        self.vault: Vault | None = None
        self.hub: Hub | None = None
        self.ctx: UiContext | None = None
        self.window: MainWindow | None = None
        self._locking = False
        self._just_created: Vault | None = None  # made just now: offer the support step
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._warm_up)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._after_first_paint)
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.timeout.connect(heap.release)
        self._started = False
        self._settled = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.theme.changed.connect(self._theme_changed)
        self.quick_keys.pressed.connect(self.quick_exit)
        self.lock_window.first_painted.connect(
            self._after_first_paint, Qt.ConnectionType.QueuedConnection
        )
        self.lock_window.vault_opened.connect(self._vault_opened)
        self.lock_window.created.connect(self._vault_created)
        self.lock_window.ready.connect(self._enter)
        self.lock_window.quick_exit_requested.connect(self.quick_exit)
        self.lock_window.quit_requested.connect(self.quit)
        self.lock_window.disguise_chosen.connect(self._disguise_chosen)

    @property
    def sections(self) -> list[SectionSpec]:
        """The sidebar's sections (the app's own unless the controller was given some)."""
        if self._sections is None:
            from hj_journal.ui.shell.section_registry import SECTIONS

            self._sections = list(SECTIONS)
        return self._sections

    @property
    def clipboard(self) -> ClipboardGuard:
        """Copies the app's text and takes it back off the clipboard on lock."""
        if self._clipboard is None:
            from hj_journal.ui.platform.clipboard import ClipboardGuard

            self._clipboard = ClipboardGuard(self)
        return self._clipboard

    @property
    def idle(self) -> IdleMonitor:
        """Locks the vault after the chosen time without keyboard or mouse activity."""
        if self._idle is None:
            from hj_journal.ui.platform.idle import IdleMonitor

            self._idle = IdleMonitor(self._idle_interval(), self)
            self._idle.idle.connect(self.lock)
        return self._idle

    @property
    def reminders(self) -> ReminderController:
        """Gentle reminders and the tray icon; made at the lock screen's first paint.

        Not before it: the module, the tray and the watch on the lock screen being closed
        (an event filter, which would have every event of the window pass through Python
        while it is built and shown) can all wait until it is on screen.
        """
        return self._make_reminders()

    def _make_reminders(self) -> ReminderController:
        if self._reminders is not None:
            return self._reminders
        from hj_journal.ui.reminders.controller import ReminderController

        reminders = ReminderController(self.settings, self._notifier, parent=self)
        self._reminders = reminders
        reminders.open_requested.connect(self.bring_up)
        reminders.quit_requested.connect(self.quit)
        reminders.tray_closed.connect(self.to_tray)
        reminders.keep_on_close(self.lock_window)  # closing it may keep the app in the tray
        if self._started:
            reminders.apply_settings()
        return reminders

    def _idle_interval(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.settings.idle_minutes * 60_000

    def _front_window(self) -> QWidget | None:
        if self.window is not None and self.window.isVisible():
            return self.window
        return self.lock_window if self.lock_window.isVisible() else None

    # ------------------------------------------------------------------ start and stop

    def start(self) -> None:
        """Show the lock screen and start listening for quick exit and crashes."""
        self.crash.install()
        # The quick-exit keys: the lock screen's own shortcut until its first paint, then
        # everywhere (_after_first_paint; see LockWindow.hear_quick_exit_everywhere).
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.lock_window.restoreGeometry(geometry)
        self._started = True
        self.lock_window.show()
        self.lock_window.raise_()
        self.lock_window.activateWindow()
        self._settle_timer.start(SETTLE_FALLBACK_MS)

    @Slot()
    def _after_first_paint(self) -> None:
        """What the painted lock screen can wait for (runs once, after its first paint)."""
        if not self._started or self._settled:
            return
        self._settled = True
        self._settle_timer.stop()
        self.quick_keys.install()
        self.lock_window.hear_quick_exit_everywhere()
        self._make_reminders()  # the tray, its timer, its watch on the window closing
        if self._watch_system and self.system_lock is None:
            from hj_journal.ui.platform.system_lock import SystemLockWatcher

            self.watch_the_system(SystemLockWatcher(self))
        # While the lock screen waits for a passphrase, load what unlocking will need.
        self._warm_timer.start(WARM_UP_DELAY_MS)

    def watch_the_system(self, watcher: SystemLockWatcher) -> None:
        """Lock when the system sleeps or locks its screen; check reminders when it wakes."""
        self.system_lock = watcher
        watcher.lock_requested.connect(self.lock)
        watcher.resumed.connect(self.reminders.woke)
        watcher.watch_window(int(self.lock_window.winId()))

    @Slot()
    def _warm_up(self) -> None:
        from hj_journal.ui.shell.section_registry import warm_up

        sections = list(self.sections)

        def work() -> None:
            # The lock screen's other pages, and what the crash handler writes with.
            for module in (
                *PAGE_MODULES,
                "hj_journal.errorlog",
                "hj_journal.ui.platform.crash_dialog",
            ):
                importlib.import_module(module)
            warm_up(sections, first_pages_only=True)

        # What was just loaded lives as long as the app: out of the collector's full passes.
        self.jobs.start(work, lambda _result: heap.settle())

    @Slot()
    def _warm_up_pages(self) -> None:
        """The unlocked window is painted: import its other pages' modules off the GUI thread.

        (Not before unlocking: they would add to key derivation's memory peak.)
        """
        from hj_journal.ui.shell.section_registry import warm_up

        sections = list(self.sections)
        self.jobs.start(lambda: warm_up(sections))

    def shutdown(self) -> None:
        """Lock, and give back the excepthook and event filters (end of run, tests)."""
        self._warm_timer.stop()
        self._settle_timer.stop()
        self._started = False
        self.lock(show_lock=False)
        self._release_timer.stop()
        heap.thaw()
        if self._reminders is not None:
            self._reminders.stop()
        self.crash.uninstall()
        self.quick_keys.uninstall()
        if self._idle is not None:
            self._idle.stop()
        self.lock_window.hide()
        self.lock_window.deleteLater()
        self.theme.restore()
        # A warm-up import may still be running: let it end here, on the GUI thread. A
        # controller dropped with its pool busy could otherwise be collected by Python on
        # that pool's own thread, whose pool would then wait for itself for ever.
        self.jobs.wait()

    # ------------------------------------------------------------------ unlocking

    @Slot(object)
    def _vault_opened(self, vault: Vault) -> None:
        # From here on the vault must lock on idle or quick exit, even before the
        # main window exists (while the recovery kit is on screen).
        self.vault = vault
        self.idle.set_interval(self._idle_interval())
        self.idle.start()

    @Slot(object)
    def _vault_created(self, vault: Vault) -> None:
        self._just_created = vault  # offer "Set up your support" once it is entered

    @Slot(object, bool)
    def _enter(self, vault: Vault, via_recovery: bool) -> None:
        self.vault = vault
        # Loaded on first unlock (warm_up has usually imported them by then).
        from hj_journal.core.services import Services
        from hj_journal.ui.data.auto_backup import backup_after_unlock
        from hj_journal.ui.shell.context import UiContext
        from hj_journal.ui.shell.hub import Hub
        from hj_journal.ui.shell.main_window import MainWindow

        hub = Hub(self)
        ctx = UiContext(
            services=Services.for_vault(vault, self.paths, self.language),
            hub=hub,
            paths=self.paths,
            app_settings=self.settings,
            policy=self.policy,
            clipboard=self.clipboard,
            jobs=self.jobs,
        )
        window = MainWindow(ctx, self.sections)
        self.hub, self.ctx, self.window = hub, ctx, window
        self.reminders.keep_on_close(window)  # closing it may keep the app in the tray
        hub.settings_changed.connect(self._settings_changed)
        hub.lock_requested.connect(self.lock)
        hub.new_vault_requested.connect(self._new_vault)
        hub.user_active.connect(self.idle.note_activity)
        hub.idle_holds.changed.connect(self.idle.set_held)  # a practice or session runs
        window.lock_requested.connect(self.lock)
        window.quick_exit_requested.connect(self.quick_exit)
        window.quit_requested.connect(self.quit)
        # The open vault's pages live until it locks: keep them out of full collections,
        # which otherwise held scrolling a long timeline still for 100-170 ms.
        window.pages_built.connect(heap.settle)
        window.painted.connect(self._warm_up_pages)
        self._tell_attempts(ctx, window)
        window.setGeometry(self.lock_window.geometry())
        window.show()
        self.lock_window.hide()
        window.raise_()
        window.activateWindow()
        self.clipboard.watch(True)
        if not self.idle.running:
            self._vault_opened(vault)
        self.idle.note_activity()  # count from the moment the window is there
        backup_after_unlock(ctx)
        if via_recovery:
            self.offer_new_passphrase()
        if self._just_created is vault:
            self._just_created = None
            self.offer_support_setup()

    def _tell_attempts(self, ctx: UiContext, window: MainWindow) -> None:
        """Someone tried to open the vault since it was last opened: a calm strip says so."""
        from hj_journal.core.vaults import VaultBusyError
        from hj_journal.ui.shell.attempts_notice import AttemptsNotice

        try:
            report = ctx.services.attempts.read_new()
        except VaultBusyError:  # another window reads it right now; it waits for next time
            return
        if not report.is_quiet:
            window.show_notice(AttemptsNotice(report))

    def offer_support_setup(self) -> SupportSetupDialog | None:
        """After creating a personal vault: the optional "Set up your support" step."""
        from hj_journal.ui.care.support_setup import open_support_setup

        if self.window is None or self.ctx is None:
            return None
        if self.ctx.services.settings.is_practice_vault:
            return None  # a practice vault keeps clients, not a personal care map
        return open_support_setup(self.ctx, self.window)

    def offer_new_passphrase(self) -> ChangePassphraseDialog | None:
        """After a recovery-key unlock: a new passphrase, if wanted (never required)."""
        from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog

        if self.window is None or self.vault is None:
            return None
        dialog = ChangePassphraseDialog(
            self.vault, self.policy, self.jobs, self.window, require_current=False
        )
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ locking

    def save_all_pages(self) -> None:
        """Ask every page to save what was typed (lock, quick exit, crash)."""
        if self.window is not None:
            self.window.save_all_pages()

    @Slot()
    def lock(self, *, show_lock: bool = True, backup: bool = True) -> None:
        """Save, drop every page, lock the vault and show the lock screen.

        ``backup=False`` skips the automatic backup (quick exit: nothing may wait).
        """
        if self._locking:
            return
        self._locking = True
        try:
            self._lock(show_lock, backup)
        finally:
            self._locking = False

    def _lock(self, show_lock: bool, backup: bool) -> None:
        hub, window, vault = self.hub, self.window, self.vault
        if hub is not None:
            hub.vault_locking.emit()
        if window is not None:
            window.save_all_pages()
            if backup and self.ctx is not None:
                from hj_journal.ui.data.auto_backup import backup_before_lock

                backup_before_lock(self.ctx)  # jobs.wait() below lets it finish
            self.settings.window_geometry = window.saveGeometry()
            self.lock_window.setGeometry(window.geometry())
            window.teardown()
        self.window = self.ctx = None
        if self._idle is not None:
            self._idle.stop()
        if self._clipboard is not None:
            self._clipboard.watch(False)
        self.jobs.wait()  # never lock halfway through rewriting the key file
        if vault is not None:
            vault.lock()
        self.vault = None
        self.lock_window.reset(preferred=vault)
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()
        if hub is not None:
            hub.silence()  # pages waiting to be deleted hear nothing more
            hub.deleteLater()
        self.hub = None
        if window is not None:
            self._release_timer.start(HEAP_RELEASE_DELAY_MS)
        if show_lock:
            self.lock_window.show()
            self.lock_window.raise_()
            self.lock_window.activateWindow()

    @Slot()
    def quick_exit(self) -> None:
        """Hide everything at once, then save, lock and quit. No questions asked.

        With the neutral screen chosen (Settings → Privacy), an empty notes page is
        shown first and stays; closing it quits.
        """
        neutral = self._show_neutral_screen() if self.settings.quick_exit_neutral else None
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not neutral:
                widget.hide()
        if self.ctx is not None:  # an unlock backup still running must not hold the lock up
            from hj_journal.ui.data.auto_backup import stop_automatic_backups

            stop_automatic_backups(self.ctx)
        self.lock(show_lock=False, backup=False)
        if neutral is None:
            self._quit_app()

    def _show_neutral_screen(self) -> QWidget:
        from hj_journal.ui.platform.quick_exit import NeutralScreen

        if self.neutral_screen is None:
            screen = NeutralScreen()
            screen.closed.connect(self._quit_app)
            self.neutral_screen = screen
        front = self._front_window()
        if front is not None:
            self.neutral_screen.setGeometry(front.geometry())
        self.neutral_screen.show()
        self.neutral_screen.raise_()
        self.neutral_screen.activateWindow()
        return self.neutral_screen

    @Slot()
    def quit(self) -> None:
        """File ▸ Quit or closing a window: save, lock, quit."""
        if self.window is None:
            self.settings.window_geometry = self.lock_window.saveGeometry()
        self.lock(show_lock=False)
        self.lock_window.hide()
        self._quit_app()

    @Slot()
    def to_tray(self) -> None:
        """A window was closed with "keep in the tray" on: save, lock, hide; the icon stays."""
        if self.window is None:
            self.settings.window_geometry = self.lock_window.saveGeometry()
        self.lock(show_lock=False)
        self.lock_window.hide()

    @Slot()
    def bring_up(self) -> None:
        """A reminder or the tray was clicked: the window while unlocked, else the lock screen.

        Nothing from a vault is shown while it is locked: the lock screen asks first.
        """
        front: QWidget = self.window if self.window is not None else self.lock_window
        front.show()
        front.raise_()
        front.activateWindow()

    @Slot()
    def _new_vault(self) -> None:
        self.lock()
        self.lock_window.show_create()

    # ------------------------------------------------------------------ settings

    @Slot()
    def _disguise_chosen(self) -> None:
        """At creation the person chose a disguise: put it on before the kit shows."""
        self.settings.disguise_on = True
        self._follow_privacy_settings()

    def _follow_privacy_settings(self) -> None:
        """A disguise or "Don't list my vaults" changed: every window follows at once."""
        self.registry.unlisted = self.settings.unlisted_vaults
        identity = identity_from(self.settings)
        if identity != current_identity():
            apply_identity(identity)
        self.lock_window.show_identity()  # its pages follow at the next lock (reset)
        if self.window is not None:
            from hj_journal.ui.shell.menus import about_text

            self.window.setWindowTitle(identity.name)
            self.window.setWindowIcon(identity.icon())
            self.window.setAccessibleName(identity.name)
            self.window.actions_.about.setText(about_text())

    @Slot()
    def _settings_changed(self) -> None:
        self._follow_privacy_settings()
        self.reminders.apply_settings()  # the tray follows the disguise and the choices
        self.theme.apply()
        if self._idle is not None:
            self._idle.set_interval(self._idle_interval())
        self.lock_window.set_reduced_motion(self.settings.reduced_motion)
        if self.window is not None:
            self.window.refresh_appearance()

    @Slot()
    def _theme_changed(self) -> None:
        refresh_icons()  # icons are drawn in the palette's text colour
        if self.window is not None:
            self.window.refresh_appearance()
