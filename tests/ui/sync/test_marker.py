"""The journal's "edited on two devices" note on an entry, and the choice it opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.entries import EntryInput, EntryView
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.sync import versions_dialog
from hj_journal.ui.sync.marker import TwoVersionsMarker
from hj_journal.ui.sync.versions_dialog import ChosenText
from tests.ui import support

LOOKS = [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)]
SHOTS = Path("/tmp/hj-sync-shots")


def _answer(monkeypatch: pytest.MonkeyPatch, body: str | None) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def ask(_parent: Any, _title: str, shown: str, other: Any) -> ChosenText | None:
        seen.append((shown, other.body))
        return None if body is None else ChosenText(body)

    monkeypatch.setattr(versions_dialog.TwoVersionsDialog, "ask", staticmethod(ask))
    return seen


def _marker(qtbot: Any, ctx: UiContext) -> TwoVersionsMarker:
    marker = TwoVersionsMarker(ctx.services.sync, ctx.services.journal)
    qtbot.addWidget(marker)
    return marker


def test_it_shows_only_on_an_entry_waiting_for_a_choice(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView
) -> None:
    marker = _marker(qtbot, ui_ctx)
    marker.show_for(edited_twice.id)
    assert not marker.isHidden()
    assert "Edited on two devices" in marker.text.text()
    marker.show_for(None)  # a new entry
    assert marker.isHidden()
    alone = ui_ctx.services.journal.create(EntryInput(entry_date=date(2026, 12, 2), title="x"))
    marker.show_for(alone.id)
    assert marker.isHidden()
    marker.show_for(10**6)  # gone meanwhile: nothing to say
    assert marker.isHidden()


def test_choosing_saves_the_text_and_the_note_goes(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _answer(monkeypatch, "laptop and desktop")
    marker = _marker(qtbot, ui_ctx)
    marker.show_for(edited_twice.id)
    with qtbot.waitSignal(marker.settled) as settled:
        marker.choose_button.click()
    assert settled.args == [edited_twice.id]
    assert sorted(seen[0]) == ["from the desktop", "from the laptop"]
    assert ui_ctx.services.journal.get(edited_twice.id).body == "laptop and desktop"
    assert not ui_ctx.services.sync.has_two_versions(edited_twice.id)
    assert marker.isHidden()


def test_deciding_later_keeps_both_and_the_note(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, None)
    marker = _marker(qtbot, ui_ctx)
    marker.show_for(edited_twice.id)
    marker.choose_button.click()
    assert ui_ctx.services.sync.has_two_versions(edited_twice.id)
    assert ui_ctx.services.journal.get(edited_twice.id).body == edited_twice.body
    assert not marker.isHidden()


def test_the_journal_shows_it_on_the_entry_and_saves_typing_first(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.ui.journal.page import JournalPage

    page = JournalPage(ui_ctx)
    qtbot.addWidget(page)
    editor = page.editor
    marker = editor.findChild(TwoVersionsMarker)
    assert marker is not None and marker.isHidden()
    editor.open_entry(edited_twice.id)
    assert not marker.isHidden()
    editor.body.setPlainText(edited_twice.body + ", typed just now")
    seen = _answer(monkeypatch, "both, put together")
    marker.choose_button.click()
    # The version shown beside the other device's is what was on the screen.
    assert seen and seen[0][0] == edited_twice.body + ", typed just now"
    assert editor.body.toPlainText() == "both, put together"
    assert not editor.has_unsaved and marker.isHidden()
    editor.new_entry()
    assert marker.isHidden()
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_it_renders_in_the_editor(
    qtbot: Any,
    qapp: QApplication,
    ui_ctx: UiContext,
    edited_twice: EntryView,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    from hj_journal.ui.journal.editor import EntryEditor

    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        marker = TwoVersionsMarker(ui_ctx.services.sync, ui_ctx.services.journal)
        editor = EntryEditor(ui_ctx.services.journal, ui_ctx.services.drafts, marker=marker)
        qtbot.addWidget(editor)
        editor.open_entry(edited_twice.id)
        width = 760 if scale == 100 else 1200
        editor.resize(width, 640 if scale == 100 else 1100)
        support.render(qtbot, editor, f"editor-two-versions-{scale}", theme, folder=SHOTS)
        assert support.unnamed_controls(marker) == []


@pytest.mark.parametrize("scale", [100, 200])
def test_it_renders_in_spanish(
    qtbot: Any,
    qapp: QApplication,
    ui_ctx: UiContext,
    edited_twice: EntryView,
    tmp_path: Path,
    scale: int,
) -> None:
    from hj_journal.core.common import i18n
    from hj_journal.ui.platform import translations

    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
            from hj_journal.ui.journal.editor import EntryEditor

            marker = TwoVersionsMarker(ui_ctx.services.sync, ui_ctx.services.journal)
            editor = EntryEditor(ui_ctx.services.journal, ui_ctx.services.drafts, marker=marker)
            qtbot.addWidget(editor)
            editor.open_entry(edited_twice.id)
            assert marker.text.text().startswith("Editada en dos dispositivos.")
            editor.resize(640 if scale == 100 else 1000, 520 if scale == 100 else 900)
            support.render(qtbot, editor, f"editor-two-versions-es-{scale}", "light", folder=SHOTS)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)


def test_the_note_follows_changes_merged_while_the_entry_is_open(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView
) -> None:
    from hj_journal.ui.journal.page import JournalPage

    page = JournalPage(ui_ctx)
    qtbot.addWidget(page)
    page.editor.open_entry(edited_twice.id)
    assert not page.two_versions.isHidden()
    ui_ctx.services.sync.settle_versions(edited_twice.id)  # as if chosen on another device
    ui_ctx.hub.entries_changed.emit()
    assert page.two_versions.isHidden()
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)


def _row_says_two_versions(page: Any, entry_id: int) -> bool:
    from hj_journal.ui.journal.models import TWO_VERSIONS_ROLE

    row = page.timeline.row_of(entry_id)
    assert row is not None
    return bool(page.timeline.index(row).data(TWO_VERSIONS_ROLE))


def test_the_timeline_row_says_so_until_the_choice_is_made(
    qtbot: Any, ui_ctx: UiContext, edited_twice: EntryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from hj_journal.ui.journal.page import JournalPage

    page = JournalPage(ui_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.timeline.row_of(edited_twice.id) is not None)
    assert _row_says_two_versions(page, edited_twice.id)
    row = page.timeline.row_of(edited_twice.id)
    spoken = page.timeline.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("Edited on two devices")
    page.editor.open_entry(edited_twice.id)
    _answer(monkeypatch, "the one I keep")
    page.two_versions.choose_button.click()
    assert not _row_says_two_versions(page, edited_twice.id)
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_timeline_renders_the_note(
    qtbot: Any,
    qapp: QApplication,
    ui_ctx: UiContext,
    edited_twice: EntryView,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    from hj_journal.ui.journal.page import JournalPage

    ui_ctx.services.journal.create(
        EntryInput(
            entry_date=date(2026, 11, 30),
            title="A walk",
            body="By the river, slowly.",
            tags=("rest", "outside", "family"),
        )
    )
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        page = JournalPage(ui_ctx)
        qtbot.addWidget(page)
        page.editor.open_entry(edited_twice.id)
        size = (1100, 720) if scale == 100 else (1900, 1300)
        page.resize(*size)
        support.render(qtbot, page, f"journal-two-versions-{scale}", theme, folder=SHOTS)
        qtbot.waitUntil(lambda: not ui_ctx.jobs.busy, timeout=20_000)
