"""Opening a recording or a file in another app, through a short-lived private copy.

The app plays no sound itself: Qt Multimedia needs the desktop's sound libraries and adds
tens of megabytes to the package (see docs/formats.md). So *Open in your player…* asks
first, saying plainly that the copy is not encrypted while it exists, then writes it into
a private folder in memory (:mod:`hj_journal.core.common.private_files`; 0700, the file
0600) and hands it to the desktop, which opens it with your usual app. Every copy is
overwritten and removed when the vault locks (and so when the app closes), or at once if
no app opened it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from hj_journal.core.common import private_files
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.journal.attachments import Attachments, AttachmentView
from hj_journal.ui.common.calm_dialog import confirm

#: Hands a file to the desktop; False when nothing could open it.
Opener = Callable[[Path], bool]


def open_with_desktop(path: Path) -> bool:
    """Open ``path`` with the app the desktop uses for its kind of file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_to_open(parent: QWidget | None, item: AttachmentView, in_memory: bool) -> bool:
    """Before a copy leaves the vault to be opened in another app."""
    where = (
        QCoreApplication.translate(
            "AttachmentOpening",
            "A copy of {name} goes to a private folder in memory, and your usual app opens it.",
        )
        if in_memory
        else QCoreApplication.translate(
            "AttachmentOpening",
            "A copy of {name} goes to a private folder on this computer (it has no folder in "
            "memory), and your usual app opens it.",
        )
    ).format(name=item.name)
    return confirm(
        parent,
        QCoreApplication.translate("AttachmentOpening", "Open outside the vault"),
        where,
        QCoreApplication.translate("AttachmentOpening", "Open it"),
        QCoreApplication.translate("AttachmentOpening", "Keep it inside"),
        info=QCoreApplication.translate(
            "AttachmentOpening",
            "The copy is not encrypted while it is there. It is overwritten and removed when "
            "you lock the journal or close the app. The other app may remember the file in "
            "its list of recent files.",
        ),
    )


class PrivateCopies:
    """The copies opened in other apps since the vault was unlocked, and their removal."""

    def __init__(
        self,
        attachments: Attachments,
        *,
        ask: Callable[[QWidget | None, AttachmentView, bool], bool] = ask_to_open,
        opener: Opener = open_with_desktop,
        memory_folders: tuple[str, ...] = private_files.MEMORY_FOLDERS,
    ) -> None:
        self._attachments = attachments
        self._ask = ask
        self._opener = opener
        self._memory_folders = memory_folders
        self._folder: private_files.PrivateFolder | None = None

    @property
    def folder(self) -> Path | None:
        """The private folder, while it holds copies."""
        return self._folder.path if self._folder else None

    def open(self, parent: QWidget | None, item: AttachmentView) -> str:
        """Ask, copy and open ``item``; the sentence to show afterwards ('' if declined)."""
        folder = self._folder or private_files.private_folder(os.environ, self._memory_folders)
        if not self._ask(parent, item, folder.in_memory):
            if self._folder is None:
                private_files.empty_and_remove(folder.path)
            return ""
        self._folder = folder
        try:
            path = self._attachments.private_copy(item.id, folder.path)
        except NotFoundError:
            return QCoreApplication.translate(
                "AttachmentOpening", "That file has been taken out of the entry."
            )
        except InputError as error:
            return str(error)
        if not self._opener(path):
            private_files.overwrite_and_remove(path)
            return QCoreApplication.translate(
                "AttachmentOpening",
                "No app on this computer opened {name}. You can save a copy instead.",
            ).format(name=item.name)
        return QCoreApplication.translate(
            "AttachmentOpening",
            "{name} is open in another app. Its copy is removed when you lock the journal.",
        ).format(name=item.name)

    def remove_all(self) -> None:
        """Overwrite and remove every copy, and the folder (the vault is locking)."""
        if self._folder is not None:
            private_files.empty_and_remove(self._folder.path)
            self._folder = None
