"""Start-up: the window's first frame comes before the database, and shows the first page."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from localchat.bootstrap import FIRST_PAGE, open_core
from localchat.paths import resolve_paths
from localchat.ui.first_paint import after_first_paint

CHILD = """
import gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication
import localchat.bootstrap as bootstrap

seen = {}


class FirstFrame(QObject):
    # Application-wide, so it runs before the window's own filter: its zero timer fires
    # once Qt has painted the first frame, before what run_app starts after that paint.
    def eventFilter(self, obj, event):
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(obj, QWindow)
            and obj.isExposed()
            and "armed" not in seen
        ):
            seen["armed"] = True
            QTimer.singleShot(0, frame_out)
        return False


def frame_out():
    seen["collecting"] = gc.isenabled()  # __main__ turns it off for start-up, run_app on
    seen["sqlalchemy"] = sorted(m for m in sys.modules if m.startswith("sqlalchemy"))[:3]
    seen["storage_open"] = seen.get("storage_open", False)
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "sidebar"):
            seen["rows"] = widget.sidebar.model.rowCount()


original = bootstrap.Core.open_storage


def open_storage(self):
    seen["painted_first"] = "rows" in seen
    original(self)
    seen["storage_open"] = self.storage_open
    QTimer.singleShot(0, QApplication.quit)


bootstrap.Core.open_storage = open_storage
qt_app = QApplication(sys.argv[:1])  # run_app takes it over; the filter watches from the start
probe = FirstFrame()
qt_app.installEventFilter(probe)
QTimer.singleShot(60_000, QApplication.quit)  # never opened: give up
from localchat.__main__ import main

code = main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
sys.exit(code)
"""


def _history(data_dir: Path, conversations: int) -> None:
    core = open_core(resolve_paths(data_dir))
    for number in range(conversations):
        conversation = core.conversations.create(f"Chat {number}")
        core.conversations.add_message(conversation.id, "user", "Hello?")
    core.conversations.add_message(conversation.id, "assistant", "Half an", "partial")
    core.close()


def test_the_window_shows_its_first_page_before_the_database_opens(data_dir: Path) -> None:
    """`localchat` itself: the first frame lists the newest conversations without
    SQLAlchemy; then the database opens (here: the half-written answer is marked)."""
    _history(data_dir, FIRST_PAGE + 20)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["rows"] >= FIRST_PAGE  # the sidebar's first page is in the first frame
    assert seen["painted_first"] and seen["storage_open"]
    assert seen["collecting"]
    with sqlite3.connect(data_dir / "localchat.db") as connection:
        status = connection.execute("SELECT status FROM messages WHERE role = 'assistant'")
        assert [row[0] for row in status] == ["interrupted"]
    connection.close()
    assert seen["sqlalchemy"] == []  # imported only after the first paint


def test_after_first_paint_runs_once_the_window_is_exposed(qtbot) -> None:  # noqa: ANN001
    window = QLabel("Hello")
    qtbot.addWidget(window)
    window.show()
    calls: list[bool] = []
    after_first_paint(window, lambda: calls.append(window.windowHandle().isExposed()))
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    qtbot.wait(50)
    assert calls == [True]


def test_after_first_paint_runs_anyway_when_no_expose_comes(qtbot) -> None:  # noqa: ANN001
    window = QLabel("Hello")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)  # exposed already: the watcher sees no expose
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("ran"), fallback_ms=100)
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    qtbot.wait(150)
    assert calls == ["ran"]


FAILING_CHILD = """
import sys
import localchat.bootstrap as bootstrap
from localchat.errors import UserFacingError


def open_storage(self):
    raise UserFacingError("The disk is full, so LocalChat could not save your history.")


bootstrap.Core.open_storage = open_storage
from localchat.__main__ import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_storage_that_fails_after_the_first_paint_ends_as_before(data_dir: Path) -> None:
    """The plain sentence on stderr and exit code 1, as when open_core refused it."""
    _history(data_dir, 1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", FAILING_CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1, result.stderr[-3000:]
    assert "localchat: The disk is full, so LocalChat could not save your history." in (
        result.stderr
    )
