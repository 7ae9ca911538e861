"""Downloads through the real huggingface_hub client against a hub on 127.0.0.1."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import replace

import pytest
from hub_server import Faults

from localchat.downloads import (
    DownloadEvents,
    DownloadManager,
    DownloadRequest,
    JobState,
    search_gguf_repos,
)
from localchat.downloads.base import DiskUsage
from localchat.downloads.names import partial_path
from localchat.engines.gguf_header import read_gguf_header
from localchat.errors import UserFacingError

SMALL = DownloadRequest("test/small", "small.gguf")


def _wait_for(predicate, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_full_download_installs_a_verified_gguf(gate, models_dir, settings, hub_files, ledger):
    big, sha = hub_files["big"]
    seen = []
    events = DownloadEvents(progress=lambda job_id, p: seen.append(p))
    manager = DownloadManager(gate, models_dir, events=events, settings=settings)
    job = manager.download(DownloadRequest("test/smollm2", big.name))
    assert job.wait(30)
    assert job.state is JobState.FINISHED, job.error
    result = job.result
    assert result.path == models_dir / "test__smollm2" / big.name
    assert result.sha256 == sha == _sha(result.path)
    assert result.size == big.stat().st_size and len(result.commit) == 40
    assert read_gguf_header(result.path).architecture == "llama"
    assert seen[-1].done == seen[-1].total == result.size
    assert not list((models_dir / ".partial").iterdir())
    assert ("127.0.0.1", "download", result.size) in ledger


def test_progress_reports_speed_and_time_left(hub, manager, hub_files):
    hub.hub.faults = Faults(throttle_bps=8 << 20, once=False)
    seen = []
    manager.events.progress = lambda job_id, p: seen.append(p)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FINISHED
    middle = [p for p in seen if 0 < p.done < p.total]
    assert middle and all(p.speed > 0 and p.eta is not None for p in middle[1:])
    assert all(a.done <= b.done for a, b in zip(seen, seen[1:], strict=False))


def test_cut_connection_is_retried_and_completes(hub, manager, hub_files):
    hub.hub.faults = Faults(cut_after=2 << 20)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FINISHED, job.error
    assert [g["range"] for g in hub.hub.gets()] == [None, f"bytes={2 << 20}-"]
    assert job.result.sha256 == hub_files["small"][1]


def test_stalled_server_is_dropped_and_reconnected(hub, manager, hub_files):
    # The server never sends the rest on that connection (it stalls until the test ends):
    # only the client's watchdog (stall_timeout 1 s) can drop it and reconnect.
    hub.hub.faults = Faults(stall_after=1 << 20, stall_seconds=3600)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FINISHED, job.error
    assert [g["range"] for g in hub.hub.gets()] == [None, f"bytes={1 << 20}-"]
    assert job.result.sha256 == hub_files["small"][1]


def test_gives_up_after_repeated_failures_with_a_plain_error(hub, manager, models_dir):
    hub.hub.faults = Faults(cut_after=0, once=False)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FAILED
    assert "kept failing" in job.error.message
    assert not (models_dir / "test__small" / "small.gguf").exists()


def test_wrong_sha256_is_not_installed_and_partial_removed(hub, manager, models_dir):
    hub.hub.faults = Faults(wrong_sha256=True)
    failures = []
    manager.events.failed = lambda job_id, error: failures.append(error)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FAILED
    assert "did not match its published checksum" in job.error.message
    assert failures == [job.error]
    assert not (models_dir / "test__small" / "small.gguf").exists()
    assert not partial_path(models_dir, "test/small", "small.gguf").exists()


def test_catalog_sha256_is_checked_too(manager, hub_files):
    job = manager.download(replace(SMALL, sha256="1" * 64))
    assert job.wait(20) and job.state is JobState.FAILED
    assert "not the file LocalChat's catalog lists" in job.error.message
    good = manager.download(replace(SMALL, sha256=hub_files["small"][1].upper()))
    assert good.wait(20) and good.state is JobState.FINISHED, good.error


def test_not_enough_disk_is_refused_before_any_byte(hub, gate, models_dir, settings):
    tiny = replace(settings, disk_usage=lambda path: DiskUsage(10**12, 10**12 - 1000, 1000))
    manager = DownloadManager(gate, models_dir, settings=tiny)
    job = manager.download(SMALL)
    assert job.wait(20) and job.state is JobState.FAILED
    assert "not enough free disk space" in job.error.message
    assert hub.hub.gets() == [] and hub.hub.bytes_served == 0


@pytest.mark.parametrize(
    "filename", ["../evil.gguf", "/etc/passwd", "a/b.gguf", "a\\b.gguf", "..", ".hidden", ""]
)
def test_path_traversal_file_names_are_refused(hub, manager, models_dir, filename):
    job = manager.download(DownloadRequest("test/small", filename))
    assert job.wait(10) and job.state is JobState.FAILED
    assert "refused" in job.error.message
    assert hub.hub.requests == []


@pytest.mark.parametrize("repo_id", ["../x", "a/b/c", "a/..", "/abs", "noslash"])
def test_bad_repo_ids_are_refused(hub, manager, repo_id):
    job = manager.download(DownloadRequest(repo_id, "model.gguf"))
    assert job.wait(10) and job.state is JobState.FAILED
    assert hub.hub.requests == []


def test_pause_then_resume_completes(hub, manager, models_dir, hub_files):
    hub.hub.faults = Faults(throttle_bps=4 << 20, once=False)
    job = manager.download(SMALL)
    _wait_for(lambda: job.progress is not None and job.progress.done > 1 << 20)
    job.pause()
    assert job.wait(10) and job.state is JobState.PAUSED
    part = partial_path(models_dir, "test/small", "small.gguf")
    kept = part.stat().st_size
    assert 0 < kept < 6 << 20
    hub.hub.faults = Faults()
    job.resume()
    _wait_for(lambda: job.state is JobState.FINISHED)
    assert hub.hub.gets()[-1]["range"] == f"bytes={kept}-"
    assert job.result.sha256 == hub_files["small"][1]


def test_cancel_removes_the_partial(hub, manager, models_dir):
    hub.hub.faults = Faults(throttle_bps=4 << 20, once=False)
    states = []
    manager.events.state = lambda job_id, state: states.append(state)
    job = manager.download(SMALL)
    part = partial_path(models_dir, "test/small", "small.gguf")
    _wait_for(lambda: part.exists() and part.stat().st_size > 0)
    job.cancel()
    assert job.wait(10) and job.state is JobState.CANCELLED
    assert states[-1] is JobState.CANCELLED
    assert not part.exists() and not part.with_suffix(".json").exists()
    assert not (models_dir / "test__small").exists()


def test_cancel_while_paused_removes_the_partial(hub, manager, models_dir):
    hub.hub.faults = Faults(throttle_bps=4 << 20, once=False)
    job = manager.download(SMALL)
    _wait_for(lambda: job.progress is not None and job.progress.done > 0)
    job.pause()
    assert job.wait(10) and job.state is JobState.PAUSED
    job.cancel()
    assert job.state is JobState.CANCELLED
    assert not partial_path(models_dir, "test/small", "small.gguf").exists()


def test_two_downloads_at_once_both_complete(hub, manager, hub_files):
    hub.hub.faults = Faults(throttle_bps=12 << 20, once=False)
    running = set()
    lock = threading.Lock()

    def on_progress(job_id, progress):
        with lock:
            if 0 < progress.done < progress.total:
                running.add(job_id)

    manager.events.progress = on_progress
    first = manager.download(SMALL)
    second = manager.download(DownloadRequest("test/small2", "small.gguf"))
    assert first.wait(20) and second.wait(20)
    assert first.state is second.state is JobState.FINISHED
    assert running == {first.id, second.id}
    assert first.result.path != second.result.path
    assert first.result.sha256 == second.result.sha256 == hub_files["small"][1]


def test_same_file_twice_reuses_the_job(hub, manager):
    hub.hub.faults = Faults(throttle_bps=8 << 20, once=False)
    first = manager.download(SMALL)
    assert manager.download(SMALL) is first
    assert first.wait(20) and first.state is JobState.FINISHED


def test_unfinished_lists_partials_left_by_an_earlier_run(hub, gate, manager, models_dir, settings):
    hub.hub.faults = Faults(throttle_bps=4 << 20, once=False)
    job = manager.download(SMALL)
    _wait_for(lambda: job.progress is not None and job.progress.done > 0)
    job.pause()
    job.wait(10)
    later = DownloadManager(gate, models_dir, settings=settings)
    (request,) = later.unfinished()
    assert (request.repo_id, request.filename) == ("test/small", "small.gguf")
    assert request.revision == hub.hub.commit("test/small")


def test_missing_file_is_a_plain_error(manager):
    job = manager.download(DownloadRequest("test/small", "nope.gguf"))
    assert job.wait(10) and job.state is JobState.FAILED
    assert "was not found on the hub" in job.error.message


def test_search_lists_gguf_repos(gate, hub):
    found = search_gguf_repos(gate, "small", limit=5)
    assert [r.repo_id for r in found] == ["test/small", "test/small2"]
    assert found[0].files == ("small.gguf",)
    assert "search=small" in hub.hub.requests[-1]["path"]
    assert "filter=gguf" in hub.hub.requests[-1]["path"]


def test_offline_search_is_refused_without_a_request(gate, hub):
    gate.offline = True
    with pytest.raises(UserFacingError, match="offline mode"):
        search_gguf_repos(gate, "small")
    assert hub.hub.requests == []
