"""How long one client's record is kept, on the client's page, and a way to change it.

One line ("This record is kept 7 years after the last session, as the rest of your
practice.") and a button that opens :class:`~hj_journal.ui.sessions.retention_dialogs.
RuleDialog` for this client: the practice's rule, a number of years of their own, or
"until I delete it". The retention service saves the choice
(:mod:`hj_journal.core.sessions.retention`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.sessions.retention import Retention, RetentionRule
from hj_journal.core.sessions.service import ClientView
from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.sessions.retention_dialogs import RuleChoice, RuleDialog, rule_words

AskRule = Callable[..., RuleChoice | None]


def keeping_text(rule: RetentionRule, own: bool) -> str:
    """The client's rule as a sentence."""
    if rule.years is None:
        return (
            QCoreApplication.translate(
                "Sessions", "This record is kept until you delete it (this client's own rule)."
            )
            if own
            else QCoreApplication.translate(
                "Sessions",
                "This record is kept until you delete it, as the rest of your practice.",
            )
        )
    words = rule_words(rule)
    if own:
        return QCoreApplication.translate(
            "Sessions", "This record is kept {words} (this client's own rule)."
        ).format(words=words)
    return QCoreApplication.translate(
        "Sessions", "This record is kept {words}, as the rest of your practice."
    ).format(words=words)


class ClientKeeping(QWidget):
    """The line saying how long the shown client's record is kept, and "Change…"."""

    changed = Signal(int)  # the client whose rule was changed

    def __init__(
        self,
        retention: Retention,
        parent: QWidget | None = None,
        *,
        ask_rule: AskRule = RuleDialog.ask,
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        self._ask_rule = ask_rule
        self.client: ClientView | None = None
        self.text = text_label("", "muted")
        self.change_button = QPushButton(
            QCoreApplication.translate("Sessions", "How long this record is &kept…")
        )
        # The button under the sentence, not beside it: at large text or in longer
        # languages a sentence squeezed beside a long button wraps a word a line.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.change_button.clicked.connect(self.change)

    def show_client(self, client: ClientView | None) -> None:
        """Say how long ``client``'s record is kept (or nothing, for no client)."""
        self.client = client
        self.setVisible(client is not None)
        if client is None:
            self.text.clear()
            return
        try:
            rule, own = self._retention.rule_for(client.id)
        except NotFoundError:  # deleted meanwhile (from the practice home)
            self.show_client(None)
            return
        self.text.setText(keeping_text(rule, own))

    @Slot()
    def change(self) -> None:
        """Ask for this client's rule and keep it."""
        client = self.client
        if client is None:
            return
        chosen = self._ask_rule(
            self,
            self._retention.client_rule(client.id),
            practice_rule=self._retention.practice_rule,
            name=client.pseudonym,
        )
        if chosen is None:
            return
        self._retention.set_client_rule(client.id, chosen.rule)
        self.show_client(client)
        self.changed.emit(client.id)
