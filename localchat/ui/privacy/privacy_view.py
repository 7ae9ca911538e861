"""The Privacy view: what left this computer, in a sentence and a table; the Offline switch."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from localchat.services.privacy import (
    LedgerEntry,
    PrivacyService,
    format_moment,
    human_bytes,
    purpose_label,
)

logger = logging.getLogger(__name__)

COL_TIME, COL_HOST, COL_PURPOSE, COL_SIZE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("LedgerTableModel", "Time"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Host"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Purpose"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Size"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = QT_TRANSLATE_NOOP("PrivacyView", "Nothing has left this computer.")
ENTRY_LIMIT = 500
SWITCH_STYLE = """
QCheckBox#offlineSwitch::indicator { width: 34px; height: 18px; border-radius: 9px; }
QCheckBox#offlineSwitch::indicator:unchecked { background: palette(mid); }
QCheckBox#offlineSwitch::indicator:checked { background: palette(highlight); }
"""

Index = QModelIndex | QPersistentModelIndex


class LedgerTableModel(QAbstractTableModel):
    """The ledger's entries, newest first: time, host, purpose, size (sortable by SORT_ROLE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LedgerEntry] = []

    def set_entries(self, entries: list[LedgerEntry]) -> None:
        """Show these entries instead of the current ones."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> LedgerEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of entries (a table has no children)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Time, host, purpose, size."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, an exact tooltip, and a sort key per cell."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return (entry.at, entry.host, entry.purpose, entry.nbytes)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SIZE:
                return self.tr("%Ln byte(s)", "", entry.nbytes)
            if column == COL_TIME:
                return entry.at.isoformat()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(entry: LedgerEntry, column: int) -> str:
        if column == COL_TIME:
            return format_moment(entry.at, with_time=True)
        if column == COL_HOST:
            return entry.host
        if column == COL_PURPOSE:
            return purpose_label(entry.purpose)
        return human_bytes(entry.nbytes)


class PrivacyView(QWidget):
    """The summary sentence, the Offline switch and the ledger table; usable as a pane."""

    def __init__(self, privacy: PrivacyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._build()
        self._privacy.recorded.connect(self._on_privacy_recorded)
        self._privacy.offline_changed.connect(self._on_privacy_offline_changed)
        self.offline_switch.toggled.connect(self._on_offline_switch_toggled)
        self.refresh()

    def _build(self) -> None:
        self.sentence = QLabel()
        self.sentence.setObjectName("privacySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setAccessibleName(self.tr("Network summary"))
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.sentence.setFont(font)
        self.offline_switch = QCheckBox(self.tr("&Offline: never use the network"))
        self.offline_switch.setObjectName("offlineSwitch")
        self.offline_switch.setStyleSheet(SWITCH_STYLE)
        self.offline_switch.setAccessibleName(self.tr("Offline mode"))
        self.offline_switch.setAccessibleDescription(
            self.tr(
                "When on, LocalChat refuses every download, model search and team-server request."
            )
        )
        self.table_model = LedgerTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Network ledger"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label = QLabel(self.tr(EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Network ledger"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.offline_switch)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.offline_switch, self.table)

    def refresh(self) -> None:
        """Read the ledger again: sentence, table and switch."""
        self.sentence.setText(self._privacy.summary_sentence())
        entries = self._privacy.entries(ENTRY_LIMIT)
        self.table_model.set_entries(entries)
        self.stack.setCurrentWidget(self.table if entries else self.empty_label)
        self._show_offline(self._privacy.offline)

    def is_empty(self) -> bool:
        """Whether the empty state is shown."""
        return self.stack.currentWidget() is self.empty_label

    def _show_offline(self, offline: bool) -> None:
        blocked = self.offline_switch.blockSignals(True)
        self.offline_switch.setChecked(offline)
        self.offline_switch.blockSignals(blocked)

    @Slot(object)
    def _on_privacy_recorded(self, _entry: LedgerEntry) -> None:
        self.refresh()

    @Slot(bool)
    def _on_privacy_offline_changed(self, offline: bool) -> None:
        self._show_offline(offline)

    @Slot(bool)
    def _on_offline_switch_toggled(self, checked: bool) -> None:
        self._privacy.offline = checked


class PrivacyDialog(QDialog):
    """The Privacy view in a window of its own, with a Close button."""

    def __init__(self, privacy: PrivacyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy"))
        self.setAccessibleName(self.tr("Privacy"))
        self.resize(720, 480)
        self.view = PrivacyView(privacy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))  # Qt's own word, translated
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.view.table, close)
        self.view.offline_switch.setFocus()
