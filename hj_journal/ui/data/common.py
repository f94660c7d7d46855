"""What the data dialogs share: wording for sizes and times, a calm confirm, a folder picker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.dates import qdatetime
from hj_journal.ui.common.file_dialogs import finish, private_file_dialog
from hj_journal.ui.common.widgets import text_label


def human_size(size: int) -> str:
    """``"812.0 kB"``, ``"3.4 MB"`` (``"3,4 MB"`` in Spanish), in the user's language."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # 1024, as files show
    return QLocale().formattedDataSize(size, 1, traditional)


def when_text(moment: datetime) -> str:
    """A moment in this computer's time: ``"Tue 3 Mar 2026, 09:30"``."""
    # The pattern is the translator's (Spanish leaves out the weekday: "mar" is also March).
    pattern = QCoreApplication.translate(
        "DataDialogs", "ddd d MMM yyyy, HH:mm", "date pattern (QLocale)"
    )
    return QLocale().toString(qdatetime(moment.astimezone()), pattern)


def reason_text(reason: str) -> str:
    """Why a backup was made, in plain words."""
    return {
        "manual": QCoreApplication.translate("DataDialogs", "You made it"),
        "unlock": QCoreApplication.translate("DataDialogs", "When you unlocked"),
        "lock": QCoreApplication.translate("DataDialogs", "When you locked"),
        "before-restore": QCoreApplication.translate("DataDialogs", "Before a restore"),
    }.get(reason, QCoreApplication.translate("DataDialogs", "You made it"))


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
