"""The catalog as a table (one row per quantized variant) and its Installed/Recommended filter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from localchat.hardware import human_bytes

COL_MODEL, COL_QUANT, COL_SIZE, COL_NEEDS, COL_FIT, COL_SPEED, COL_STATUS = range(7)
HEADERS = ("Model", "Variant", "Download", "Memory", "Fits this computer?", "Speed", "Status")
SortRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex
FIT_COLOURS = {
    "Runs well": QColor("#2e7d32"),
    "Tight: close other apps": QColor("#b26a00"),
    "Too big for this computer": QColor("#c62828"),
}


@dataclass
class CatalogRow:
    """One variant as the table shows it."""

    assessment: Any  # catalog.fit.Assessment
    installed: bool = False
    recommended_for: list[str] = field(default_factory=list)
    download_state: str = ""
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float = -1.0

    @property
    def key(self) -> str:
        """The variant key, e.g. ``smollm2-135m-instruct:Q4_1``."""
        return self.assessment.variant.key

    def status_text(self) -> str:
        """Installed, downloading 45% · 3.1 MB/s · 2 min left, paused, or what can be done."""
        if self.installed:
            return "Installed"
        if self.download_state in ("running", "queued"):
            if not self.total:
                return "Starting download…"
            left = "" if self.eta < 0 else f" · {format_eta(self.eta)} left"
            speed = f"{human_bytes(self.speed)}/s"
            return f"Downloading {self.done * 100 // self.total}% · {speed}{left}"
        if self.download_state == "paused":
            return "Paused"
        if not self.assessment.model.can_chat:
            return "Cannot chat"
        if not self.assessment.support.runnable:
            return "Not supported"
        if not self.assessment.variant.downloadable:
            return "Not downloadable"
        return "Available"


def format_eta(seconds: float) -> str:
    """'40 s', '3 min', '1 h 5 min'."""
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    return f"{int(seconds // 3600)} h {round(seconds % 3600 / 60)} min"


class CatalogTableModel(QAbstractTableModel):
    """Rows of CatalogRow; cells are plain text with a sort role."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CatalogRow] = []

    def set_rows(self, rows: list[CatalogRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_for(self, key: str) -> int:
        """The row index of a variant key, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.key == key), -1)

    def update_row(self, key: str, **changes: Any) -> None:
        """Change a row's download fields and repaint it."""
        index = self.row_for(key)
        if index < 0:
            return
        for name, value in changes.items():
            setattr(self.rows[index], name, value)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(HEADERS) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of variants."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys, the variant key, and the fit colour."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == KeyRole:
            return row.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == SortRole:
            return self._sort_value(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_FIT:
            return FIT_COLOURS.get(row.assessment.fit.label.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return None

    def _tooltip(self, row: CatalogRow, column: int) -> str | None:
        a = row.assessment
        if not a.model.can_chat:
            return None
        if column == COL_FIT:
            return a.fit.reason
        if column == COL_SPEED:
            return a.plan.label()  # where the speed comes from: processor or graphics card
        return None

    def _text(self, row: CatalogRow, column: int) -> str:
        a = row.assessment
        if column == COL_MODEL:
            star = "  ★ " + ", ".join(row.recommended_for) if row.recommended_for else ""
            return f"{a.model.name}{star}"
        if column == COL_QUANT:
            return a.variant.quant
        if column == COL_SIZE:
            return human_bytes(a.variant.size) if a.variant.size else "—"
        if column == COL_NEEDS:
            return human_bytes(a.estimate.total) if a.model.can_chat else "—"
        if column == COL_FIT:
            return a.fit.label.value if a.model.can_chat else "Cannot chat"
        if column == COL_SPEED:
            if not a.model.can_chat:
                return "—"
            words = a.speed.words_per_second
            return f"{words:.1f} words/s" if words < 2 else f"{words:.0f} words/s"
        return row.status_text()

    def _sort_value(self, row: CatalogRow, column: int) -> Any:
        a = row.assessment
        values = {
            COL_MODEL: a.model.name.lower(),
            COL_QUANT: a.variant.quant,
            COL_SIZE: a.variant.size,
            COL_NEEDS: a.estimate.total,
            COL_FIT: list(FIT_COLOURS).index(a.fit.label.value),
            COL_SPEED: a.speed.words_per_second,
        }
        return values.get(column, row.status_text())


class CatalogFilter(QSortFilterProxyModel):
    """Installed / Recommended / All, plus a text search over names."""

    MODES = ("Recommended", "Installed", "All")

    def __init__(self) -> None:
        super().__init__()
        self.mode = "Recommended"
        self.text = ""
        self.setSortRole(SortRole)

    def set_mode(self, mode: str) -> None:
        """Show a different subset."""
        self.mode = mode
        self.invalidate()

    def set_text(self, text: str) -> None:
        """Only rows whose model name, family or variant contain the text."""
        self.text = text.strip().lower()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        """Apply the mode and the search text."""
        row: CatalogRow = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        a = row.assessment
        haystack = f"{a.model.name} {a.model.family} {a.variant.quant}".lower()
        if self.text and self.text not in haystack:
            return False
        if self.mode == "Installed":
            return row.installed or row.download_state in ("running", "queued", "paused")
        if self.mode == "Recommended":
            return bool(row.recommended_for) or row.installed
        return True
