"""The Translate pane: a whole document, paragraph by paragraph, shown side by side."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCollator, Qt, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
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
    QWidget,
)

from localchat.documents import Block, Document
from localchat.model_choice import Suggestion, translate_problem
from localchat.services.documents import DocumentJobsService
from localchat.services.model_choice import ModelChoiceService
from localchat.tasks.languages import LANGUAGES, detect_language
from localchat.tasks.translate import TranslateOptions, TranslationResult
from localchat.ui.models.download_words import shortcut_text, whole
from localchat.ui.translate.language_names import language_label
from localchat.ui.widgets.document_job_pane import DocumentJobPane, export_filter

DEFAULT_TARGET = "es"
FLAGGED_COLOR = QColor(255, 196, 0, 60)  # a light amber wash, readable in light and dark


def glossary_terms(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated terms, trimmed, empty ones dropped."""
    return tuple(term.strip() for term in text.replace(";", ",").split(",") if term.strip())


class TranslatePane(DocumentJobPane):
    """Open or paste a document, choose languages and terms to keep, translate it."""

    TASK = "translate"

    def __init__(
        self,
        service: DocumentJobsService,
        choice: ModelChoiceService,
        parent: QWidget | None = None,
    ) -> None:
        self._detected: str | None = None  # the open document's language, when detected
        super().__init__(service, choice, parent)
        self.translated: list[str] = []
        self._result_blocks: list[Block] = []
        self.problems: dict[int, tuple] = {}  # paragraph -> what the fact check found
        self._retranslating: int | None = None  # the paragraph a Retranslate job redoes
        self._before_retranslate: tuple[str, tuple] = ("", ())  # its text and flags before
        self.source_language = QComboBox()
        self.source_language.setAccessibleName(self.tr("Translate from"))
        self.source_language.addItem(self.tr("Detect automatically"), None)
        self.target_language = QComboBox()
        self.target_language.setAccessibleName(self.tr("Translate into"))
        labels = [(language_label(lang.code, lang.native_name), lang.code) for lang in LANGUAGES]
        for label, code in sorted(labels, key=lambda pair: QCollator().sortKey(pair[0])):
            self.source_language.addItem(label, code)
            self.target_language.addItem(label, code)
        self.target_language.setCurrentIndex(self.target_language.findData(DEFAULT_TARGET))
        self.glossary = QLineEdit()
        self.glossary.setAccessibleName(self.tr("Terms to keep untranslated"))
        self.glossary.setPlaceholderText(
            self.tr("Keep these terms as they are (comma-separated names)")
        )
        options = QHBoxLayout()
        from_label, into_label = QLabel(self.tr("From:")), QLabel(self.tr("Into:"))
        for widget in (from_label, self.source_language, into_label):
            options.addWidget(widget)
        options.addWidget(self.target_language)
        options.addWidget(self.glossary, 1)
        options.addWidget(self.start_button)
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Original and translation, paragraph by paragraph"))
        self.table.setHorizontalHeaderLabels([self.tr("Original"), self.tr("Translation")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.retranslate_action = QAction(self.tr("Retranslate this paragraph"), self.table)
        self.retranslate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.retranslate_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.retranslate_action)
        self.retranslate_button = QPushButton(self.tr("Retranslate"))
        self.retranslate_button.setAccessibleName(self.tr("Retranslate the selected paragraph"))
        self.retranslate_button.setToolTip(
            self.tr("Translate the selected paragraph again ({shortcut})").format(
                shortcut=shortcut_text("Ctrl+R")
            )
        )
        self._layout(options, self.table, [])
        self.bottom.insertWidget(2, self.retranslate_button)
        QWidget.setTabOrder(self.retranslate_button, self.export_button)  # as laid out
        self._update_retranslate()
        self.target_language.currentIndexChanged.connect(self.update_fit)
        self.source_language.currentIndexChanged.connect(self.update_fit)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.retranslate_button.clicked.connect(self.retranslate_selected)
        self.retranslate_action.triggered.connect(self.retranslate_selected)
        self.table.itemSelectionChanged.connect(self._update_retranslate)

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
        self.problems = {}
        self._update_retranslate()

    def _show_check(self, index: int, problems: tuple) -> None:
        """Mark a paragraph whose translation lost a number, a name or an address."""
        if not 0 <= index < self.table.rowCount():
            return
        if problems:
            self.problems[index] = problems
        else:
            self.problems.pop(index, None)
        what = "; ".join(problem.describe() for problem in problems)
        for column in (0, 1):
            item = self.table.item(index, column)
            item.setBackground(QBrush(FLAGGED_COLOR) if problems else QBrush())
            tip = self.tr("Check this paragraph: {problems}.").format(problems=what)
            item.setToolTip(tip if problems else "")
        translation = self.table.item(index, 1)
        translation.setText(("⚠ " if problems else "") + self.translated[index])
        spoken = self.translated[index]
        if problems:
            spoken = self.tr("Flagged: {problems}. {text}").format(problems=what, text=spoken)
        translation.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.table.resizeRowToContents(index)
        self._update_retranslate()

    def _selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return next(iter(rows)) if len(rows) == 1 else None

    def _update_retranslate(self) -> None:
        row = self._selected_row()
        ready = (
            row is not None
            and row < len(self.translated)
            and self.request_id is None
            and bool(self.translated[row].strip())
        )
        self.retranslate_button.setEnabled(ready)
        self.retranslate_action.setEnabled(ready)

    @Slot()
    def retranslate_selected(self) -> None:
        """Translate the selected paragraph again (a flagged one, or any the user doubts)."""
        row = self._selected_row()
        document = self.document
        if row is None or document is None or self.request_id is not None:
            return
        options = self.options()
        if options.source_language is None and self._detected:
            options = replace(options, source_language=self._detected)
        submit = partial(self._service.retranslate, document, row, options)
        before = (self.translated[row], self.problems.get(row, ()))
        if self._start_job(submit, clear=False):
            self._retranslating = row
            self._before_retranslate = before
            self._show_check(row, ())
            self._set_translation(row, "")
            self._update_retranslate()

    def _set_start_label(self) -> None:
        super()._set_start_label()
        if hasattr(self, "retranslate_button"):
            self._update_retranslate()

    def _end_retranslate(self, rid: int) -> int | None:
        return self._retranslating if rid == self.request_id else None

    def _restore_paragraph(self, row: int | None) -> None:
        """A Retranslate that stopped or failed: the paragraph goes back to what it was."""
        if row is not None and self._retranslating == row:
            self._retranslating = None
            text, problems = self._before_retranslate
            self._set_translation(row, text)
            self._show_check(row, problems)

    @Slot(int, object)
    def _on_service_job_ended(self, rid: int, result: TranslationResult) -> None:  # type: ignore[override]
        row = self._end_retranslate(rid)
        super()._on_service_job_ended(rid, result)
        self._restore_paragraph(row)

    @Slot(int, str)
    def _on_service_job_failed(self, rid: int, message: str) -> None:
        row = self._end_retranslate(rid)
        super()._on_service_job_failed(rid, message)
        self._restore_paragraph(row)

    def _set_translation(self, index: int, text: str) -> None:
        if 0 <= index < len(self.translated):
            self.translated[index] = text
            self.table.item(index, 1).setText(("⚠ " if index in self.problems else "") + text)
            self.table.resizeRowToContents(index)

    def _show_piece(self, index: int, text: str) -> None:
        if 0 <= index < len(self.translated):
            self._set_translation(index, self.translated[index] + text)

    def _show_part(self, index: int, text: str) -> None:
        self._set_translation(index, text)

    def _show_result(self, result: TranslationResult) -> bool:  # type: ignore[override]
        blocks = list(result.blocks)
        row, self._retranslating = self._retranslating, None
        if row is not None and self._result_blocks and len(blocks) == 1:
            self._result_blocks[row] = blocks[0]  # one paragraph redone
        else:
            self._result_blocks = blocks
        self._update_retranslate()
        return bool(self._result_blocks)

    def _done_message(self, result: TranslationResult) -> str:  # type: ignore[override]
        flagged = len(self.problems)
        if not flagged:
            return self.tr("Done. Every paragraph kept its numbers, names and addresses.")
        rows = ", ".join(whole(index + 1) for index in sorted(self.problems)[:6])
        more = "…" if flagged > 6 else ""
        return self.tr(
            "Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be "
            "lost. Select one and press Retranslate.",
            "",
            flagged,
        ).format(rows=rows + more)

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.document is None or not self._result_blocks:
            return
        stem = Path(self.document.source_name).stem or self.tr("translation")
        target = self.target_language.currentData()
        suggested = f"{stem} - {target}.md"  # a file name: the language by its code
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export translation"), str(Path.home() / suggested), export_filter()
        )
        if path:
            self._service.export_translation(Path(path), self._result_blocks, stem)
