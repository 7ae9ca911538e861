"""The Summarize pane: a whole document, summarized part by part, then combined."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from localchat.documents import Document
from localchat.model_choice import FAR_LONGER, TOKENS_PER_WORD, Suggestion, summarize_problem
from localchat.services.documents import DocumentJobsService, InterruptedJob
from localchat.services.model_choice import ModelChoiceService
from localchat.tasks.summarize import SummaryOptions, SummaryResult
from localchat.ui.chat.markdown import render_markdown
from localchat.ui.models.download_words import whole
from localchat.ui.widgets.document_job_pane import DocumentJobPane, export_filter


class SummarizePane(DocumentJobPane):
    """Open or paste a document, choose the kind of summary, watch it being written."""

    TASK = "summarize"

    def __init__(
        self,
        service: DocumentJobsService,
        choice: ModelChoiceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, choice, parent)
        self.summary_text = ""
        self.length = QComboBox()
        self.length.setAccessibleName(self.tr("Summary length"))
        lengths = ((self.tr("Short"), "short"), (self.tr("Medium"), "medium"))
        for label, value in (*lengths, (self.tr("Detailed"), "detailed")):
            self.length.addItem(label, value)
        self.length.setCurrentIndex(1)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Summary form"))
        self.form.addItem(self.tr("Paragraphs"), "paragraph")
        self.form.addItem(self.tr("Bullet points"), "bullets")
        self.focus = QLineEdit()
        self.focus.setAccessibleName(self.tr("Focus question"))
        self.focus.setPlaceholderText(
            self.tr("Focus (optional), e.g. what does it say about costs?")
        )
        options = QHBoxLayout()
        length_label, form_label = QLabel(self.tr("Length:")), QLabel(self.tr("Form:"))
        for widget in (length_label, self.length, form_label, self.form):
            options.addWidget(widget)
        options.addWidget(self.focus, 1)
        options.addWidget(self.start_button)
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Summaries of each part"))
        self.parts.setWordWrap(True)
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Summary"))
        self.result.setOpenLinks(False)
        self.result.setPlaceholderText(self.tr("The summary appears here."))
        splitter = QSplitter()
        splitter.addWidget(self.parts)
        splitter.addWidget(self.result)
        splitter.setSizes([320, 640])
        self._layout(options, splitter, [])
        self.export_button.clicked.connect(self._on_export_clicked)
        self._show_interrupted_jobs()

    def options(self) -> SummaryOptions:
        """The chosen length, form and focus."""
        return SummaryOptions(self.length.currentData(), self.form.currentData(), self.focus.text())

    def _show_interrupted_jobs(self) -> None:
        self._service.interrupted_found.connect(self._on_service_interrupted_found)
        self._service.find_interrupted("summarize")

    @Slot(object)
    def _on_service_interrupted_found(self, job: InterruptedJob) -> None:
        if self.request_id is None and self.notice.isHidden():
            text = self.tr(
                "The summary of {name} stopped when LocalChat closed, after {done} of %n "
                "part(s). Open the same file and press Summarize with the same options to "
                "continue where it stopped.",
                "",
                job.total_parts,
            )
            self.show_notice(text.format(name=job.source_name, done=whole(job.done_parts)))

    def _fit_problem(self, model: object) -> tuple[str | None, Suggestion | None]:
        words = self.document.word_count if self.document is not None else 0
        context = self._choice.context_tokens(model)  # type: ignore[arg-type]
        problem = summarize_problem(self._choice.traits(model), words, context)  # type: ignore[arg-type]
        if problem is None:
            return None, None
        wanted = int(words * TOKENS_PER_WORD / FAR_LONGER)
        return problem, self._choice.suggestion("summarize", model, min_context=wanted)  # type: ignore[arg-type]

    def _submit(self, document: Document, model: object) -> int:
        return self._service.summarize(document, self.options(), model)  # type: ignore[arg-type]

    def _clear_results(self) -> None:
        self.parts.clear()
        self.result.clear()
        self.summary_text = ""

    def _part_item(self, index: int):  # noqa: ANN202 - QListWidgetItem
        while self.parts.count() <= index:
            self.parts.addItem("")
        return self.parts.item(index)

    def _show_piece(self, index: int, text: str) -> None:
        item = self._part_item(index)
        item.setText(item.text() + text)

    def _show_part(self, index: int, text: str) -> None:
        self._part_item(index).setText(text)

    def _show_result(self, result: SummaryResult) -> bool:  # type: ignore[override]
        text = result.text
        if not text:
            return False
        self.summary_text = text
        self.result.setHtml(render_markdown(text).html)
        return True

    def _done_message(self, result: SummaryResult) -> str:  # type: ignore[override]
        problems = result.problems
        if not problems:
            return self.tr("Done.")
        numbers = [problem.detail for problem in problems]
        shown = ", ".join(numbers[:5]) + ("…" if len(numbers) > 5 else "")
        return self.tr(
            "Done. Check the summary: it mentions %n number(s) the document does not have "
            "({numbers}); small models sometimes make them up.",
            "",
            len(numbers),
        ).format(numbers=shown)

    @Slot()
    def _on_export_clicked(self) -> None:
        if not self.summary_text or self.document is None:
            return
        stem = Path(self.document.source_name).stem or "summary"
        suggested = self.tr("{name} - summary.md").format(name=stem)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export summary"), str(Path.home() / suggested), export_filter()
        )
        if path:
            title = self.tr("Summary of {name}").format(name=stem)
            self._service.export_summary(Path(path), self.summary_text, title)
