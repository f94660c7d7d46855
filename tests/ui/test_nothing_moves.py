"""Nothing moves under the pointer while someone uses it: the space for text that comes
and goes (strength feedback, a ring's choices, a prompt's follow-ups) is kept from the
start, so fields and buttons stay exactly where they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.shell_support import MakeHarness


def _where(widget: QWidget) -> QRect:
    """Where ``widget`` is on screen (its window's own position left out)."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _settle(qtbot: Any, window: QWidget) -> None:
    QApplication.processEvents()
    qtbot.wait(1)  # a layout request posted meanwhile is handled too
    QApplication.processEvents()
    del window


@pytest.mark.parametrize("scale", [100, 200])
def test_the_create_vault_form_stays_put_as_the_strength_feedback_changes(
    qtbot: Any, qapp: QApplication, make_harness: MakeHarness, tmp_path: Path, scale: int
) -> None:
    lock = make_harness().lock_window  # first: its own theme is put back when it ends
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        lock.resize(1024, 640)
        lock.show_create()
        lock.show()
        qtbot.waitExposed(lock)
        create = lock.create
        watched = (create.label_edit, create.passphrase, create.confirm, create.create_button)
        _settle(qtbot, lock)
        before = [_where(w) for w in watched]
        for typed in ("1", "1234", "password", "river river", "a calm and quiet river", ""):
            create.passphrase.setText(typed)
            _settle(qtbot, lock)
            assert [_where(w) for w in watched] == before, typed


def test_the_care_map_form_stays_put_when_the_ring_changes(qtbot: Any) -> None:
    dialog = PersonDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    watched = (dialog.name, dialog.ring, dialog.good_at, dialog.capacity, dialog.save_button)
    _settle(qtbot, dialog)
    before = [_where(w) for w in watched]
    for index in (1, 2, 0, 2):
        dialog.ring.setCurrentIndex(index)
        _settle(qtbot, dialog)
        assert [_where(w) for w in watched] == before, index
    assert not dialog.roles_box.isEnabled()  # the ring's choices wait, greyed, in place
    dialog.ring.setCurrentIndex(0)
    assert dialog.roles_box.isEnabled()
    checks = list(dialog.role_checks.values())
    checks[0].setChecked(True)
    dialog.name.setText("Amara")
    dialog.ring.setCurrentIndex(1)
    assert dialog.person_input().roles == []  # only the inner ring keeps them


def test_the_prompt_cards_buttons_stay_put_when_a_follow_up_appears(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    prompts = ui_ctx.services.prompts.all_prompts()
    plain = next(p for p in prompts if not p.follow_ups and p.content_note is None)
    followed = max(
        (p for p in prompts if p.follow_ups and p.content_note is None),
        key=lambda p: len(p.text) + sum(len(f) for f in p.follow_ups),
    )
    noted = next(p for p in prompts if p.content_note is not None)
    # In a column with room below, as on Today: the card takes the height it asks for.
    holder = QWidget()
    column = QVBoxLayout(holder)
    card = PromptCard(ui_ctx, open_manager=lambda: None)
    column.addWidget(card)
    column.addStretch(1)
    qtbot.addWidget(holder)
    holder.resize(640, 900)
    holder.show()
    qtbot.waitExposed(holder)
    watched = (card.write_button, card.another_button, card.not_today_button, card.hide_button)
    card._show(plain)
    _settle(qtbot, card)
    before = [_where(w) for w in watched]
    for prompt in (followed, noted, plain):
        card._show(prompt)
        _settle(qtbot, card)
        assert [_where(w) for w in watched] == before, prompt.key
