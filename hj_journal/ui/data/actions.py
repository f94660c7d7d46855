"""The File menu's data actions, installed by the app shell with one call::

    from hj_journal.ui.data.actions import install_data_actions
    self.data_actions = install_data_actions(window, ctx, file_menu)

Adds *Back up now…*, *Backups…*, *Export…*, *Import…* and *Wipe this vault…* to
``menu`` (the last after a separator) and opens the matching dialogs over ``window``.
The dialogs are imported when first used, so installing the actions costs nothing.

Wiping follows the core's one sequence (:class:`hj_journal.core.data.wipe.VaultWipe`):
the backups go on a pool thread, then the vault on this thread. It ends with
``ctx.hub.lock_requested``: the vault is gone, so the app goes back to the lock screen
(which then no longer lists it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QProgressDialog, QWidget

from hj_journal.ui.common import calm_dialog
from hj_journal.ui.shell.context import UiContext

if TYPE_CHECKING:
    from hj_journal.core.data.wipe import BackupsRemoved


class DataMenu(QObject):
    """Opens the data dialogs over the main window. One per window."""

    def __init__(self, window: QWidget, ctx: UiContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.last_dialog: QDialog | None = None

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def back_up_now(self) -> QDialog:
        """File ▸ Back up now…"""
        from hj_journal.ui.data.backup_now import BackupNowDialog

        dialog = BackupNowDialog(self.ctx, self.window)
        dialog.show_backups_requested.connect(self.backups)
        self._show(dialog)
        dialog.start()
        return dialog

    @Slot()
    def backups(self) -> QDialog:
        """File ▸ Backups…"""
        from hj_journal.ui.data.backups_dialog import BackupsDialog

        return self._show(BackupsDialog(self.ctx, self.window))

    @Slot()
    def export(self) -> QDialog:
        """File ▸ Export…"""
        from hj_journal.ui.data.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.window)
        dialog.backup_instead_requested.connect(self.back_up_now)
        return self._show(dialog)

    @Slot()
    def import_(self) -> QDialog:
        """File ▸ Import…"""
        from hj_journal.ui.data.import_dialog import ImportDialog

        return self._show(ImportDialog(self.ctx, self.window))

    @Slot()
    def wipe(self, typed: str | None = None) -> None:
        """File ▸ Wipe this vault…: confirm by name, then remove it and its backups."""
        from hj_journal.ui.data.wipe_dialog import WipeDialog

        wipe = self.ctx.services.data.wipe
        if typed is None:
            typed = WipeDialog.ask(self.window, wipe.label)
            if typed is None:
                return
        save_all = getattr(self.window, "save_all_pages", None)
        if callable(save_all):
            save_all()  # nothing is left unsaved to be written while the files go
        busy = QProgressDialog(
            self.tr("Removing the vault and its backups…"), "", 0, 0, self.window
        )
        busy.setCancelButton(None)
        busy.setWindowTitle(self.tr("Wipe this vault"))
        busy.setMinimumDuration(0)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.show()
        # The name is checked and the backups go on a pool thread; the vault itself is
        # closed and removed on this thread, where its connections are used (see _wiped).
        self.ctx.jobs.start(
            lambda: wipe.remove_backups(typed),
            on_done=lambda receipt: self._wiped(busy, receipt),
            on_error=lambda error: self._not_wiped(busy, error),
        )

    def _wiped(self, busy: QProgressDialog, receipt: BackupsRemoved) -> None:
        try:
            self.ctx.services.data.wipe.remove_vault(receipt)
        except Exception as error:  # shown calmly; the backups are gone either way
            self._not_wiped(busy, error)
            return
        busy.close()
        self.ctx.hub.lock_requested.emit()

    def _not_wiped(self, busy: QProgressDialog, error: BaseException) -> None:
        busy.close()
        from hj_journal.core.common.errors import InputError

        text = (
            str(error)
            if isinstance(error, InputError)
            else self.tr("The vault couldn't be removed completely. Please try again.")
        )
        calm_dialog.inform(self.window, self.tr("Wipe this vault"), text)
        if not isinstance(error, (InputError, OSError)):
            from hj_journal.ui.platform.worker import report_unexpected

            report_unexpected(error)


@dataclass
class DataActions:
    """The five actions, and the object that handles them (tests trigger either)."""

    back_up_now: QAction
    backups: QAction
    export: QAction
    import_: QAction
    wipe: QAction
    menu: DataMenu


def install_data_actions(window: QWidget, ctx: UiContext, menu: QMenu) -> DataActions:
    """Add the data actions to ``menu``; see the module docstring."""
    handler = DataMenu(window, ctx)

    def action(text: str, slot: Any) -> QAction:
        item = QAction(text, window)
        item.triggered.connect(lambda _checked=False: slot())
        menu.addAction(item)
        return item

    actions = DataActions(
        back_up_now=action(
            QCoreApplication.translate("DataMenu", "&Back up now…"), handler.back_up_now
        ),
        backups=action(QCoreApplication.translate("DataMenu", "Bac&kups…"), handler.backups),
        export=action(QCoreApplication.translate("DataMenu", "&Export…"), handler.export),
        import_=action(QCoreApplication.translate("DataMenu", "&Import…"), handler.import_),
        wipe=QAction(QCoreApplication.translate("DataMenu", "&Wipe this vault…"), window),
        menu=handler,
    )
    menu.addSeparator()
    actions.wipe.triggered.connect(lambda _checked=False: handler.wipe())
    menu.addAction(actions.wipe)
    return actions
