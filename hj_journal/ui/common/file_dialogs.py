"""File dialogs that leave no trace: no history, no last folder, no recent files.

Native dialogs keep their own lists of recent places (the Windows registry, the
desktop's recent-files list), out of the app's reach, so HJ Journal always uses Qt's
own dialog, empties its history before it closes, and removes what Qt saved about it
(see :func:`hj_journal.ui.platform.app_settings.forget_file_dialog_history`). Every dialog
starts in the Documents folder, never where the last one ended.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hj_journal.ui.platform.app_settings import forget_file_dialog_history
from hj_journal.ui.platform.disguise import suggested_file_name


def _start_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def private_file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    """A Qt file dialog set up to remember nothing."""
    dialog = QFileDialog(parent, title, _start_folder())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    return dialog


def finish(dialog: QFileDialog) -> None:
    """Empty the dialog's history, destroy it now, and erase what Qt saved about it."""
    dialog.setHistory([])
    if shiboken6.isValid(dialog):
        shiboken6.delete(dialog)  # Qt saves its state when the dialog is destroyed
    forget_file_dialog_history()


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to save a file; ``None`` when the person changes their mind."""
    dialog = private_file_dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested_file_name(suggested_name))  # the disguise's name, if on
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        finish(dialog)
    return Path(files[0]) if files else None


def ask_open_path(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """Ask for an existing file to open; ``None`` when the person changes their mind."""
    dialog = private_file_dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        finish(dialog)
    return Path(files[0]) if files else None
