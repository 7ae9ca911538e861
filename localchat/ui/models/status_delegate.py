"""The Models table's Status cell: a progress bar with its percentage while a file downloads."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from localchat.ui.models.catalog_table import BarTextsRole, ProgressRole, status_samples

ModelIndex = QModelIndex | QPersistentModelIndex
BAR_INSET = 3  # between the cell's edge and the bar
TEXT_MARGIN = 4  # between the bar's edge and its words
CELL_PADDING = 10  # each side of the widest Status words


class StatusDelegate(QStyledItemDelegate):
    """Draws a bar with '34% · 4 min left' (or as much as fits) in a downloading row.

    Other Status cells are plain words. The column asks for the width of the longest words
    a Status cell can show (STATUS_SAMPLES), so it does not grow or cut text as a download
    moves on.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """A progress bar for a download, the usual text otherwise."""
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background, selection and focus only: the bar has the words
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        bar = QStyleOptionProgressBar()
        bar.rect = self.bar_rect(option.rect)
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.text = self.shown_text(index, option.rect, option.fontMetrics)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        """Wide enough for the longest Status words, whatever the row shows now."""
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), self.column_width(option.fontMetrics)), hint.height())

    @staticmethod
    def column_width(metrics: QFontMetrics) -> int:
        """The Status column's width for this font."""
        return max(metrics.horizontalAdvance(t) for t in status_samples()) + 2 * CELL_PADDING

    @staticmethod
    def bar_rect(cell: QRect) -> QRect:
        """Where the bar goes in a cell."""
        return cell.adjusted(BAR_INSET, BAR_INSET, -BAR_INSET, -BAR_INSET)

    def shown_text(self, index: ModelIndex, cell: QRect, metrics: QFontMetrics) -> str:
        """The words the cell shows: the longest bar text that fits, or the cell's text."""
        texts = index.data(BarTextsRole)
        if not texts:
            return index.data(Qt.ItemDataRole.DisplayRole) or ""
        room = self.bar_rect(cell).width() - 2 * TEXT_MARGIN
        return next((t for t in texts if metrics.horizontalAdvance(t) <= room), texts[-1])
