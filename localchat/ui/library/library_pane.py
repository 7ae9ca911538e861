"""The Library pane: the documents to ask about, their indexing, and the embedding model."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from localchat.errors import UserFacingError
from localchat.services.document_library import RECOMMENDED_ENCODER_ID, EncoderInfo
from localchat.ui.accessibility import announce
from localchat.ui.library.library_model import COL_STATUS, COL_TITLE, SORT_ROLE, LibraryModel

if TYPE_CHECKING:
    from localchat.document_library import LibraryEntry
    from localchat.services.document_library import DocumentLibraryService
    from localchat.services.models import ModelsService
    from localchat.tasks.indexing import IndexReport


class LibraryPane(QWidget):
    """Add files and folders, watch them being indexed, remove them; the encoder notice.

    Everything slow happens in DocumentLibraryService, on its own thread.
    """

    def __init__(
        self,
        service: DocumentLibraryService,
        models: ModelsService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._models = models
        self.setAcceptDrops(True)
        self.model = LibraryModel(self)
        self._build()
        self._connect()
        self._show_entries([])
        self._show_running(service.running)
        service.announce()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Library"))
        title.setObjectName("paneTitle")
        layout.addWidget(title)
        self.empty = QLabel(
            self.tr(
                "Add documents, then ask about them in Chat with 'Use my documents'. "
                "LocalChat reads them here, on this computer, and finds the passages that "
                "answer your question. PDF, Word (.docx), HTML, Markdown and text files; "
                "you can also drop them here."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.empty.setMargin(24)
        encoder = QFrame()  # advice, drawn like the panes' model advice
        encoder.setObjectName("fitNotice")
        encoder.setLayout(self._encoder_row())
        layout.addWidget(encoder)
        self.table = self._table()
        # The documents, or while there are none, what the library is for, in their place.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._progress_row())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Library messages"))
        layout.addWidget(self.message)
        layout.addLayout(self._buttons_row())

    def _encoder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(10, 6, 6, 6)
        self.encoder_notice = QLabel(self.tr("Looking for an embedding model…"))
        self.encoder_notice.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download all-MiniLM-L6-v2"))
        self.download_button.setAccessibleName(self.tr("Download the embedding model"))
        self.download_button.setVisible(False)
        row.addWidget(self.encoder_notice, 1)
        row.addWidget(self.download_button)
        return row

    def _table(self) -> QTableView:
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Documents in the library"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        return table

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(False)
        row.addWidget(self.progress, 1)
        row.addWidget(self.progress_label)
        row.addWidget(self.cancel_button)
        return row

    def _buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.refresh_button = QPushButton(self.tr("Look for changes"))
        self.refresh_button.setToolTip(
            self.tr("Index new and changed files again, and drop the deleted ones")
        )
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected document"))
        self.remove_button.setEnabled(False)
        for button in (self.add_files_button, self.add_folder_button, self.refresh_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def _connect(self) -> None:
        service = self._service
        service.documents_changed.connect(self._show_entries)
        service.progress.connect(self._on_service_progress)
        service.finished.connect(self._on_service_finished)
        service.failed.connect(self._on_service_failed)
        service.encoder_known.connect(self._on_service_encoder_known)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.refresh_button.clicked.connect(self.refresh)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self._service.cancel)
        self.download_button.clicked.connect(self.download_encoder)
        self.table.selectionModel().selectionChanged.connect(self._update_remove)

    # Actions.

    def add(self, paths: list[Path]) -> None:
        """Add files or folders; indexing starts in the background."""
        if paths:
            self.message.clear()
            self._service.add(paths)
            self._show_running(True)

    def refresh(self) -> None:
        """Look for new, changed and deleted files."""
        self._service.refresh()
        self._show_running(True)

    def choose_files(self) -> None:
        """Ask for files to add."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add files to the library"),
            "",
            self.tr("Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)"),
        )
        self.add([Path(name) for name in names])

    def choose_folder(self) -> None:
        """Ask for a folder to add (its supported files, in every folder inside it)."""
        name = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to the library"))
        if name:
            self.add([Path(name)])

    def selected_entry(self) -> LibraryEntry | None:
        """The file selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def remove_selected(self) -> None:
        """Remove the selected document, after asking (its file stays on disk)."""
        entry = self.selected_entry()
        if entry is None or entry.document_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the library"),
            self.tr(
                "Remove {title} from the library? The file stays on disk; only its "
                "passages are forgotten."
            ).format(title=entry.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._service.remove(entry.document_id)

    def download_encoder(self) -> None:
        """Download the recommended embedding model through the Models service."""
        if self._models is None:
            return
        try:
            variant = self._models.catalog.get(RECOMMENDED_ENCODER_ID).variants[0]
            self._models.download(variant)
        except UserFacingError as error:
            self.message.setText(str(error))
            return
        self.download_button.setEnabled(False)
        self.encoder_notice.setText(
            self.tr("Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.")
        )

    # The service's signals.

    def _show_entries(self, entries: list[LibraryEntry]) -> None:
        self.model.set_entries(entries)
        self.pages.setCurrentWidget(self.table if entries else self.empty)
        self._update_remove()

    def _on_service_progress(self, text: str, done: int, total: int, current: str) -> None:
        self._show_running(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress_label.setText(text)
        self.progress.setAccessibleDescription(text)
        self.model.set_current(current)

    def _on_service_finished(self, report: IndexReport) -> None:
        self._show_running(False)
        self.model.set_current("")
        if report.cancelled:
            text = self.tr("Indexing stopped. What was saved stays; Look for changes continues.")
        elif report.failed:
            text = self.tr(
                "%n file(s) could not be read: see their status.", "", len(report.failed)
            )
        else:
            text = self.tr("The library is up to date.")
        self.message.setText(text)
        announce(self, text)

    def _on_service_failed(self, message: str) -> None:
        self._show_running(False)
        self.message.setText(message)
        announce(self, message)

    def _on_service_encoder_known(self, info: EncoderInfo) -> None:
        if info.name is None:
            self.encoder_notice.setText(
                self.tr(
                    "Documents are found by their words only: no embedding model is "
                    "installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by "
                    "meaning as well."
                )
            )
        else:
            self.encoder_notice.setText(
                self.tr("Meaning search uses {name}.").format(name=info.name)
            )
        self.download_button.setVisible(info.name is None and self._models is not None)
        self.download_button.setEnabled(True)

    def _show_running(self, running: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(running)
        if not running:
            self.progress_label.clear()

    def _update_remove(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.remove_button.setEnabled(entry is not None and entry.document_id is not None)

    # Drag and drop.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept local files and folders."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Add the dropped files and folders."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add(paths)
        event.acceptProposedAction()
