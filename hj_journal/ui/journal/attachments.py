"""Photos, recordings and files in the editor: the strip, Preview's images, paste and drop.

Everything is read from the vault into memory and decoded there (``QImageReader`` over a
``QBuffer``): no temporary file, no cache on disk. Thumbnails are made once, in memory,
and handed to the core service, which keeps them encrypted with the rest.

Preview shows an entry's images where the writing links them (``![name](hjattach:<id>)``,
the link the editor inserts when a photo is added) and any others after the writing.
Recordings and other files are not opened by the app: *Save a copy…* writes one outside
the vault after saying plainly that the copy is not encrypted. (Qt Multimedia could play
recordings from memory, but it needs the desktop's sound libraries, PulseAudio on Linux,
which the app cannot count on; see docs/formats.md.)
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.journal.attachments import (
    Attachments,
    AttachmentView,
    Thumbnail,
    size_text,
)
from hj_journal.ui.common.calm_dialog import confirm, inform
from hj_journal.ui.common.file_dialogs import ask_save_path, finish, private_file_dialog
from hj_journal.ui.common.widgets import MessageLabel
from hj_journal.ui.platform.icons import icon

SCHEME = "hjattach"
THUMB_PIXELS = 96
PREVIEW_WIDTH = 560
_LINK = re.compile(r"hjattach:([0-9a-f]{32})")


def attachment_link(item: AttachmentView) -> str:
    """The Markdown that shows an image in Preview where it is written."""
    name = item.name.replace("[", "(").replace("]", ")")
    return f"![{name}]({SCHEME}:{item.uuid})"


def decode_image(data: bytes, *, fit: int | None = None) -> QImage:
    """An image decoded in memory, turned the way its Exif says, scaled to fit ``fit`` px.

    A null image when Qt cannot read it (a kind without a plugin, or a damaged file).
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
    """An image as PNG bytes, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


# ---------------------------------------------------------------------- Preview


class PreviewImages:
    """Images for Preview and the strip, decoded from the vault and held only in memory."""

    def __init__(self, attachments: Attachments) -> None:
        self._attachments = attachments
        self._images: dict[str, QImage] = {}

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
        """The image with this uuid, fitted to Preview's width, or ``None``."""
        if uuid not in self._images:
            item = self._attachments.find_by_uuid(uuid)
            if item is None or not item.is_image:
                return None
            self._images[uuid] = decode_image(
                self._attachments.read_all(item.id), fit=PREVIEW_WIDTH
            )
        image = self._images[uuid]
        return None if image.isNull() else image

    def clear(self) -> None:
        """Let go of every decoded image (on lock, and when another entry opens)."""
        self._images.clear()


class AttachmentDocument(QTextDocument):
    """Preview's document: ``hjattach:`` images come from memory, nothing else loads."""

    def __init__(self, images: PreviewImages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = images

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """An ``hjattach:`` image from the vault; any other resource is not fetched."""
        url = QUrl(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == SCHEME:
            image = self._images.image(url.path())
            if image is not None:
                return image
        return None  # never a file or a web address an entry happens to name


# ---------------------------------------------------------------------- paste and drop


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class WritingEdit(QPlainTextEdit):
    """The writing area: pasting an image or dropping files adds them to the entry."""

    image_pasted = Signal(QImage)
    files_dropped = Signal(list)  # list[Path]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Images and local files are welcome, as well as text."""
        return (
            source.hasImage()
            or bool(_local_files(source))
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Files become attachments; an image (with no text) too; text stays text."""
        files = _local_files(source)
        if files:
            self.files_dropped.emit(files)
        elif source.hasImage() and not source.hasText():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.image_pasted.emit(image)
        else:
            super().insertFromMimeData(source)


# ---------------------------------------------------------------------- questions


class AttachmentAsker:
    """The questions the strip asks; tests answer them without dialogs."""

    def files_to_add(self, parent: QWidget | None) -> list[Path]:
        """The files to add, or none when the person changes their mind."""
        dialog = private_file_dialog(
            parent, QCoreApplication.translate("Attachments", "Add photos or files")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            files = dialog.selectedFiles() if accepted else []
        finally:
            finish(dialog)
        return [Path(f) for f in files]

    def copy_leaves_the_vault(self, parent: QWidget | None, name: str) -> bool:
        """Before a copy is written outside the vault."""
        return confirm(
            parent,
            QCoreApplication.translate("Attachments", "Save a copy outside the vault"),
            QCoreApplication.translate(
                "Attachments", "The copy of {name} will not be encrypted."
            ).format(name=name),
            QCoreApplication.translate("Attachments", "Save a copy"),
            QCoreApplication.translate("Attachments", "Keep it inside"),
            info=QCoreApplication.translate(
                "Attachments",
                "Anyone who can open the folder you choose can open the copy, and other "
                "apps may remember it. The file in your entry stays encrypted.",
            ),
        )

    def save_path(self, parent: QWidget | None, name: str) -> Path | None:
        """Where to save the copy."""
        suffix = Path(name).suffix.lstrip(".")
        return ask_save_path(
            parent,
            QCoreApplication.translate("Attachments", "Save a copy"),
            name,
            QCoreApplication.translate("Attachments", "All files (*)"),
            suffix,
        )

    def confirm_remove(self, parent: QWidget | None, name: str) -> bool:
        """Before a file is taken out of the entry."""
        return confirm(
            parent,
            QCoreApplication.translate("Attachments", "Please confirm"),
            QCoreApplication.translate("Attachments", "Take {name} out of this entry?").format(
                name=name
            ),
            QCoreApplication.translate("Attachments", "Take it out"),
            QCoreApplication.translate("Attachments", "Keep it"),
            info=QCoreApplication.translate(
                "Attachments", "Other entries that hold the same file keep theirs."
            ),
        )

    def show_image(self, parent: QWidget | None, name: str, image: QImage) -> None:
        """Show a photo larger, in a window of its own."""
        viewer = ImageViewer(name, image, parent)
        viewer.exec()
        viewer.deleteLater()

    def tell(self, parent: QWidget | None, title: str, text: str) -> None:
        """A calm message."""
        inform(parent, title, text)


class ImageViewer(QDialog):
    """A photo at a comfortable size, scrolled when larger than the window."""

    def __init__(self, name: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAccessibleName(self.tr("Photo {name}").format(name=name))
        picture = QLabel()
        picture.setPixmap(QPixmap.fromImage(image))
        picture.setAccessibleName(self.tr("The photo"))
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(min(image.width() + 60, 1000), min(image.height() + 100, 760))


# ---------------------------------------------------------------------- the strip


class AttachmentStrip(QWidget):
    """The entry's files in a row under the writing: add, look, save a copy, take out."""

    image_added = Signal(object)  # AttachmentView of a photo just added
    changed = Signal()

    def __init__(
        self,
        attachments: Attachments,
        *,
        asker: AttachmentAsker | None = None,
        entry_for_adding: Callable[[], int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attachments = attachments
        self._asker = asker or AttachmentAsker()
        # Saves a new entry first, so there is an entry to add to (None: nothing to save).
        self._entry_for_adding = entry_for_adding
        self._entry_id: int | None = None
        self.images = PreviewImages(attachments)
        self.tiles: list[QToolButton] = []
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Photos and files in this entry"))

        self.add_button = QPushButton(self.tr("Add photo or file…"))
        self.add_button.setAccessibleName(self.tr("Add a photo or file to this entry"))
        self.add_button.setToolTip(
            self.tr("You can also drop files here or paste a picture into the writing.")
        )
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        holder = QWidget()
        holder.setLayout(self.row)
        self.files_area = QScrollArea()
        self.files_area.setWidget(holder)
        self.files_area.setWidgetResizable(True)
        self.files_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.files_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_area.setAccessibleName(self.tr("Photos and files"))
        self.message = MessageLabel()
        self.message.setAccessibleName(self.tr("About the photos and files"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.files_area, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._ask_and_add)
        self._refresh()

    # ------------------------------------------------------------------ showing

    def show_entry(self, entry_id: int | None) -> None:
        """Show the files of ``entry_id`` (none for a new entry)."""
        if entry_id != self._entry_id:
            self.message.clear_message()
            self.images.clear()
        self._entry_id = entry_id
        self._refresh()

    @property
    def entry_id(self) -> int | None:
        """The entry whose files are shown."""
        return self._entry_id

    def wipe(self) -> None:
        """Forget every file, thumbnail and message (the vault is locking)."""
        self._entry_id = None
        self.images.clear()
        self.message.clear_message()
        self._refresh()

    def _refresh(self) -> None:
        for tile in self.tiles:
            self.row.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        while self.row.count():
            self.row.takeAt(0)
        items = self._attachments.of_entry(self._entry_id) if self._entry_id else []
        for item in items:
            tile = self._tile(item)
            self.tiles.append(tile)
            self.row.addWidget(tile)
        self.row.addStretch(1)
        self.files_area.setVisible(bool(items))
        # Room for the tallest tile and, when the row is wider than the editor, its scroll bar.
        tallest = max((tile.sizeHint().height() for tile in self.tiles), default=0)
        bar = self.files_area.horizontalScrollBar().sizeHint().height()
        self.files_area.setFixedHeight(tallest + bar + 4 if items else 0)

    def _tile(self, item: AttachmentView) -> QToolButton:
        tile = QToolButton()
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tile.setIconSize(QSize(THUMB_PIXELS, THUMB_PIXELS))
        width = max(THUMB_PIXELS + 24, self.fontMetrics().averageCharWidth() * 16)
        name = self.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideMiddle, width - 8)
        tile.setText(f"{name}\n{size_text(item.size)}")
        tile.setFixedWidth(width)
        tile.setIcon(self._icon(item))
        tile.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        kind = (
            self.tr("Photo")
            if item.is_image
            else self.tr("Recording")
            if item.is_audio
            else self.tr("File")
        )
        tile.setAccessibleName(
            self.tr("{kind} {name}, {size}").format(
                kind=kind, name=item.name, size=size_text(item.size)
            )
        )
        menu = QMenu(tile)
        if item.is_image:
            menu.addAction(self.tr("Look at it"), lambda: self.look_at(item))
        save = self.tr("Save a copy to play…") if item.is_audio else self.tr("Save a copy…")
        menu.addAction(save, lambda: self.save_copy(item))
        menu.addSeparator()
        menu.addAction(self.tr("Take out of this entry…"), lambda: self.remove(item))
        tile.setMenu(menu)
        return tile

    def _icon(self, item: AttachmentView) -> QIcon:
        if item.is_image:
            thumbnail = self._thumbnail(item)
            if thumbnail is not None:
                return QIcon(thumbnail)
        # Drawn in the theme's text colour, so they read in every theme (high contrast too).
        return icon("recording" if item.is_audio else "file")

    def _thumbnail(self, item: AttachmentView) -> QPixmap | None:
        stored = self._attachments.thumbnail(item.id)
        if stored is not None:
            pixmap = QPixmap()
            if pixmap.loadFromData(stored.data, "PNG"):
                return pixmap
        image = decode_image(self._attachments.read_all(item.id), fit=THUMB_PIXELS * 2)
        if image.isNull():
            return None
        self._attachments.save_thumbnail(
            item.id, Thumbnail(png_bytes(image), image.width(), image.height())
        )
        return QPixmap.fromImage(image)

    # ------------------------------------------------------------------ adding

    @Slot()
    def _ask_and_add(self) -> None:
        if self._target() is None:
            return
        self.add_paths(self._asker.files_to_add(self))

    def _target(self) -> int | None:
        if self._entry_id is None and self._entry_for_adding is not None:
            self._entry_id = self._entry_for_adding()
        if self._entry_id is None:
            self.message.show_message(
                self.tr(
                    "Write something or give the entry a title first; "
                    "then you can add photos and files."
                )
            )
        return self._entry_id

    def add_paths(self, paths: list[Path]) -> None:
        """Add files from disk (the Add button, or files dropped)."""
        if not paths or self._target() is None:
            return
        self._finish([self._add(path) for path in paths])

    def add_image(self, image: QImage) -> None:
        """Add a pasted picture (kept as PNG, made in memory)."""
        if image.isNull() or self._target() is None:
            return
        name = self.tr("Pasted picture.png")
        data = png_bytes(image)
        self._finish([self._add(data, name)])

    def _add(self, source: bytes | Path, name: str | None = None) -> str:
        """Add one file; the calm sentence to show about it ("" when there is none)."""
        if self._entry_id is None:
            return ""
        try:
            added = self._attachments.add(self._entry_id, source, name=name)
        except (InputError, NotFoundError) as error:
            return str(error)
        item = added.attachment
        if item.is_image:
            if decode_image(self._attachments.read_all(item.id), fit=THUMB_PIXELS).isNull():
                return self.tr(
                    "{name} is kept in the entry, but it can't be shown here: this computer "
                    "can't read that kind of picture. Save a copy to open it elsewhere."
                ).format(name=item.name)
            self.image_added.emit(item)
        if added.removed:
            return self.tr("Location, camera and other details were taken out of {name}.").format(
                name=item.name
            )
        return ""

    def _finish(self, notes: list[str]) -> None:
        text = " ".join(n for n in notes if n)
        if text:
            self.message.show_message(text)
        else:
            self.message.clear_message()
        self._refresh()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files dragged over the strip may be dropped."""
        if _local_files(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped files (or a dropped picture) are added to the entry."""
        files = _local_files(event.mimeData())
        if files:
            self.add_paths(files)
        elif event.mimeData().hasImage():
            image = event.mimeData().imageData()
            if isinstance(image, QImage):
                self.add_image(image)
        event.acceptProposedAction()

    # ------------------------------------------------------------------ one file

    def look_at(self, item: AttachmentView) -> None:
        """Show a photo larger."""
        image = decode_image(self._attachments.read_all(item.id), fit=1600)
        if image.isNull():
            self._asker.tell(
                self,
                self.tr("This picture can't be shown"),
                self.tr(
                    "This computer can't read that kind of picture. It is kept safely in the "
                    "entry; you can save a copy to open it elsewhere."
                ),
            )
            return
        self._asker.show_image(self, item.name, image)

    def save_copy(self, item: AttachmentView) -> Path | None:
        """Save a copy outside the vault, after saying it will not be encrypted."""
        if not self._asker.copy_leaves_the_vault(self, item.name):
            return None
        path = self._asker.save_path(self, item.name)
        if path is None:
            return None
        try:
            self._attachments.save_copy(item.id, path)
        except (InputError, NotFoundError) as error:
            self.message.show_message(str(error))
            return None
        self.message.show_message(
            self.tr("A copy of {name} is saved outside the vault, not encrypted.").format(
                name=item.name
            )
        )
        return path

    def remove(self, item: AttachmentView) -> None:
        """Take a file out of the entry, after asking."""
        if not self._asker.confirm_remove(self, item.name):
            return
        with contextlib.suppress(NotFoundError):  # already gone: the strip catches up
            self._attachments.remove(item.id)
        self.images.clear()
        self.message.clear_message()
        self._refresh()
        self.changed.emit()


def preview_document(images: PreviewImages | None, parent: QTextBrowser) -> QTextDocument:
    """The document Preview renders into: images from the vault when there are any."""
    return AttachmentDocument(images, parent) if images is not None else QTextDocument(parent)
