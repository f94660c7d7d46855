"""An entry's pictures for the strip and Preview, decoded in memory, large ones off the
GUI thread.

Everything is read from the vault into memory and decoded there (``QImageReader`` over a
``QBuffer``): no temporary file, no cache on disk. A thumbnail is made once and handed
to the core service, which keeps it encrypted with the rest.

Decoding a photo of a few megabytes takes longer than the window may stand still
(100 ms; docs/architecture.md, Threads), so a file larger than
:data:`INLINE_BYTES` is read and decoded through the app's
:class:`~hj_journal.ui.platform.worker.Jobs`: the strip shows a plain placeholder tile
and Preview the stored thumbnail, enlarged (or a plain box), until the picture is ready;
then :attr:`PreviewImages.thumbnail_ready` or :attr:`PreviewImages.image_ready` says so.
Small files are decoded at once, so a tiny picture never flickers. ``QImage`` and
``QImageReader`` may be used on any thread; ``QPixmap`` is made on the GUI thread only.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageReader, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.attachments import Attachments, AttachmentView, Thumbnail
from hj_journal.ui.platform.worker import Jobs, report_unexpected

SCHEME = "hjattach"
THUMB_PIXELS = 96
PREVIEW_WIDTH = 560
#: Files up to this size are decoded at once; larger ones on a worker thread.
INLINE_BYTES = 512 * 1024
_LINK = re.compile(r"hjattach:([0-9a-f]{32})")


def attachment_link(item: AttachmentView) -> str:
    """The Markdown that shows an image in Preview where it is written."""
    name = item.name.replace("[", "(").replace("]", ")")
    return f"![{name}]({SCHEME}:{item.uuid})"


def decode_image(data: bytes, *, fit: int | None = None) -> QImage:
    """An image decoded in memory, turned the way its Exif says, scaled to fit ``fit`` px.

    A null image when Qt cannot read it (a kind without a plugin, or a damaged file).
    Safe on a worker thread.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if fit is not None and size.isValid() and max(size.width(), size.height()) > fit:
        # Decoding straight to the small size is much faster for large JPEGs (the box is
        # square, so a photo turned by its Exif still fits once turned).
        reader.setScaledSize(size.scaled(fit, fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def png_bytes(image: QImage) -> bytes:
    """An image as PNG bytes, made in memory (safe on a worker thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def make_thumbnail(attachments: Attachments, attachment_id: int) -> QImage | None:
    """Decode a picture small and keep its thumbnail in the vault; ``None`` if unreadable.

    Safe on a worker thread (the service opens its own sessions).
    """
    image = decode_image(attachments.read_all(attachment_id), fit=THUMB_PIXELS * 2)
    if image.isNull():
        return None
    attachments.save_thumbnail(
        attachment_id, Thumbnail(png_bytes(image), image.width(), image.height())
    )
    return image


def quiet_colour(palette: QPalette) -> QColor:
    """A placeholder's colour: the text colour faintly over the background, so it is
    calm in every theme (a full grey would glare in high contrast)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.14
    return QColor(
        round(base.red() + (text.red() - base.red()) * mix),
        round(base.green() + (text.green() - base.green()) * mix),
        round(base.blue() + (text.blue() - base.blue()) * mix),
    )


def _plain_box(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(quiet_colour(QGuiApplication.palette()))
    return image


class PreviewImages(QObject):
    """The open entry's pictures, held only in memory (see the module docstring)."""

    thumbnail_ready = Signal(int)  # attachment id: its thumbnail was made in the background
    image_ready = Signal(str)  # uuid: Preview's picture was decoded in the background

    def __init__(
        self,
        attachments: Attachments,
        jobs: Jobs | None = None,
        *,
        inline_bytes: int = INLINE_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._attachments = attachments
        self._jobs = jobs
        self.inline_bytes = inline_bytes
        self._images: dict[str, QImage] = {}  # uuid → Preview's picture (null: unreadable)
        self._thumbs: dict[int, QImage | None] = {}  # id → thumbnail (None: unreadable)
        self._items: dict[str, AttachmentView | None] = {}
        self._placeholders: dict[str, QImage] = {}
        self._pending: set[object] = set()  # ids and uuids being decoded
        self._generation = 0  # bumped by clear(): late results of another entry are dropped

    def in_background(self, size: int) -> bool:
        """True when a file of ``size`` bytes is decoded on a worker thread."""
        return self._jobs is not None and size > self.inline_bytes

    # ------------------------------------------------------------------ Preview

    def markdown(self, entry_id: int | None, body: str) -> str:
        """The writing, then the entry's images it does not link to yet."""
        if entry_id is None:
            return body
        linked = set(_LINK.findall(body))
        extra = [
            attachment_link(item)
            for item in self._attachments.of_entry(entry_id)
            if item.is_image and item.uuid not in linked
        ]
        return body if not extra else body.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"

    def image(self, uuid: str) -> QImage | None:
        """The image with this uuid fitted to Preview's width, a placeholder while a large
        one is decoded, or ``None`` (not a picture of this vault, or unreadable)."""
        if uuid in self._images:
            image = self._images[uuid]
            return None if image.isNull() else image
        if uuid not in self._items:
            self._items[uuid] = self._attachments.find_by_uuid(uuid)
        item = self._items[uuid]
        if item is None or not item.is_image:
            return None
        if not self.in_background(item.size):
            try:
                data = self._attachments.read_all(item.id)
            except NotFoundError:  # taken out meanwhile: nothing to show
                data = b""
            self._images[uuid] = decode_image(data, fit=PREVIEW_WIDTH)
            return self.image(uuid)
        self._start(
            uuid,
            lambda: decode_image(self._attachments.read_all(item.id), fit=PREVIEW_WIDTH),
            lambda image: self._image_done(uuid, image),
        )
        return self._placeholder(item)

    def is_decoded(self, uuid: str) -> bool:
        """True once Preview's picture for ``uuid`` is decoded (not a placeholder)."""
        return uuid in self._images

    def _placeholder(self, item: AttachmentView) -> QImage:
        if item.uuid not in self._placeholders:
            thumb = self.thumbnail(item, start=False)
            if thumb is not None:  # the thumbnail enlarged: the right shape, a little soft
                shown = thumb.scaledToWidth(
                    PREVIEW_WIDTH, Qt.TransformationMode.FastTransformation
                )
            else:
                shown = _plain_box(PREVIEW_WIDTH, PREVIEW_WIDTH * 2 // 3)
            self._placeholders[item.uuid] = shown
        return self._placeholders[item.uuid]

    def _image_done(self, uuid: str, image: QImage) -> None:
        self._images[uuid] = image
        self._placeholders.pop(uuid, None)
        self.image_ready.emit(uuid)

    # ------------------------------------------------------------------ the strip

    def thumbnail(self, item: AttachmentView, *, start: bool = True) -> QImage | None:
        """The tile's picture: the stored thumbnail, or one made now (a small file) or in
        the background (a large one; ``None`` until :attr:`thumbnail_ready`, and not
        started when ``start`` is off). ``None`` too for a picture that can't be read;
        :meth:`is_pending` tells the two apart."""
        if item.id in self._thumbs:
            return self._thumbs[item.id]
        try:
            stored = self._attachments.thumbnail(item.id)
        except NotFoundError:  # taken out meanwhile; the strip catches up
            self._thumbs[item.id] = None
            return None
        if stored is not None:
            image = QImage.fromData(stored.data)  # a PNG the app made
            if not image.isNull():
                self._thumbs[item.id] = image
                return image
        if not self.in_background(item.size):
            with contextlib.suppress(NotFoundError):  # taken out meanwhile: None
                self._thumbs[item.id] = make_thumbnail(self._attachments, item.id)
            return self._thumbs.setdefault(item.id, None)
        if start:
            attachments, attachment_id = self._attachments, item.id
            self._start(
                attachment_id,
                lambda: make_thumbnail(attachments, attachment_id),
                lambda image: self._thumbnail_done(attachment_id, image),
            )
        return None

    def made_thumbnail(self, attachment_id: int) -> QImage | None:
        """The thumbnail already made for this file, if any (nothing is decoded)."""
        return self._thumbs.get(attachment_id)

    def is_pending(self, attachment_id: int) -> bool:
        """True while this file's thumbnail is being made (or waits to be)."""
        return attachment_id in self._pending

    def put_thumbnail(self, attachment_id: int, image: QImage | None) -> None:
        """A thumbnail made elsewhere (when a file was added); ``None``: unreadable."""
        self._thumbs[attachment_id] = image

    def _thumbnail_done(self, attachment_id: int, image: QImage | None) -> None:
        self._thumbs[attachment_id] = image
        self.thumbnail_ready.emit(attachment_id)

    # ------------------------------------------------------------------ both

    def _start(self, key: object, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if key in self._pending or self._jobs is None:
            return
        self._pending.add(key)
        generation = self._generation

        def delivered(result: Any) -> None:
            if generation == self._generation:
                self._pending.discard(key)
                done(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending.discard(key)
            if isinstance(error, NotFoundError):  # taken out meanwhile: nothing to show
                done(None if isinstance(key, int) else QImage())
            else:
                report_unexpected(error)

        self._jobs.start(work, on_done=delivered, on_error=failed, guard=self)

    def clear(self) -> None:
        """Let go of every decoded image (on lock, and when another entry opens)."""
        self._generation += 1
        self._images.clear()
        self._thumbs.clear()
        self._items.clear()
        self._placeholders.clear()
        self._pending.clear()


class AttachmentDocument(QTextDocument):
    """Preview's document: ``hjattach:`` images come from memory, nothing else loads."""

    def __init__(self, images: PreviewImages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = images
        images.image_ready.connect(self._image_ready)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """An ``hjattach:`` image from the vault; any other resource is not fetched."""
        url = QUrl(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == SCHEME:
            image = self._images.image(url.path())
            if image is not None:
                return image
        return None  # never a file or a web address an entry happens to name

    @Slot(str)
    def _image_ready(self, uuid: str) -> None:
        # The placeholder gives way: lay the text out again around the real picture.
        self.markContentsDirty(0, self.characterCount())


def preview_document(images: PreviewImages | None, parent: QTextBrowser) -> QTextDocument:
    """The document Preview renders into: images from the vault when there are any."""
    return AttachmentDocument(images, parent) if images is not None else QTextDocument(parent)
