"""Start-up: process start to window shown, and to model ready, on an empty or large history.

Run: python bench/startup.py [--runs 5] [--conversations 10000]
Each run is a fresh process (python -c ...) on its own data dir, offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from localchat.app import Application
from localchat.bootstrap import open_core
sys.setswitchinterval(float(os.environ["BENCH_SWITCH_INTERVAL"]))  # as run_app
from localchat.paths import resolve_paths
core = open_core(resolve_paths(sys.argv[1]))
qt = QApplication([])
app = Application(core, qt)
marks = {}
def shown():
    marks["window"] = time.time() - t0
    app.start()  # as run_app does after the first paint: model load, survey, warm-ups
def ready(*_):
    marks["model_ready"] = time.time() - t0
    qt.quit()
app.inference.model_loaded.connect(ready)
app.window.show()
QTimer.singleShot(0, shown)
qt.exec()
app.shutdown()
print(json.dumps(marks))
"""


def fill_history(data_dir: Path, conversations: int) -> None:
    """A history of N conversations with 4 messages each (sqlite executemany, FTS indexed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import fill_history_fast

    fill_history_fast(data_dir, conversations, 4)


def measure(data_dir: Path) -> dict[str, float]:
    from _common import CODE, app_switch_interval

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BENCH_SWITCH_INTERVAL": repr(app_switch_interval()),
        "BENCH_T0": repr(time.time()),
    }

    out = subprocess.run(  # run from the checkout measured: "python -c" imports from there
        [sys.executable, "-c", CHILD, str(data_dir)],
        cwd=CODE,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--conversations", type=int, default=10_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import machine

    print(machine())
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as big:
        measure(Path(empty))  # first start registers the bundled model
        fill_history(Path(big), args.conversations)
        results: dict[str, list[dict[str, float]]] = {"empty": [], "big": []}
        for _ in range(args.runs):  # interleaved: empty, big, empty, big ...
            results["empty"].append(measure(Path(empty)))
            results["big"].append(measure(Path(big)))
    for name, runs in results.items():
        window = statistics.median(r["window"] for r in runs)
        ready = statistics.median(r["model_ready"] for r in runs)
        label = "empty history" if name == "empty" else f"{args.conversations:,} conversations"
        print(
            f"{label:>22}: window shown {window:.2f} s, model ready {ready:.2f} s "
            f"(median of {len(runs)})"
        )


if __name__ == "__main__":
    main()
