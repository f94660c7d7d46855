"""The few questions the care section asks before removing something.

Pages take an asker so that tests can answer without a dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hj_journal.ui.care.labels import tr
from hj_journal.ui.common import calm_dialog


class CareAsker:
    """Asks with message boxes; the safe default keeps everything."""

    def confirm_remove_person(self, parent: QWidget | None, name: str) -> bool:
        """Before someone is taken off the map."""
        return self._confirm(
            parent,
            tr("Take {name} off your map?").format(name=name),
            tr("Only this entry is removed. You can add them again whenever you like."),
        )

    def confirm_remove_resource(self, parent: QWidget | None, name: str) -> bool:
        """Before a support resource is removed."""
        return self._confirm(
            parent,
            tr("Remove {name} from your support resources?").format(name=name),
            tr("Only this resource is removed; the rest of the list stays as it is."),
        )

    @staticmethod
    def _confirm(parent: QWidget | None, text: str, info: str) -> bool:
        return calm_dialog.confirm(
            parent, tr("Please confirm"), text, tr("Remove"), tr("Keep"), info=info
        )
