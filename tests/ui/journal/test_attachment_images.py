"""An entry's pictures: small ones decoded at once, large ones in the background with a
placeholder meanwhile, late results of another entry dropped."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.attachments import AttachmentView
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.journal.attachment_images import (
    PREVIEW_WIDTH,
    SCHEME,
    AttachmentDocument,
    PreviewImages,
    make_thumbnail,
)
from hj_journal.ui.shell.context import UiContext
from tests.core.journal.sample_files import encoded


@pytest.fixture
def photo(ui_ctx: UiContext) -> AttachmentView:
    services = ui_ctx.services
    entry = services.journal.create(EntryInput(entry_date=date(2026, 12, 3), title="Hills"))
    return services.attachments.add(entry.id, encoded("PNG", 40, 30), name="h.png").attachment


@pytest.fixture
def images(ui_ctx: UiContext) -> PreviewImages:
    # Every file counts as large, so the tiny picture goes the background way.
    return PreviewImages(ui_ctx.services.attachments, ui_ctx.jobs, inline_bytes=0)


def test_without_jobs_or_when_small_everything_is_decoded_at_once(
    ui_ctx: UiContext, photo: AttachmentView
) -> None:
    for images in (
        PreviewImages(ui_ctx.services.attachments),
        PreviewImages(ui_ctx.services.attachments, ui_ctx.jobs),
    ):
        thumb = images.thumbnail(photo)
        assert thumb is not None and not images.is_pending(photo.id)
        image = images.image(photo.uuid)
        assert image is not None and image.width() == 40


def test_a_large_thumbnail_is_made_in_the_background_and_kept(
    qtbot: Any, ui_ctx: UiContext, images: PreviewImages, photo: AttachmentView
) -> None:
    with qtbot.waitSignal(images.thumbnail_ready) as ready:
        assert images.thumbnail(photo) is None
        assert images.is_pending(photo.id)
    assert ready.args == [photo.id] and not images.is_pending(photo.id)
    made = images.made_thumbnail(photo.id)
    assert made is not None and made.width() == 40
    assert ui_ctx.services.attachments.thumbnail(photo.id) is not None  # kept, encrypted
    # Asked again (another entry opened and this one again): the stored one, at once.
    images.clear()
    assert images.thumbnail(photo) is not None


def test_held_back_a_thumbnail_is_not_started(
    images: PreviewImages, photo: AttachmentView
) -> None:
    assert images.thumbnail(photo, start=False) is None
    assert not images.is_pending(photo.id)


def test_preview_shows_a_placeholder_then_the_picture(
    qtbot: Any, ui_ctx: UiContext, images: PreviewImages, photo: AttachmentView
) -> None:
    document = AttachmentDocument(images)
    document.setMarkdown(f"![h]({SCHEME}:{photo.uuid})")
    kind = QTextDocument.ResourceType.ImageResource.value
    url = QUrl(f"{SCHEME}:{photo.uuid}")
    with qtbot.waitSignal(images.image_ready):
        shown = document.resource(kind, url)
        assert isinstance(shown, QImage) and shown.width() == PREVIEW_WIDTH  # a plain box
        laid_out = document.documentLayout().documentSize()
        assert laid_out.width() >= PREVIEW_WIDTH
    shown = document.resource(kind, url)
    assert isinstance(shown, QImage) and shown.width() == 40
    # The text was laid out again around the real picture.
    assert document.documentLayout().documentSize().height() < laid_out.height() - 200
    # With a thumbnail stored, the placeholder is the thumbnail enlarged (the same shape).
    make_thumbnail(ui_ctx.services.attachments, photo.id)
    images.clear()
    with qtbot.waitSignal(images.image_ready):
        shown = images.image(photo.uuid)
        assert shown is not None and (shown.width(), shown.height()) == (PREVIEW_WIDTH, 420)


def test_a_result_for_an_entry_no_longer_open_is_dropped(
    qtbot: Any, ui_ctx: UiContext, images: PreviewImages, photo: AttachmentView
) -> None:
    heard: list[object] = []
    images.thumbnail_ready.connect(heard.append)
    images.image_ready.connect(heard.append)
    images.thumbnail(photo)
    images.image(photo.uuid)
    images.clear()  # another entry opened, or the vault is locking
    ui_ctx.jobs.wait()
    # The jobs are done; what they sent is queued for this thread: deliver it now.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert heard == [] and images.made_thumbnail(photo.id) is None


class _GoneMeanwhile:
    """The service, as it answers once a file was taken out while being decoded."""

    def thumbnail(self, attachment_id: int) -> None:
        return None

    def read_all(self, attachment_id: int) -> bytes:
        raise NotFoundError("That file is no longer in the entry.")

    def find_by_uuid(self, uuid: str) -> AttachmentView | None:
        return self.item

    item: AttachmentView | None = None


def test_a_file_taken_out_meanwhile_is_nothing_to_show(
    qtbot: Any, ui_ctx: UiContext, photo: AttachmentView
) -> None:
    gone = _GoneMeanwhile()
    gone.item = photo
    images = PreviewImages(gone, ui_ctx.jobs, inline_bytes=0)  # type: ignore[arg-type]
    with qtbot.waitSignal(images.thumbnail_ready):
        images.thumbnail(photo)
    assert images.made_thumbnail(photo.id) is None and not images.is_pending(photo.id)
    with qtbot.waitSignal(images.image_ready):
        images.image(photo.uuid)
    assert images.image(photo.uuid) is None
    # At once, for a small file (or without jobs), the same.
    ui_ctx.services.attachments.remove(photo.id)
    now = PreviewImages(ui_ctx.services.attachments)
    assert now.thumbnail(photo) is None
    assert now.image(photo.uuid) is None
