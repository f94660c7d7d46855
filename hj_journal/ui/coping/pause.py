"""The safety bar's *Pause*: the short grounding strategy, straight into its first step.

There is no first page and no question before it starts (the rating comes afterwards,
and is optional). Pressing *Pause* again while it is open brings the same one forward.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from hj_journal.core.coping.library import PAUSE_STRATEGY_ID
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.coping.practice import start_practice
from hj_journal.ui.shell.context import UiContext

PAUSE_OBJECT_NAME = "copingPauseDialog"


def open_pause(ctx: UiContext, parent: QWidget | None) -> PlayerDialog:
    """Open (or bring forward) the player on the short grounding strategy."""
    if parent is not None:
        for existing in parent.findChildren(PlayerDialog, PAUSE_OBJECT_NAME):
            if shiboken6.isValid(existing) and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
    strategy = ctx.services.coping.get(PAUSE_STRATEGY_ID).strategy
    dialog = start_practice(ctx, strategy, parent, ask_before=False)
    dialog.setObjectName(PAUSE_OBJECT_NAME)
    return dialog
