"""Editing one item of a list in a form: open the form, save what it returns, show it.

The care map's people and the support resources are both a list beside *Add…* and
*Edit…* buttons that open a form. The form opens window-modal without blocking (so the
app's quick exit still reaches it) and is deleted when it closes. When it is accepted
the item is saved through the service; a refusal is shown under the list in the
service's own words, and the list is read again either way. A saved item is chosen in
the list, the list takes the focus back, and the panel says that something changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.ui.common.widgets import MessageLabel


class Saved(Protocol):
    """What a service returns for a saved item: it has an id."""

    @property
    def id(self) -> int: ...


class EditedList(Protocol):
    """A panel whose list is edited through forms (see the module docstring)."""

    message: MessageLabel
    changed: SignalInstance

    @property
    def list(self) -> QWidget: ...

    def refresh(self) -> None:
        """Read the items again, keeping the chosen one where it is still there."""

    def select(self, item_id: int) -> None:
        """Choose the item with ``item_id`` in the list."""


def open_form(
    panel: EditedList,
    dialog: QDialog,
    save: Callable[[], Saved],
    remember: Callable[[QDialog | None], None],
) -> None:
    """Open ``dialog`` for ``panel``; when it is accepted, ``save()`` what it holds.

    ``save`` reads the dialog and adds or updates the item through the service.
    ``remember`` is told the open dialog, and ``None`` once it is gone.
    """
    panel.message.clear_message()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: save_from_form(panel, save))
    dialog.destroyed.connect(lambda: remember(None))
    remember(dialog)
    dialog.open()


def save_from_form(panel: EditedList, save: Callable[[], Saved]) -> None:
    """Save through ``save()`` and show the outcome in ``panel``.

    A refusal (:class:`InputError`) or an item deleted meanwhile (:class:`NotFoundError`)
    is said under the list and nothing is announced.
    """
    try:
        saved = save()
    except (InputError, NotFoundError) as error:
        panel.message.show_message(str(error))
        panel.refresh()
        return
    panel.refresh()
    panel.select(saved.id)
    panel.list.setFocus()
    panel.changed.emit()
