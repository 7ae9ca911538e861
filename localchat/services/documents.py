"""Whole-document jobs: read off the GUI thread, summarize and translate on the inference one."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

# The readers and the summarize / translate / export tasks are imported when first used:
# the window's first frame needs none of them.
if TYPE_CHECKING:
    from localchat.documents import Document
    from localchat.engines.base import Engine
    from localchat.services.background import BackgroundRunner
    from localchat.services.inference import InferenceService, ModelSpec
    from localchat.storage import InstalledModel
    from localchat.storage.jobs import JobRepository
    from localchat.tasks.summarize import SummaryJob, SummaryOptions
    from localchat.tasks.translate import TranslateJob, TranslateOptions

logger = logging.getLogger(__name__)

PIECE_BATCH_SECONDS = 0.04
READ_PROGRESS_SECONDS = 0.05  # at most ~20 reading-progress signals a second


class _ProgressThrottle:
    """Passes reading progress on at most once per interval; the first value and 1.0 always.

    The readers report per page (a 100-page PDF: ~200 values in 0.4 s). Each queued signal
    makes the GUI thread take the GIL back from the still-busy reader thread, up to the
    5 ms switch interval apiece, and Qt handles them all before its timers: 180 ms
    without a repaint in bench/responsiveness.py.
    """

    def __init__(
        self,
        send: Callable[[float], None],
        interval: float = READ_PROGRESS_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send = send
        self._interval = interval
        self._clock = clock
        self._last: float | None = None

    def __call__(self, fraction: float) -> None:
        now = self._clock()
        if fraction >= 1.0 or self._last is None or now - self._last >= self._interval:
            self._last = now
            self._send(fraction)


class _PieceBatcher:
    """Collects streamed pieces per block and hands them on a few times a second."""

    def __init__(self, send: Callable[[int, str], None]) -> None:
        self._send = send
        self._index = -1
        self._pending: list[str] = []
        self._last = time.monotonic()

    def __call__(self, index: int, piece: str) -> None:
        if index != self._index:
            self.flush()
            self._index = index
        self._pending.append(piece)
        if time.monotonic() - self._last >= PIECE_BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._send(self._index, "".join(self._pending))
            self._pending.clear()
        self._last = time.monotonic()


class DocumentJobsService(QObject):
    """Reads documents and runs summary and translation jobs.

    The job's end arrives through the InferenceService's finished / cancelled / failed
    signals with the request id returned here (result: SummaryResult or TranslationResult).

    Signals:
        document_read: A document was read. args: Document.
        read_progress: Reading advanced. args: fraction 0..1.
        job_progress: A part started. args: request id, part (1-based), parts, seconds left (-1).
        job_part_done: A part finished. args: request id, part index, its text.
        job_piece: Streamed text of a part. args: request id, part index, text.
        job_checked: A translated paragraph was checked for lost facts. args: request id,
            part index, tuple of FactProblem (empty: nothing lost).
        exported: A result was saved. args: file path.
        failed: Reading or exporting failed. args: a sentence for the user.
    """

    document_read = Signal(object)
    read_progress = Signal(float)
    job_progress = Signal(int, int, int, float)
    job_part_done = Signal(int, int, str)
    job_piece = Signal(int, int, str)
    job_checked = Signal(int, int, object)
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
        self.jobs = jobs
        self._spec_for = spec_for
        self._read_cancel = threading.Event()

    def read(self, path: Path) -> None:
        """Read a file off the GUI thread; answers with document_read or failed."""
        from localchat.documents import read_document

        self._read_cancel = threading.Event()
        cancel = self._read_cancel
        progress = _ProgressThrottle(self.read_progress.emit)
        self._runner.run(
            lambda: _counted(read_document(path, progress=progress, cancel=cancel)),
            self.document_read.emit,
            self.failed.emit,
        )

    def read_text(self, text: str) -> Document:
        """Pasted text as a document (quick: no file to read)."""
        from localchat.documents import read_pasted_text

        return read_pasted_text(text)

    def summarize(self, document: Document, options: SummaryOptions, model: InstalledModel) -> int:
        """Queue a summary; returns the request id."""
        from localchat.tasks.summarize import SummaryJob

        return self._submit(
            model,
            lambda engine, hooks: SummaryJob(
                engine, document, options, on_partial=hooks.pop("on_done"), **_without_check(hooks)
            ),
        )

    def translate(
        self, document: Document, options: TranslateOptions, model: InstalledModel
    ) -> int:
        """Queue a translation; returns the request id."""
        from localchat.tasks.translate import TranslateJob

        return self._submit(
            model,
            lambda engine, hooks: TranslateJob(
                engine, document, options, on_paragraph=hooks.pop("on_done"), **hooks
            ),
        )

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

        def make(engine: Engine, hooks: dict[str, Any]) -> TranslateJob:
            hooks.update(repository=None, resume=False)
            for name in ("on_done", "emit", "on_check"):
                hooks[name] = at_index(hooks[name])
            return TranslateJob(engine, single, options, on_paragraph=hooks.pop("on_done"), **hooks)

        return self._submit(model, make)

    def _submit(
        self,
        model: InstalledModel,
        make_job: Callable[[Engine, dict[str, Any]], SummaryJob | TranslateJob],
    ) -> int:
        """Run a document job on the inference thread, its callbacks turned into signals."""
        request: dict[str, int] = {}
        known = threading.Event()  # the job may start before submit() has returned its id

        def job(engine: Engine, cancel: threading.Event, _emit: Callable[[str], None]) -> object:
            known.wait()
            rid = request["id"]
            pieces = _PieceBatcher(lambda index, text: self.job_piece.emit(rid, index, text))

            def finish_part(index: int, text: str) -> None:
                # Pieces still held would arrive after the final text and be added to it.
                pieces.flush()
                self.job_part_done.emit(rid, index, text)

            hooks = {
                "repository": self.jobs,
                "cancel": cancel,
                "on_progress": lambda part, total, eta: self._progress(rid, part, total, eta),
                "on_done": lambda index, text: finish_part(index, text),
                "emit": pieces,
                "on_check": lambda index, problems: self.job_checked.emit(rid, index, problems),
                "model_id": model.id,
            }
            try:
                return make_job(engine, hooks).run()
            finally:
                pieces.flush()

        request["id"] = self._inference.submit(self._spec_for(model), job)
        known.set()
        return request["id"]

    def _progress(self, rid: int, part: int, total: int, eta: float | None) -> None:
        self.job_progress.emit(rid, part, total, -1.0 if eta is None else float(eta))

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


def _without_check(hooks: dict[str, Any]) -> dict[str, Any]:
    """A summary has no per-part fact check (its numbers are checked in the result)."""
    hooks.pop("on_check", None)
    return hooks
