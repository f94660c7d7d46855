"""Open the guided player for a strategy and save the practice it hands back.

The one place where a finished (or stopped) practice meets the coping service, so the
library page, the safety bar's *Pause* and a practitioner's session all record
practices the same way.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from hj_journal.core.common.errors import InputError
from hj_journal.core.coping.library import Strategy
from hj_journal.core.coping.player import Clock
from hj_journal.core.coping.service import PracticeInput
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.calm_dialog import CalmDialog
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.shell.context import UiContext


def start_practice(
    ctx: UiContext,
    strategy: Strategy,
    parent: QWidget | None,
    *,
    ask_before: bool = True,
    session_id: int | None = None,
    clock: Clock = time.monotonic,
) -> PlayerDialog:
    """Show the player (not modal) and save the practice if the person chooses to."""
    dialog = PlayerDialog(
        strategy,
        now=ctx.services.coping.now,
        clock=clock,
        reduced_motion=ctx.app_settings.reduced_motion,
        auto_advance=ctx.app_settings.auto_advance,
        ask_before=ask_before,
        session_id=session_id,
        idle=ctx.hub.idle_holds,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    locking: list[bool] = []  # set before the player saves on lock: then say nothing

    def save(data: PracticeInput) -> None:
        # Remember the person's choice about moving on by itself for next time.
        ctx.app_settings.auto_advance = dialog.auto_advance.isChecked()
        try:
            ctx.services.coping.record_practice(data)
        except InputError as error:
            calm_dialog.inform(
                parent,
                QCoreApplication.translate("Practice", "Not saved"),
                str(error),
            )
            return
        if not locking:
            show_saved(ctx, parent, data)

    dialog.practice_ready.connect(save)
    ctx.hub.vault_locking.connect(lambda: locking.append(True))
    ctx.hub.vault_locking.connect(dialog.save_state)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _saved_words(data: PracticeInput) -> str:
    before, after = data.distress_before, data.distress_after
    if before is not None and after is not None:
        return QCoreApplication.translate(
            "Practice", "With your ratings: {before} before, {after} after."
        ).format(before=before, after=after)
    if before is not None:
        return QCoreApplication.translate("Practice", "With your rating before: {before}.").format(
            before=before
        )
    if after is not None:
        return QCoreApplication.translate("Practice", "With your rating after: {after}.").format(
            after=after
        )
    return QCoreApplication.translate("Practice", "Without ratings this time, which is fine.")


def show_saved(ctx: UiContext, parent: QWidget | None, data: PracticeInput) -> CalmDialog:
    """Say, without holding anything up, that the practice and its ratings are kept."""
    note = CalmDialog(
        parent,
        QCoreApplication.translate("Practice", "Practice saved"),
        QCoreApplication.translate("Practice", "Your practice is saved."),
        _saved_words(data),
    )
    note.setModal(False)
    note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    note.add_button(
        QCoreApplication.translate("Practice", "OK"), primary=True, default=True, escape=True
    )
    ctx.hub.vault_locking.connect(note.close)  # nothing is left on screen when it locks
    note.show()
    return note
