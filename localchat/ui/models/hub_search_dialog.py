"""Search the hub for GGUF models the catalog does not list, and download one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localchat.services.models import ModelsService
from localchat.ui.models.download_words import progress_line, whole

_FILE_ROLE = Qt.ItemDataRole.UserRole + 1


class HubSearchDialog(QDialog):
    """A search box, repositories with their GGUF files, Download and its progress."""

    def __init__(self, service: ModelsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the hub"))
        self.resize(680, 480)
        self._service = service
        self._key = ""
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search the hub"))
        self.query.setPlaceholderText(self.tr("e.g. qwen2.5 0.5b instruct"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search the hub"))
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Repositories and their model files"))
        self.results.setHeaderLabels([self.tr("Repository / file"), self.tr("Downloads")])
        self.results.setColumnWidth(0, 480)
        self.status = QLabel(
            self.tr(
                "This asks the hub over the internet. Nothing else is sent; files the catalog "
                "does not list have no size or memory estimate until downloaded."
            )
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download the selected file"))
        self.download_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.search_button.clicked.connect(self._on_search_clicked)
        self.query.returnPressed.connect(self._on_search_clicked)
        self.results.currentItemChanged.connect(self._on_results_current_changed)
        self.download_button.clicked.connect(self._on_download_clicked)
        service.hub_results.connect(self._on_service_hub_results)
        service.failed.connect(self._on_service_failed)
        service.download_failed.connect(self._on_service_download_failed)
        service.download_progress.connect(self._on_service_progress)
        service.download_state.connect(self._on_service_state)

    @Slot()
    def _on_search_clicked(self) -> None:
        if self.query.text().strip():
            self.status.setText(self.tr("Searching…"))
            self._service.search_hub(self.query.text().strip())

    @Slot(str, object)
    def _on_service_hub_results(self, query: str, repos: list) -> None:
        self.results.clear()
        for repo in repos:
            parent = QTreeWidgetItem([repo.repo_id, whole(repo.downloads)])
            for name in repo.files:
                child = QTreeWidgetItem([name, ""])
                child.setData(0, _FILE_ROLE, (repo.repo_id, name))
                parent.addChild(child)
            self.results.addTopLevelItem(parent)
            parent.setExpanded(True)
        found = len(repos)
        if found:
            text = self.tr('%n repositories with GGUF files for "{query}".', "", found)
        else:
            text = self.tr('Nothing found for "{query}".')
        self.status.setText(text.format(query=query))

    @Slot(str)
    def _on_service_failed(self, message: str) -> None:
        self.status.setText(message)

    @Slot(object, object)
    def _on_results_current_changed(self, current: QTreeWidgetItem | None, _old: object) -> None:
        self.download_button.setEnabled(bool(current and current.data(0, _FILE_ROLE)))

    @Slot()
    def _on_download_clicked(self) -> None:
        item = self.results.currentItem()
        target = item.data(0, _FILE_ROLE) if item else None
        if target:
            self._key = self._service.download_file(*target)
            self.progress.setRange(0, 0)
            self.progress.show()
            self.status.setText(self.tr("Downloading {name}…").format(name=target[1]))

    @Slot(str, int, int, float, float)
    def _on_service_progress(
        self, key: str, done: int, total: int, speed: float, eta: float
    ) -> None:
        if key == self._key and total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(done * 1000 // total)
            self.status.setText(progress_line(done, total, speed, eta))

    @Slot(str, str)
    def _on_service_state(self, key: str, state: str) -> None:
        if key == self._key and state == "finished":
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.status.setText(self.tr("Installed. Pick it in the Chat pane's model list."))

    @Slot(str, str)
    def _on_service_download_failed(self, key: str, message: str) -> None:
        if key == self._key:
            self.progress.hide()
            self.status.setText(message)
