"""The inference service: one worker thread drives the loaded model; requests queue to it.

The model itself runs in an engine host process (``engines.factory.open_engine``); the
worker thread relays each job's requests to it and its tokens back as signals.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from localchat.engines.base import Engine, LoadOptions
from localchat.engines.host_client import EngineHostCrashed
from localchat.errors import UserFacingError
from localchat.model_location import ModelLocation
from localchat.services.throttle import Throttle

logger = logging.getLogger(__name__)

TOKEN_BATCH_SECONDS = 0.03  # at most ~33 token signals a second reach the GUI thread

Emit = Callable[[str], None]
Job = Callable[[Engine, threading.Event, Emit], object]
EngineOpener = Callable[[ModelLocation, LoadOptions], Engine]


class NoResult:
    """Marks a request that produced nothing: it never started, or only loaded a model.

    Signals never carry None: PySide6 mishandles None's reference count in queued
    ``object`` arguments (a crash at interpreter exit).
    """

    def __repr__(self) -> str:
        return "NO_RESULT"


NO_RESULT = NoResult()


@dataclass(frozen=True)
class ModelSpec:
    """Which model to run (a file here or a model on a server), and how to load it."""

    location: ModelLocation
    options: LoadOptions
    name: str


@dataclass(frozen=True)
class _Request:
    request_id: int
    spec: ModelSpec
    job: Job | None  # None: only load the model
    cancel: threading.Event


def bug_message(log_file: Path | None) -> str:
    """What the user sees for a bug: no traceback, a pointer to the log."""
    if log_file:
        return QCoreApplication.translate(
            "InferenceService", "Something went wrong. Details are in the log file: {path}"
        ).format(path=log_file)
    return QCoreApplication.translate("InferenceService", "Something went wrong.")


class _Worker(QObject):
    """Lives on the inference thread; loads models and runs jobs one at a time."""

    model_loading = Signal(str)
    model_loaded = Signal(str, int)
    model_failed = Signal(str)
    model_stopped = Signal(str)
    model_notice = Signal(str)
    started = Signal(int)
    token = Signal(int, str)
    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int, object)

    def __init__(self, opener: EngineOpener, log_file: Path | None) -> None:
        super().__init__()
        self._opener = opener
        self._log_file = log_file
        self._engine: Engine | None = None
        self._spec: ModelSpec | None = None
        self._queue: deque[_Request] = deque()
        self._queue_lock = threading.Lock()

    def enqueue(self, request: _Request) -> None:
        """Called from the GUI thread; run_next (queued) picks it up in order."""
        with self._queue_lock:
            self._queue.append(request)

    @Slot()
    def run_next(self) -> None:
        with self._queue_lock:
            request = self._queue.popleft()
        self.run(request)

    def run(self, request: _Request) -> None:
        if request.cancel.is_set():
            self.cancelled.emit(request.request_id, NO_RESULT)
            return
        try:
            engine = self._ensure_model(request.spec)
            if request.job is None:
                self.finished.emit(request.request_id, NO_RESULT)
                return
            self.started.emit(request.request_id)
            result = self._run_job(request, engine)
            if result is None:
                result = NO_RESULT
        except EngineHostCrashed as error:
            # The crash cost this request; the next one loads the model in a fresh host.
            self.unload()
            self.model_stopped.emit(request.spec.name)
            self.failed.emit(request.request_id, str(error))
            return
        except UserFacingError as error:
            self.failed.emit(request.request_id, str(error))
            return
        except Exception:
            logger.exception("Request %d failed", request.request_id)
            self.failed.emit(request.request_id, bug_message(self._log_file))
            return
        if request.cancel.is_set():
            self.cancelled.emit(request.request_id, result)
        else:
            self.finished.emit(request.request_id, result)

    def _ensure_model(self, spec: ModelSpec) -> Engine:
        if self._engine is not None and self._spec == spec:
            return self._engine
        self.unload()
        self.model_loading.emit(spec.name)
        try:
            self._engine = self._opener(spec.location, spec.options)
        except UserFacingError as error:
            self.model_failed.emit(str(error))
            raise
        self._spec = spec
        self.model_loaded.emit(spec.name, self._engine.context_length)
        if self._engine.offload_note:
            self.model_notice.emit(self._engine.offload_note)
        return self._engine

    def _run_job(self, request: _Request, engine: Engine) -> object:
        # One key (None), so the first text goes out at once: it ends the wait for an answer
        # (bench/RESULTS.md, "App-side causes found", 11).
        tokens: Throttle[None, str] = Throttle(
            lambda _key, text: self.token.emit(request.request_id, text),
            TOKEN_BATCH_SECONDS,
            "".join,
        )

        def emit(text: str) -> None:
            tokens.add(None, text)

        try:
            return request.job(engine, request.cancel, emit)  # type: ignore[misc]
        finally:
            tokens.flush()

    @Slot()
    def unload(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self._engine = None
        self._spec = None


class InferenceService(QObject):
    """Runs generation requests on the inference thread.

    Signals:
        model_loading: A model started loading. args: model name.
        model_loaded: A model is ready. args: model name, context length.
        model_failed: A model could not be loaded. args: a sentence for the user.
        model_stopped: The model's engine crashed and was unloaded; the next request
            loads it again. args: model name.
        model_notice: Something the user should know about the loaded model (it needed
            fewer layers on the graphics card than planned). args: a sentence.
        started: A request began generating. args: request id.
        token: Text was generated (batched). args: request id, text.
        finished: A request completed. args: request id, the job's result.
        failed: A request failed. args: request id, a sentence for the user.
        cancelled: A request was stopped. args: request id, the job's result or NO_RESULT.
    """

    model_loading = Signal(str)
    model_loaded = Signal(str, int)
    model_failed = Signal(str)
    model_stopped = Signal(str)
    model_notice = Signal(str)
    started = Signal(int)
    token = Signal(int, str)
    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int, object)
    _submit = Signal()
    _unload = Signal()

    def __init__(
        self,
        opener: EngineOpener,
        log_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._cancels: dict[int, threading.Event] = {}
        self._thread = QThread(self)
        self._thread.setObjectName("localchat-inference")
        self._worker = _Worker(opener, log_file)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run_next)
        self._unload.connect(self._worker.unload)
        relayed = ("model_loading", "model_loaded", "model_failed", "model_stopped")
        for name in (*relayed, "model_notice", "started", "token"):
            getattr(self._worker, name).connect(getattr(self, name))
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.cancelled.connect(self._on_worker_cancelled)
        self._thread.start()

    def load(self, spec: ModelSpec) -> int:
        """Load a model ahead of use. Returns the request id."""
        return self._queue(spec, None)

    def submit(self, spec: ModelSpec, job: Job) -> int:
        """Queue a job to run with the model; returns its request id."""
        return self._queue(spec, job)

    def cancel(self, request_id: int) -> None:
        """Stop a request: between tokens if running, before it starts if queued."""
        event = self._cancels.get(request_id)
        if event is not None:
            event.set()

    def cancel_all(self) -> None:
        """Stop every queued and running request."""
        for event in self._cancels.values():
            event.set()

    def _queue(self, spec: ModelSpec, job: Job | None) -> int:
        request_id = next(self._ids)
        cancel = threading.Event()
        self._cancels[request_id] = cancel
        self._worker.enqueue(_Request(request_id, spec, job, cancel))
        self._submit.emit()
        return request_id

    @Slot(int, object)
    def _on_worker_finished(self, request_id: int, result: object) -> None:
        self._cancels.pop(request_id, None)
        self.finished.emit(request_id, result)

    @Slot(int, str)
    def _on_worker_failed(self, request_id: int, message: str) -> None:
        self._cancels.pop(request_id, None)
        self.failed.emit(request_id, message)

    @Slot(int, object)
    def _on_worker_cancelled(self, request_id: int, result: object) -> None:
        self._cancels.pop(request_id, None)
        self.cancelled.emit(request_id, result)

    def shutdown(self) -> None:
        """Stop everything, free the model and end the thread."""
        self.cancel_all()
        self._unload.emit()
        self._thread.quit()
        self._thread.wait()
