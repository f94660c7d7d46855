"""Small building blocks shared by the app's screens (labels, fields, cards)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from hj_journal.ui.platform.icons import set_icon

if TYPE_CHECKING:  # the list views' classes load with the first list, not at start-up
    from PySide6.QtWidgets import QAbstractItemView, QListWidget


def text_label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A label with an optional theme role ("heading", "subheading", "muted", "notice")."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


ZERO_WIDTH_SPACE = "\u200b"


def breakable_path(path: object) -> str:
    """A file's place as shown in a wrapped label: it may break after each separator.

    A label wraps only between words, and a path is one long word: in a narrow dialog or
    at large text the end of it (where the file is) was cut off.
    """
    text = str(path)
    return text.replace("/", "/" + ZERO_WIDTH_SPACE).replace("\\", "\\" + ZERO_WIDTH_SPACE)


def mnemonic_extra(metrics: QFontMetrics, text: str) -> int:
    """How much wider ``text`` draws than it measures, because of its Alt+letter.

    Qt underlines the letter after ``&`` as a run of its own, so the letter is not kerned
    with its neighbours when drawn, while the measured width is kerned: "&To" measures 28
    px at 20 pt but draws 33, and a label sized to the measure cut the "o".
    """
    shown = text.replace("&&", "\0")  # a doubled & is a real one, one character wide
    at = shown.find("&")
    if at < 0 or at + 1 >= len(shown):
        return 0
    plain = shown[:at] + shown[at + 1 :]
    start = plain.rfind(" ", 0, at) + 1
    end = plain.find(" ", at)
    word = plain[start : len(plain) if end < 0 else end].replace("\0", "&")
    i = at - start  # the underlined letter, within its word
    apart = sum(metrics.horizontalAdvance(p) for p in (word[:i], word[i], word[i + 1 :]))
    return max(0, apart - metrics.horizontalAdvance(word))


class FieldLabel(QLabel):
    """A label whose size allows for its underlined Alt+letter (see :func:`mnemonic_extra`)."""

    def _extra(self) -> int:
        return mnemonic_extra(self.fontMetrics(), self.text())

    def sizeHint(self) -> QSize:
        """Qt's size, widened by what the underlined letter costs."""
        hint = super().sizeHint()
        return QSize(hint.width() + self._extra(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Qt's smallest size, widened by what the underlined letter costs."""
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._extra(), hint.height())


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label for an input: sets the buddy (Alt+letter) and the input's accessible name."""
    label = FieldLabel(text)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    if not buddy.accessibleName():
        buddy.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return label


def grow_to_fit(window: QWidget) -> None:
    """Give a window at least the size its layout now asks for; never shrink it.

    Qt sizes a window once, from a minimum that leaves wrapped text out, so a dialog
    whose content grows later (a preview arrives, a long sentence wraps) would squeeze
    its widgets over each other. Call this after building it, or after its content grows.
    """
    window.ensurePolished()  # the theme's fonts decide how the text wraps
    hint = window.sizeHint()
    fresh = not window.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    width = hint.width() if fresh else max(window.width(), hint.width())
    width = max(width, window.minimumWidth())
    # Wrapped text needs more height at a given width than the size hint says.
    layout = window.layout()
    height = hint.height()
    if layout is not None and layout.hasHeightForWidth():
        layout.invalidate()  # what it measured before the fonts were set is stale
        layout.activate()
        height = max(height, layout.totalHeightForWidth(width))
    if not window.isVisible() and window.findChild(_GrowOnShow) is None:
        # Some text is only measured right once the window is shown: check again then.
        _GrowOnShow(window)
    if fresh:
        window.resize(width, height)  # not shown yet: start at the size it asks for
        return
    window.resize(width, max(window.height(), height))


def text_scale_of(widget: QWidget) -> float:
    """How much larger than the usual 10 pt the widget's text is now (1.0 at the usual size)."""
    return max(1.0, widget.font().pointSizeF() / 10)


class _GrowOnShow(QObject):
    """Fits a window once more as it is first shown (then leaves)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            self.deleteLater()
            grow_to_fit(watched)
        return False


class _FollowsText(QObject):
    """Applies a size rule now and again whenever the widget's text size changes."""

    def __init__(self, widget: QWidget, rule: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._rule = rule
        widget.installEventFilter(self)
        rule(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self._rule(watched)
        return False


def limit_column(column: QWidget, width: int) -> None:
    """Keep a column of text at most ``width`` px wide at the usual text size, and wider
    in step as the text grows: a fixed width would squeeze large text into it."""
    _FollowsText(column, lambda w: w.setMaximumWidth(round(width * text_scale_of(w))))


def fixed_width(widget: QWidget, width: int) -> None:
    """Keep ``widget`` exactly ``width`` px wide at the usual text size, wider in step
    as the text grows (a card of a fixed width would squeeze large text)."""
    _FollowsText(widget, lambda w: w.setFixedWidth(round(width * text_scale_of(w))))


def keep_rows(view: QAbstractItemView, rows: int) -> None:
    """Keep room for ``rows`` rows in a list, so that in a small window or at large text
    it still shows a few rows, never one (the page around it scrolls instead).

    A row's height is asked of the list's delegate, from the list's font alone.
    """

    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

    def rule(widget: QWidget) -> None:
        assert isinstance(widget, QAbstractItemView)
        option = QStyleOptionViewItem()
        option.font = widget.font()
        option.fontMetrics = widget.fontMetrics()
        row = widget.itemDelegate().sizeHint(option, QModelIndex()).height()
        row = max(row, widget.fontMetrics().lineSpacing() + 8)
        widget.setMinimumHeight(rows * row + 2 * widget.frameWidth() + 2)

    _FollowsText(view, rule)


def page_scroll(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area that lets it keep the room its layout asks for.

    A window smaller than what a screen needs (a small display, large text) then
    scrolls instead of squeezing buttons, fields and wrapped text over each other.
    Where the window has room, the page fills it as if no scroll area were there.
    """
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the page's controls
    area.setWidget(page)
    return area


def scrolled_column(
    content: QWidget,
    width: int,
    *,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
    grow_with_text: bool = True,
) -> QScrollArea:
    """``content`` as a column at most ``width`` px wide, at the top left of a frameless
    scroll area: it keeps its natural height, and the area scrolls when it is taller.

    The column widens in step with the text size (:func:`limit_column`); with
    ``grow_with_text=False`` it keeps ``width`` px at every text size. ``margins`` are
    left, top, right and bottom around the column.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(*margins)
    row = QHBoxLayout()
    # No alignment flag: with one the column would shrink to its narrowest.
    if grow_with_text:
        limit_column(content, width)
    else:
        content.setMaximumWidth(width)
    row.addWidget(content, 1)
    row.addStretch(0)
    column.addLayout(row)
    column.addStretch(1)  # the content keeps its natural height, at the top
    scroll.setWidget(holder)
    return scroll


_BUTTON_PADDING = 24  # a flat button's padding on both sides, and a little air


class ElidedButton(QPushButton):
    """A button for text of any length (an entry's title): what does not fit its width
    ends in "…", and the whole text stays in its tooltip and for screen readers."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to fit when it must."""
        self._full = text
        self.setToolTip(text)
        self._fit()

    def full_text(self) -> str:
        """The text before any shortening."""
        return self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)), hint.height()
        )

    def sizeHint(self) -> QSize:
        # The room the whole text would take (the text shown may be shortened).
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(self._full) + _BUTTON_PADDING
        return QSize(max(hint.width(), whole), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.width() - _BUTTON_PADDING
        metrics = self.fontMetrics()
        fitted = self._full
        if metrics.horizontalAdvance(self._full) > room:
            fitted = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if fitted != self.text():
            self.setText(fitted)


class FlowLayout(QLayout):
    """Lays widgets (a row of buttons) out left to right, wrapping onto the next line
    when the row is too narrow, so that large text never squeezes a button's words."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` among the others."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def _live(self) -> list[QLayoutItem]:
        # While a page is torn down Qt can delete an item of ours before it asks the
        # layout to let go of it; a dead item is dropped here, never touched (touching
        # it raised inside Qt's size calculation and then crashed the app).
        self._items = [item for item in self._items if shiboken6.isValid(item)]
        return self._items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._live() if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((s.height() for s in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._live():
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._live():
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class AdaptiveSplitter(QSplitter):
    """Side by side when there is room, one above the other when there is not (a small
    window, large text), so that neither side is squeezed or needs sideways scrolling."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        sides = [self.widget(i) for i in range(self.count())]
        needed = sum(side.minimumSizeHint().width() for side in sides if side is not None)
        needed += self.handleWidth() * max(self.count() - 1, 0)
        wanted = Qt.Orientation.Horizontal if needed <= self._room() else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)  # the room decides, not the orientation: no flip-flop

    def _room(self) -> int:
        """The width there really is: a scroll area around the page may have made the
        page wider than its window, to fit this side by side."""
        page: QWidget = self
        parent = self.parentWidget()
        while parent is not None:
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
                return area.viewport().width() - (page.width() - self.width())
            page, parent = parent, parent.parentWidget()
        return self.width()


class _HoldsWrappedHeight(QObject):
    """Keeps a shown widget at least as tall as its wrapped text needs at its width."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Hide:
            watched.setMinimumHeight(0)  # a hidden page must not hold its stack open
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth() and watched.isVisible():
                needed = layout.totalHeightForWidth(watched.width())
                if needed != watched.minimumHeight():
                    watched.setMinimumHeight(needed)
        return False


def hold_wrapped_height(widget: QWidget) -> None:
    """Keep ``widget`` as tall as its wrapped text needs at the width it is given.

    A splitter or stack sizes its pages from their size hints, which leave wrapped text
    out: at large text, or in a longer language, a page one above the other with its
    neighbour would have its sentences squeezed. Only while shown (a page of a stack
    that is hidden asks for nothing).
    """
    _HoldsWrappedHeight(widget)


def follow_current_page(stack: QStackedWidget) -> None:
    """Let a stack ask only for the room its page on show needs (a hidden page's wide
    buttons would otherwise make the whole screen wider)."""

    def fit(index: int) -> None:
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
            page.updateGeometry()
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())


class Card(QFrame):
    """A softly bordered panel with generous padding."""

    def __init__(self, parent: QWidget | None = None, *, margin: int = 28) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.setSpacing(12)


class MessageLabel(QLabel):
    """A calm message under a form; screen readers hear it when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (and announce it)."""
        # Loaded here, not with the module: the lock screen is built before any message.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.setText(text)
        self.setVisible(bool(text))
        if text and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.clear()
        self.hide()


class PassphraseEdit(QLineEdit):
    """A passphrase field with a show/hide toggle at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._toggle = QAction(self)
        self._toggle.setCheckable(True)
        self._toggle.setShortcut(QKeySequence("Ctrl+H"))
        self._toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._toggle.toggled.connect(self._on_toggled)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self._on_toggled(False)

    @property
    def toggle_action(self) -> QAction:
        """The show/hide action (Ctrl+H while the field has focus)."""
        return self._toggle

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        text = self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        self._toggle.setText(text)
        self._toggle.setToolTip(self.tr("{action} (Ctrl+H)").format(action=text))
        set_icon(self._toggle, "hide" if shown else "show")

    def wipe(self) -> None:
        """Empty the field, hide its text again and forget its undo history."""
        self._toggle.setChecked(False)
        # setText (unlike typing or clear) also drops the undo history of what was typed.
        self.setText("")
        self.setModified(False)


#: Where a keyed list's row keeps its key (:func:`refill_keyed_list`).
KEY_ROLE = Qt.ItemDataRole.UserRole


def refill_keyed_list(
    view: QListWidget, rows: Iterable[tuple[str, str]], keep: str | None = None
) -> None:
    """Fill ``view`` with ``(key, text)`` rows, choosing the row keyed ``keep`` (else the
    first); ``currentItemChanged`` is held until the list is whole, so the caller updates
    what depends on the choice once, afterwards."""
    from PySide6.QtWidgets import QListWidgetItem

    view.blockSignals(True)
    view.clear()
    for key, text in rows:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        view.addItem(item)
        if key == keep:
            view.setCurrentItem(item)
    view.blockSignals(False)
    if view.currentItem() is None and view.count():
        view.setCurrentRow(0)


def current_key(view: QListWidget) -> str | None:
    """The key of the row chosen in a list filled by :func:`refill_keyed_list`."""
    item = view.currentItem()
    return str(item.data(KEY_ROLE)) if item is not None else None
