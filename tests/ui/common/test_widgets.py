"""Shared building blocks: a scrolled column of text, and buttons that wrap onto new lines."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.widgets import FlowLayout, hold_wrapped_height, scrolled_column
from tests.ui import support

# ---------------------------------------------------------------------- scrolled_column


def _column_content() -> QWidget:
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel("A few calm words that wrap when the column is narrow. " * 3)
    label.setWordWrap(True)
    layout.addWidget(label)
    return content


def _show(qtbot: Any, widget: QWidget, size: QSize) -> None:
    qtbot.addWidget(widget)
    widget.resize(size)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_column_sits_at_the_top_left_with_its_margins_and_natural_height(
    qtbot: Any,
) -> None:
    content = _column_content()
    scroll = scrolled_column(content, 400, margins=(4, 12, 6, 8))
    _show(qtbot, scroll, QSize(900, 700))
    assert scroll.widgetResizable()
    assert scroll.frameShape() == QFrame.Shape.NoFrame
    assert (content.x(), content.y()) == (4, 12)
    assert content.width() == 400  # as wide as allowed, no wider
    assert content.height() < 300  # kept its own height; the room below stays empty
    assert scroll.widget().height() == scroll.viewport().height()


def test_a_narrow_window_gets_the_whole_width_less_the_margins(qtbot: Any) -> None:
    content = _column_content()
    scroll = scrolled_column(content, 700, margins=(4, 12, 4, 12))
    _show(qtbot, scroll, QSize(300, 500))
    assert content.width() == scroll.viewport().width() - 8


@pytest.mark.parametrize(("grows", "expected"), [(True, 800), (False, 400)])
def test_the_column_widens_with_the_text_unless_asked_not_to(
    qtbot: Any, grows: bool, expected: int
) -> None:
    content = _column_content()
    scroll = scrolled_column(content, 400, grow_with_text=grows)
    _show(qtbot, scroll, QSize(1200, 600))
    assert content.maximumWidth() == 400
    font = QFont(content.font())
    font.setPointSizeF(20)  # twice the usual 10 pt
    content.setFont(font)
    assert content.maximumWidth() == expected
    qtbot.waitUntil(lambda: content.width() == expected, timeout=1_000)


def test_a_tall_column_scrolls(qtbot: Any) -> None:
    content = _column_content()
    content.setMinimumHeight(2_000)
    scroll = scrolled_column(content, 400)
    _show(qtbot, scroll, QSize(600, 400))
    assert scroll.verticalScrollBar().maximum() > 0


# ---------------------------------------------------------------------- FlowLayout


def _buttons(count: int, width: int, spacing: int) -> tuple[QWidget, list[QPushButton]]:
    box = QWidget()
    flow = FlowLayout(box, spacing=spacing)
    buttons = []
    for n in range(count):
        button = QPushButton(f"Word {n}")
        button.setFixedSize(width, 30)
        flow.addWidget(button)
        buttons.append(button)
    return box, buttons


def test_buttons_share_a_line_while_they_fit_then_wrap(qtbot: Any) -> None:
    box, buttons = _buttons(3, 100, 6)
    _show(qtbot, box, QSize(206, 200))  # two buttons and one gap fit exactly, not three
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (106, 0), (0, 36)]
    assert box.layout().heightForWidth(206) == 66
    assert box.layout().heightForWidth(312) == 30  # one line when all three just fit
    assert box.layout().heightForWidth(311) == 66


def test_an_item_deleted_before_the_layout_lets_go_is_dropped(qtbot: Any) -> None:
    box, buttons = _buttons(2, 80, 8)
    _show(qtbot, box, QSize(300, 100))
    flow = box.layout()
    assert isinstance(flow, FlowLayout)
    item = flow.itemAt(0)
    assert item is not None
    shiboken6.delete(item)  # as Qt can do while a page is torn down
    assert flow.count() == 1
    assert flow.itemAt(0) is not None and flow.itemAt(0).widget() is buttons[1]
    assert flow.sizeHint().width() == 80


def _wrapped_page() -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    label = QLabel("Entries you move here stay for thirty days, then leave for good. " * 4)
    label.setWordWrap(True)
    column.addWidget(label)
    column.addWidget(QPushButton("Back to writing"))
    return page


@pytest.mark.parametrize("held", [False, True])
def test_a_page_holds_the_height_its_wrapped_words_need(qtbot: Any, held: bool) -> None:
    # One above the other in a splitter on a scrolling page (the journal at large text),
    # a page gets the height its size hint says, which leaves wrapped text out; held,
    # its sentences stay whole however narrow it is.
    area = QScrollArea()
    area.setWidgetResizable(True)
    qtbot.addWidget(area)
    splitter = QSplitter(Qt.Orientation.Vertical)
    page = _wrapped_page()
    if held:
        hold_wrapped_height(page)
    above = QLabel("The writing")
    above.setMinimumHeight(400)
    splitter.addWidget(above)
    splitter.addWidget(page)
    area.setWidget(splitter)
    area.resize(260, 300)
    area.show()
    qtbot.waitExposed(area)
    support.settle()
    assert (support.clipped(page) == []) is held
    if held:
        page.hide()  # a hidden page (a stack's other page) asks for nothing
        assert page.minimumHeight() == 0


def test_a_field_label_leaves_room_for_its_underlined_letter(qtbot: Any) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLineEdit

    from hj_journal.ui.common.widgets import field_label, mnemonic_extra

    font = QFont()
    font.setPointSizeF(20)
    metrics = QFontMetrics(font)
    apart = metrics.horizontalAdvance("T") + metrics.horizontalAdvance("o")
    # "T" and "o" kern; drawn with the T underlined, they do not.
    assert mnemonic_extra(metrics, "&To") == apart - metrics.horizontalAdvance("To") > 0
    assert mnemonic_extra(metrics, "To") == 0 and mnemonic_extra(metrics, "Rock && roll") == 0
    assert mnemonic_extra(metrics, "Keep &it") == mnemonic_extra(metrics, "&it")
    edit = QLineEdit()
    label = field_label("&To", edit)
    qtbot.addWidget(label)
    label.setFont(font)
    assert label.minimumSizeHint().width() >= apart
    assert label.sizeHint().width() >= apart
    assert edit.accessibleName() == "To"


def test_a_long_path_in_a_wrapped_label_breaks_at_its_separators(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from hj_journal.ui.common.widgets import ZERO_WIDTH_SPACE, breakable_path

    path = "/media/someone/USB stick/HJ Journal backups/vault-1a2b3c4d/2026-12-03T10-00-00"
    shown = breakable_path(path)
    assert shown.replace(ZERO_WIDTH_SPACE, "") == path
    label = QLabel(f"Not reached: {shown}.")
    label.setWordWrap(True)
    qtbot.addWidget(label)
    narrow = label.fontMetrics().horizontalAdvance("HJ Journal backups/") + 10
    one_line = label.fontMetrics().lineSpacing()
    # Broken at its separators, the path needs several lines but never more width.
    assert label.heightForWidth(narrow) > 3 * one_line
    assert breakable_path("C:\\Users\\me") == f"C:\\{ZERO_WIDTH_SPACE}Users\\{ZERO_WIDTH_SPACE}me"
