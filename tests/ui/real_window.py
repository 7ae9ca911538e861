"""The real window in its own process on an Xvfb display, driven by xdotool (test helpers).

Shared by the real-window test modules: an X server that picks its own display number,
and ``RealWindow``, which starts ``python -m localchat`` on it and reads what it stored.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

# With no window manager the window has no frame and sits at the screen's top left, at the
# size MainWindow gives it (1180x760): these are points inside its widgets, in its pixels.
COMPOSER = (720, 690)
MODEL_PICKER = (846, 25)
SEND_BUTTON = (1121, 713)  # "Stop" while an answer is written
TIMEOUT_S = 180.0  # the app's start, a model's load and an answer, on a slow, loaded machine


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb on a display number it picks itself (so never one in use)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=30)


class RealWindow:
    """LocalChat in its own process on an X display, and what it stored."""

    def __init__(
        self,
        display: str,
        data_dir: Path,
        log: Path,
        welcome: bool = False,
        settings: dict[str, object] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        path = data_dir / "config" / "settings.json"
        if not welcome and not path.exists():  # the first-start welcome has a test of its own
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"welcome_shown": True, **(settings or {})}))
        self.display = display
        self.database = data_dir / "localchat.db"
        self.log = log
        env = {**os.environ, **(env or {}), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "localchat", "--data-dir", str(data_dir)],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its engine hosts too end with the group
            )

    def xdotool(self, *args: str) -> str:
        """Run xdotool on this display; its output."""
        result = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout

    def windows(self) -> list[str]:
        """The app's visible X windows: the main window, then any popup."""
        return self.xdotool("search", "--onlyvisible", "--pid", str(self.process.pid)).split()

    def wait_until(self, condition: Callable[[], T | None], what: str, interval: float = 0.2) -> T:
        """Poll until ``condition`` returns something truthy; fail after TIMEOUT_S."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            assert self.process.poll() is None, f"the app ended: {self.log_tail()}"
            time.sleep(interval)
        pytest.fail(f"timed out waiting for {what}: {self.log_tail()}")

    def log_tail(self) -> str:
        """The end of the app's output, for a failure message."""
        return self.log.read_text(errors="replace")[-3000:]

    def click(self, point: tuple[int, int]) -> None:
        """Move the pointer to a point of the window and click there."""
        self.xdotool("mousemove", "--sync", str(point[0]), str(point[1]), "click", "1")

    def keys(self, *keys: str) -> None:
        """Press keys one after another, as xdotool names them ("Tab", "ctrl+n", "Return")."""
        self.xdotool("key", "--delay", "80", *keys)

    def give_focus_back(self) -> None:
        """Give the main window the X keyboard focus again, as a window manager does when a
        dialog closes (with none, the focus goes nowhere and Qt runs no shortcut)."""
        main = self.windows()[0]
        self.xdotool("windowfocus", "--sync", main)

    def type(self, text: str) -> None:
        """Type text where the keyboard focus is."""
        self.xdotool("type", "--delay", "20", text)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG (ImageMagick's import), to look at."""
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            timeout=60,
        )
        return path

    def ask(self, question: str) -> None:
        """Type a question into the composer and press Enter."""
        self.xdotool("type", "--delay", "20", question)
        self.xdotool("key", "Return")

    def ask_once_idle(self, question: str) -> None:
        """Ask, and press Enter again until the question is stored.

        Right after a stop the window may not have heard that the answer ended: Enter then
        keeps the text in the composer. Once sent, the composer is empty and Enter does
        nothing, so pressing it again is harmless.
        """
        before = len(self.messages())
        self.ask(question)

        def stored() -> bool:
            if len(self.messages()) > before:
                return True
            self.xdotool("key", "Return")
            return False

        self.wait_until(stored, "the question to be stored", interval=3)

    def rows(self, sql: str, *params: object) -> list[tuple]:
        """Read the app's database (read-only, one short connection)."""
        if not self.database.exists():
            return []
        connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=10)
        try:
            return connection.execute(sql, params).fetchall()
        except sqlite3.OperationalError:  # the schema is still being made
            return []
        finally:
            connection.close()

    def messages(self) -> list[tuple[int, int, str, str, str]]:
        """Every message: id, conversation id, role, status, text."""
        return self.rows("SELECT id, conversation_id, role, status, text FROM messages ORDER BY id")

    def answer(self) -> tuple | None:
        """The last answer, if any: its row is made with the first words on their way, and
        its text written about every second and at the end."""
        answers = [m for m in self.messages() if m[2] == "assistant"]
        return answers[-1] if answers else None

    def answer_started(self) -> tuple | None:
        """The answer being written, if any."""
        answer = self.answer()
        return answer if answer and answer[3] == "partial" else None

    def stop_with_the_mouse(self) -> None:
        """Click Stop if an answer is still being written, and wait until it has ended."""
        if self.answer_started():
            self.click(SEND_BUTTON)  # "Stop" while an answer is written
        self.wait_until(lambda: self.answer_started() is None, "the answer to end")
        self.xdotool("mousemove", "--sync", *map(str, COMPOSER))

    def model_id(self, name_start: str) -> int:
        """The id of the installed model whose name starts so."""
        rows = self.rows("SELECT id FROM installed_models WHERE name LIKE ?", f"{name_start}%")
        assert len(rows) == 1, rows
        return rows[0][0]

    def close(self) -> None:
        """End the app and the processes it started."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
