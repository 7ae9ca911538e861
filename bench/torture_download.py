"""Torture: SIGKILL a model download at random points, N times; each restart resumes.

Run: python bench/torture_download.py [--kills 30] [--per-file 5] [--seed 1]

The real huggingface_hub client against the test hub on 127.0.0.1 (tests/downloads/
hub_server.py), serving the real SmolLM2 GGUF (98 MB) throttled to 12 MB/s so a kill lands
mid-file. Each download runs in its own process (tests/downloads/download_script.py) and is
SIGKILLed after a random 0.2-3 s; the next process resumes it. After --per-file kills the
download runs to the end. Checked: the kept partial file only grows, the resume asks for
exactly the remainder (HTTP Range from the kept size), nothing is installed before the
end, the installed file's sha256 matches, and no partial file is left behind.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "downloads"))

from _common import machine  # noqa: E402
from hub_server import Faults, Hub, HubServer, sha256_file  # noqa: E402

from localchat.bundled import default_model_file  # noqa: E402
from localchat.downloads.names import destination_path, partial_path  # noqa: E402

SCRIPT = ROOT / "tests" / "downloads" / "download_script.py"
REPO = "test/smollm2"


def spawn(server: HubServer, models_dir: Path, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), server.endpoint, str(models_dir), REPO, name],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--per-file", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(machine())
    rng = random.Random(args.seed)
    model = Path(str(default_model_file()))
    sha = sha256_file(model)
    size = model.stat().st_size
    hub = Hub()
    hub.add(REPO, model.name, model, sha)
    kills = grew = exact_ranges = installed_early = files = sound = leftovers = 0
    ranges_checked = 0
    with HubServer(hub) as server:
        while kills < args.kills:
            with tempfile.TemporaryDirectory() as folder:
                models_dir = Path(folder)
                part = partial_path(models_dir, REPO, model.name)
                final = destination_path(models_dir, REPO, model.name)
                kept = 0
                for _ in range(min(args.per_file, args.kills - kills)):
                    server.hub.faults = Faults(throttle_bps=12 << 20, once=False)
                    gets_before = len(server.hub.gets())
                    proc = spawn(server, models_dir, model.name)
                    time.sleep(rng.uniform(0.2, 3.0))
                    if proc.poll() is not None:
                        break  # finished before the kill: the final run below checks it
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait()
                    kills += 1
                    time.sleep(0.3)  # the server notices the dead socket
                    new_gets = server.hub.gets()[gets_before:]
                    if kept and new_gets:
                        ranges_checked += 1
                        exact_ranges += new_gets[-1].get("range") == f"bytes={kept}-"
                    now = part.stat().st_size if part.exists() else 0
                    grew += now >= kept
                    kept = now
                    installed_early += final.exists()
                server.hub.faults = Faults()
                proc = spawn(server, models_dir, model.name)
                proc.communicate(timeout=300)
                files += 1
                sound += proc.returncode == 0 and final.exists() and sha256_file(final) == sha
                leftovers += part.exists()
    print(f"file: {model.name}, {size / 1e6:.0f} MB, served at 12 MB/s")
    print(f"kills: {kills} over {files} downloads")
    print(f"partial file kept and grown (never truncated) after a kill: {grew} of {kills}")
    print(f"resumes that asked for exactly the remainder: {exact_ranges} of {ranges_checked}")
    print(f"files installed before the download ended: {installed_early}")
    print(f"downloads finished with the right sha256: {sound} of {files}")
    print(f"partial files left after a finished download: {leftovers}")


if __name__ == "__main__":
    main()
