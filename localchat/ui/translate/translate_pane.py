"""The Translate pane: a whole document, paragraph by paragraph, shown side by side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localchat.documents import Block, Document
from localchat.errors import UserFacingError
from localchat.services.documents import DocumentJobsService
from localchat.services.inference import InferenceService
from localchat.tasks.languages import LANGUAGES, model_language_warning
from localchat.tasks.translate import TranslateOptions
from localchat.ui.widgets.document_source import DocumentSource
from localchat.ui.widgets.job_progress import JobProgress

EXPORT_FILTER = "Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)"
DEFAULT_TARGET = "es"


def glossary_terms(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated terms, trimmed, empty ones dropped."""
    return tuple(term.strip() for term in text.replace(";", ",").split(",") if term.strip())


class TranslatePane(QWidget):
    """Open or paste a document, choose languages and terms to keep, translate it."""

    def __init__(
        self,
        service: DocumentJobsService,
        inference: InferenceService,
        current_model: Callable[[], object],
        model_languages: Callable[[], list[str] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._inference = inference
        self._current_model = current_model
        self._model_languages = model_languages
        self.document: Document | None = None
        self.request_id: int | None = None
        self.translated: list[str] = []
        self._result_blocks: list[Block] = []
        self._build()
        self._connect()

    def _build(self) -> None:
        title = QLabel("Translate")
        title.setObjectName("paneTitle")
        self.source = DocumentSource(self._service)
        self.source_language = QComboBox()
        self.source_language.setAccessibleName("Translate from")
        self.source_language.addItem("Detect automatically", None)
        self.target_language = QComboBox()
        self.target_language.setAccessibleName("Translate into")
        for language in sorted(LANGUAGES, key=lambda lang: lang.english_name):
            label = f"{language.native_name} — {language.english_name}"
            self.source_language.addItem(label, language.code)
            self.target_language.addItem(label, language.code)
        self.target_language.setCurrentIndex(self.target_language.findData(DEFAULT_TARGET))
        self.glossary = QLineEdit()
        self.glossary.setAccessibleName("Terms to keep untranslated")
        self.glossary.setPlaceholderText("Keep these terms as they are (comma-separated names)")
        self.start_button = QPushButton("Translate")
        self.start_button.setAccessibleName("Start translating")
        self.start_button.setEnabled(False)
        options = QHBoxLayout()
        options.addWidget(QLabel("From:"))
        options.addWidget(self.source_language)
        options.addWidget(QLabel("Into:"))
        options.addWidget(self.target_language)
        options.addWidget(self.glossary, 1)
        options.addWidget(self.start_button)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.notice = QLabel()
        self.notice.setObjectName("errorBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName("Original and translation, paragraph by paragraph")
        self.table.setHorizontalHeaderLabels(["Original", "Translation"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress = JobProgress()
        self.export_button = QPushButton("Export…")
        self.export_button.setAccessibleName("Export the translation")
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
        layout.addWidget(self.warning)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.source.document_ready.connect(self._on_source_document_ready)
        self.source.problem.connect(self.show_notice)
        self.target_language.currentIndexChanged.connect(self._update_warning)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._service.job_progress.connect(self._on_service_job_progress)
        self._service.job_piece.connect(self._on_service_piece)
        self._service.job_part_done.connect(self._on_service_part_done)
        self._service.exported.connect(lambda path: self.progress.finish(f"Saved to {path}"))
        self._inference.finished.connect(self._on_inference_ended)
        self._inference.cancelled.connect(self._on_inference_ended)
        self._inference.failed.connect(self._on_inference_failed)

    def show_notice(self, message: str) -> None:
        """A plain-words problem above the table."""
        self.notice.setText(message)
        self.notice.show()

    def options(self) -> TranslateOptions:
        """The chosen languages and glossary."""
        return TranslateOptions(
            self.source_language.currentData(),
            self.target_language.currentData(),
            glossary_terms(self.glossary.text()),
        )

    @Slot()
    def _update_warning(self) -> None:
        warning = model_language_warning(
            self._model_languages(), self.target_language.currentData()
        )
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))

    @Slot(object)
    def _on_source_document_ready(self, document: Document) -> None:
        self.document = document
        self.notice.hide()
        self._fill_table(document.blocks)
        self._update_warning()
        self.start_button.setEnabled(self.request_id is None)

    def _fill_table(self, blocks: tuple[Block, ...]) -> None:
        self.table.setRowCount(len(blocks))
        self.translated = [""] * len(blocks)
        for row, block in enumerate(blocks):
            self.table.setItem(row, 0, QTableWidgetItem(block.render()))
            self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.resizeRowsToContents()

    @Slot()
    def _on_start_clicked(self) -> None:
        if self.request_id is not None:
            self._service.stop(self.request_id)
            return
        if self.document is None:
            return
        try:
            model = self._current_model()
            self.request_id = self._service.translate(self.document, self.options(), model)
        except UserFacingError as error:
            self.show_notice(str(error))
            return
        self._fill_table(self.document.blocks)
        self.notice.hide()
        self.export_button.setEnabled(False)
        self.start_button.setText("Stop")
        self.start_button.setAccessibleName("Stop translating")
        self.progress.start()

    def _set_translation(self, index: int, text: str) -> None:
        if 0 <= index < len(self.translated):
            self.translated[index] = text
            self.table.item(index, 1).setText(text)
            self.table.resizeRowToContents(index)

    @Slot(int, int, int, float)
    def _on_service_job_progress(self, rid: int, part: int, total: int, left: float) -> None:
        if rid == self.request_id:
            self.progress.set_part(part, total, left)

    @Slot(int, int, str)
    def _on_service_piece(self, rid: int, index: int, text: str) -> None:
        if rid == self.request_id and 0 <= index < len(self.translated):
            self._set_translation(index, self.translated[index] + text)

    @Slot(int, int, str)
    def _on_service_part_done(self, rid: int, index: int, text: str) -> None:
        if rid == self.request_id:
            self._set_translation(index, text)

    @Slot(int, object)
    def _on_inference_ended(self, rid: int, result: object) -> None:
        if rid != self.request_id:
            return
        self._reset()
        if getattr(result, "status", "stopped") == "finished":
            self._result_blocks = list(getattr(result, "blocks", ()))
            self.export_button.setEnabled(True)
            self.progress.finish("Done.")
        else:
            self.progress.finish(
                "Stopped. The translated paragraphs are saved: press Translate to continue."
            )

    @Slot(int, str)
    def _on_inference_failed(self, rid: int, message: str) -> None:
        if rid == self.request_id:
            self._reset()
            self.progress.hide()
            self.show_notice(message)

    def _reset(self) -> None:
        self.request_id = None
        self.start_button.setText("Translate")
        self.start_button.setAccessibleName("Start translating")
        self.start_button.setEnabled(self.document is not None)

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.document is None or not self._result_blocks:
            return
        stem = Path(self.document.source_name).stem or "translation"
        target = self.target_language.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, "Export translation", str(Path.home() / f"{stem} - {target}.md"), EXPORT_FILTER
        )
        if path:
            self._service.export_translation(Path(path), self._result_blocks, stem)
