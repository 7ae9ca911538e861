"""The Translate pane: a whole document, paragraph by paragraph, shown side by side."""

from __future__ import annotations

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
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from localchat.documents import Block, Document
from localchat.model_choice import Suggestion, translate_problem
from localchat.services.documents import DocumentJobsService
from localchat.services.inference import InferenceService
from localchat.services.model_choice import ModelChoiceService
from localchat.tasks.languages import LANGUAGES, detect_language
from localchat.tasks.translate import TranslateOptions
from localchat.ui.widgets.document_job_pane import EXPORT_FILTER, DocumentJobPane

DEFAULT_TARGET = "es"


def glossary_terms(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated terms, trimmed, empty ones dropped."""
    return tuple(term.strip() for term in text.replace(";", ",").split(",") if term.strip())


class TranslatePane(DocumentJobPane):
    """Open or paste a document, choose languages and terms to keep, translate it."""

    VERB = "Translate"
    TASK = "translate"

    def __init__(
        self,
        service: DocumentJobsService,
        inference: InferenceService,
        choice: ModelChoiceService,
        parent: QWidget | None = None,
    ) -> None:
        self._detected: str | None = None  # the open document's language, when detected
        super().__init__(service, inference, choice, parent)
        self.translated: list[str] = []
        self._result_blocks: list[Block] = []
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
        options = QHBoxLayout()
        for widget in (QLabel("From:"), self.source_language, QLabel("Into:")):
            options.addWidget(widget)
        options.addWidget(self.target_language)
        options.addWidget(self.glossary, 1)
        options.addWidget(self.start_button)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName("Original and translation, paragraph by paragraph")
        self.table.setHorizontalHeaderLabels(["Original", "Translation"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._layout(options, self.table, [])
        self.target_language.currentIndexChanged.connect(self.update_fit)
        self.source_language.currentIndexChanged.connect(self.update_fit)
        self.export_button.clicked.connect(self._on_export_clicked)

    def options(self) -> TranslateOptions:
        """The chosen languages and glossary."""
        return TranslateOptions(
            self.source_language.currentData(),
            self.target_language.currentData(),
            glossary_terms(self.glossary.text()),
        )

    def _fit_problem(self, model: object) -> tuple[str | None, Suggestion | None]:
        if not hasattr(self, "target_language"):  # called while the base class builds
            return None, None
        source = self.source_language.currentData() or self._detected
        target = self.target_language.currentData()
        problem = translate_problem(self._choice.traits(model), source, target)  # type: ignore[arg-type]
        if problem is None:
            return None, None
        languages = tuple(code for code in (source, target) if code)
        return problem, self._choice.suggestion("translate", model, languages)  # type: ignore[arg-type]

    def _document_changed(self, document: Document) -> None:
        self._detected = detect_language(" ".join(b.text for b in document.blocks[:40])[:5000])
        self._fill_table(document.blocks)

    def _fill_table(self, blocks: tuple[Block, ...]) -> None:
        self.table.setRowCount(len(blocks))
        self.translated = [""] * len(blocks)
        for row, block in enumerate(blocks):
            self.table.setItem(row, 0, QTableWidgetItem(block.render()))
            self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.resizeRowsToContents()

    def _submit(self, document: Document, model: object) -> int:
        return self._service.translate(document, self.options(), model)  # type: ignore[arg-type]

    def _clear_results(self) -> None:
        if self.document is not None:
            self._fill_table(self.document.blocks)
        self._result_blocks = []

    def _set_translation(self, index: int, text: str) -> None:
        if 0 <= index < len(self.translated):
            self.translated[index] = text
            self.table.item(index, 1).setText(text)
            self.table.resizeRowToContents(index)

    def _show_piece(self, index: int, text: str) -> None:
        if 0 <= index < len(self.translated):
            self._set_translation(index, self.translated[index] + text)

    def _show_part(self, index: int, text: str) -> None:
        self._set_translation(index, text)

    def _show_result(self, result: object) -> bool:
        self._result_blocks = list(getattr(result, "blocks", ()))
        return bool(self._result_blocks)

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
