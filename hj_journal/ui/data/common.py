"""What the data dialogs share: wording for sizes and times, a calm confirm, a folder picker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import finish, private_file_dialog
from hj_journal.ui.common.widgets import text_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataDialogs", text)


def human_size(size: int) -> str:
    """``"812 KB"``, ``"3.4 MB"``."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def when_text(moment: datetime) -> str:
    """A moment in this computer's time: ``"Tue 3 Mar 2026, 09:30"``."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def reason_text(reason: str) -> str:
    """Why a backup was made, in plain words."""
    return {
        "manual": _tr("You made it"),
        "unlock": _tr("When you unlocked"),
        "lock": _tr("When you locked"),
        "before-restore": _tr("Before a restore"),
    }.get(reason, _tr("You made it"))


def confirm(parent: QWidget | None, title: str, text: str, info: str, yes: str, no: str) -> bool:
    """A calm question; Enter and Escape both keep things as they are."""
    return calm_dialog.confirm(parent, title, text, yes, no, info=info)


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder (Qt's own dialog, which remembers nothing)."""
    dialog = private_file_dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        finish(dialog)
    return Path(chosen[0]) if chosen else None


def dialog_layout(dialog: QDialog, title: str, lead: str) -> QVBoxLayout:
    """The frame every data dialog shares: window title, heading, a line of explanation."""
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(28, 24, 28, 20)
    layout.setSpacing(10)
    layout.addWidget(text_label(title, "heading"))
    if lead:
        layout.addWidget(text_label(lead, "muted"))
    return layout
