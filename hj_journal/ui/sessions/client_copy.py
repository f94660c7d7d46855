"""A client's copy of their record, for an access request: as a PDF or as JSON.

Everything shared with one client across their sessions
(:mod:`hj_journal.core.sessions.client_copy`): each session's summary and the words of
the consent they gave, never a private note, section or amendment. :func:`save_client_copy`
asks which form, says plainly that the copy is not encrypted, asks where, and writes it.
The PDF is laid out from the copy's HTML like the session summary's PDF, with neutral
metadata and a file name that holds the day only.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.sessions.client_copy import ClientCopy
from hj_journal.core.sessions.sharing import Sharing
from hj_journal.ui.common.calm_dialog import CalmDialog, inform
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.common.pdf import SealedDocument, move_into_place, reading_font, write_pdf_pages

PDF, JSON = "pdf", "json"
TITLE = str(QT_TRANSLATE_NOOP("Sessions", "Client's copy of their record"))
MARGIN_MM = 8.0  # as the session summary's PDF

AskForm = Callable[[QWidget | None, str], str | None]
"""Asks which form (parent, the client's name) → PDF, JSON or None."""
AskPath = Callable[[QWidget | None, str, str], Path | None]
"""Asks where to save (parent, suggested name, form) → a path, or None."""


def ask_form(parent: QWidget | None, name: str) -> str | None:
    """Which form the copy takes, after saying what it holds and that it is not encrypted."""
    dialog = CalmDialog(
        parent,
        QCoreApplication.translate("Sessions", TITLE),
        QCoreApplication.translate("Sessions", "A copy of everything shared with {name}").format(
            name=name
        ),
        QCoreApplication.translate(
            "Sessions",
            "It holds each session's summary and the consent given for it, never your "
            "private notes. It is not encrypted: anyone who has the file can read it.",
        ),
    )
    dialog.add_button(QCoreApplication.translate("Sessions", "Cancel"), escape=True)
    json_button = dialog.add_button(QCoreApplication.translate("Sessions", "Save as &JSON…"))
    pdf_button = dialog.add_button(
        QCoreApplication.translate("Sessions", "Save as &PDF…"), primary=True, default=True
    )
    chosen = dialog.ask()
    dialog.deleteLater()
    if chosen is pdf_button:
        return PDF
    return JSON if chosen is json_button else None


def ask_copy_path(parent: QWidget | None, suggested: str, form: str) -> Path | None:
    """The app's private save dialog, for the copy."""
    name_filter = (
        QCoreApplication.translate("Sessions", "PDF (*.pdf)")
        if form == PDF
        else QCoreApplication.translate("Sessions", "JSON (*.json)")
    )
    return ask_save_path(
        parent,
        QCoreApplication.translate("Sessions", "Save the client's copy"),
        suggested,
        name_filter,
        form,
    )


def default_file_name(form: str, today: date | None = None) -> str:
    """A neutral name: the day the copy was made, never the client's name."""
    return f"record-copy-{(today or date.today()).isoformat()}.{form}"


def copy_document(copy: ClientCopy) -> QTextDocument:
    """The laid-out copy (it loads nothing from outside itself)."""
    document = SealedDocument()
    document.setDefaultFont(reading_font())
    document.setHtml(copy.html())
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, QCoreApplication.translate("Sessions", TITLE)
    )
    return document


def write_copy_pdf(copy: ClientCopy, path: Path) -> None:
    """Write the copy to ``path`` on A4 pages (complete, or not at all)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        write_pdf_pages(
            partial,
            QCoreApplication.translate("Sessions", TITLE),
            copy_document(copy).print_,
            margin_mm=MARGIN_MM,
        )
        move_into_place(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def save_client_copy(
    parent: QWidget | None,
    sharing: Sharing,
    client_id: int,
    name: str,
    *,
    choose: AskForm = ask_form,
    ask_path: AskPath = ask_copy_path,
    tell: Callable[[QWidget | None, str, str], None] = inform,
) -> Path | None:
    """Ask which form and where, then write the client's copy; the path, or None."""
    form = choose(parent, name)
    if form is None:
        return None
    path = ask_path(parent, default_file_name(form), form)
    if path is None:
        return None
    try:
        if form == PDF:
            write_copy_pdf(sharing.client_copy(client_id), path)
        else:
            sharing.save_client_copy_json(client_id, path)
    except (InputError, NotFoundError) as error:
        tell(parent, QCoreApplication.translate("Sessions", TITLE), str(error))
        return None
    except OSError:
        tell(
            parent,
            QCoreApplication.translate("Sessions", TITLE),
            QCoreApplication.translate(
                "Sessions", "The copy could not be saved there. Try another folder."
            ),
        )
        return None
    tell(
        parent,
        QCoreApplication.translate("Sessions", TITLE),
        QCoreApplication.translate("Sessions", "Saved as {name}. It is not encrypted.").format(
            name=path.name
        ),
    )
    return path
