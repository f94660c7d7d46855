"""How one entry looks in the timeline and in search results.

Every row has the same height (so the view can use uniform item sizes and scroll
50,000 rows without measuring them): the title with the date beside it, two lines of
preview, then the tags. An entry with a content note shows the note, never its words.
Search results show the highlighted title and snippet (already escaped by the model).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hj_journal.core.journal.entries import EntrySummary
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.journal.models import (
    SNIPPET_HTML_ROLE,
    SUMMARY_ROLE,
    TITLE_HTML_ROLE,
    TWO_VERSIONS_ROLE,
)

PAD_X = 14
PAD_Y = 10
GAP = 4
Index = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry row: title and date, preview or note, tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)  # reused for highlighted search text
        self._doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._doc.setDefaultTextOption(option)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(240, 2 * PAD_Y + 4 * line + 2 * GAP + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if not isinstance(summary, EntrySummary):
            return super().paint(painter, option, index)
        painter.save()
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text = option.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        muted = QColor(text)
        muted.setAlphaF(0.72)

        area = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        line = metrics.lineSpacing()

        # Line 1: the date on the right, the title in the space left of it.
        date_text = day_text(summary.entry_date)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.92, 7.0))
        date_width = QFontMetrics(small).horizontalAdvance(date_text) + 2
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(area.right() - date_width, area.top(), date_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            date_text,
        )
        title_rect = QRect(area.left(), area.top(), area.width() - date_width - 12, line)
        bold = QFont(base)
        bold.setBold(True)
        title_html = index.data(TITLE_HTML_ROLE)
        if title_html and summary.title:
            self._draw_html(painter, title_rect, f"<b>{title_html}</b>", base, text, lines=1)
        else:
            painter.setFont(bold if summary.title else base)
            painter.setPen(text if summary.title else muted)
            title = summary.title or self.tr("Untitled")
            elided = QFontMetrics(painter.font()).elidedText(
                title, Qt.TextElideMode.ElideRight, title_rect.width()
            )
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, elided)

        # Lines 2–3: the content note, the highlighted snippet, or the preview.
        body_rect = QRect(area.left(), area.top() + line + GAP, area.width(), 2 * line)
        snippet_html = index.data(SNIPPET_HTML_ROLE)
        if summary.has_content_note:
            note = QFont(base)
            note.setItalic(True)
            painter.setFont(note)
            painter.setPen(muted)
            label = self.tr("Content note: %1").replace("%1", summary.content_note or "")
            self._draw_wrapped(painter, body_rect, label)
        elif snippet_html:
            self._draw_html(painter, body_rect, snippet_html, base, text, lines=2)
        elif summary.preview:
            painter.setFont(base)
            painter.setPen(text)
            self._draw_wrapped(painter, body_rect, summary.preview)

        # Line 4: tags, and on the right a quiet note when edited on two devices.
        tags_rect = QRect(area.left(), body_rect.bottom() + GAP, area.width(), line)
        if index.data(TWO_VERSIONS_ROLE):
            painter.setFont(small)
            painter.setPen(muted)
            two = self.tr("Edited on two devices")
            width = min(QFontMetrics(small).horizontalAdvance(two) + 2, tags_rect.width())
            painter.drawText(
                QRect(tags_rect.right() - width, tags_rect.top(), width, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                QFontMetrics(small).elidedText(two, Qt.TextElideMode.ElideRight, width),
            )
            tags_rect.setRight(tags_rect.right() - width - 2 * GAP)
        if summary.tags:
            painter.setFont(small)
            painter.setPen(muted)
            tags = "   ".join("#" + t for t in summary.tags)
            elided = QFontMetrics(small).elidedText(
                tags, Qt.TextElideMode.ElideRight, tags_rect.width()
            )
            painter.drawText(tags_rect, Qt.AlignmentFlag.AlignVCenter, elided)

        # A quiet line between rows.
        rule = QColor(text)
        rule.setAlphaF(0.12)
        painter.setPen(rule)
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left() + PAD_X, bottom, option.rect.right() - PAD_X, bottom)
        painter.restore()
        return None

    @staticmethod
    def _draw_wrapped(painter: QPainter, rect: QRect, text: str) -> None:
        """Up to two lines of plain text, the second one elided."""
        metrics = QFontMetrics(painter.font())
        words, first = text.split(), ""
        while (
            words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= rect.width()
        ):
            first = (first + " " + words.pop(0)).strip()
        if not first and words:  # one very long word
            first = metrics.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, rect.width())
        second = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, rect.width())
        line = metrics.lineSpacing()
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, first)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), 0, second)

    def _draw_html(
        self, painter: QPainter, rect: QRect, html: str, font: QFont, color: QColor, *, lines: int
    ) -> None:
        """Escaped, highlighted text, clipped to ``lines`` lines."""
        self._doc.setDefaultFont(font)
        self._doc.setHtml(html)
        self._doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        height = QFontMetrics(font).lineSpacing() * lines
        context.clip = QRectF(0, 0, rect.width(), height)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), height))
        self._doc.documentLayout().draw(painter, context)
        painter.restore()
