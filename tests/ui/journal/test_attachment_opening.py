"""Opening a recording in your own player: ask first, a private copy, removed on lock."""

from __future__ import annotations

import stat
from pathlib import Path

from hj_journal.core.journal.attachments import AttachmentView
from hj_journal.ui.journal.attachment_opening import PrivateCopies
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext
from tests.ui.journal.test_attachments import FakeAttachmentAsker, files_asker, page

__all__ = ["files_asker", "page"]  # the fixtures, shared with the strip's tests

SOUND = b"OggS" + b"\x00" * 60 + b"a calm evening"


def _recording(page: JournalPage, ui_ctx: UiContext) -> AttachmentView:
    entry_id = page.editor.entry_id or 0
    return ui_ctx.services.attachments.add(entry_id, SOUND, name="evening.ogg").attachment


def test_a_recording_opens_in_your_player_through_a_copy_only_you_can_read(
    page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext
) -> None:
    item = _recording(page, ui_ctx)
    strip = page.editor.strip
    assert strip is not None
    strip.show_entry(page.editor.entry_id)
    (tile,) = strip.tiles
    actions = [a.text() for a in tile.menu().actions() if a.text()]
    assert actions[:2] == ["Open in your player…", "Save a copy…"]
    tile.menu().actions()[0].trigger()
    assert files_asker.asked[-1].startswith("open evening.ogg")
    (path,) = files_asker.opened
    assert path.read_bytes() == SOUND and path.name == "evening.ogg"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "open in another app" in strip.message.text()
    reader = path.open("rb")
    page.editor.wipe()  # the vault locks
    assert not path.exists() and not path.parent.exists()
    assert reader.read() == b"\0" * len(SOUND)  # overwritten, not only unlinked
    reader.close()
    assert item.id  # the recording itself stays in the vault
    assert ui_ctx.services.attachments.read_all(item.id) == SOUND


def test_saying_no_writes_nothing_anywhere(
    page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext, tmp_path: Path
) -> None:
    item = _recording(page, ui_ctx)
    files_asker.open = False
    memory = tmp_path / "memory"
    memory.mkdir()
    copies = PrivateCopies(
        ui_ctx.services.attachments,
        ask=files_asker.open_outside,
        opener=files_asker.open_path,
        memory_folders=(str(memory),),
    )
    assert copies.open(None, item) == ""
    assert files_asker.opened == [] and copies.folder is None
    assert list(memory.iterdir()) == []  # not even an empty folder is left


def test_when_no_app_opens_it_the_copy_goes_at_once_and_you_hear_why(
    page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext
) -> None:
    item = _recording(page, ui_ctx)
    files_asker.opens_in_an_app = False
    copies = PrivateCopies(
        ui_ctx.services.attachments, ask=files_asker.open_outside, opener=files_asker.open_path
    )
    said = copies.open(None, item)
    assert said == "No app on this computer opened evening.ogg. You can save a copy instead."
    (path,) = files_asker.opened
    assert not path.exists()
    copies.remove_all()
    assert not path.parent.exists()


def test_without_a_folder_in_memory_the_question_says_so(
    page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext, tmp_path: Path
) -> None:
    item = _recording(page, ui_ctx)
    copies = PrivateCopies(
        ui_ctx.services.attachments,
        ask=files_asker.open_outside,
        opener=files_asker.open_path,
        memory_folders=(str(tmp_path / "no such place"),),
    )
    copies.open(None, item)
    assert files_asker.asked[-1] == "open evening.ogg on disk"
    copies.remove_all()


def test_a_file_taken_out_meanwhile_is_one_calm_sentence(
    page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext
) -> None:
    item = _recording(page, ui_ctx)
    ui_ctx.services.attachments.remove(item.id)
    copies = PrivateCopies(
        ui_ctx.services.attachments, ask=files_asker.open_outside, opener=files_asker.open_path
    )
    assert copies.open(None, item) == "That file has been taken out of the entry."
    assert files_asker.opened == []
    copies.remove_all()
