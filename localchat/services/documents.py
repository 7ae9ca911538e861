"""Whole-document jobs: read off the GUI thread, summarize and translate on the inference one."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.services.throttle import Throttle, latest

# The readers and the summarize / translate / export tasks are imported when first used:
# the window's first frame needs none of them.
if TYPE_CHECKING:
    from localchat.documents import Document
    from localchat.engines.base import Engine
    from localchat.services.background import BackgroundRunner
    from localchat.services.inference import InferenceService, ModelSpec
    from localchat.storage import InstalledModel
    from localchat.storage.jobs import JobRepository
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions, SummaryResult
    from localchat.tasks.translate import TranslateJob, TranslateOptions, TranslationResult

logger = logging.getLogger(__name__)

PIECE_BATCH_SECONDS = 0.04  # streamed text of a part: at most ~25 signals a second
READ_PROGRESS_SECONDS = 0.05  # at most ~20 reading-progress signals a second


def _read_progress(
    send: Callable[[float], None],
    interval: float = READ_PROGRESS_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> Callable[[float], None]:
    """Passes reading progress on at most once per interval; the first value and 1.0 always.

    The readers report per page (a 100-page PDF: ~200 values in 0.4 s). Each queued signal
    makes the GUI thread take the GIL back from the still-busy reader thread, up to the
    5 ms switch interval apiece, and Qt handles them all before its timers: 180 ms
    without a repaint in bench/responsiveness.py.
    """
    throttle: Throttle[None, float] = Throttle(
        lambda _key, fraction: send(fraction), interval, latest, clock
    )

    def progress(fraction: float) -> None:
        throttle.add(None, fraction, final=fraction >= 1.0)

    return progress


class DocumentJobsService(QObject):
    """Reads documents and runs summary and translation jobs.

    The panes' one source for a job's life: every signal carries the request id returned
    here, and a job's end comes typed.

    Signals:
        document_read: A document was read. args: Document.
        read_progress: Reading advanced. args: fraction 0..1.
        job_progress: A part started. args: request id, part (1-based), parts, seconds left (-1).
        job_part_done: A part finished. args: request id, part index, its text.
        job_piece: Streamed text of a part. args: request id, part index, text.
        job_checked: A translated paragraph was checked for lost facts. args: request id,
            part index, tuple of FactProblem (empty: nothing lost).
        job_ended: A job finished or was stopped. args: request id, SummaryResult or
            TranslationResult (``status`` "finished" or "stopped"; a job stopped before it
            started has status "stopped" and no text).
        job_failed: A job failed. args: request id, a sentence for the user.
        job_note: Advice about a running job (on battery: a smaller model finishes sooner).
            args: request id, a sentence for the user.
        interrupted_found: A job of the asked kind was cut short when LocalChat closed.
            args: InterruptedJob.
        exported: A result was saved. args: file path.
        failed: Reading or exporting failed. args: a sentence for the user.
    """

    document_read = Signal(object)
    read_progress = Signal(float)
    job_progress = Signal(int, int, int, float)
    job_part_done = Signal(int, int, str)
    job_piece = Signal(int, int, str)
    job_checked = Signal(int, int, object)
    job_ended = Signal(int, object)
    job_failed = Signal(int, str)
    job_note = Signal(int, str)
    interrupted_found = Signal(object)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        inference: InferenceService,
        runner: BackgroundRunner,
        jobs: JobRepository,
        spec_for: Callable[[InstalledModel], ModelSpec],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inference = inference
        self._runner = runner
        self._jobs = jobs
        self._spec_for = spec_for
        self._read_cancel = threading.Event()
        self._requests: dict[int, str] = {}  # request id -> "summarize" or "translate"
        inference.finished.connect(self._on_inference_ended)
        inference.cancelled.connect(self._on_inference_ended)
        inference.failed.connect(self._on_inference_failed)

    def read(self, path: Path) -> None:
        """Read a file off the GUI thread; answers with document_read or failed."""
        from localchat.documents import read_document

        self._read_cancel = threading.Event()
        cancel = self._read_cancel
        progress = _read_progress(self.read_progress.emit)
        self._runner.run(
            lambda: _counted(read_document(path, progress=progress, cancel=cancel)),
            self.document_read.emit,
            self.failed.emit,
        )

    def read_text(self, text: str) -> Document:
        """Pasted text as a document (quick: no file to read)."""
        from localchat.documents import read_pasted_text

        return read_pasted_text(text, self.tr("Pasted text"))  # the document's name

    def summarize(self, document: Document, options: SummaryOptions, model: InstalledModel) -> int:
        """Queue a summary; returns the request id."""
        from localchat.tasks.summarize import SummaryJob

        request_id = self._submit(model, lambda context: SummaryJob(context, document, options))
        self._requests[request_id] = "summarize"
        return request_id

    def translate(
        self, document: Document, options: TranslateOptions, model: InstalledModel
    ) -> int:
        """Queue a translation; returns the request id."""
        from localchat.tasks.translate import TranslateJob

        request_id = self._submit(model, lambda context: TranslateJob(context, document, options))
        self._requests[request_id] = "translate"
        return request_id

    def retranslate(
        self, document: Document, index: int, options: TranslateOptions, model: InstalledModel
    ) -> int:
        """Translate one paragraph again; its signals carry its index in the whole document.

        The finished result holds that one paragraph. The saved job is left as it was: a
        rerun of the whole document resumes from it.
        """
        from dataclasses import replace

        from localchat.tasks.translate import TranslateJob

        single = replace(document, blocks=(document.blocks[index],))

        def at_index(callback: Callable[..., None]) -> Callable[..., None]:
            return lambda _index, *rest: callback(index, *rest)

        def make(context: JobContext) -> TranslateJob:
            unsaved = replace(
                context,
                repository=None,
                resume=False,
                emit=at_index(context.emit),
                on_part=at_index(context.on_part),
                on_check=at_index(context.on_check),
            )
            return TranslateJob(unsaved, single, options)

        request_id = self._submit(model, make)
        self._requests[request_id] = "translate"
        return request_id

    def _submit(
        self,
        model: InstalledModel,
        make_job: Callable[[JobContext], SummaryJob | TranslateJob],
    ) -> int:
        """Run a document job on the inference thread, its callbacks turned into signals."""
        request: dict[str, int] = {}
        known = threading.Event()  # the job may start before submit() has returned its id

        def job(engine: Engine, cancel: threading.Event, _emit: Callable[[str], None]) -> object:
            from localchat.tasks.job_support import JobContext

            known.wait()
            rid = request["id"]
            # Keyed by part: a new part sends what the last one held, and its first pieces
            # wait for the interval like the rest.
            pieces: Throttle[int, str] = Throttle(
                lambda index, text: self.job_piece.emit(rid, index, text),
                PIECE_BATCH_SECONDS,
                "".join,
            )

            def finish_part(index: int, text: str) -> None:
                # Pieces still held would arrive after the final text and be added to it.
                pieces.flush()
                self.job_part_done.emit(rid, index, text)

            context = JobContext(
                engine,
                cancel,
                repository=self._jobs,
                model_id=model.id,
                on_progress=lambda part, total, eta: self._progress(rid, part, total, eta),
                emit=pieces.add,
                on_part=finish_part,
                on_check=lambda index, problems: self.job_checked.emit(rid, index, problems),
                on_note=lambda text: self.job_note.emit(rid, text),
            )
            try:
                return make_job(context).run()
            finally:
                pieces.flush()

        request["id"] = self._inference.submit(self._spec_for(model), job)
        known.set()
        return request["id"]

    def _progress(self, rid: int, part: int, total: int, eta: float | None) -> None:
        self.job_progress.emit(rid, part, total, -1.0 if eta is None else float(eta))

    def find_interrupted(self, kind: str) -> None:
        """Look (off the GUI thread) for a job of ``kind`` that LocalChat's closing cut short.

        Answers with interrupted_found when there is one.
        """
        self._runner.run(
            lambda: _last_interrupted(self._jobs, kind),
            lambda found: found is not None and self.interrupted_found.emit(found),
            self.failed.emit,
        )

    def _on_inference_ended(self, request_id: int, result: object) -> None:
        kind = self._requests.pop(request_id, None)
        if kind is None:
            return
        if not hasattr(result, "status"):  # stopped before it started: nothing written
            result = _nothing_done(kind)
        self.job_ended.emit(request_id, result)

    def _on_inference_failed(self, request_id: int, message: str) -> None:
        if self._requests.pop(request_id, None) is not None:
            self.job_failed.emit(request_id, message)

    def stop(self, request_id: int) -> None:
        """Stop a job now; finished parts stay saved and a rerun resumes after them."""
        self._inference.cancel(request_id)

    def export_summary(self, path: Path, text: str, title: str) -> None:
        """Save a summary as .md, .txt or .docx (by the file's suffix) off the GUI thread."""
        from localchat.tasks.document_export import export_summary

        self._runner.run(
            lambda: export_summary(path, text, title),
            lambda written: self.exported.emit(str(written)),
            self.failed.emit,
        )

    def export_translation(self, path: Path, blocks: list, title: str) -> None:
        """Save a translation keeping headings and lists, off the GUI thread."""
        from localchat.tasks.document_export import export_translation

        self._runner.run(
            lambda: export_translation(path, blocks, title),
            lambda written: self.exported.emit(str(written)),
            self.failed.emit,
        )


def _counted(document: Document) -> Document:
    """The document with its word count made on this (worker) thread, not the GUI's."""
    _ = document.word_count
    return document


@dataclass(frozen=True)
class InterruptedJob:
    """A whole-document job cut short when LocalChat closed, and how far it got."""

    source_name: str
    done_parts: int
    total_parts: int


def _last_interrupted(jobs: JobRepository, kind: str) -> InterruptedJob | None:
    """The newest of the recent jobs of ``kind`` if it was interrupted (a worker thread)."""
    for job in jobs.list_recent(kind, limit=5):
        if job.status == "interrupted":
            return InterruptedJob(job.source_name, len(jobs.parts(job.id)), job.total_parts)
    return None


def _nothing_done(kind: str) -> SummaryResult | TranslationResult:
    """The result of a job stopped before it started."""
    if kind == "summarize":
        from localchat.tasks.summarize import SummaryResult

        return SummaryResult(None, "stopped", "", (), 0, 0)
    from localchat.tasks.translate import TranslationResult

    return TranslationResult(None, "stopped", (), "", None, 0, 0)
