"""Photos, recordings and files in the editor: the strip, Preview's images, paste and drop.

Everything is read from the vault into memory and decoded there (``QImageReader`` over a
``QBuffer``): no temporary file, no cache on disk. Thumbnails are made once, in memory,
and handed to the core service, which keeps them encrypted with the rest.

Preview shows an entry's images where the writing links them (``![name](hjattach:<id>)``,
the link the editor inserts when a photo is added) and any others after the writing.
Recordings and other files are not played by the app itself: *Open in your player…*
opens a short-lived private copy in your usual app (:mod:`.attachment_opening`), and *Save
a copy…* writes one where you choose; both say plainly first that the copy is not
encrypted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.journal.attachments import (
    AddedAttachment,
    Attachments,
    AttachmentView,
    size_text,
)
from hj_journal.ui.common.calm_dialog import confirm, inform
from hj_journal.ui.common.file_dialogs import ask_save_path, finish, private_file_dialog
from hj_journal.ui.common.widgets import MessageLabel
from hj_journal.ui.journal.attachment_images import (
    SCHEME,
    THUMB_PIXELS,
    AttachmentDocument,
    PreviewImages,
    attachment_link,
    decode_image,
    make_thumbnail,
    png_bytes,
    preview_document,
    quiet_colour,
)
from hj_journal.ui.journal.attachment_opening import (
    PrivateCopies,
    ask_to_open,
    open_with_desktop,
)
from hj_journal.ui.platform.icons import icon
from hj_journal.ui.platform.worker import Jobs, report_unexpected

VIEWER_PIXELS = 1600  # "Look at it": large enough for a screen, small enough to decode

__all__ = [  # the pictures' half lives in attachment_images.py; named here too
    "SCHEME",
    "AttachmentDocument",
    "PreviewImages",
    "attachment_link",
    "decode_image",
    "png_bytes",
    "preview_document",
]


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

    def open_outside(self, parent: QWidget | None, item: AttachmentView, in_memory: bool) -> bool:
        """Before a copy is opened in another app."""
        return ask_to_open(parent, item, in_memory)

    def open_path(self, path: Path) -> bool:
        """Hand a private copy to the desktop's app for its kind of file."""
        return open_with_desktop(path)

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


@dataclass(frozen=True)
class _Added:
    """What adding one file gave (made on a worker thread for a large file)."""

    entry_id: int
    added: AddedAttachment
    thumbnail: QImage | None = None  # for a picture: None when it can't be shown here


def _add_file(
    attachments: Attachments, entry_id: int, source: bytes | Path | QImage, name: str | None
) -> _Added:
    """Add one file and make a picture's thumbnail. No widgets: safe on a worker thread."""
    data = png_bytes(source) if isinstance(source, QImage) else source
    added = attachments.add(entry_id, data, name=name)
    item = added.attachment
    thumbnail = make_thumbnail(attachments, item.id) if item.is_image else None
    return _Added(entry_id, added, thumbnail)


def _size_of(source: bytes | Path | QImage) -> int:
    if isinstance(source, QImage):
        return int(source.sizeInBytes())
    if isinstance(source, Path):
        try:
            return source.stat().st_size
        except OSError:
            return 0  # the service says why it can't be read
    return len(source)


class AttachmentStrip(QWidget):
    """The entry's files in a row under the writing: add, look, save a copy, take out.

    A large file is added, and a large picture decoded, on a worker thread when the strip
    is given the app's ``jobs`` (see :mod:`.attachment_images`); meanwhile the strip says
    it is adding, and a picture's tile shows a plain placeholder.
    """

    image_added = Signal(object)  # AttachmentView of a photo just added
    changed = Signal()  # the files shown are different (added, taken out, another entry)

    def __init__(
        self,
        attachments: Attachments,
        *,
        asker: AttachmentAsker | None = None,
        entry_for_adding: Callable[[], int | None] | None = None,
        jobs: Jobs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attachments = attachments
        self._asker = asker or AttachmentAsker()
        self._jobs = jobs
        # Saves a new entry first, so there is an entry to add to (None: nothing to save).
        self._entry_for_adding = entry_for_adding
        self._entry_id: int | None = None
        self._shown: tuple[int | None, tuple[int, ...]] | None = None  # what the tiles show
        self._adding = 0  # files being added on a worker thread
        self._notes: list[str] = []  # what to say once they are all added
        self._generation = 0  # bumped when another entry opens or the vault locks
        self.images = PreviewImages(attachments, jobs, parent=self)
        self.copies = PrivateCopies(
            attachments, ask=self._asker.open_outside, opener=self._asker.open_path
        )
        self.tiles: list[QToolButton] = []
        self._tile_of: dict[int, QToolButton] = {}
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
        self.images.thumbnail_ready.connect(self._thumbnail_ready)
        self._refresh()

    # ------------------------------------------------------------------ showing

    def show_entry(self, entry_id: int | None) -> None:
        """Show the files of ``entry_id`` (none for a new entry)."""
        if entry_id != self._entry_id:
            self.message.clear_message()
            self.images.clear()
            self._generation += 1  # files still being added go on; their notes don't
            self._adding = 0
            self._notes = []
        self._entry_id = entry_id
        self._refresh(force=True)

    @property
    def entry_id(self) -> int | None:
        """The entry whose files are shown."""
        return self._entry_id

    @property
    def busy(self) -> bool:
        """True while files are being added in the background."""
        return self._adding > 0

    def wipe(self) -> None:
        """Forget every file, thumbnail and message, remove every copy opened elsewhere
        (the vault is locking)."""
        self.copies.remove_all()
        self._entry_id = None
        self._generation += 1
        self._adding = 0
        self._notes = []
        self.images.clear()
        self.message.clear_message()
        self._refresh(force=True)

    def refresh(self) -> None:
        """Catch up with files added to or taken out of the entry elsewhere (an import)."""
        self._refresh()

    def _refresh(self, *, force: bool = False) -> None:
        items = self._attachments.of_entry(self._entry_id) if self._entry_id else []
        shown = (self._entry_id, tuple(item.id for item in items))
        if shown == self._shown and not force:
            return  # nothing changed (an add here is also heard through the hub)
        files_changed = shown != self._shown
        self._shown = shown
        for tile in self.tiles:
            self.row.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        self._tile_of = {}
        while self.row.count():
            self.row.takeAt(0)
        for item in items:
            tile = self._tile(item)
            self.tiles.append(tile)
            self._tile_of[item.id] = tile
            self.row.addWidget(tile)
        self.row.addStretch(1)
        self.files_area.setVisible(bool(items))
        # Room for the tallest tile and, when the row is wider than the editor, its scroll bar.
        tallest = max((tile.sizeHint().height() for tile in self.tiles), default=0)
        bar = self.files_area.horizontalScrollBar().sizeHint().height()
        self.files_area.setFixedHeight(tallest + bar + 4 if items else 0)
        if files_changed:
            self.changed.emit()

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
        else:
            opening = (
                self.tr("Open in your player…")
                if item.is_audio
                else self.tr("Open in another app…")
            )
            menu.addAction(opening, lambda: self.open_outside(item))
        menu.addAction(self.tr("Save a copy…"), lambda: self.save_copy(item))
        menu.addSeparator()
        menu.addAction(self.tr("Take out of this entry…"), lambda: self.remove(item))
        tile.setMenu(menu)
        return tile

    def _icon(self, item: AttachmentView) -> QIcon:
        if item.is_image:
            # While files are added in the background, their thumbnails are on the way.
            thumbnail = self.images.thumbnail(item, start=not self._adding)
            if thumbnail is not None:
                return QIcon(QPixmap.fromImage(thumbnail))
            if self.images.is_pending(item.id) or self._adding:
                return QIcon(self._placeholder())
        # Drawn in the theme's text colour, so they read in every theme (high contrast too).
        return icon("recording" if item.is_audio else "file")

    def _placeholder(self) -> QPixmap:
        """A plain tile while a picture is decoded (the tile's name says which it is)."""
        pixmap = QPixmap(THUMB_PIXELS, THUMB_PIXELS * 3 // 4)
        pixmap.fill(quiet_colour(self.palette()))
        return pixmap

    @Slot(int)
    def _thumbnail_ready(self, attachment_id: int) -> None:
        tile = self._tile_of.get(attachment_id)
        if tile is None:
            return
        thumbnail = self.images.made_thumbnail(attachment_id)
        tile.setIcon(QIcon(QPixmap.fromImage(thumbnail)) if thumbnail else icon("file"))

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
        self._add_all([(path, None) for path in paths])

    def add_image(self, image: QImage) -> None:
        """Add a pasted picture (kept as PNG, made in memory)."""
        if image.isNull() or self._target() is None:
            return
        self._add_all([(image, self.tr("Pasted picture.png"))])

    def _add_all(self, sources: list[tuple[bytes | Path | QImage, str | None]]) -> None:
        entry_id = self._entry_id
        if entry_id is None:
            return
        attachments, generation = self._attachments, self._generation
        for source, name in sources:
            if self._jobs is not None and _size_of(source) > self.images.inline_bytes:
                self._adding += 1
                self._jobs.start(
                    partial(_add_file, attachments, entry_id, source, name),
                    on_done=partial(self._added_later, generation),
                    on_error=partial(self._not_added_later, generation),
                    guard=self,
                )
                continue
            try:
                result = _add_file(attachments, entry_id, source, name)
            except (InputError, NotFoundError) as error:
                self._notes.append(str(error))
            else:
                self._notes.append(self._take(result))
        if self._adding:
            self.message.show_message(self.tr("Adding %n file(s)…", "", self._adding))
            self._refresh()
        else:
            self._finish()

    def _added_later(self, generation: int, result: _Added) -> None:
        if generation != self._generation:
            return  # another entry is open now (or the vault locked): it is kept all the same
        self._adding -= 1
        self._notes.append(self._take(result))
        self._finish()

    def _not_added_later(self, generation: int, error: BaseException) -> None:
        expected = isinstance(error, (InputError, NotFoundError))
        if generation == self._generation:
            self._adding -= 1
            self._notes.append(str(error) if expected else "")
            self._finish()
        if not expected:
            report_unexpected(error)

    def _take(self, result: _Added) -> str:
        """Show what one added file needs; the calm sentence about it ("" when none)."""
        item = result.added.attachment
        if item.is_image:
            self.images.put_thumbnail(item.id, result.thumbnail)
            if result.thumbnail is None:
                return self.tr(
                    "{name} is kept in the entry, but it can't be shown here: this computer "
                    "can't read that kind of picture. Save a copy to open it elsewhere."
                ).format(name=item.name)
            if result.entry_id == self._entry_id:
                self.image_added.emit(item)
        if result.added.removed:
            return self.tr("Location, camera and other details were taken out of {name}.").format(
                name=item.name
            )
        return ""

    def _finish(self) -> None:
        if self._adding:
            self.message.show_message(self.tr("Adding %n file(s)…", "", self._adding))
            return
        text = " ".join(n for n in self._notes if n)
        self._notes = []
        if text:
            self.message.show_message(text)
        else:
            self.message.clear_message()
        self._refresh(force=True)  # thumbnails held back while adding are asked for now

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
        """Show a photo larger (a large one is decoded in the background first)."""
        attachments = self._attachments
        if not self.images.in_background(item.size) or self._jobs is None:
            self._show(item, decode_image(attachments.read_all(item.id), fit=VIEWER_PIXELS))
            return
        self.message.show_message(self.tr("Opening {name}…").format(name=item.name))
        self._jobs.start(
            lambda: decode_image(attachments.read_all(item.id), fit=VIEWER_PIXELS),
            on_done=lambda image: self._show(item, image),
            on_error=self._not_shown,
            guard=self,
        )

    def _show(self, item: AttachmentView, image: QImage) -> None:
        self.message.clear_message()
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

    def _not_shown(self, error: BaseException) -> None:
        if not isinstance(error, NotFoundError):
            report_unexpected(error)
            return
        self.message.show_message(str(error))

    def open_outside(self, item: AttachmentView) -> None:
        """Open a recording or file in another app, through a private copy (after asking)."""
        said = self.copies.open(self, item)
        if said:
            self.message.show_message(said)

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
        self._refresh()  # at once, if the hub has not caught the strip up already
