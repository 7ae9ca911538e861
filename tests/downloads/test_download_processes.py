"""Downloads killed mid-file and a disk that fills up, each in a real separate process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hub_server import Faults, HubServer

from localchat.downloads import DownloadRequest
from localchat.downloads.names import partial_path
from localchat.engines.gguf_header import read_gguf_header

SCRIPT = Path(__file__).with_name("download_script.py")


def _spawn(hub: HubServer, models_dir: Path, repo: str, name: str, *extra: str):
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), hub.endpoint, str(models_dir), repo, name, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_process_resumes_with_only_the_remainder(hub, hub_files, manager, models_dir):
    big, sha = hub_files["big"]
    size = big.stat().st_size
    hub.hub.faults = Faults(throttle_bps=12 << 20, once=False)  # slow enough to catch mid-file
    part = partial_path(models_dir, "test/smollm2", big.name)
    proc = _spawn(hub, models_dir, "test/smollm2", big.name)
    deadline = time.monotonic() + 30
    while not (part.exists() and part.stat().st_size > 20 << 20):
        assert time.monotonic() < deadline and proc.poll() is None, proc.stderr
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)  # let the server's thread notice the dead socket before counting
    kept = part.stat().st_size
    assert 20 << 20 < kept < size
    served_before = hub.hub.bytes_served
    hub.hub.faults = Faults()

    job = manager.download(DownloadRequest("test/smollm2", big.name))
    assert job.wait(30), job.state
    assert job.error is None
    assert hub.hub.gets()[-1]["range"] == f"bytes={kept}-"
    assert hub.hub.bytes_served - served_before == size - kept
    assert job.result.sha256 == sha
    assert read_gguf_header(job.result.path).architecture == "llama"
    assert not part.exists()


def test_disk_full_while_writing_is_a_plain_error_and_installs_nothing(hub, hub_files, models_dir):
    big, _ = hub_files["big"]
    proc = _spawn(hub, models_dir, "test/smollm2", big.name, "--fsize-limit", str(10 << 20))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert "The disk is full" in out
    assert "Traceback" not in err
    assert not (models_dir / "test__smollm2" / big.name).exists()
