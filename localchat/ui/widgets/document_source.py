"""Choosing what to work on: open a file (button or drop) or paste text."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localchat.services.documents import DocumentJobsService

FILE_FILTER = QT_TRANSLATE_NOOP(
    "DocumentSource", "Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"
)


class DocumentSource(QWidget):
    """A file button, a paste box, and a line saying what was read.

    Signals:
        document_ready: A document is ready to use. args: Document.
        problem: Reading failed. args: a sentence for the user.
    """

    document_ready = Signal(object)
    problem = Signal(str)

    def __init__(self, service: DocumentJobsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._waiting = False
        self.open_button = QPushButton(self.tr("Open a document…"))
        self.open_button.setAccessibleName(self.tr("Open a document"))
        self.paste_box = QPlainTextEdit()
        self.paste_box.setAccessibleName(self.tr("Pasted text"))
        self.paste_box.setPlaceholderText(self.tr("…or paste text here"))
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.setMaximumHeight(90)
        self.use_paste_button = QPushButton(self.tr("Use pasted text"))
        self.use_paste_button.setAccessibleName(self.tr("Use the pasted text"))
        self.info = QLabel(
            self.tr("No document yet. Open a PDF, Word, web page or text file, or drop one here.")
        )
        self.info.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setRange(0, 1000)
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.info, 1)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_box, 1)
        paste_row.addWidget(self.use_paste_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addLayout(paste_row)
        self.setAcceptDrops(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.use_paste_button.clicked.connect(self._on_use_paste_clicked)
        service.document_read.connect(self._on_service_document_read)
        service.read_progress.connect(self._on_service_read_progress)
        service.failed.connect(self._on_service_failed)

    def open_path(self, path: Path) -> None:
        """Read a file off the GUI thread."""
        self._waiting = True
        self.info.setText(self.tr("Reading {name}…").format(name=path.name))
        self.progress.setValue(0)
        self.progress.show()
        self._service.read(path)

    @Slot()
    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a document"), str(Path.home()), self.tr(FILE_FILTER)
        )
        if path:
            self.open_path(Path(path))

    @Slot()
    def _on_use_paste_clicked(self) -> None:
        text = self.paste_box.toPlainText()
        if not text.strip():
            self.problem.emit(self.tr("The paste box is empty. Paste some text first."))
            return
        self._show(self._service.read_text(text))

    @Slot(object)
    def _on_service_document_read(self, document: object) -> None:
        if self._waiting:
            self._waiting = False
            self.progress.hide()
            self._show(document)

    @Slot(float)
    def _on_service_read_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    @Slot(str)
    def _on_service_failed(self, message: str) -> None:
        if self._waiting:
            self._waiting = False
            self.progress.hide()
            self.info.setText(self.tr("That document could not be read."))
            self.problem.emit(message)

    def _show(self, document: object) -> None:
        pages = getattr(document, "pages", None)
        name = f"<b>{html.escape(document.source_name)}</b>"
        words = self.tr("%Ln word(s)", "", document.word_count)  # %Ln: 12,345 grouped
        if pages:
            text = self.tr("{name} · %n page(s) · {words}", "", pages)
        else:
            text = self.tr("{name} · {words}")
        self.info.setText(text.format(name=name, words=words))
        self.document_ready.emit(document)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped files."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Read the first dropped file."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
                return
