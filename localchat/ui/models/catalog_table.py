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
from localchat.ui.models.download_words import format_eta, percent, progress_line, short_bytes

COL_MODEL, COL_QUANT, COL_SIZE, COL_NEEDS, COL_FIT, COL_SPEED, COL_STATUS = range(7)
HEADERS = ("Model", "Variant", "Download", "Memory", "Fits this computer?", "Speed", "Status")
SortRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
ProgressRole = Qt.ItemDataRole.UserRole + 3  # Status: percent for a bar, or None
BarTextsRole = Qt.ItemDataRole.UserRole + 4  # Status: the bar's words, longest first

ModelIndex = QModelIndex | QPersistentModelIndex
FAILED_COLOUR = QColor("#c62828")
FIT_COLOURS = {
    "Runs well": QColor("#2e7d32"),
    "Tight: close other apps": QColor("#b26a00"),
    "Too big for this computer": QColor("#c62828"),
}


@dataclass
class CatalogRow:
    """One variant as the table shows it, with where its download stands."""

    assessment: Any  # catalog.fit.Assessment
    installed: bool = False
    recommended_for: list[str] = field(default_factory=list)
    download_state: str = ""  # "", queued, running, paused, failed, finished
    done: int = 0
    total: int = 0
    speed: float = 0.0
    eta: float = -1.0
    error: str = ""  # why the last download failed

    @property
    def key(self) -> str:
        """The variant key, e.g. ``smollm2-135m-instruct:Q4_1``."""
        return self.assessment.variant.key

    def keep_download(self, old: CatalogRow) -> None:
        """Carry a download's progress over a new survey (a finished one: while installed)."""
        if old.download_state == "finished" and not self.installed:
            return  # downloaded, then deleted: nothing to say about it any more
        self.download_state, self.error = old.download_state, old.error
        self.done, self.total, self.speed, self.eta = old.done, old.total, old.speed, old.eta

    def explain(self) -> str:
        """The detail pane's words: what the model needs, whether it fits and why."""
        a = self.assessment
        lines = [f"<b>{a.model.name}</b> · {a.variant.quant} · {a.model.licence}"]
        if not a.model.can_chat:
            lines.append(a.model.note or "This model reads text but cannot write answers.")
            return "<br>".join(lines)
        lines.append(f"<b>{a.fit.label.value}.</b> {a.fit.reason}")
        lines.append(
            f"{a.plan.label()} · writes {a.speed.describe()}; {a.speed.describe_summary()}. "
            f"Good at: {', '.join(a.model.good_at)}."
        )
        if not a.support.runnable:
            lines.append(a.support.reason)
        if self.recommended_for:
            lines.append(f"Recommended here for {', '.join(self.recommended_for)}.")
        return "<br>".join(lines)

    @property
    def checking(self) -> bool:
        """Every byte is in; the file is being checked before it is listed."""
        return self.download_state == "running" and 0 < self.total <= self.done

    def progress(self) -> int | None:
        """The percent a progress bar in the Status cell shows, or None for plain words."""
        if self.installed or self.download_state not in ACTIVE_STATES or self.total <= 0:
            return None
        return percent(self.done, self.total)

    def status_text(self) -> str:
        """A few words that fit the Status column: 'Downloading 34%', 'Paused at 34%', ..."""
        state = self.download_state
        if self.installed:
            return "Installed"
        if state == "finished":
            return "Downloaded"  # and checked; "Installed" once the survey lists it
        if state == "queued":
            return "Waiting…"
        if state == "running":
            if self.checking:
                return "Checking…"
            return f"Downloading {percent(self.done, self.total)}%" if self.total else "Starting…"
        if state == "paused":
            return f"Paused at {percent(self.done, self.total)}%" if self.total else "Paused"
        if state == "failed":
            return "Download failed"
        if not self.assessment.model.can_chat:
            return "Cannot chat"
        if not self.assessment.support.runnable:
            return "Not supported"
        if not self.assessment.variant.downloadable:
            return "Not on the hub"
        return "Available"

    def bar_texts(self) -> tuple[str, ...]:
        """What the Status cell's bar may say, longest first: the delegate shows one that fits."""
        p = f"{percent(self.done, self.total)}%"
        if self.checking:
            return ("Checking…", p)
        if self.download_state == "queued":
            return (f"Waiting · {p}", p)
        if self.download_state == "paused":
            return (f"Paused at {p}", p)
        left = f" · {format_eta(self.eta)} left" if self.eta >= 0 else ""
        speed = f" · {short_bytes(self.speed)}/s" if self.speed > 0 else ""
        return (f"{p}{speed}{left}", f"{p}{left}", p)

    def status_tooltip(self) -> str | None:
        """The whole story behind the Status cell's few words."""
        a = self.assessment
        state = self.download_state
        if self.installed or state == "finished":
            return None
        if self.checking:
            return "Downloaded; checking that the file loads before it is listed."
        if state == "running":
            return "Downloading: " + progress_line(self.done, self.total, self.speed, self.eta)
        if state == "queued":
            return "Waiting to start."
        if state == "paused":
            return f"Paused at {progress_line(self.done, self.total, 0, -1)}. Resume continues."
        if state == "failed":
            return self.error or None
        if not a.model.can_chat:
            return a.model.note or "This model reads text but cannot write answers."
        if not a.support.runnable:
            return a.support.reason
        if not a.variant.downloadable:
            return "This file comes with a Python package; it is not on the hub to download."
        return None


ACTIVE_STATES = ("queued", "running", "paused")
# The longest words the Status column shows; it is made this wide so that none is cut.
STATUS_SAMPLES = ("Downloading 100%", "Download failed", "Paused at 100%", "100% · 59 min left")


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
        status = self.index(index, COL_STATUS)  # only the Status cell shows them
        self.dataChanged.emit(status, status)

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
        """Cell text, sort keys, the variant key, colours and the Status cell's bar."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == KeyRole:
            return row.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == COL_STATUS and role == ProgressRole:
            return row.progress()
        if column == COL_STATUS and role == BarTextsRole:
            return row.bar_texts() if row.progress() is not None else None
        return None

    def _colour(self, row: CatalogRow, column: int) -> QColor | None:
        if column == COL_FIT:
            return FIT_COLOURS.get(row.assessment.fit.label.value)
        if column == COL_STATUS and row.download_state == "failed" and not row.installed:
            return FAILED_COLOUR
        return None

    def _accessible_text(self, row: CatalogRow, column: int) -> str:
        text = self._text(row, column)
        if column == COL_STATUS and row.progress() is not None and row.eta >= 0:
            return f"{text}, about {format_eta(row.eta)} left"
        return text

    def _tooltip(self, row: CatalogRow, column: int) -> str | None:
        a = row.assessment
        if column == COL_STATUS:
            return row.status_tooltip()
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
        # A download in progress (or stopped by a failure) shows in every view: the status
        # bar's line about it opens this pane, whichever view it was left in.
        downloading = row.download_state in (*ACTIVE_STATES, "failed")
        have = row.installed or row.download_state == "finished"  # listed: the survey follows
        if self.mode == "Installed":
            return have or downloading
        if self.mode == "Recommended":
            return bool(row.recommended_for) or have or downloading
        return True
