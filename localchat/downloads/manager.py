"""Download jobs on worker threads: start, pause, resume (also after a restart), cancel."""

from __future__ import annotations

import enum
import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localchat.downloads.base import (
    DownloadProgress,
    DownloadRequest,
    DownloadResult,
    Stopped,
    StopSignal,
    TransferSettings,
)
from localchat.downloads.names import PARTIAL_DIR
from localchat.downloads.transfer import Transfer
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.network import NetworkGate

logger = logging.getLogger(__name__)


class JobState(enum.StrEnum):
    """Where a job stands."""

    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"


_SETTLED = (JobState.PAUSED, JobState.FINISHED, JobState.FAILED, JobState.CANCELLED)


def _ignore(*_args: object) -> None:
    return None


@dataclass
class DownloadEvents:
    """Callbacks, called on the job's worker thread with the job id first."""

    progress: Callable[[str, DownloadProgress], None] = _ignore
    state: Callable[[str, JobState], None] = _ignore
    finished: Callable[[str, DownloadResult], None] = _ignore
    failed: Callable[[str, UserFacingError], None] = _ignore


class DownloadJob:
    """One file being fetched; its methods are safe to call from any thread."""

    def __init__(self, manager: DownloadManager, request: DownloadRequest) -> None:
        self.id = uuid.uuid4().hex
        self.request = request
        self.state = JobState.QUEUED
        self.progress: DownloadProgress | None = None
        self.result: DownloadResult | None = None
        self.error: UserFacingError | None = None
        self._manager = manager
        self._lock = threading.Lock()
        self._settled = threading.Event()
        self._stop = StopSignal()
        self._thread: threading.Thread | None = None
        self._hint: tuple[int, Any] | None = None

    def start(self) -> None:
        """Start (or restart after a pause or failure) on a new worker thread."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if self.state in (JobState.FINISHED, JobState.CANCELLED):
                return
            self._stop = StopSignal()
            self._settled.clear()
            self.error = None
            self._thread = threading.Thread(
                target=self._run,
                args=(self._stop,),
                name=f"download-{self.request.filename}",
                daemon=True,
            )
            self._set_state(JobState.QUEUED)
            self._thread.start()

    def pause(self) -> None:
        """Stop soon, keeping the partial file so that resume() continues from it."""
        self._stop.stop("pause")

    def resume(self) -> None:
        """Continue a paused or failed job where its partial file ends."""
        self.start()

    def cancel(self) -> None:
        """Stop and delete the partial file."""
        with self._lock:
            running = self._thread is not None and self._thread.is_alive()
            self._stop.stop("cancel")
        if not running and self.state not in (JobState.FINISHED, JobState.CANCELLED):
            self._make_transfer(self._stop).discard()
            self._finish(JobState.CANCELLED)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job is paused, finished, failed or cancelled; False on timeout."""
        return self._settled.wait(timeout)

    def _make_transfer(self, stop: StopSignal) -> Transfer:
        m = self._manager
        return Transfer(m.gate, m.models_dir, self.request, m.settings, stop, self._on_progress)

    def _on_progress(self, progress: DownloadProgress) -> None:
        self.progress = progress
        self._manager.events.progress(self.id, progress)

    def _run(self, stop: StopSignal) -> None:
        transfer: Transfer | None = None
        try:
            with self._manager.slot(stop):
                self._set_state(JobState.RUNNING)
                transfer = self._make_transfer(stop)
                self.result = transfer.run(self._hint)
            self._hint = None
            self._finish(JobState.FINISHED)
            self._manager.events.finished(self.id, self.result)
        except Stopped as stopped:
            self._stopped(stopped.reason, transfer or self._make_transfer(stop))
        except UserFacingError as error:
            self._failed(error, transfer)
        except Exception:
            logger.exception("Download of %s failed", self.request.filename)
            self._failed(
                UserFacingError(
                    translate(
                        "DownloadErrors", "Something went wrong while downloading {file}."
                    ).format(file=self.request.filename),
                    translate("DownloadErrors", "The log file has the details."),
                ),
                transfer,
            )

    def _stopped(self, reason: str, transfer: Transfer) -> None:
        if reason == "cancel":
            transfer.discard()
            self._hint = None
            self._finish(JobState.CANCELLED)
        else:
            self._hint = (transfer.done, transfer.hasher) if transfer.done else None
            self._finish(JobState.PAUSED)

    def _failed(self, error: UserFacingError, transfer: Transfer | None) -> None:
        logger.warning("Download of %s failed: %s", self.request.filename, error)
        self._hint = None if transfer is None else (transfer.done, transfer.hasher)
        self.error = error
        self._finish(JobState.FAILED)
        self._manager.events.failed(self.id, error)

    def _set_state(self, state: JobState) -> None:
        self.state = state
        self._manager.events.state(self.id, state)

    def _finish(self, state: JobState) -> None:
        self._set_state(state)
        self._settled.set()


class DownloadManager:
    """Runs download jobs, a few at a time, into ``models_dir``."""

    def __init__(
        self,
        gate: NetworkGate,
        models_dir: Path,
        events: DownloadEvents | None = None,
        settings: TransferSettings | None = None,
        max_parallel: int = 3,
    ) -> None:
        self.gate = gate
        self.models_dir = Path(models_dir)
        self.events = events or DownloadEvents()
        self.settings = settings or TransferSettings()
        self._slots = threading.BoundedSemaphore(max_parallel)
        self._jobs: dict[str, DownloadJob] = {}
        self._lock = threading.Lock()

    def download(self, request: DownloadRequest) -> DownloadJob:
        """Start fetching a file; a file already queued, running or paused resumes its job."""
        with self._lock:
            for job in self._jobs.values():
                same = (job.request.repo_id, job.request.filename) == (
                    request.repo_id,
                    request.filename,
                )
                if same and job.state in (JobState.QUEUED, JobState.RUNNING, JobState.PAUSED):
                    job.resume()
                    return job
            job = DownloadJob(self, request)
            self._jobs[job.id] = job
        job.start()
        return job

    def job(self, job_id: str) -> DownloadJob | None:
        """The job with this id, if this manager started it."""
        return self._jobs.get(job_id)

    def jobs(self) -> list[DownloadJob]:
        """All jobs this manager started, oldest first."""
        return list(self._jobs.values())

    def unfinished(self) -> list[DownloadRequest]:
        """Downloads a previous run left half done (their partial files are on disk)."""
        found = []
        for sidecar in sorted((self.models_dir / PARTIAL_DIR).glob("*.json")):
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                found.append(
                    DownloadRequest(
                        meta["repo_id"],
                        meta["filename"],
                        meta.get("commit") or meta["revision"],
                        meta.get("sha256"),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                logger.warning("Ignoring an unreadable download record %s", sidecar)
        return found

    def shutdown(self, timeout: float = 10.0) -> None:
        """Pause every job (partials are kept for the next start) and wait for the threads."""
        for job in self.jobs():
            job.pause()
        for job in self.jobs():
            job.wait(timeout)

    def slot(self, stop: StopSignal) -> _Slot:
        """A context manager that holds one of the parallel download slots."""
        return _Slot(self._slots, stop)


class _Slot:
    """Waits for a free slot, still answering pause and cancel while it waits."""

    def __init__(self, slots: threading.BoundedSemaphore, stop: StopSignal) -> None:
        self._slots = slots
        self._stop = stop

    def __enter__(self) -> None:
        while not self._slots.acquire(timeout=0.1):
            self._stop.check()

    def __exit__(self, *_exc: object) -> None:
        self._slots.release()
