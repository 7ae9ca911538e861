"""One file's download: HTTP Range into a partial file, incremental sha256, verify, install."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx2
from huggingface_hub.utils import build_hf_headers, hf_raise_for_status

from localchat.downloads.base import (
    DownloadProgress,
    DownloadRequest,
    DownloadResult,
    SpeedMeter,
    StopSignal,
    TransferSettings,
)
from localchat.downloads.hub import (
    RemoteFile,
    hub_errors,
    resolve_remote_file,
)
from localchat.downloads.names import destination_path, partial_path
from localchat.errors import UserFacingError, is_disk_full
from localchat.i18n import number, translate
from localchat.network import SELF_COUNTED, NetworkGate, offline_error

logger = logging.getLogger(__name__)

_RETRY_STATUS = (408, 429, 500, 502, 503, 504)
_HASH_BLOCK = 4 << 20


class _Retry(Exception):
    """A failure worth reconnecting for."""


@contextlib.contextmanager
def disk_errors(filename: str) -> Iterator[None]:
    """Turn a full disk (or another write failure) into a plain error."""
    try:
        yield
    except OSError as error:
        if is_disk_full(error):
            raise UserFacingError(
                translate(
                    "DownloadErrors", "The disk is full, so {file} could not be saved."
                ).format(file=filename),
                translate(
                    "DownloadErrors",
                    "Free some space, then download again; it continues where it stopped.",
                ),
            ) from error
        raise UserFacingError(
            translate("DownloadErrors", "LocalChat could not save {file}: {error}.").format(
                file=filename, error=error.strerror or error
            ),
            translate("DownloadErrors", "Check that the models folder can be written to."),
        ) from error


def check_free_space(folder: Path, needed: int, filename: str, settings: TransferSettings) -> None:
    """Refuse to start when the disk cannot hold the rest of the file plus a margin."""
    free = settings.disk_usage(folder).free
    if free < needed + settings.free_space_margin:
        raise UserFacingError(
            translate(
                "DownloadErrors",
                "There is not enough free disk space for {file}: it needs {needed} and "
                "{free} is free.",
            ).format(
                file=filename,
                needed=_megabytes(needed + settings.free_space_margin),
                free=_megabytes(free),
            ),
            translate("DownloadErrors", "Free some space, then try again."),
        )


def _megabytes(size: int) -> str:
    return translate("Sizes", "{size} MB").format(size=number(size / 1_000_000))


class Transfer:
    """Fetches one file into its partial, verifies it, and moves it into the models folder.

    ``done`` and ``hasher`` stay valid after a pause, so a resume in the same process
    need not re-read the partial.
    """

    def __init__(
        self,
        gate: NetworkGate,
        models_dir: Path,
        request: DownloadRequest,
        settings: TransferSettings,
        stop: StopSignal,
        on_progress: Callable[[DownloadProgress], None],
    ) -> None:
        self._gate = gate
        self._models_dir = models_dir
        self._request = request
        self._settings = settings
        self._stop = stop
        self._on_progress = on_progress
        self._meter = SpeedMeter()
        self._last_report = 0.0
        self.part = partial_path(models_dir, request.repo_id, request.filename)
        self.destination = destination_path(models_dir, request.repo_id, request.filename)
        self.done = 0
        self.hasher = hashlib.sha256()
        self.total: int | None = None

    @property
    def sidecar(self) -> Path:
        """The partial's companion JSON: what the partial is a prefix of."""
        return self.part.with_suffix(".json")

    def run(self, hint: tuple[int, Any] | None = None) -> DownloadResult:
        """Download, verify and install; ``hint`` is (size, sha256 object) of a known prefix."""
        remote = resolve_remote_file(
            self._gate, self._request.repo_id, self._request.filename, self._request.revision
        )
        expected = self._expected_sha256(remote)
        self.total = remote.size
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._adopt_partial(remote)
        if remote.size is not None:
            have = self.part.stat().st_size if self.part.exists() else 0
            check_free_space(self._models_dir, remote.size - have, remote.filename, self._settings)
        self._hash_partial(hint)
        with disk_errors(remote.filename), open(self.part, "ab") as out:
            self._fetch_all(remote, out)
            out.flush()
            os.fsync(out.fileno())
        return self._install(remote, expected)

    def _expected_sha256(self, remote: RemoteFile) -> str | None:
        catalog = self._request.sha256.lower() if self._request.sha256 else None
        hub = remote.lfs_sha256
        if catalog and hub and catalog != hub:
            raise UserFacingError(
                translate(
                    "DownloadErrors", "{file} on the hub is not the file LocalChat's catalog lists."
                ).format(file=remote.filename),
                translate("DownloadErrors", "Update the catalog, or pick another model."),
            )
        if not (catalog or hub):
            logger.warning("No published sha256 for %s; it cannot be verified", remote.filename)
        return catalog or hub

    def _adopt_partial(self, remote: RemoteFile) -> None:
        """Keep a partial only if it is a prefix of this very file; record what it is."""
        meta = {
            **asdict(self._request),
            "commit": remote.commit,
            "etag": remote.etag,
            "size": remote.size,
        }
        old: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            old = json.loads(self.sidecar.read_text(encoding="utf-8"))
        too_big = (
            remote.size is not None
            and self.part.exists()
            and (self.part.stat().st_size > remote.size)
        )
        if self.part.exists() and (old.get("etag") != remote.etag or too_big):
            logger.info("Discarding a stale partial %s", self.part)
            self.part.unlink()
        with disk_errors(remote.filename):
            self.sidecar.write_text(json.dumps(meta), encoding="utf-8")

    def _hash_partial(self, hint: tuple[int, Any] | None) -> None:
        """Bring the hash up to the partial's current end (re-read it unless the hint fits)."""
        size = self.part.stat().st_size if self.part.exists() else 0
        if hint is not None and hint[0] == size:
            self.done, self.hasher = size, hint[1].copy()
            return
        self.done, self.hasher = 0, hashlib.sha256()
        if size:
            logger.info("Resuming %s at %d bytes; re-hashing what is there", self.part.name, size)
            with open(self.part, "rb") as existing:
                while block := existing.read(_HASH_BLOCK):
                    self._stop.check()
                    self.hasher.update(block)
                    self.done += len(block)
        self._report(force=True)

    def _fetch_all(self, remote: RemoteFile, out: Any) -> None:
        """Stream until the file is complete, reconnecting with backoff after cuts and stalls."""
        failures = 0
        while self.total is None or self.done < self.total:
            self._stop.check()
            before = self.done
            try:
                if self._stream_once(remote, out):
                    return
                raise _Retry("the connection ended early")
            except (httpx2.TransportError, _Retry) as error:
                failures = 0 if self.done > before else failures + 1
                if failures > self._settings.max_retries:
                    raise UserFacingError(
                        translate(
                            "DownloadErrors", "The download of {file} kept failing ({error})."
                        ).format(file=remote.filename, error=error),
                        translate(
                            "DownloadErrors",
                            "Check your internet connection, then try again. The download "
                            "continues where it stopped.",
                        ),
                    ) from error
                delay = self._settings.backoff_base * 2 ** max(failures - 1, 0)
                delay = min(delay, self._settings.backoff_max)
                logger.warning(
                    "Download of %s interrupted (%s: %s); retrying in %.1fs",
                    remote.filename,
                    type(error).__name__,
                    error,
                    delay,
                )
                self._stop.sleep(delay)

    def _stream_once(self, remote: RemoteFile, out: Any) -> bool:
        """One GET from ``done`` on; True when the server says the file is complete."""
        if self._gate.offline:
            raise offline_error()
        headers = build_hf_headers(headers={"Accept-Encoding": "identity"})
        if self.done:
            headers["Range"] = f"bytes={self.done}-"
        timeout = httpx2.Timeout(
            self._settings.stall_timeout, connect=self._settings.connect_timeout
        )
        received = 0
        with self._gate.purpose("download", remote.url):
            stream = self._gate.session().stream(
                "GET", remote.url, headers=headers, timeout=timeout, extensions={SELF_COUNTED: True}
            )
            try:
                with stream as response:
                    if self._accept(response, remote):
                        return True
                    for chunk in response.iter_bytes(self._settings.chunk_size):
                        self._stop.check()
                        out.write(chunk)
                        self.hasher.update(chunk)
                        self.done += len(chunk)
                        received += len(chunk)
                        self._report()
            finally:
                self._gate.record(httpx2.URL(remote.url).host, "download", received)
        self._report(force=True)
        return self.total is None or self.done >= self.total

    def _accept(self, response: httpx2.Response, remote: RemoteFile) -> bool:
        """Check the answer's status; True if nothing is left to fetch."""
        status = response.status_code
        if status == 416 and self.total is not None and self.done == self.total:
            return True
        if status in _RETRY_STATUS:
            raise _Retry(f"the hub answered {status}")
        if status >= 400:
            response.read()
            with hub_errors(f"{remote.repo_id}/{remote.filename}"):
                hf_raise_for_status(response)
        start = _range_start(response.headers.get("Content-Range")) if status == 206 else 0
        if start != self.done:
            logger.warning("Server ignored the Range request; restarting %s", remote.filename)
            with disk_errors(remote.filename):
                self.part.write_bytes(b"")  # the append handle now writes from zero
            self.done, self.hasher = 0, hashlib.sha256()
        return False

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_report >= self._settings.progress_interval:
            self._last_report = now
            self._on_progress(self._meter.progress(self.done, self.total))

    def _install(self, remote: RemoteFile, expected: str | None) -> DownloadResult:
        """Verify size and sha256, then move the file into place in one step."""
        digest = self.hasher.hexdigest()
        wrong_size = self.total is not None and self.done != self.total
        if wrong_size or (expected is not None and digest != expected):
            self.discard()
            raise UserFacingError(
                translate(
                    "DownloadErrors",
                    "The downloaded {file} did not match its published checksum, so it was "
                    "not installed.",
                ).format(file=remote.filename),
                translate(
                    "DownloadErrors",
                    "Try the download again. If it fails again, the file on the hub may be "
                    "damaged.",
                ),
            )
        with disk_errors(remote.filename):
            self.destination.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(self.part, 0o644)
            os.replace(self.part, self.destination)  # atomic: never a half file in place
        self.sidecar.unlink(missing_ok=True)
        logger.info("Installed %s (%d bytes, sha256 %s)", self.destination, self.done, digest)
        return DownloadResult(
            self.destination, remote.repo_id, remote.filename, remote.commit, digest, self.done
        )

    def discard(self) -> None:
        """Delete the partial and its sidecar."""
        self.part.unlink(missing_ok=True)
        self.sidecar.unlink(missing_ok=True)


def _range_start(content_range: str | None) -> int:
    """The first byte of a ``Content-Range: bytes a-b/n`` answer (-1 if unreadable)."""
    try:
        return int((content_range or "").split()[1].split("-")[0])
    except (IndexError, ValueError):
        return -1
