"""Start-up against Qt itself: process start to the first painted frame, LocalChat vs bare PySide6.

Run: python bench/startup.py [--runs 5] [--conversations 2000] [--before /tmp/startup-before]
     [--also LABEL=DIR ...]

Each run is a fresh ``python -c`` process, offscreen, timed from just before it is spawned
to the end of its first frame (the window's first expose, painted and flushed):

- bare: a PySide6 window with one QLabel;
- LocalChat: ``python -m localchat --data-dir DIR`` as a user starts it (``__main__.main``),
  on an empty history and on one of ``--conversations`` conversations; the sidebar's rows
  at the first frame are counted, and "model ready" is when the default model has loaded;
- with ``--before DIR`` (and ``--also LABEL=DIR``), the same for the code in DIR (a
  ``git worktree`` of an older commit), for a before/after comparison in one run.

The runs are interleaved (bare, LocalChat empty, LocalChat large, [before ...], bare, ...),
so that a change of machine load hits all of them alike; the ratio is LocalChat's median
over the bare window's. Bytecode is cached (in a temporary PYTHONPYCACHEPREFIX, written by
a first uncounted run) as in an installed copy; ``--source`` compiles every module from
source at every start instead (PYTHONDONTWRITEBYTECODE, as this machine's shell sets it).
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

# Times the first frame of the first top-level window: from the process's spawn to just
# after the handling of its first expose (Qt paints the widgets and flushes them inside it).
PROBE = r"""
import json, os, sys, time
T0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication


class FirstFrame(QObject):
    # An application-wide filter runs before the window's own ones, so the zero timer it
    # starts at the first expose fires first once Qt has painted: before anything the
    # app starts "after the first paint" from its own filter (which this one leaves be).
    def __init__(self, on_frame):
        super().__init__()
        self.marks = {}
        self._on_frame = on_frame
        self._armed = False
        self._paints = 0
        self._before = 0

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._paints += 1
        if (
            kind == QEvent.Type.Expose
            and not self._armed
            and isinstance(obj, QWindow)
            and obj.isExposed()
        ):
            self._armed = True
            self._before = self._paints
            QTimer.singleShot(0, self._frame_out)
        return False

    def _frame_out(self):
        if self._paints == self._before:  # exposed without a paint: wait for the next
            self._armed = False
            return
        self.marks["window"] = time.time() - T0
        self._on_frame(self.marks)
"""

BARE_CHILD = (
    PROBE
    + r"""
from PySide6.QtWidgets import QLabel
qt = QApplication(sys.argv[:1])
probe = FirstFrame(lambda marks: QTimer.singleShot(0, QApplication.quit))
qt.installEventFilter(probe)
label = QLabel("LocalChat")
label.show()
qt.exec()
print(json.dumps(probe.marks))
"""
)

# LocalChat as `python -m localchat --data-dir DIR` runs, in the same import order: PySide6's
# import hook makes each module imported after PySide6 slower (it reads the module's source
# to look for "PySide6"), so the probe is put in place only once localchat.app (which
# imports PySide6) is loaded, by wrapping its run_app.
APP_CHILD = r"""
import importlib.util, os, sys, time


def install_probe(app_module):
    exec(PROBE, globals())
    import localchat.services.inference as inference

    def frame(marks):
        for widget in QApplication.topLevelWidgets():
            sidebar = getattr(widget, "sidebar", None)
            if sidebar is not None:
                marks["rows"] = sidebar.model.rowCount()

    def ready(*_):
        probe.marks.setdefault("model_ready", time.time() - T0)
        QTimer.singleShot(0, QApplication.quit)

    original_init = inference.InferenceService.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.model_loaded.connect(ready)

    inference.InferenceService.__init__ = init
    probe = FirstFrame(frame)
    PROBES.append(probe)
    original_run_app = app_module.run_app

    def run_app(core, argv=None):
        qt = QApplication.instance() or QApplication(argv or sys.argv[:1])
        qt.installEventFilter(probe)
        QTimer.singleShot(60_000, QApplication.quit)  # never ready: give up
        return original_run_app(core, argv)

    app_module.run_app = run_app


class Hook:
    def find_spec(self, name, path, target=None):
        if name != "localchat.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            install_probe(module)

        spec.loader.exec_module = exec_module
        return spec


PROBES = []
sys.meta_path.insert(0, Hook())
from localchat.__main__ import main

code = main(["--data-dir", sys.argv[1]])
import json

print(json.dumps(PROBES[0].marks))
sys.exit(code)
"""
APP_CHILD = APP_CHILD.replace("exec(PROBE, globals())", f"exec({PROBE!r}, globals())")


def fill_history(data_dir: Path, conversations: int) -> None:
    """A history of N conversations with 4 messages each (sqlite executemany, FTS indexed)."""
    from _common import fill_history_fast

    fill_history_fast(data_dir, conversations, 4)


def measure(child: str, code: Path, data_dir: Path | None, cache: Path | None) -> dict[str, float]:
    """One fresh process: its marks (seconds from just before its spawn)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    arguments = [sys.executable, "-c", child] + ([str(data_dir)] if data_dir else [])
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run(  # "python -c" imports from its cwd: the checkout measured
        arguments, cwd=code, env=env, capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(label: str, runs: list[dict[str, float]], bare: list[dict[str, float]]) -> str:
    """One line: median window and model ready, spread, sidebar rows, ratio to bare."""
    window = [r["window"] for r in runs]
    ratios = [r["window"] / b["window"] for r, b in zip(runs, bare, strict=True)]
    ready = [r["model_ready"] for r in runs if "model_ready" in r]
    rows = sorted({int(r.get("rows", -1)) for r in runs})
    line = (
        f"{label:>34}: window {statistics.median(window):.3f} s "
        f"({min(window):.2f}..{max(window):.2f}), "
        f"{statistics.median(window) / statistics.median(r['window'] for r in bare):.2f}x bare "
        f"(per-round median {statistics.median(ratios):.2f}x)"
    )
    if ready:
        line += f", model ready {statistics.median(ready):.2f} s"
    if rows != [-1]:
        line += f", sidebar rows at first frame {'/'.join(map(str, rows))}"
    return line


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--conversations", type=int, default=2_000)
    parser.add_argument("--before", type=Path, help="also measure the checkout in this folder")
    parser.add_argument(
        "--also", action="append", default=[], metavar="LABEL=DIR", help="and this one"
    )
    parser.add_argument("--source", action="store_true", help="no bytecode cache")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import CODE, machine

    print(machine())
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    codes = [("LocalChat", CODE)]
    if args.before is not None:
        codes.append(("before", args.before.resolve()))
    for also in args.also:
        label, _, folder = also.partition("=")
        codes.append((label, Path(folder).resolve()))
    with (
        tempfile.TemporaryDirectory() as empty,
        tempfile.TemporaryDirectory() as big,
        tempfile.TemporaryDirectory() as cache_dir,
    ):
        cache = None if args.source else Path(cache_dir)
        histories = {"empty": Path(empty), f"{args.conversations:,} conversations": Path(big)}
        fill_history(Path(big), args.conversations)
        measure(BARE_CHILD, CODE, None, cache)  # uncounted: bytecode cache, page cache
        for _, code in codes:
            for data_dir in histories.values():  # and the first start registers the model
                measure(APP_CHILD, code, data_dir, cache)
        results: dict[str, list[dict[str, float]]] = {"bare": []}
        for round_ in range(args.runs):
            results["bare"].append(measure(BARE_CHILD, CODE, None, cache))
            for name, code in codes:
                for history, data_dir in histories.items():
                    key = f"{name}, {history}"
                    results.setdefault(key, []).append(measure(APP_CHILD, code, data_dir, cache))
            print(
                f"round {round_ + 1}: "
                + ", ".join(f"{k} {v[-1]['window']:.2f}" for k, v in results.items()),
                flush=True,
            )
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    bare = [r["window"] for r in results["bare"]]
    print(
        f"{'bare PySide6 window (one QLabel)':>34}: window {statistics.median(bare):.3f} s "
        f"({min(bare):.2f}..{max(bare):.2f})"
    )
    for key, runs in results.items():
        if key != "bare":
            print(summary(key, runs, results["bare"]))
    print(f"(median of {args.runs} runs each; bytecode {'not ' if cache is None else ''}cached)")


if __name__ == "__main__":
    main()
