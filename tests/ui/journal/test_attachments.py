"""The editor's photos and files: add, paste, drop, Preview's images, copies, taking out."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import read_source
from hj_journal.core.journal.attachments import AttachmentView, size_text
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.journal.attachments import (
    SCHEME,
    AttachmentDocument,
    PreviewImages,
    attachment_link,
    decode_image,
    png_bytes,
)
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext
from tests.core.journal.sample_files import encoded, jpeg_with_exif

CANARY = "PreviewCanary3M"


class FakeAttachmentAsker:
    """Answers the strip's questions without dialogs, and remembers them."""

    def __init__(self, files: list[Path] | None = None) -> None:
        self.files = files or []
        self.save_to: Path | None = None
        self.leave = True
        self.remove = True
        self.open = True
        self.opens_in_an_app = True
        self.opened: list[Path] = []
        self.asked: list[str] = []

    def files_to_add(self, parent: QWidget | None) -> list[Path]:
        self.asked.append("files")
        return self.files

    def copy_leaves_the_vault(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"leaves {name}")
        return self.leave

    def save_path(self, parent: QWidget | None, name: str) -> Path | None:
        self.asked.append(f"where {name}")
        return self.save_to

    def confirm_remove(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"remove {name}")
        return self.remove

    def open_outside(self, parent: QWidget | None, item: AttachmentView, in_memory: bool) -> bool:
        self.asked.append(f"open {item.name} {'in memory' if in_memory else 'on disk'}")
        return self.open

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return self.opens_in_an_app

    def show_image(self, parent: QWidget | None, name: str, image: QImage) -> None:
        self.asked.append(f"show {name} {image.width()}x{image.height()}")

    def tell(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(f"tell {title}")


@pytest.fixture
def files_asker() -> FakeAttachmentAsker:
    return FakeAttachmentAsker()


@pytest.fixture
def page(make, files_asker: FakeAttachmentAsker, ui_ctx: UiContext) -> JournalPage:
    entry = ui_ctx.services.journal.create(
        EntryInput(entry_date=date(2026, 12, 1), title="By the sea", body="Waves all day.")
    )
    made = make(attachment_asker=files_asker)
    made.open_entry(entry.id)
    return made


def _strip(page: JournalPage):
    assert page.editor.strip is not None
    return page.editor.strip


def test_adding_a_photo_shows_a_tile_links_it_and_says_what_was_removed(
    page: JournalPage, files_asker: FakeAttachmentAsker, tmp_path: Path, ui_ctx: UiContext
) -> None:
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(jpeg_with_exif(CANARY))
    files_asker.files = [photo]
    strip = _strip(page)
    strip.add_button.click()
    assert len(strip.tiles) == 1
    assert "IMG_0042.jpg" in strip.tiles[0].accessibleName()
    assert not strip.tiles[0].icon().isNull()
    assert "Location, camera and other details were taken out" in strip.message.text()
    (item,) = ui_ctx.services.attachments.of_entry(page.editor.entry_id or 0)
    assert attachment_link(item) in page.editor.body.toPlainText()
    assert ui_ctx.services.attachments.thumbnail(item.id) is not None  # stored, encrypted


def test_preview_shows_linked_and_unlinked_images_from_memory(
    page: JournalPage, ui_ctx: UiContext
) -> None:
    entry_id = page.editor.entry_id or 0
    services = ui_ctx.services
    services.attachments.add(entry_id, encoded("PNG", 40, 30), name="a.png")
    services.attachments.add(entry_id, b"not a picture", name="notes.txt")
    page.open_entry(entry_id)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.preview)
    document = editor.preview.document()
    assert isinstance(document, AttachmentDocument)
    html = document.toHtml()
    assert f"{SCHEME}:" in html and "notes.txt" not in html
    (image_item,) = [a for a in services.attachments.of_entry(entry_id) if a.is_image]
    image = document.resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"{SCHEME}:{image_item.uuid}")
    )
    assert isinstance(image, QImage) and image.width() == 40


def test_preview_never_fetches_other_resources(ui_ctx: UiContext) -> None:
    images = PreviewImages(ui_ctx.services.attachments)
    document = AttachmentDocument(images)
    kind = QTextDocument.ResourceType.ImageResource.value
    assert document.loadResource(kind, QUrl("file:///etc/hostname")) is None
    assert document.loadResource(kind, QUrl(f"{SCHEME}:{'0' * 32}")) is None


def test_pasting_a_picture_adds_it_and_text_stays_text(page: JournalPage, ui_ctx) -> None:
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    mime = QMimeData()
    mime.setImageData(image)
    page.editor.body.insertFromMimeData(mime)
    (item,) = ui_ctx.services.attachments.of_entry(page.editor.entry_id or 0)
    assert item.media_type == "image/png" and item.name == "Pasted picture.png"
    words = QMimeData()
    words.setText("plain words")
    page.editor.body.insertFromMimeData(words)
    assert "plain words" in page.editor.body.toPlainText()
    assert len(ui_ctx.services.attachments.of_entry(page.editor.entry_id or 0)) == 1


def test_dropping_files_adds_them(page: JournalPage, tmp_path: Path, ui_ctx) -> None:
    one, two = tmp_path / "one.pdf", tmp_path / "two.ogg"
    one.write_bytes(b"%PDF-1.7 ...")
    two.write_bytes(b"OggS....")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(one)), QUrl.fromLocalFile(str(two))])
    assert page.editor.body.canInsertFromMimeData(mime)
    page.editor.body.insertFromMimeData(mime)
    items = ui_ctx.services.attachments.of_entry(page.editor.entry_id or 0)
    assert [(a.name, a.media_type) for a in items] == [
        ("one.pdf", "application/pdf"),
        ("two.ogg", "audio/ogg"),
    ]
    assert "Recording two.ogg" in _strip(page).tiles[1].accessibleName()


def test_a_new_entry_is_saved_before_a_file_is_added(
    make, files_asker: FakeAttachmentAsker, tmp_path: Path, ui_ctx: UiContext
) -> None:
    page = make(attachment_asker=files_asker)
    page.new_entry()
    strip = _strip(page)
    strip.add_button.click()
    assert "Write something or give the entry a title first" in strip.message.text()
    assert files_asker.asked == []
    page.editor.title.setText("Evening")
    (tmp_path / "f.txt").write_bytes(b"x")
    files_asker.files = [tmp_path / "f.txt"]
    strip.add_button.click()
    assert page.editor.entry_id is not None
    assert len(ui_ctx.services.attachments.of_entry(page.editor.entry_id)) == 1


def test_over_the_limit_and_unreadable_pictures_get_a_calm_sentence(
    qtbot, page: JournalPage, files_asker: FakeAttachmentAsker, tmp_path: Path, ui_ctx
) -> None:
    ui_ctx.services.settings.attachment_limit_mb = 1
    big = tmp_path / "long.wav"
    big.write_bytes(b"\x00" * 1_200_000)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    files_asker.files = [big, broken]
    strip = _strip(page)
    strip.add_button.click()
    qtbot.waitUntil(lambda: not strip.busy)  # the large one is looked at in the background
    text = strip.message.text()
    assert "larger than the 1 MB" in text
    assert "broken.jpg is kept in the entry, but it can't be shown here" in text
    assert len(strip.tiles) == 1


def test_save_a_copy_warns_first_and_writes_only_when_agreed(
    page: JournalPage, files_asker: FakeAttachmentAsker, tmp_path: Path, ui_ctx
) -> None:
    entry_id = page.editor.entry_id or 0
    item = ui_ctx.services.attachments.add(entry_id, b"voice", name="memo.m4a").attachment
    strip = _strip(page)
    files_asker.leave = False
    assert strip.save_copy(item) is None
    assert files_asker.asked == ["leaves memo.m4a"]
    files_asker.leave = True
    files_asker.save_to = tmp_path / "out" / "memo.m4a"
    (tmp_path / "out").mkdir()
    assert strip.save_copy(item) == files_asker.save_to
    assert files_asker.save_to.read_bytes() == b"voice"
    assert "not encrypted" in strip.message.text()


def test_look_at_and_take_out(page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx) -> None:
    entry_id = page.editor.entry_id or 0
    services = ui_ctx.services
    photo = services.attachments.add(entry_id, encoded("JPEG", 30, 20), name="p.jpg").attachment
    strip = _strip(page)
    strip.show_entry(entry_id)  # added behind the strip's back: shown when asked
    strip.look_at(photo)
    assert files_asker.asked[-1] == "show p.jpg 30x20"
    files_asker.remove = False
    strip.remove(photo)
    assert len(strip.tiles) == 1
    files_asker.remove = True
    strip.remove(photo)
    assert strip.tiles == [] and services.attachments.of_entry(entry_id) == []


def test_lock_forgets_every_decoded_image(page: JournalPage, ui_ctx) -> None:
    entry_id = page.editor.entry_id or 0
    item: AttachmentView = ui_ctx.services.attachments.add(
        entry_id, encoded("PNG"), name="a.png"
    ).attachment
    strip = _strip(page)
    assert strip.images.image(item.uuid) is not None
    page.editor.wipe()
    assert strip.images._images == {} and strip.tiles == []


def test_decoding_turns_a_photo_the_way_its_exif_says() -> None:
    upright = decode_image(jpeg_with_exif(CANARY, orientation=6))
    assert (upright.width(), upright.height()) == (8, 12)  # 12x8 turned a quarter
    assert decode_image(b"junk").isNull()
    assert not decode_image(png_bytes(QImage(5, 5, QImage.Format.Format_RGB32))).isNull()


def test_a_large_photo_is_added_in_the_background_and_linked_when_ready(
    qtbot, page: JournalPage, files_asker: FakeAttachmentAsker, tmp_path: Path, ui_ctx
) -> None:
    strip = _strip(page)
    strip.images.inline_bytes = 0  # every file counts as large: tiny files keep tests fast
    photo = tmp_path / "IMG_0043.jpg"
    photo.write_bytes(jpeg_with_exif(CANARY))
    files_asker.files = [photo]
    strip.add_button.click()
    assert strip.busy and strip.message.text() == "Adding 1 file…"
    qtbot.waitUntil(lambda: not strip.busy)
    (item,) = ui_ctx.services.attachments.of_entry(page.editor.entry_id or 0)
    assert "Location, camera and other details were taken out" in strip.message.text()
    assert attachment_link(item) in page.editor.body.toPlainText()
    assert len(strip.tiles) == 1 and not strip.tiles[0].icon().isNull()
    assert ui_ctx.services.attachments.thumbnail(item.id) is not None


def test_a_background_add_finishing_after_another_entry_opened_stays_with_its_entry(
    qtbot, page: JournalPage, ui_ctx
) -> None:
    services = ui_ctx.services
    first = page.editor.entry_id or 0
    other = services.journal.create(EntryInput(entry_date=date(2026, 12, 2), title="Hills"))
    strip = _strip(page)
    strip.images.inline_bytes = 0
    strip.add_image(QImage(30, 20, QImage.Format.Format_RGB32))
    page.open_entry(other.id)
    ui_ctx.jobs.wait()
    qtbot.waitUntil(lambda: len(services.attachments.of_entry(first)) == 1)
    QApplication.processEvents()
    assert "hjattach:" not in page.editor.body.toPlainText()
    assert strip.tiles == [] and strip.message.text() == ""


def test_the_strip_catches_up_with_files_added_elsewhere(
    qtbot, page: JournalPage, ui_ctx, tmp_path: Path
) -> None:
    services = ui_ctx.services
    entry_id = page.editor.entry_id or 0
    strip = _strip(page)
    with qtbot.waitSignal(ui_ctx.hub.attachment_added):
        item = services.attachments.add(entry_id, encoded("PNG", 20, 10), name="a.png")
    assert [t.accessibleName() for t in strip.tiles] == [
        f"Photo a.png, {size_text(item.attachment.size)}"
    ]
    out = tmp_path / "export.json"
    export_json(services.vault, out)
    with qtbot.waitSignal(ui_ctx.hub.attachment_removed):
        services.attachments.remove(item.attachment.id)
    assert strip.tiles == []
    # An import that brings the file back into the open entry, on a worker thread as the
    # import dialog runs it: heard as entries_changed, queued to the GUI thread.
    source = read_source(out)
    with qtbot.waitSignal(ui_ctx.hub.entries_changed):
        worker = threading.Thread(target=services.data.run_import, args=(source,))
        worker.start()
        worker.join()
    assert len(strip.tiles) == 1


class HeldJobs:
    """Background work held until the test lets it run (a placeholder stays meanwhile)."""

    def __init__(self) -> None:
        self.held: list[tuple[object, object]] = []

    def start(self, fn, on_done=None, on_error=None, *, guard=None) -> None:
        self.held.append((fn, on_done))

    def run_all(self) -> None:
        held, self.held = self.held, []
        for fn, on_done in held:
            on_done(fn())  # type: ignore[operator]


@pytest.mark.parametrize(
    ("theme", "scale"),
    [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)],
)
def test_a_tile_waits_with_a_placeholder_then_shows_its_thumbnail(
    qtbot, qapp, ui_ctx, tmp_path: Path, theme: str, scale: int
) -> None:
    from hj_journal.ui.journal.attachments import AttachmentStrip
    from tests.ui import support

    services = ui_ctx.services
    entry = services.journal.create(EntryInput(entry_date=date(2026, 12, 1), title="Sea"))
    photo = services.attachments.add(entry.id, encoded("JPEG", 300, 200), name="sea.jpg")
    services.attachments.add(entry.id, b"%PDF-1.7 a letter", name="letter.pdf")
    jobs = HeldJobs()
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        strip = AttachmentStrip(services.attachments, jobs=jobs)  # type: ignore[arg-type]
        qtbot.addWidget(strip)
        strip.images.inline_bytes = 0
        strip.show_entry(entry.id)
        assert strip.images.is_pending(photo.attachment.id) and len(jobs.held) == 1
        waiting = strip.tiles[0].icon().pixmap(96).toImage()
        strip.resize(560 if scale == 100 else 900, strip.sizeHint().height() + 20)
        support.render(qtbot, strip, f"strip-waiting-{scale}", theme, folder=tmp_path)
        jobs.run_all()
        assert not strip.images.is_pending(photo.attachment.id)
        assert strip.tiles[0].icon().pixmap(96).toImage() != waiting  # the thumbnail now
        support.render(qtbot, strip, f"strip-ready-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(strip) == []


def test_an_open_preview_shows_a_photo_as_soon_as_it_arrives(
    qtbot, page: JournalPage, ui_ctx: UiContext
) -> None:
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.preview)
    assert f"{SCHEME}:" not in editor.preview.document().toHtml()
    _strip(page).add_image(QImage(30, 20, QImage.Format.Format_RGB32))  # pasted while looking
    qtbot.waitUntil(lambda: f"{SCHEME}:" in editor.preview.document().toHtml())
    assert "Waves all day." in editor.preview.toPlainText()


def test_an_open_preview_catches_up_with_photos_added_and_taken_out_elsewhere(
    qtbot, page: JournalPage, files_asker: FakeAttachmentAsker, ui_ctx: UiContext
) -> None:
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.preview)
    entry_id = editor.entry_id or 0
    with qtbot.waitSignal(ui_ctx.hub.attachment_added):  # an import, say: no link in the text
        item = ui_ctx.services.attachments.add(entry_id, encoded("PNG", 20, 10), name="a.png")
    qtbot.waitUntil(lambda: item.attachment.uuid in editor.preview.document().toHtml())
    files_asker.remove = True
    _strip(page).remove(item.attachment)
    qtbot.waitUntil(lambda: item.attachment.uuid not in editor.preview.document().toHtml())
