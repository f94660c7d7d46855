"""Settings → Photos and files: the limit and keeping photos' details, stored in the vault
and used from the next file added."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.attachments import TooLargeError
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.ui.settings.attachments_box import AttachmentsBox
from hj_journal.ui.shell.context import UiContext
from tests.core.journal.sample_files import jpeg_with_exif
from tests.ui import support

LOOKS = [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)]
CANARY = "SettingsCameraK4"


def _box(qtbot: Any, services: Services) -> AttachmentsBox:
    box = AttachmentsBox(services.settings)
    qtbot.addWidget(box)
    return box


def _entry(services: Services) -> int:
    made = services.journal.create(EntryInput(entry_date=date(2026, 12, 3), title="Walk"))
    return made.id


def test_the_defaults_are_shown(qtbot: Any, services: Services) -> None:
    box = _box(qtbot, services)
    assert box.limit.value() == 100 and box.limit.suffix() == " MB"
    assert not box.keep_metadata.isChecked()
    assert box.limit.accessibleName() == "Largest file in an entry"


def test_a_lower_limit_is_saved_and_refuses_the_next_larger_file(
    qtbot: Any, services: Services
) -> None:
    entry_id = _entry(services)
    box = _box(qtbot, services)
    with qtbot.waitSignal(box.changed):
        box.limit.setValue(1)
    assert services.settings.attachment_limit_mb == 1
    with pytest.raises(TooLargeError, match="larger than the 1 MB"):
        services.attachments.add(entry_id, b"\x00" * 1_200_000, name="long.wav")
    assert services.attachments.of_entry(entry_id) == []
    box.limit.setValue(2)
    services.attachments.add(entry_id, b"\x00" * 1_200_000, name="long.wav")
    assert _box(qtbot, services).limit.value() == 2  # read back from the vault


def test_keeping_details_applies_to_the_next_photo_only(qtbot: Any, services: Services) -> None:
    entry_id = _entry(services)
    attachments = services.attachments
    before = attachments.add(entry_id, jpeg_with_exif(CANARY), name="a.jpg")
    box = _box(qtbot, services)
    with qtbot.waitSignal(box.changed):
        box.keep_metadata.setChecked(True)
    assert services.settings.attachment_keep_metadata is True
    after = attachments.add(entry_id, jpeg_with_exif(CANARY + "2"), name="b.jpg")
    assert before.removed and not after.removed
    assert CANARY.encode() not in attachments.read_all(before.attachment.id)
    assert (CANARY + "2").encode() in attachments.read_all(after.attachment.id)
    box.keep_metadata.setChecked(False)
    third = attachments.add(entry_id, jpeg_with_exif(CANARY + "3"), name="c.jpg")
    assert third.removed


def test_a_practice_vault_has_no_entries_and_no_box(qtbot: Any, practice_ctx: UiContext) -> None:
    from hj_journal.ui.settings.page import SettingsPage

    page = SettingsPage(practice_ctx)
    qtbot.addWidget(page)
    assert page.findChildren(AttachmentsBox) == []


def test_the_settings_page_holds_the_box(qtbot: Any, ui_ctx: UiContext) -> None:
    from hj_journal.ui.settings.page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    (box,) = page.findChildren(AttachmentsBox)
    box.keep_metadata.setChecked(True)
    assert ui_ctx.services.settings.attachment_keep_metadata is True


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_box_renders(
    qtbot: Any, qapp: QApplication, services: Services, tmp_path: Path, theme: str, scale: int
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        box = AttachmentsBox(services.settings)
        qtbot.addWidget(box)
        box.resize(600 if scale == 100 else 1000, box.heightForWidth(600) + 40)
        support.render(qtbot, box, f"settings-attachments-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(box) == []
