"""No network at all: chat in a network namespace; the window starts with sockets watched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

NO_INTERFACES = """
import socket
print(sorted(name for _, name in socket.if_nameindex()))
try:
    socket.create_connection(("192.0.2.1", 80), timeout=2)
except OSError as error:
    print("unreachable", error.errno)
"""


def _no_network_prefix() -> list[str]:
    """``unshare -n`` (root) or ``unshare -rn`` (user namespaces); skip when neither works."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    for flags in (["-n"], ["-r", "-n"]):
        try:
            probe = subprocess.run([unshare, *flags, "true"], capture_output=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return [unshare, *flags]
    pytest.skip(
        "unshare -n needs root or unprivileged user namespaces "
        "(kernel.unprivileged_userns_clone=1, no AppArmor userns restriction); neither works here"
    )


def test_chat_answers_inside_a_namespace_without_network(offline_data_dir: Path) -> None:
    prefix = _no_network_prefix()
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", NO_INTERFACES], capture_output=True, text=True, timeout=30
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines()[0] == "['lo']"  # no interface but loopback
    assert probe.stdout.splitlines()[1].startswith("unreachable")
    command = [sys.executable, "-m", "localchat", "--data-dir", str(offline_data_dir)]
    result = subprocess.run(
        [*prefix, *command, "chat", "-p", "Name three fruits.", "--max-tokens", "8"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


APP = """
import os, sys, time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

core = open_core(resolve_paths(Path(sys.argv[2])))
qt_app = QApplication(sys.argv[:1])
app = Application(core, qt_app)
events = []
app.inference.model_loaded.connect(lambda name, size: events.append("loaded"))
app.inference.model_failed.connect(lambda message: events.append("failed " + message))
app.models.surveyed.connect(lambda survey: events.append("surveyed"))
app.models.failed.connect(lambda message: events.append("failed " + message))
app.window.show()
QTimer.singleShot(0, app.start)
started = time.monotonic()


def check():
    elapsed = time.monotonic() - started
    done = {"loaded", "surveyed"} <= set(events)
    if (elapsed >= 3 and done) or elapsed > 90:
        qt_app.quit()


timer = QTimer()
timer.timeout.connect(check)
timer.start(100)
qt_app.exec()
app.shutdown()
core.close()
print("\\n".join(sorted(events)))
"""


def test_the_window_starts_loads_the_model_and_surveys_without_network(
    run_audited, offline_data_dir: Path
) -> None:
    result = run_audited(APP, str(offline_data_dir), timeout=180)
    assert result.returncode == 0, result.explain()
    assert result.stdout.split() == ["loaded", "surveyed"], result.explain()
    assert result.network == [], result.explain()
