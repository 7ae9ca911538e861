"""The real window under Xvfb, driven by X11 key and mouse events (xdotool).

A key sent straight to a widget (QTest) passes while the window a user gets can ignore
it: these start ``python -m localchat`` on its own X server, with no window manager (as
in CI), and check what the app stored in its database. The Esc and Ctrl+N tests use keys
only: a click makes the window active, which hid their bug.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from real_window import COMPOSER, MODEL_PICKER, RealWindow, xvfb

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
        reason="needs a real X display: install the Debian packages xvfb and xdotool",
    ),
]

LONG_QUESTION = "Write a very long story about a lighthouse keeper, at least 500 words."


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A fresh Xvfb for this module's tests."""
    with xvfb() as display:
        yield display


@pytest.fixture
def start_window(
    x_display: str, data_dir: Path, tmp_path: Path
) -> Iterator[Callable[[], RealWindow]]:
    """Start the app on the test's X display; the pointer rests on the composer."""
    started: list[RealWindow] = []

    def start() -> RealWindow:
        window = RealWindow(x_display, data_dir, tmp_path / "app.log")
        started.append(window)
        window.wait_until(window.windows, "the window to show")
        # Where a user's hand would be; with no window manager, keys go where the X server's
        # focus is, which is this window only once the app has asked for it.
        window.xdotool("mousemove", "--sync", *map(str, COMPOSER))
        return window

    yield start
    for window in started:
        window.close()


def test_enter_sends_the_question_and_an_answer_is_stored(
    start_window: Callable[[], RealWindow],
) -> None:
    window = start_window()
    window.ask("Name three fruits.")

    def answer_with_text() -> tuple | None:
        answer = window.answer()
        return answer if answer and answer[4] else None

    answer = window.wait_until(answer_with_text, "an answer's text")
    question = window.messages()[0]
    assert question[2:] == ("user", "complete", "Name three fruits.")
    assert answer[1] == question[1]  # in the same conversation


def test_escape_stops_the_answer(start_window: Callable[[], RealWindow]) -> None:
    window = start_window()
    window.ask(LONG_QUESTION)
    answer_id = window.wait_until(window.answer_started, "the answer to start")[0]

    def ended() -> str | None:
        status = next(m[3] for m in window.messages() if m[0] == answer_id)
        return None if status == "partial" else status

    window.xdotool("key", "Escape")
    # Stopped, not written to its end: Esc reached the job. How soon a Stop ends a job is
    # measured by bench/engine_host.py --stops (goal 250 ms).
    assert window.wait_until(ended, "the answer to end") == "stopped"


def test_ctrl_n_starts_a_new_conversation(start_window: Callable[[], RealWindow]) -> None:
    window = start_window()
    window.ask("Say hello.")
    first = window.wait_until(window.answer, "the answer")
    window.wait_until(lambda: window.answer_started() is None, "the (short) answer to end")
    window.xdotool("key", "ctrl+n")
    window.ask_once_idle("Name three fruits.")
    question = window.messages()[2]
    assert question[2:] == ("user", "complete", "Name three fruits.")
    assert question[1] != first[1], "the question went into the first conversation"
    assert len(window.rows("SELECT id FROM conversations")) == 2


def pick_model(window: RealWindow, name: str) -> None:
    """Open the model picker with the mouse, choose a model by its first letter, and Enter."""

    def list_open() -> bool:
        # The picker is off until the window has heard that an answer ended: click again.
        if len(window.windows()) == 1:
            window.click(MODEL_PICKER)
            clicked = time.monotonic()
            while len(window.windows()) == 1 and time.monotonic() - clicked < 5:
                time.sleep(0.2)
        return len(window.windows()) > 1

    window.wait_until(list_open, "the model picker's list to open")
    window.xdotool("type", name[0])
    window.xdotool("key", "Return")
    window.wait_until(lambda: len(window.windows()) == 1, "the model picker's list to close")
    window.click(COMPOSER)


def conversation_model(window: RealWindow) -> int | None:
    """The model of the only conversation."""
    (conversation,) = window.rows("SELECT model_id FROM conversations")
    return conversation[0]


def test_the_model_picked_answers_the_next_question(
    start_window: Callable[[], RealWindow], data_dir: Path, gemma_model_path: Path
) -> None:
    imported = subprocess.run(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), "models", "import"]
        + [str(gemma_model_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr
    window = start_window()
    gemma, smollm = window.model_id("Gemma"), window.model_id("SmolLM2")
    pick_model(window, "Gemma")
    window.ask("Name three fruits.")
    window.wait_until(lambda: window.rows("SELECT id FROM conversations"), "the conversation")
    assert conversation_model(window) == gemma
    # Picking the other model changes the conversation's, so the first pick was a real
    # change whichever model the picker showed at first. The picker is off during an answer.
    window.wait_until(window.answer, "the answer")
    window.stop_with_the_mouse()
    pick_model(window, "SmolLM2")
    window.wait_until(lambda: conversation_model(window) == smollm, "the conversation's model")


def test_the_welcome_shows_once_at_first_start_and_esc_closes_it(
    x_display: str,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    window = RealWindow(x_display, data_dir, tmp_path / "app.log", welcome=True)
    try:
        window.wait_until(window.windows, "the window to show")

        def welcome() -> list[str]:
            return window.xdotool(
                "search", "--onlyvisible", "--name", "Welcome to LocalChat"
            ).split()

        window.wait_until(welcome, "the welcome to show")
        window.xdotool("key", "Escape")
        window.wait_until(lambda: not welcome(), "Esc to close the welcome")
        settings = json.loads((data_dir / "config" / "settings.json").read_text())
        assert settings["welcome_shown"] is True
    finally:
        window.close()
