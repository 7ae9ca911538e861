"""The Library pane's table: one row per file, with its pages, passages and status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

if TYPE_CHECKING:
    from localchat.document_library import LibraryEntry

COL_TITLE, COL_FILE, COL_PAGES, COL_PASSAGES, COL_STATUS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "File"),
    QT_TRANSLATE_NOOP("LibraryModel", "Pages"),
    QT_TRANSLATE_NOOP("LibraryModel", "Passages"),
    QT_TRANSLATE_NOOP("LibraryModel", "Status"),
)
STATUS_WORDS = {
    "indexed": QT_TRANSLATE_NOOP("LibraryModel", "Indexed"),
    "indexing": QT_TRANSLATE_NOOP("LibraryModel", "Indexing…"),
    "waiting": QT_TRANSLATE_NOOP("LibraryModel", "Waiting to be indexed"),
    "changed": QT_TRANSLATE_NOOP("LibraryModel", "Changed since it was indexed"),
    "deleted": QT_TRANSLATE_NOOP("LibraryModel", "File no longer found"),
    "failed": QT_TRANSLATE_NOOP("LibraryModel", "Failed: {reason}"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractTableModel):
    """The library's files; the one being indexed shows as "Indexing…"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._current = ""

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """Show a new list of files."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_current(self, path: str) -> None:
        """Mark the file being indexed ("" for none)."""
        if path == self._current:
            return
        self._current = path
        if self._entries:
            last = self.index(len(self._entries) - 1, COL_STATUS)
            self.dataChanged.emit(self.index(0, COL_STATUS), last)

    def entry(self, row: int) -> LibraryEntry:
        """The file shown in a row."""
        return self._entries[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows: one per file."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns: title, file, pages, passages, status."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def status_text(self, entry: LibraryEntry) -> str:
        """A file's status in words (a failed one with its reason)."""
        status = "indexing" if entry.path == self._current else entry.status
        return self.tr(STATUS_WORDS[status]).format(reason=entry.reason or "")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltips (the full path, a failure's reason) and sort keys."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.status_text(entry) if column == COL_STATUS else entry.path
        if role == SORT_ROLE:
            numbers = {COL_PAGES: entry.pages, COL_PASSAGES: entry.passages}
            return numbers.get(column, self._text(entry, column).casefold())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PAGES, COL_PASSAGES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: LibraryEntry, column: int) -> str:
        if column == COL_TITLE:
            return entry.title
        if column == COL_FILE:
            return Path(entry.path).name
        if column == COL_PAGES:
            return QLocale().toString(entry.pages) if entry.document_id is not None else "—"
        if column == COL_PASSAGES:
            return QLocale().toString(entry.passages) if entry.document_id is not None else "—"
        return self.status_text(entry)
