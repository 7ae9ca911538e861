"""The Summarize pane: a whole document, summarized part by part, then combined."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localchat.documents import Document
from localchat.errors import UserFacingError
from localchat.services.documents import DocumentJobsService
from localchat.services.inference import InferenceService
from localchat.tasks.summarize import SummaryOptions
from localchat.ui.chat.markdown import render_markdown
from localchat.ui.widgets.document_source import DocumentSource
from localchat.ui.widgets.job_progress import JobProgress

EXPORT_FILTER = "Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)"


class SummarizePane(QWidget):
    """Open or paste a document, choose the kind of summary, watch it being written."""

    def __init__(
        self,
        service: DocumentJobsService,
        inference: InferenceService,
        current_model: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._inference = inference
        self._current_model = current_model
        self.document: Document | None = None
        self.request_id: int | None = None
        self.summary_text = ""
        self._build()
        self._connect()
        self._show_interrupted_jobs()

    def _build(self) -> None:
        title = QLabel("Summarize")
        title.setObjectName("paneTitle")
        self.source = DocumentSource(self._service)
        self.length = QComboBox()
        self.length.setAccessibleName("Summary length")
        for label, value in (("Short", "short"), ("Medium", "medium"), ("Detailed", "detailed")):
            self.length.addItem(label, value)
        self.length.setCurrentIndex(1)
        self.form = QComboBox()
        self.form.setAccessibleName("Summary form")
        self.form.addItem("Paragraphs", "paragraph")
        self.form.addItem("Bullet points", "bullets")
        self.focus = QLineEdit()
        self.focus.setAccessibleName("Focus question")
        self.focus.setPlaceholderText("Focus (optional), e.g. what does it say about costs?")
        self.start_button = QPushButton("Summarize")
        self.start_button.setAccessibleName("Start summarizing")
        self.start_button.setEnabled(False)
        options = QHBoxLayout()
        options.addWidget(QLabel("Length:"))
        options.addWidget(self.length)
        options.addWidget(QLabel("Form:"))
        options.addWidget(self.form)
        options.addWidget(self.focus, 1)
        options.addWidget(self.start_button)
        self.progress = JobProgress()
        self.parts = QListWidget()
        self.parts.setAccessibleName("Summaries of each part")
        self.parts.setWordWrap(True)
        self.result = QTextBrowser()
        self.result.setAccessibleName("Summary")
        self.result.setOpenLinks(False)
        self.result.setPlaceholderText("The summary appears here.")
        splitter = QSplitter()
        splitter.addWidget(self.parts)
        splitter.addWidget(self.result)
        splitter.setSizes([320, 640])
        self.notice = QLabel()
        self.notice.setObjectName("errorBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.export_button = QPushButton("Export…")
        self.export_button.setAccessibleName("Export the summary")
        self.export_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.source)
        layout.addLayout(options)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.source.document_ready.connect(self._on_source_document_ready)
        self.source.problem.connect(self.show_notice)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._service.job_progress.connect(self._on_service_job_progress)
        self._service.job_part_done.connect(self._on_service_part_done)
        self._service.job_piece.connect(self._on_service_piece)
        self._service.exported.connect(lambda path: self.progress.finish(f"Saved to {path}"))
        self._inference.finished.connect(self._on_inference_ended)
        self._inference.cancelled.connect(self._on_inference_ended)
        self._inference.failed.connect(self._on_inference_failed)

    def show_notice(self, message: str) -> None:
        """A plain-words message above the results."""
        self.notice.setText(message)
        self.notice.show()

    def _show_interrupted_jobs(self) -> None:
        stopped = [
            job
            for job in self._service.jobs.list_recent("summarize", limit=5)
            if job.status == "interrupted"
        ]
        if stopped:
            job = stopped[0]
            done = len(self._service.jobs.parts(job.id))
            self.show_notice(
                f"The summary of {job.source_name} stopped when LocalChat closed, after "
                f"{done} of {job.total_parts} parts. Open the same file and press Summarize "
                "with the same options to continue where it stopped."
            )

    def options(self) -> SummaryOptions:
        """The chosen length, form and focus."""
        return SummaryOptions(self.length.currentData(), self.form.currentData(), self.focus.text())

    @Slot(object)
    def _on_source_document_ready(self, document: Document) -> None:
        self.document = document
        self.notice.hide()
        self.start_button.setEnabled(self.request_id is None)

    @Slot()
    def _on_start_clicked(self) -> None:
        if self.request_id is not None:
            self._service.stop(self.request_id)
            return
        if self.document is None:
            return
        try:
            model = self._current_model()
            self.request_id = self._service.summarize(self.document, self.options(), model)
        except UserFacingError as error:
            self.show_notice(str(error))
            return
        self.parts.clear()
        self.result.clear()
        self.summary_text = ""
        self.notice.hide()
        self.export_button.setEnabled(False)
        self.start_button.setText("Stop")
        self.start_button.setAccessibleName("Stop summarizing")
        self.progress.start()

    @Slot(int, int, int, float)
    def _on_service_job_progress(self, rid: int, part: int, total: int, left: float) -> None:
        if rid == self.request_id:
            self.progress.set_part(part, total, left)

    @Slot(int, int, str)
    def _on_service_piece(self, rid: int, index: int, text: str) -> None:
        if rid != self.request_id:
            return
        while self.parts.count() <= index:
            self.parts.addItem("")
        item = self.parts.item(index)
        item.setText(item.text() + text)

    @Slot(int, int, str)
    def _on_service_part_done(self, rid: int, index: int, text: str) -> None:
        if rid != self.request_id:
            return
        while self.parts.count() <= index:
            self.parts.addItem("")
        self.parts.item(index).setText(text)

    @Slot(int, object)
    def _on_inference_ended(self, rid: int, result: object) -> None:
        if rid != self.request_id:
            return
        self._reset()
        status = getattr(result, "status", "stopped")
        text = getattr(result, "text", "")
        if status == "finished" and text:
            self.summary_text = text
            self.result.setHtml(render_markdown(text).html)
            self.export_button.setEnabled(True)
            self.progress.finish("Done.")
        else:
            self.progress.finish(
                "Stopped. The finished parts are saved: press Summarize to continue."
            )

    @Slot(int, str)
    def _on_inference_failed(self, rid: int, message: str) -> None:
        if rid == self.request_id:
            self._reset()
            self.progress.hide()
            self.show_notice(message)

    def _reset(self) -> None:
        self.request_id = None
        self.start_button.setText("Summarize")
        self.start_button.setAccessibleName("Start summarizing")
        self.start_button.setEnabled(self.document is not None)

    @Slot()
    def _on_export_clicked(self) -> None:
        if not self.summary_text or self.document is None:
            return
        stem = Path(self.document.source_name).stem or "summary"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export summary", str(Path.home() / f"{stem} - summary.md"), EXPORT_FILTER
        )
        if path:
            self._service.export_summary(Path(path), self.summary_text, f"Summary of {stem}")
