"""The few questions the care section asks before removing something.

Pages take an asker so that tests can answer without a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hj_journal.ui.common import calm_dialog


class CareAsker:
    """Asks with message boxes; the safe default keeps everything."""

    def confirm_remove_person(self, parent: QWidget | None, name: str) -> bool:
        """Before someone is taken off the map."""
        return self._confirm(
            parent,
            QCoreApplication.translate("Care", "Take {name} off your map?").format(name=name),
            QCoreApplication.translate(
                "Care", "Only this entry is removed. You can add them again whenever you like."
            ),
        )

    def confirm_remove_resource(self, parent: QWidget | None, name: str) -> bool:
        """Before a support resource is removed."""
        return self._confirm(
            parent,
            QCoreApplication.translate(
                "Care", "Remove {name} from your support resources?"
            ).format(name=name),
            QCoreApplication.translate(
                "Care", "Only this resource is removed; the rest of the list stays as it is."
            ),
        )

    @staticmethod
    def _confirm(parent: QWidget | None, text: str, info: str) -> bool:
        return calm_dialog.confirm(
            parent,
            QCoreApplication.translate("Care", "Please confirm"),
            text,
            QCoreApplication.translate("Care", "Remove"),
            QCoreApplication.translate("Care", "Keep"),
            info=info,
        )
