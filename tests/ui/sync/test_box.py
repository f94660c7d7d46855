"""Settings → "Keep this vault in step through a synced folder"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.entries import EntryView
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.sync import versions_dialog
from hj_journal.ui.sync.box import SyncBox
from hj_journal.ui.sync.versions_dialog import ChosenText
from tests.ui import support

LOOKS = [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)]
SHOTS = Path("/tmp/hj-sync-shots")


def _box(qtbot: Any, ctx: UiContext) -> SyncBox:
    box = SyncBox(ctx.services.sync, ctx.services.journal, ctx.jobs)
    qtbot.addWidget(box)
    return box


def test_off_it_offers_a_folder_and_merges_nothing(qtbot: Any, ui_ctx: UiContext) -> None:
    box = _box(qtbot, ui_ctx)
    assert not box.set_up_button.isHidden()
    assert box.sync_now_button.isHidden() and box.review_button.isHidden()
    assert "Not kept in step" in box.status.text()
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy)


def test_setting_up_in_the_background_then_showing_the_folder(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    box = _box(qtbot, ui_ctx)
    box.set_up(folder)
    qtbot.waitUntil(lambda: not box.sync_now_button.isHidden(), timeout=20_000)
    assert str(folder) in box.status.text()
    assert "No other device has joined yet." in box.status.text()


def test_a_missing_folder_is_one_calm_sentence(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    box = _box(qtbot, ui_ctx)
    box.set_up(tmp_path / "nowhere")
    qtbot.waitUntil(lambda: "There is no folder" in box.message.text(), timeout=20_000)
    assert box.set_up_button.isEnabled()


def test_entries_edited_on_two_devices_are_reviewed_and_settled(
    qtbot: Any,
    ui_ctx: UiContext,
    edited_twice: EntryView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, entry = ui_ctx.services, edited_twice
    box = _box(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: not box.review_button.isHidden(), timeout=20_000)
    assert "1 entry edited on two devices" in box.status.text()
    seen: list[tuple[str, str]] = []

    def ask(_parent: Any, _title: str, shown: str, other_version: Any) -> ChosenText:
        seen.append((shown, other_version.body))
        return ChosenText("laptop and desktop")

    monkeypatch.setattr(versions_dialog.TwoVersionsDialog, "ask", staticmethod(ask))
    box.review()
    assert sorted(seen[0]) == ["from the desktop", "from the laptop"]
    assert services.journal.get(entry.id).body == "laptop and desktop"
    assert services.sync.entries_with_two_versions() == []
    qtbot.waitUntil(lambda: box.review_button.isHidden())
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)


def test_the_settings_page_has_the_box(qtbot: Any, ui_ctx: UiContext) -> None:
    from hj_journal.ui.settings.page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.sync_box.title.text() == "Keep this vault in step through a synced folder"
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy)


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_box_renders(
    qtbot: Any, qapp: QApplication, ui_ctx: UiContext, tmp_path: Path, theme: str, scale: int
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    ui_ctx.services.sync.set_up(folder)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        box = _box(qtbot, ui_ctx)
        box.resize(680 if scale == 100 else 1100, box.sizeHint().height())
        SHOTS.mkdir(exist_ok=True)
        support.render(qtbot, box, f"settings-sync-{scale}", theme, folder=SHOTS)
        assert support.unnamed_controls(box) == []
        qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)
