"""run_app, the window's own process: what it sets up around the window, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from localchat.app import GIL_SWITCH_INTERVAL_SECONDS

CHILD = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import localchat.app
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

seen = {}
freeze = localchat.app.freeze_start_up_objects

def frozen_then_quit():
    seen["frozen_before"] = gc.get_freeze_count()
    seen["pygments_ready"] = "pygments.lexers.python" in sys.modules
    seen["pypdf_ready"] = "pypdf" in sys.modules
    freeze()
    seen["frozen_after"] = gc.get_freeze_count()
    seen["switch_interval"] = sys.getswitchinterval()
    QTimer.singleShot(0, QApplication.quit)

localchat.app.freeze_start_up_objects = frozen_then_quit
qt_app = QApplication(sys.argv[:1])  # run_app takes it over; the timer below needs it
QTimer.singleShot(60_000, QApplication.quit)  # never warm: give up, with nothing seen
code = localchat.app.run_app(open_core(resolve_paths(sys.argv[1])))
print(json.dumps(seen))
sys.exit(code)
"""


@pytest.mark.slow
def test_the_window_process_freezes_what_start_up_made_once_warm(tmp_path: Path) -> None:
    """After the model's load and the warm-ups, their objects leave the collector's care
    (a full collection walked them: 15-20 ms pauses while streaming), and the process
    hands the GIL round every millisecond."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen, "start-up never finished warming up"
    assert seen["pygments_ready"] and seen["pypdf_ready"]  # warm already
    assert seen["frozen_before"] > 0  # run_app froze the window's objects once shown
    assert seen["frozen_after"] > seen["frozen_before"]  # and now what start-up added
    assert seen["switch_interval"] == GIL_SWITCH_INTERVAL_SECONDS < 0.005  # Python's default
