"""The document library's indexing on a worker thread: add, remove, refresh, cancel, resume."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.errors import UserFacingError
from localchat.services.inference import bug_message
from localchat.services.throttle import Throttle, latest

if TYPE_CHECKING:
    from localchat.document_library import DocumentLibrary, LibraryEntry
    from localchat.tasks.indexing import IndexProgress

logger = logging.getLogger(__name__)

# The catalog row the Library pane offers to download when no embedding model is installed.
RECOMMENDED_ENCODER_ID = "all-minilm-l6-v2"
PROGRESS_SECONDS = 0.1  # at most ~10 progress signals a second
LIST_SECONDS = 1.0  # the file list is sent again at most once a second while indexing


@dataclass(frozen=True)
class EncoderInfo:
    """Which embedding model the library uses (name None: it searches by words only)."""

    name: str | None


_Job = Callable[["DocumentLibrary"], None]


class DocumentLibraryService(QObject):
    """Indexes the document library on its own thread, one run at a time.

    Changes (add, remove) and runs queue on the thread in the order asked; a run asked for
    while one is queued or running is merged into it. ``resume()``, called once the window
    shows, starts a run by itself when files wait, changed or went away (after a kill).

    Signals:
        documents_changed: The list of files changed. args: list of LibraryEntry.
        encoder_known: The library opened with its embedding model. args: EncoderInfo.
        started: A run began (progress and then finished follow).
        progress: Indexing advanced. args: text ("312 of 1,040 pages"), pages done,
            pages in all, the path of the file being indexed ("" between files).
        finished: A run ended, done or cancelled. args: IndexReport.
        failed: A change or a run failed. args: a sentence for the user.
    """

    documents_changed = Signal(object)
    encoder_known = Signal(object)
    started = Signal()
    progress = Signal(str, int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        open_library: Callable[[], DocumentLibrary],
        log_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_library = open_library
        self._log_file = log_file
        self._library: DocumentLibrary | None = None
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._run_queued = False
        self._running = False
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether a run is under way or queued."""
        with self._lock:
            return self._running or self._run_queued

    def add(self, paths: Sequence[Path]) -> None:
        """Add files or folders, then index what is new."""
        self._submit(lambda library: library.add(list(paths)))
        self._submit_run()

    def remove(self, document_id: int) -> None:
        """Take a document out of the library (its file stays on disk)."""
        self._submit(lambda library: self._remove(library, document_id))

    def refresh(self) -> None:
        """Walk the folders again: index new and changed files, drop deleted ones."""
        self._submit_run()

    def announce(self) -> None:
        """Send the embedding model and the list of files again (a pane just opened)."""
        self._submit(self._announce)

    def resume(self) -> None:
        """List the files; start a run if some wait, changed or went away (after a kill)."""
        self._submit(self._resume)

    def reload(self) -> None:
        """Choose the embedding model again (one was installed or removed), then resume."""
        self._submit(self._close_library)
        self.resume()

    def cancel(self) -> None:
        """Stop the run under way after the current batch; what was saved stays."""
        with self._lock:
            self._run_queued = False
            if self._running:
                self._cancel.set()

    def shutdown(self, wait_seconds: float = 5.0) -> None:
        """Cancel, end the worker thread and the encoder's host process."""
        self.cancel()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(wait_seconds)
            self._thread = None
        self._close_library(None)

    # The worker thread.

    def _submit(self, job: _Job) -> None:
        self._jobs.put(job)
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="library", daemon=True)
            self._thread.start()

    def _submit_run(self) -> None:
        with self._lock:
            if self._run_queued:
                return
            self._run_queued = True
        self._submit(self._run)

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job(self._opened())
            except UserFacingError as error:
                self.failed.emit(str(error))
            except Exception:
                logger.exception("A library job failed")
                self.failed.emit(bug_message(self._log_file))

    def _opened(self) -> DocumentLibrary:
        if self._library is None:
            self._library = self._open_library()
            self._send_encoder(self._library)
        return self._library

    def _send_encoder(self, library: DocumentLibrary) -> None:
        model = library.encoder_model
        self.encoder_known.emit(EncoderInfo(model.name if model is not None else None))

    def _announce(self, library: DocumentLibrary) -> None:
        self._send_encoder(library)
        self._list(library)

    def _close_library(self, _library: DocumentLibrary | None) -> None:
        library, self._library = self._library, None
        if library is not None:
            library.close()

    def _list(self, library: DocumentLibrary) -> list[LibraryEntry]:
        entries = library.entries()
        self.documents_changed.emit(entries)
        return entries

    def _remove(self, library: DocumentLibrary, document_id: int) -> None:
        library.remove(document_id)
        self._list(library)

    def _resume(self, library: DocumentLibrary) -> None:
        if library.needs_indexing(self._list(library)):
            logger.info("The library has files to index: resuming")
            self._submit_run()

    def _run(self, library: DocumentLibrary) -> None:
        with self._lock:
            if not self._run_queued:  # cancelled while queued
                return
            self._run_queued, self._running = False, True
            self._cancel = threading.Event()
            cancel = self._cancel
        self.started.emit()
        try:
            report = library.indexer().run(self._progress_sender(library), cancel)
        finally:
            with self._lock:
                self._running = False
        self._list(library)
        self.finished.emit(report)

    def _progress_sender(self, library: DocumentLibrary) -> Callable[[IndexProgress], None]:
        """Progress at most every PROGRESS_SECONDS; the list again as documents are saved."""
        throttle: Throttle[None, IndexProgress] = Throttle(
            lambda _key, state: self.progress.emit(
                state.describe(), state.pages_done, state.pages_total, state.current
            ),
            PROGRESS_SECONDS,
            latest,
        )
        listed = Throttle[None, int](lambda _key, _done: self._list(library), LIST_SECONDS, latest)
        last_done = [0]

        def send(state: IndexProgress) -> None:
            done = state.documents_done == state.documents_total
            throttle.add(None, state, final=done)
            if state.documents_done != last_done[0]:
                last_done[0] = state.documents_done
                listed.add(None, state.documents_done)

        return send
