"""The Models pane: this computer, the catalog with fit labels, downloads and imports."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from localchat.errors import UserFacingError
from localchat.services.models import ModelsService, Survey
from localchat.services.servers import ServersService
from localchat.ui.models.add_server_dialog import AddServerDialog
from localchat.ui.models.catalog_table import (
    COL_FIT,
    COL_MODEL,
    COL_STATUS,
    CatalogFilter,
    CatalogRow,
    CatalogTableModel,
    KeyRole,
    task_name,
)
from localchat.ui.models.download_panel import DownloadPanel
from localchat.ui.models.hardware_bar import HardwareSummary
from localchat.ui.models.hub_search_dialog import HubSearchDialog
from localchat.ui.models.status_delegate import StatusDelegate

if TYPE_CHECKING:
    from localchat.services.library import InstalledModel

logger = logging.getLogger(__name__)

# The filter buttons (CatalogFilter.MODES) and the action button's actions, as shown.
MODE_WORDS = {
    "Recommended": (
        QT_TRANSLATE_NOOP("ModelsPane", "Recommended"),
        QT_TRANSLATE_NOOP("ModelsPane", "Show recommended models"),
    ),
    "Installed": (
        QT_TRANSLATE_NOOP("ModelsPane", "Installed"),
        QT_TRANSLATE_NOOP("ModelsPane", "Show installed models"),
    ),
    "All": (
        QT_TRANSLATE_NOOP("ModelsPane", "All"),
        QT_TRANSLATE_NOOP("ModelsPane", "Show all models"),
    ),
}
ACTION_WORDS = {
    "Download": (
        QT_TRANSLATE_NOOP("ModelsPane", "Download"),
        QT_TRANSLATE_NOOP("ModelsPane", "Download the selected model"),
    ),
    "Pause": (
        QT_TRANSLATE_NOOP("ModelsPane", "Pause"),
        QT_TRANSLATE_NOOP("ModelsPane", "Pause the selected model's download"),
    ),
    "Resume": (
        QT_TRANSLATE_NOOP("ModelsPane", "Resume"),
        QT_TRANSLATE_NOOP("ModelsPane", "Resume the selected model's download"),
    ),
}


class ModelsPane(QWidget):
    """Pick, download, import and delete models, with plain reasons for each choice.

    Signals:
        welcome_requested: "What can this computer run?" was pressed.
    """

    welcome_requested = Signal()

    def __init__(
        self,
        service: ModelsService,
        servers: ServersService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._servers = servers
        self._survey: Survey | None = None
        self._survey_error: str | None = None  # shown because the survey failed
        self.table_model = CatalogTableModel()
        self.proxy = CatalogFilter()
        self.proxy.setSourceModel(self.table_model)
        self._build()
        self._connect()
        self.setAcceptDrops(True)
        if service.last_survey is not None:  # the pane is built on first visit
            self._on_service_surveyed(service.last_survey)
        elif service.last_survey_error is not None:
            self._on_service_failed(service.last_survey_error)

    def _build(self) -> None:
        title = QLabel(self.tr("Models"))
        title.setObjectName("paneTitle")
        self.welcome_button = QPushButton(self.tr("What can this computer run?"))
        self.welcome_button.setAccessibleName(self.tr("What can this computer run?"))
        self.welcome_button.setToolTip(
            self.tr("A short guide to the models that suit this computer")
        )
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.welcome_button)
        self.hardware = HardwareSummary()
        self.filters = QButtonGroup(self)
        filter_row = QHBoxLayout()
        for mode in CatalogFilter.MODES:
            label, name = MODE_WORDS[mode]
            button = QRadioButton(self.tr(label))
            button.setProperty("mode", mode)
            button.setAccessibleName(self.tr(name))
            self.filters.addButton(button)
            filter_row.addWidget(button)
            button.setChecked(mode == self.proxy.mode)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name"))
        self.search.setAccessibleName(self.tr("Filter models by name"))
        self.import_button = QPushButton(self.tr("Import a file…"))
        self.import_button.setAccessibleName(self.tr("Import a model file"))
        self.import_button.setToolTip(
            self.tr("Add a .gguf (or older GGML .bin) file you already have")
        )
        self.server_button = QPushButton(self.tr("Add a server…"))
        self.server_button.setAccessibleName(self.tr("Add a team server"))
        self.server_button.setToolTip(
            self.tr("Use models on a vLLM, Ollama, llama.cpp or LM Studio server")
        )
        self.server_button.setVisible(self._servers is not None)
        filter_row.addStretch(1)
        filter_row.addWidget(self.search)
        filter_row.addWidget(self.import_button)
        self.hub_button = QPushButton(self.tr("Search the hub…"))
        self.hub_button.setAccessibleName(self.tr("Search the hub for more models"))
        filter_row.addWidget(self.hub_button)
        filter_row.addWidget(self.server_button)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Model catalog"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.status_delegate = StatusDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_STATUS, self.status_delegate)
        self._fit_columns()  # whole headers while the table is empty
        self.details = QLabel(
            self.tr("Select a model to see what it needs and why it fits or not.")
        )
        self.details.setAccessibleName(self.tr("About the selected model"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(60)
        self.download_panel = DownloadPanel()
        self.action = "Download"  # what action_button does: a key of ACTION_WORDS
        self.action_button = QPushButton(self.tr("Download"))
        self.action_button.setAccessibleName(self.tr("Download the selected model"))
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected model"))
        # The bar and its line sit beside Pause/Resume and Cancel; with no download the
        # buttons keep to the right.
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.download_panel, 1)
        actions.addStretch(0)
        for button in (self.action_button, self.cancel_button, self.delete_button):
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            button.hide()
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(self.hardware)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.details)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.filters.buttonClicked.connect(self._on_filters_clicked)
        self.search.textChanged.connect(self.proxy.set_text)
        self.welcome_button.clicked.connect(self.welcome_requested)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.server_button.clicked.connect(self._on_server_clicked)
        self.hub_button.clicked.connect(lambda: HubSearchDialog(self._service, self).exec())
        if self._servers is not None:
            self._servers.server_added.connect(self._on_servers_added)
            self._servers.failed.connect(self.show_error)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.action_button.clicked.connect(self._on_action_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self._service.surveyed.connect(self._on_service_surveyed)
        self._service.models_changed.connect(self._service.survey)
        self._service.download_progress.connect(self._on_service_progress)
        self._service.download_state.connect(self._on_service_state)
        self._service.download_failed.connect(self._on_service_download_failed)
        self._service.failed.connect(self._on_service_failed)
        self._service.imported.connect(self._on_service_imported)
        self._service.import_failed.connect(self._on_service_import_failed)

    def show_error(self, message: str) -> None:
        """A plain-words problem under the table."""
        self.error_banner.setText(message)
        self.error_banner.show()

    def selected_row(self) -> CatalogRow | None:
        """The row under the cursor."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.table_model.row_for(index.data(KeyRole))
        return self.table_model.rows[row] if row >= 0 else None

    # --- survey ---------------------------------------------------------------------

    @Slot(str)
    def _on_service_failed(self, message: str) -> None:
        if self._survey is None and self._service.last_survey_error == message:
            self.hardware.show_unknown()  # not "Checking…" for ever
            self._survey_error = message
        self.show_error(message)

    @Slot(object)
    def _on_service_surveyed(self, survey: Survey) -> None:
        if self._survey_error is not None and self.error_banner.text() == self._survey_error:
            self.error_banner.hide()  # checked now: that problem is over
        self._survey_error = None
        self._survey = survey
        self.hardware.set_hardware(survey.hardware)
        picks: dict[str, list[str]] = {}
        for task, pick in survey.recommended.items():
            if pick is not None:
                picks.setdefault(pick.variant.key, []).append(task_name(task))
        previous = {row.key: row for row in self.table_model.rows}
        rows = []
        for assessment in survey.assessments:
            row = CatalogRow(
                assessment,
                installed=assessment.variant.file in survey.installed,
                recommended_for=picks.get(assessment.variant.key, []),
            )
            old = previous.get(row.key)
            if old is not None:
                row.keep_download(old)
            rows.append(row)
        selected = self.selected_row()
        self.table_model.set_rows(rows)
        self.table.sortByColumn(COL_FIT, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        if selected is not None:  # a model just downloaded stays selected, with its news
            self._select_key(selected.key)
        self._show_details()

    def _select_key(self, key: str) -> None:
        row = self.table_model.row_for(key)
        index = self.proxy.mapFromSource(self.table_model.index(row, COL_MODEL))
        if index.isValid():
            self.table.setCurrentIndex(index)

    def _fit_columns(self) -> None:
        """Widths for the rows shown now: 'All' shows longer speeds and states than the picks.

        The Status column is as wide as its longest words (the delegate's size hint), so a
        download's bar and words never make it grow or get cut; the model names take the rest.
        """
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_MODEL, QHeaderView.ResizeMode.Stretch
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Fit the columns again with the font the shown table really has."""
        super().showEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font or style changes every column's width."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    @Slot(QAbstractButton)
    def _on_filters_clicked(self, button: QAbstractButton) -> None:
        self.proxy.set_mode(str(button.property("mode")))
        self._fit_columns()

    # --- selection and details ------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.error_banner.hide()
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected_row()
        for button in (self.action_button, self.cancel_button, self.delete_button):
            button.hide()
        self.download_panel.show_row(row)
        if row is None:
            self.hardware.show_need(0)
            return
        a = row.assessment
        self.hardware.show_need(a.ram_needed if a.model.can_chat else 0)
        self.details.setText(row.explain())
        state = row.download_state
        if row.installed:
            self.delete_button.show()
        elif state in ("running", "queued"):
            self._show_action("Pause")
            self.cancel_button.show()
        elif state in ("paused", "failed"):
            self._show_action("Resume")
            self.cancel_button.show()
        elif a.model.can_chat and a.support.runnable and a.variant.downloadable:
            self._show_action("Download")

    def _show_action(self, action: str) -> None:
        self.action = action
        text, name = ACTION_WORDS[action]
        self.action_button.setText(self.tr(text))
        self.action_button.setAccessibleName(self.tr(name))
        self.action_button.show()

    # --- actions --------------------------------------------------------------------

    @Slot()
    def _on_action_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            if self.action == "Download":
                self._service.download(row.assessment.variant)
                self.table_model.update_row(row.key, download_state="queued", error="")
            elif self.action == "Pause":
                self._service.pause(row.key)
            else:
                self._service.resume(row.key)
        except UserFacingError as error:
            self.show_error(str(error))
        self._show_details()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._service.cancel(row.key)

    @Slot()
    def _on_delete_clicked(self) -> None:
        row = self.selected_row()
        if row is None or self._survey is None:
            return
        installed = self._survey.installed.get(row.assessment.variant.file)
        if installed is None:
            return
        if installed.source == "download":
            question = self.tr("Remove {name} from LocalChat? Its file will be deleted.")
        else:
            question = self.tr("Remove {name} from LocalChat? The file itself stays where it is.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete model?"),
            question.format(name=installed.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._service.delete(installed)

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a model file"),
            str(Path.home()),
            self.tr("Model files (*.gguf *.bin)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Check and add a local model file; the answer comes as a signal."""
        self.error_banner.hide()
        self.details.setText(
            self.tr("Checking {name}: loading it once to be sure…").format(
                name=html.escape(path.name)
            )
        )
        self._service.import_file(path)

    @Slot(object)
    def _on_service_imported(self, model: InstalledModel) -> None:
        self.error_banner.hide()
        self.details.setText(
            self.tr("Imported <b>{name}</b> ({architecture}).").format(
                name=html.escape(model.name), architecture=html.escape(model.architecture)
            )
        )

    @Slot(str)
    def _on_service_import_failed(self, message: str) -> None:
        self.details.setText("")
        self.show_error(message)

    @Slot()
    def _on_server_clicked(self) -> None:
        if self._servers is None:
            return
        dialog = AddServerDialog(self._servers.servers.key_note, self)
        if dialog.exec():
            self.error_banner.hide()
            self.details.setText(self.tr("Connecting to the server…"))
            self._servers.add(*dialog.values())

    @Slot(str, int)
    def _on_servers_added(self, name: str, count: int) -> None:
        text = self.tr(
            "Added %n model(s) from <b>{server}</b>. Pick one in the Chat pane; messages in "
            "those conversations are sent to that server.",
            "",
            count,
        )
        self.details.setText(text.format(server=html.escape(name)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped model files."""
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Import each dropped file."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_path(Path(url.toLocalFile()))

    # --- download progress ------------------------------------------------------------

    @Slot(str, int, int, float, float)
    def _on_service_progress(
        self, key: str, done: int, total: int, speed: float, eta: float
    ) -> None:
        self.table_model.update_row(
            key, download_state="running", done=done, total=total, speed=speed, eta=eta, error=""
        )
        row = self.selected_row()
        if row is not None and row.key == key:
            self.download_panel.show_row(row)
            if self.action != "Pause":  # a resume seen first as progress
                self._show_details()

    @Slot(str, str)
    def _on_service_state(self, key: str, state: str) -> None:
        if state == "cancelled":  # the partial file is gone: back to what can be done
            self.table_model.update_row(
                key, download_state="", done=0, total=0, speed=0.0, eta=-1.0, error=""
            )
        elif state in ("queued", "running"):
            self.table_model.update_row(key, download_state=state, error="")
        else:
            self.table_model.update_row(key, download_state=state)
        row = self.selected_row()
        if row is not None and row.key == key:
            self._show_details()

    @Slot(str, str)
    def _on_service_download_failed(self, key: str, message: str) -> None:
        self.table_model.update_row(key, download_state="failed", error=message)
        self.show_error(message)
        self._show_details()
