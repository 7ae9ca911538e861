"""Paints one search hit in the sidebar: the conversation's title over a highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from localchat.ui.style import is_dark

HitRole = Qt.ItemDataRole.UserRole + 10  # (conversation id, message id or 0)
TitleRole = Qt.ItemDataRole.UserRole + 11  # the conversation's title
SnippetRole = Qt.ItemDataRole.UserRole + 12  # (plain snippet, [(start, length) of each match])

MARK_OPEN = "«"
MARK_CLOSE = "»"
SNIPPET_LINES = 3  # the storage snippet is 16 words: three lines fit it at the usual width
PAD_X = 8
PAD_Y = 6
GAP = 2  # between the title and the snippet

ModelIndex = QModelIndex | QPersistentModelIndex


def split_marks(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet without « and », and the (start, length) of each marked match in it."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for char in snippet:
        if char == MARK_OPEN and start is None:
            start = length
        elif char == MARK_CLOSE and start is not None:
            if length > start:
                marks.append((start, length - start))
            start = None
        else:
            plain.append(char)
            length += 1
    if start is not None and length > start:  # an unclosed mark runs to the end
        marks.append((start, length - start))
    return "".join(plain), marks


class SearchHitDelegate(QStyledItemDelegate):
    """Draws a hit as a bold title and up to three lines of snippet, matches marked.

    A plain-text row (such as "Nothing found") is drawn the usual way. Every hit row has the
    same height, so the view can use uniform item sizes.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        """One title line, SNIPPET_LINES snippet lines and the padding."""
        if index.data(HitRole) is None:
            size = super().sizeHint(option, index)
            return QSize(size.width(), max(size.height(), self._row_height(option.font)))
        return QSize(PAD_X * 2 + 100, self._row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The row background from the style, then the title and the snippet."""
        if index.data(HitRole) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style paints the background, selection and focus only
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(group, text_role)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        painter.setClipRect(option.rect)
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_metrics = QFontMetrics(title_font)
        title = title_metrics.elidedText(
            str(index.data(TitleRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        plain, marks = index.data(SnippetRole) or ("", [])
        snippet_colour = QColor(text_colour)
        if not selected:  # the snippet a little quieter than the title, the matches not
            snippet_colour.setAlphaF(0.8)
        top = title_rect.bottom() + 1 + GAP
        self._draw_snippet(
            painter,
            option.font,
            plain,
            marks,
            QRect(rect.left(), top, rect.width(), 0),
            snippet_colour,
            self._mark_format(palette, group, selected, text_colour),
        )
        painter.restore()

    @staticmethod
    def _row_height(font: QFont) -> int:
        bold = QFont(font)
        bold.setBold(True)
        lines = QFontMetrics(font).lineSpacing() * SNIPPET_LINES
        return PAD_Y * 2 + QFontMetrics(bold).height() + GAP + lines

    @staticmethod
    def _mark_format(
        palette: QPalette, group: QPalette.ColorGroup, selected: bool, text: QColor
    ) -> QTextCharFormat:
        """Matches: bold, full-strength text, on a tint of the accent colour."""
        tint = QColor(palette.color(group, QPalette.ColorRole.Highlight))
        if selected:  # on the accent itself, a veil of the selected-text colour
            tint = QColor(palette.color(group, QPalette.ColorRole.HighlightedText))
            tint.setAlphaF(0.28)
        else:
            tint.setAlphaF(0.45 if is_dark(palette) else 0.25)
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(text)
        mark.setBackground(tint)
        return mark

    @staticmethod
    def _draw_snippet(
        painter: QPainter,
        font: QFont,
        text: str,
        marks: list[tuple[int, int]],
        rect: QRect,
        colour: QColor,
        mark_format: QTextCharFormat,
    ) -> None:
        """Wrap the snippet to at most SNIPPET_LINES lines, eliding the last one."""
        metrics = QFontMetrics(font)
        width = rect.width()
        layout = QTextLayout(text, font)
        ranges = _format_ranges(marks, mark_format)
        layout.setFormats(ranges)
        layout.beginLayout()
        y = 0.0
        rest_from = -1
        for line_number in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if line_number == SNIPPET_LINES - 1 and line.textStart() + line.textLength() < len(
                text
            ):
                rest_from = line.textStart()  # drawn below, elided
                break
            line.setPosition(QPointF(0, y))
            y += metrics.lineSpacing()
        layout.endLayout()
        painter.setPen(colour)
        origin = QPointF(rect.left(), rect.top())
        for number in range(layout.lineCount()):
            if layout.lineAt(number).textStart() == rest_from:
                break
            layout.lineAt(number).draw(painter, origin)
        if rest_from >= 0:
            # Bold matches are wider than the metrics used to elide: leave room for them.
            bold = QFont(font)
            bold.setBold(True)
            bold_metrics = QFontMetrics(bold)
            slack = sum(
                bold_metrics.horizontalAdvance(text[s : s + n])
                - metrics.horizontalAdvance(text[s : s + n])
                for s, n in marks
                if s + n > rest_from
            )
            rest = metrics.elidedText(text[rest_from:], Qt.TextElideMode.ElideRight, width - slack)
            shown = len(rest) - (1 if rest.endswith("…") and rest != text[rest_from:] else 0)
            shifted = [(s - rest_from, n) for s, n in marks if s + n > rest_from]
            shifted = [(max(s, 0), n + min(s, 0)) for s, n in shifted]
            shifted = [(s, min(n, shown - s)) for s, n in shifted if s < shown]
            last = QTextLayout(rest, font)
            last.setFormats(_format_ranges(shifted, mark_format))
            last.beginLayout()
            line = last.createLine()
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            last.endLayout()
            line.draw(painter, origin)


def _format_ranges(
    marks: list[tuple[int, int]], mark_format: QTextCharFormat
) -> list[QTextLayout.FormatRange]:
    ranges = []
    for start, length in marks:
        part = QTextLayout.FormatRange()
        part.start = start
        part.length = length
        part.format = mark_format
        ranges.append(part)
    return ranges
