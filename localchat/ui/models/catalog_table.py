"""The catalog as a table (one row per quantized variant) and its Installed/Recommended filter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from localchat.hardware import human_bytes
from localchat.ui.models.download_words import (
    decimal,
    format_eta,
    percent,
    percent_text,
    progress_line,
    short_bytes,
    whole,
)

COL_MODEL, COL_QUANT, COL_SIZE, COL_NEEDS, COL_FIT, COL_SPEED, COL_STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CatalogTableModel", "Model"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Variant"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Download"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Memory"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Fits this computer?"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Speed"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Status"),
)
SortRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
ProgressRole = Qt.ItemDataRole.UserRole + 3  # Status: percent for a bar, or None
BarTextsRole = Qt.ItemDataRole.UserRole + 4  # Status: the bar's words, longest first

ModelIndex = QModelIndex | QPersistentModelIndex
FAILED_COLOUR = QColor("#c62828")
FIT_COLOURS = {  # by the fit's label key (catalog.fit.FitLabel.value); its words: .text()
    "Runs well": QColor("#2e7d32"),
    "Tight: close other apps": QColor("#b26a00"),
    "Too big for this computer": QColor("#c62828"),
}
# The tasks a model is good at or recommended for (catalog.json's good_at), as the table
# names them.
TASK_NAMES = {
    "chat": QT_TRANSLATE_NOOP("CatalogTableModel", "chat"),
    "summarize": QT_TRANSLATE_NOOP("CatalogTableModel", "summaries"),
    "translate": QT_TRANSLATE_NOOP("CatalogTableModel", "translation"),
}


def task_name(task: str) -> str:
    """What a task is called in the table's words ("summaries")."""
    return CatalogTableModel.tr(TASK_NAMES[task]) if task in TASK_NAMES else task


def header(column: int) -> str:
    """A column's title."""
    return CatalogTableModel.tr(HEADERS[column])


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
            lines.append(
                a.model.note
                or CatalogTableModel.tr("This model reads text but cannot write answers.")
            )
            return "<br>".join(lines)
        lines.append(f"<b>{a.fit.label.text()}.</b> {a.fit.reason}")
        lines.append(
            CatalogTableModel.tr("{plan} · writes {speed}; {summary}. Good at: {tasks}.").format(
                plan=a.plan.label(),
                speed=a.speed.describe(),
                summary=a.speed.describe_summary(),
                tasks=", ".join(task_name(task) for task in a.model.good_at),
            )
        )
        if not a.support.runnable:
            lines.append(a.support.reason)
        if self.recommended_for:
            tasks = ", ".join(self.recommended_for)
            lines.append(CatalogTableModel.tr("Recommended here for {tasks}.").format(tasks=tasks))
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
        p = percent_text(percent(self.done, self.total))
        if self.installed:
            return CatalogTableModel.tr("Installed")
        if state == "finished":
            return CatalogTableModel.tr(
                "Downloaded"
            )  # and checked; "Installed" once the survey lists it
        if state == "queued":
            return CatalogTableModel.tr("Waiting…")
        if state == "running":
            if self.checking:
                return CatalogTableModel.tr("Checking…")
            if not self.total:
                return CatalogTableModel.tr("Starting…")
            return CatalogTableModel.tr("Downloading {percent}").format(percent=p)
        if state == "paused":
            return (
                CatalogTableModel.tr("Paused at {percent}").format(percent=p)
                if self.total
                else CatalogTableModel.tr("Paused")
            )
        if state == "failed":
            return CatalogTableModel.tr("Download failed")
        if not self.assessment.model.can_chat:
            return CatalogTableModel.tr("Cannot chat")
        if not self.assessment.support.runnable:
            return CatalogTableModel.tr("Not supported")
        if not self.assessment.variant.downloadable:
            return CatalogTableModel.tr("Not on the hub")
        return CatalogTableModel.tr("Available")

    def bar_texts(self) -> tuple[str, ...]:
        """What the Status cell's bar may say, longest first: the delegate shows one that fits."""
        p = percent_text(percent(self.done, self.total))
        if self.checking:
            return (CatalogTableModel.tr("Checking…"), p)
        if self.download_state == "queued":
            return (CatalogTableModel.tr("Waiting · {percent}").format(percent=p), p)
        if self.download_state == "paused":
            return (CatalogTableModel.tr("Paused at {percent}").format(percent=p), p)
        left = CatalogTableModel.tr("{percent} · {time} left").format(
            percent=p, time=format_eta(self.eta)
        )
        speed = CatalogTableModel.tr("{percent} · {speed}/s · {time} left").format(
            percent=p, speed=short_bytes(self.speed), time=format_eta(self.eta)
        )
        if self.eta < 0:
            left = p
            speed = CatalogTableModel.tr("{percent} · {speed}/s").format(
                percent=p, speed=short_bytes(self.speed)
            )
        return (speed if self.speed > 0 else left, left, p)

    def status_tooltip(self) -> str | None:
        """The whole story behind the Status cell's few words."""
        a = self.assessment
        state = self.download_state
        if self.installed or state == "finished":
            return None
        if self.checking:
            return CatalogTableModel.tr(
                "Downloaded; checking that the file loads before it is listed."
            )
        if state == "running":
            line = progress_line(self.done, self.total, self.speed, self.eta)
            return CatalogTableModel.tr("Downloading: {progress}").format(progress=line)
        if state == "queued":
            return CatalogTableModel.tr("Waiting to start.")
        if state == "paused":
            line = progress_line(self.done, self.total, 0, -1)
            return CatalogTableModel.tr("Paused at {progress}. Resume continues.").format(
                progress=line
            )
        if state == "failed":
            return self.error or None
        if not a.model.can_chat:
            return a.model.note or CatalogTableModel.tr(
                "This model reads text but cannot write answers."
            )
        if not a.support.runnable:
            return a.support.reason
        if not a.variant.downloadable:
            return CatalogTableModel.tr(
                "This file comes with a Python package; it is not on the hub to download."
            )
        return None


ACTIVE_STATES = ("queued", "running", "paused")
# The longest words the Status column shows; it is made this wide so that none is cut.
STATUS_SAMPLES = (
    QT_TRANSLATE_NOOP("CatalogTableModel", "Downloading {percent}"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Download failed"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "Paused at {percent}"),
    QT_TRANSLATE_NOOP("CatalogTableModel", "{percent} · {time} left"),
)


def status_samples() -> list[str]:
    """STATUS_SAMPLES in the user's language, at their widest."""
    wide = {"percent": percent_text(100), "time": format_eta(59 * 60)}
    return [CatalogTableModel.tr(sample).format(**wide) for sample in STATUS_SAMPLES]


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
            return header(section)
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
            return CatalogTableModel.tr("{status}, about {time} left").format(
                status=text, time=format_eta(row.eta)
            )
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
            star = "  ★ " + ", ".join(row.recommended_for) if row.recommended_for else ""  # tasks
            return f"{a.model.name}{star}"
        if column == COL_QUANT:
            return a.variant.quant
        if column == COL_SIZE:
            return human_bytes(a.variant.size) if a.variant.size else "—"
        if column == COL_NEEDS:
            return human_bytes(a.estimate.total) if a.model.can_chat else "—"
        if column == COL_FIT:
            return a.fit.label.text() if a.model.can_chat else CatalogTableModel.tr("Cannot chat")
        if column == COL_SPEED:
            if not a.model.can_chat:
                return "—"
            words = a.speed.words_per_second
            speed = decimal(words) if words < 2 else whole(words)
            return CatalogTableModel.tr("{speed} words/s").format(speed=speed)
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
