"""The sidebar's list model: conversations newest first, grouped by day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
IsHeaderRole = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class ConversationLike(Protocol):
    """What the sidebar needs of a conversation."""

    id: int
    title: str
    updated_at: datetime


def day_group(moment: datetime, today: date) -> str:
    """'Today', 'Yesterday' or 'Earlier' for a conversation's last activity.

    In English: the list model shows it translated.
    """
    day = moment.astimezone().date()
    if day >= today:
        return QT_TRANSLATE_NOOP("ConversationListModel", "Today")
    if day == today - timedelta(days=1):
        return QT_TRANSLATE_NOOP("ConversationListModel", "Yesterday")
    return QT_TRANSLATE_NOOP("ConversationListModel", "Earlier")


class ConversationListModel(QAbstractListModel):
    """Rows are day headers (not selectable) and conversations."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, int | None]] = []  # (text, conversation id or None)

    def set_conversations(
        self, conversations: Sequence[ConversationLike], today: date | None = None
    ) -> None:
        """Replace the rows; conversations must come newest first."""
        today = today or date.today()
        rows: list[tuple[str, int | None]] = []
        current_group = ""
        for conversation in conversations:
            group = day_group(conversation.updated_at, today)
            if group != current_group:
                rows.append((group, None))
                current_group = group
            rows.append((conversation.title, conversation.id))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def add_conversation(self, conversation: ConversationLike, today: date | None = None) -> None:
        """Put a conversation (the most recently updated one) first, under its day header."""
        group = day_group(conversation.updated_at, today or date.today())
        row = (conversation.title, conversation.id)
        if self._rows and self._rows[0] == (group, None):
            self.beginInsertRows(QModelIndex(), 1, 1)
            self._rows.insert(1, row)
        else:
            self.beginInsertRows(QModelIndex(), 0, 1)
            self._rows[0:0] = [(group, None), row]
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of rows, headers included."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title or header text, the conversation id, and header styling."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, conversation_id = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text if conversation_id is not None else self.tr(text)
        if role == ConversationIdRole:
            return conversation_id
        if role == IsHeaderRole:
            return conversation_id is None
        if role == Qt.ItemDataRole.FontRole and conversation_id is None:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and conversation_id is not None:
            return text
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Headers cannot be selected."""
        if index.isValid() and self._rows[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def row_of(self, conversation_id: int) -> int:
        """The row showing a conversation, or -1."""
        for row, (_text, cid) in enumerate(self._rows):
            if cid == conversation_id:
                return row
        return -1
