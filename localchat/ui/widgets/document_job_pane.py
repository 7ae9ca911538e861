"""What the Summarize and Translate panes share: a document, a job to start and stop, results."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from localchat.documents import Document

if TYPE_CHECKING:
    from localchat.tasks.summarize import SummaryResult
    from localchat.tasks.translate import TranslationResult
from localchat.errors import UserFacingError
from localchat.model_choice import Suggestion
from localchat.services.documents import DocumentJobsService
from localchat.services.model_choice import ModelChoiceService
from localchat.ui.accessibility import announce
from localchat.ui.widgets.document_source import DocumentSource
from localchat.ui.widgets.job_progress import JobProgress
from localchat.ui.widgets.task_model import FitNotice, TaskModelPicker

EXPORT_FILTER = QT_TRANSLATE_NOOP(
    "DocumentJobPane", "Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)"
)
# The sentences that name the job, per task. The subclasses' self.tr would look them up
# under the subclass's name (PySide6 takes the context from the object's class, not from
# where the call is written), so this class translates with its own name, through _tr.
JOB_WORDS = {
    "summarize": {
        "verb": QT_TRANSLATE_NOOP("DocumentJobPane", "Summarize"),
        "export": QT_TRANSLATE_NOOP("DocumentJobPane", "Export the summary"),
        "start": QT_TRANSLATE_NOOP("DocumentJobPane", "Start summarizing"),
        "stop": QT_TRANSLATE_NOOP("DocumentJobPane", "Stop summarizing"),
        "stopped": QT_TRANSLATE_NOOP(
            "DocumentJobPane",
            "Stopped. The finished parts are saved: press Summarize to continue.",
        ),
    },
    "translate": {
        "verb": QT_TRANSLATE_NOOP("DocumentJobPane", "Translate"),
        "export": QT_TRANSLATE_NOOP("DocumentJobPane", "Export the translation"),
        "start": QT_TRANSLATE_NOOP("DocumentJobPane", "Start translating"),
        "stop": QT_TRANSLATE_NOOP("DocumentJobPane", "Stop translating"),
        "stopped": QT_TRANSLATE_NOOP(
            "DocumentJobPane",
            "Stopped. The finished parts are saved: press Translate to continue.",
        ),
    },
}


def export_filter() -> str:
    """The file types a result can be exported as, for a save dialog."""
    return DocumentJobPane.tr(EXPORT_FILTER)


class DocumentJobPane(QWidget):
    """A pane that runs one whole-document job at a time.

    Subclasses set ``TASK`` ("summarize", a key of ``JOB_WORDS``), build their options
    and results with the pieces made here, and implement ``_submit``, ``_clear_results``,
    ``_show_piece``, ``_show_part`` and ``_show_result``; ``_fit_problem`` says when the
    chosen model suits the job poorly.
    """

    TASK = ""

    def __init__(
        self,
        service: DocumentJobsService,
        choice: ModelChoiceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._choice = choice
        self.model_picker = TaskModelPicker(choice, self.TASK)
        self.fit_notice = FitNotice(choice, self.TASK)
        self.document: Document | None = None
        self.request_id: int | None = None
        self.title = QLabel(self._words("verb"))
        self.title.setObjectName("paneTitle")
        self.source = DocumentSource(service)
        self.start_button = QPushButton(self._words("verb"))
        self.start_button.setEnabled(False)
        self.notice = QLabel()
        self.notice.setObjectName("errorBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.progress = JobProgress()
        self.export_button = QPushButton(DocumentJobPane.tr("Export…"))
        self.export_button.setAccessibleName(self._words("export"))
        self.export_button.setEnabled(False)
        self._set_start_label()

    def _layout(self, options: QHBoxLayout, results: QWidget, extra: list[QWidget]) -> None:
        """Title, source, options, notices, results, then progress and Export."""
        self.bottom = bottom = QHBoxLayout()  # subclasses may add buttons before Export
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        model_label = QLabel(DocumentJobPane.tr("Model:"))
        model_label.setBuddy(self.model_picker)
        header.addWidget(model_label)
        header.addWidget(self.model_picker)
        layout.addLayout(header)
        layout.addWidget(self.source)
        layout.addLayout(options)
        for widget in (self.fit_notice, *extra, self.notice):
            layout.addWidget(widget)
        layout.addWidget(results, 1)
        layout.addLayout(bottom)
        self.source.document_ready.connect(self._on_source_document_ready)
        self.source.problem.connect(self.show_notice)
        self.start_button.clicked.connect(self._on_start_clicked)
        self._service.job_progress.connect(self._on_service_job_progress)
        self._service.job_piece.connect(self._on_service_piece)
        self._service.job_part_done.connect(self._on_service_part_done)
        self._service.job_checked.connect(self._on_service_checked)
        self._service.job_note.connect(self._on_service_job_note)
        self._service.exported.connect(self._on_service_exported)
        self._service.job_ended.connect(self._on_service_job_ended)
        self._service.job_failed.connect(self._on_service_job_failed)
        self.model_picker.model_changed.connect(self.update_fit)
        self._choice.changed.connect(self._on_choice_changed)
        self.update_fit()

    # --- hooks for subclasses -------------------------------------------------------------

    def _submit(self, document: Document, model: object) -> int:
        raise NotImplementedError

    def _clear_results(self) -> None:
        raise NotImplementedError

    def _show_piece(self, index: int, text: str) -> None:
        raise NotImplementedError

    def _show_part(self, index: int, text: str) -> None:
        raise NotImplementedError

    def _show_result(self, result: SummaryResult | TranslationResult) -> bool:
        """Show a finished job's result; False when there was nothing to show."""
        raise NotImplementedError

    def _document_changed(self, document: Document) -> None:
        """A new document was opened (subclasses may show it)."""

    def _show_check(self, index: int, problems: tuple) -> None:
        """What the fact check found in a finished part (subclasses may mark it)."""

    def _done_message(self, result: SummaryResult | TranslationResult) -> str:
        """The line shown when a job finished."""
        return DocumentJobPane.tr("Done.")

    def _fit_problem(self, model: object) -> tuple[str | None, Suggestion | None]:
        """Why the chosen model suits this job poorly, and a better one; (None, None) if fine."""
        return None, None

    def update_fit(self) -> None:
        """Say plainly when the chosen model is a poor fit for this job, and what would do."""
        try:
            model = self.model_picker.current_model()
        except UserFacingError:
            self.fit_notice.show_problem(None)
            return
        self.fit_notice.show_problem(*self._fit_problem(model))

    @Slot(str)
    def _on_choice_changed(self, task: str) -> None:
        if task == self.TASK:  # e.g. the survey arrived: a suggestion may now be known
            self.update_fit()

    # --- shared behaviour -------------------------------------------------------------------

    def _words(self, which: str) -> str:
        return DocumentJobPane.tr(JOB_WORDS[self.TASK][which])

    def show_notice(self, message: str) -> None:
        """A plain-words message above the results."""
        self.notice.setText(message)
        self.notice.show()
        announce(self, message, assertive=True)

    def _set_start_label(self) -> None:
        running = self.request_id is not None
        self.start_button.setText(DocumentJobPane.tr("Stop") if running else self._words("verb"))
        self.start_button.setAccessibleName(self._words("stop" if running else "start"))
        self.start_button.setEnabled(running or self.document is not None)

    @Slot(object)
    def _on_source_document_ready(self, document: Document) -> None:
        self.document = document
        self.notice.hide()
        self._document_changed(document)
        self.update_fit()
        self._set_start_label()

    @Slot()
    def _on_start_clicked(self) -> None:
        if self.request_id is not None:
            self._service.stop(self.request_id)
            return
        if self.document is not None:
            document = self.document
            self._start_job(lambda model: self._submit(document, model), clear=True)

    def _start_job(self, submit: Callable[[object], int], clear: bool) -> bool:
        """Submit a job with the chosen model; ``clear`` empties the results first."""
        try:
            self.request_id = submit(self.model_picker.current_model())
        except UserFacingError as error:
            self.show_notice(str(error))
            return False
        if clear:
            self._clear_results()
        self.notice.hide()
        self.export_button.setEnabled(False)
        self._set_start_label()
        self.progress.start()
        return True

    @Slot(int, int, int, float)
    def _on_service_job_progress(self, rid: int, part: int, total: int, left: float) -> None:
        if rid == self.request_id:
            self.progress.set_part(part, total, left)

    @Slot(int, int, str)
    def _on_service_piece(self, rid: int, index: int, text: str) -> None:
        if rid == self.request_id:
            self._show_piece(index, text)

    @Slot(int, int, str)
    def _on_service_part_done(self, rid: int, index: int, text: str) -> None:
        if rid == self.request_id:
            self._show_part(index, text)

    @Slot(int, int, object)
    def _on_service_checked(self, rid: int, index: int, problems: tuple) -> None:
        if rid == self.request_id:
            self._show_check(index, problems)

    @Slot(int, str)
    def _on_service_job_note(self, rid: int, text: str) -> None:
        if rid == self.request_id:  # advice, not an error: the amber model notice shows it
            self.fit_notice.show_problem(text)
            announce(self, text)

    @Slot(str)
    def _on_service_exported(self, path: str) -> None:
        if self.isVisible():
            self.progress.finish(DocumentJobPane.tr("Saved to {path}").format(path=path))

    @Slot(int, object)
    def _on_service_job_ended(self, rid: int, result: SummaryResult | TranslationResult) -> None:
        if rid != self.request_id:
            return
        self.request_id = None
        self._set_start_label()
        finished = result.status == "finished"
        if finished and self._show_result(result):
            self.export_button.setEnabled(True)
            words = self._done_message(result)
        else:
            words = self._words("stopped")
        self.progress.finish(words)
        announce(self, words)

    @Slot(int, str)
    def _on_service_job_failed(self, rid: int, message: str) -> None:
        if rid == self.request_id:
            self.request_id = None
            self._set_start_label()
            self.progress.hide()
            self.show_notice(message)
