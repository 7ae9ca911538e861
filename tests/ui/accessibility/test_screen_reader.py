"""What a screen reader hears of the real window, read through AT-SPI as Orca reads it.

The app runs as a user runs it (``python -m localchat`` on Xvfb with accessibility on, on
its own session bus and AT-SPI bus); keys come from xdotool; ``atspi_walk.py``, run by
Debian's Python (which has pyatspi), reads the accessible tree and hears announcements.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ui: real_window
from real_window import COMPOSER, RealWindow, xvfb  # noqa: E402

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PANE_KEYS = {
    "Chat": "ctrl+1", "Summarize": "ctrl+2", "Translate": "ctrl+3", "Library": "ctrl+4",
    "Models": "ctrl+5",
}  # fmt: skip
LONG_TITLE = (
    "The extraordinarily long and winding history of lighthouse keepers along the northern "
    "coasts of Scotland and Norway"
)
QUESTION, ANSWER = "Name three fruits.", "Apples, bananas and cherries."


def _system_python_has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not _system_python_has_pyatspi(),
        reason="needs pyatspi under /usr/bin/python3: apt-get install python3-pyatspi "
        "at-spi2-core dbus-x11 (CI's .ci/run installs them)",
    ),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "dbus-daemon"))
        or not Path(BUS_LAUNCHER).exists(),
        reason="needs Xvfb, xdotool, dbus-daemon and at-spi2-core (Debian packages)",
    ),
]


class ScreenReader:
    """The AT-SPI side: the app's accessible tree, and what the app announces."""

    def __init__(self, env: dict[str, str], pid: int) -> None:
        self.env = env
        self.pid = pid

    def walk(self) -> dict:
        """The showing accessible tree (see atspi_walk.py)."""
        result = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "walk", str(self.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def listen(self, seconds: float) -> subprocess.Popen:
        """Start hearing announcements and name changes; returns once the listener is ready."""
        process = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER), "listen", str(self.pid), str(seconds)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        assert json.loads(process.stdout.readline()) == {"ready": True}
        return process


def heard(process: subprocess.Popen, wanted: str, timeout: float = 180) -> list[dict]:
    """The events heard until an announcement containing ``wanted`` (or the timeout)."""
    events: list[dict] = []
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        events.append(json.loads(line))
        if events[-1]["type"] == "object:announcement" and wanted in events[-1]["detail"]:
            break
    process.terminate()
    process.wait(timeout=30)
    return events


def seed(data_dir: Path) -> None:
    """A conversation with a long title and one question and answer, stored before start."""
    from localchat.storage import ConversationRepository, Database

    database = Database.open(data_dir / "localchat.db")
    try:
        repository = ConversationRepository(database)
        conversation = repository.create(LONG_TITLE)
        repository.add_message(conversation.id, "user", QUESTION)
        repository.add_message(conversation.id, "assistant", ANSWER)
    finally:
        database.close()


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RealWindow, ScreenReader]]:
    """The app on Xvfb with its session and AT-SPI buses, and the screen reader's side."""
    folder = tmp_path_factory.mktemp("screen-reader")
    data_dir = folder / "data"
    data_dir.mkdir()
    seed(data_dir)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    launcher: subprocess.Popen | None = None
    window: RealWindow | None = None
    try:
        with xvfb() as display:
            env = {
                "DBUS_SESSION_BUS_ADDRESS": address,
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1",
            }
            full_env = {**os.environ, **env, "DISPLAY": display}
            launcher = subprocess.Popen(
                [BUS_LAUNCHER, "--launch-immediately"],
                env=full_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # its bus and registry end with its group
            )
            settings = {"sampling": {"max_tokens": 24}}  # short answers
            window = RealWindow(display, data_dir, folder / "app.log", settings=settings, env=env)
            window.wait_until(window.windows, "the window to show")
            window.xdotool("mousemove", "--sync", *map(str, COMPOSER))
            reader = ScreenReader(full_env, window.process.pid)
            window.wait_until(lambda: reader.walk()["interactive"], "the window on AT-SPI")
            yield window, reader
    finally:
        if window is not None:
            window.close()
        for process in (launcher, bus):
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)


def show_pane(window: RealWindow, reader: ScreenReader, pane: str) -> dict:
    """Switch panes with the pane's key; the walk once its page tab reads selected."""

    def walked() -> dict | None:
        tree = reader.walk()
        selected = [
            n["name"]
            for n in tree["nodes"]
            if n["role"] == "page tab" and "selected" in n["states"]
        ]
        return tree if selected == [f"{pane} pane"] else None

    window.keys(PANE_KEYS[pane])
    return window.wait_until(walked, f"the {pane} pane", interval=0.5)


def test_every_control_has_a_role_and_a_name_in_every_pane(desktop) -> None:  # noqa: ANN001
    window, reader = desktop
    counts = {}
    for pane in PANE_KEYS:
        tree = show_pane(window, reader, pane)
        interactive = tree["interactive"]
        counts[pane] = (len(interactive), len(tree["unnamed"]))
        assert interactive, pane
        assert tree["unnamed"] == [], f"{pane}: controls with no name: {tree['unnamed']}"
        assert all(n["role"] for n in interactive)
        assert not [n for n in interactive if n["role"] == "check box" and "pane" in n["name"]]
    print(f"AT-SPI interactive controls (count, unnamed) per pane: {counts}")


def test_the_navigation_reads_as_page_tabs(desktop) -> None:  # noqa: ANN001
    window, reader = desktop
    tree = show_pane(window, reader, "Translate")
    (tab_list,) = [n for n in tree["nodes"] if n["role"] == "page tab list"]
    assert tab_list["name"] == "Pages"
    tabs = [n for n in tree["nodes"] if n["path"].startswith(tab_list["path"] + "/")]
    assert [(n["role"], n["name"]) for n in tabs] == [
        ("page tab", f"{pane} pane") for pane in PANE_KEYS
    ]
    assert [("selected" in n["states"]) for n in tabs] == [False, False, True, False, False]
    assert not any("checked" in n["states"] for n in tabs)


def test_messages_read_as_you_and_assistant_and_long_titles_fit(desktop) -> None:  # noqa: ANN001
    window, reader = desktop
    show_pane(window, reader, "Chat")
    # Keys only: Ctrl+F is the search box; Tab reaches the conversations; Down, Enter opens.
    window.keys("ctrl+f", "Tab", "Down", "Return")

    def messages() -> list[dict] | None:
        tree = reader.walk()
        found = [n for n in tree["nodes"] if n["name"].startswith(("You: ", "Assistant: "))]
        return found if len(found) == 2 else None

    you, assistant = window.wait_until(messages, "the conversation's messages", interval=0.5)
    assert you["name"] == f"You: {QUESTION}"
    assert assistant["name"] == f"Assistant: {ANSWER}"
    assert "focusable" in you["states"] and "focusable" in assistant["states"]
    tree = reader.walk()
    (conversations,) = [n for n in tree["nodes"] if n["name"] == "Conversations"]
    inside = [n for n in tree["nodes"] if n["path"].startswith(conversations["path"] + "/")]
    assert any(n["name"] == LONG_TITLE for n in inside), "the row reads the whole title"
    bars = [n for n in inside if n["role"] == "scroll bar" and "horizontal" in n["states"]]
    assert bars == [], "a horizontal scroll bar shows under the conversations"


def test_an_answer_and_an_error_are_announced(desktop) -> None:  # noqa: ANN001
    window, reader = desktop
    show_pane(window, reader, "Chat")
    listener = reader.listen(240)
    window.keys("ctrl+n")
    window.type("Say hello.")
    window.keys("Return")
    events = heard(listener, "Answer finished")
    said = [e["detail"] for e in events if e["type"] == "object:announcement"]
    assert any(s.startswith("Answer finished: ") for s in said), events
    window.wait_until(lambda: window.answer_started() is None, "the answer to end")

    # An error: Summarize's "Use the pasted text" with nothing pasted, by keys only.
    listener = reader.listen(60)
    window.keys("ctrl+2", "Tab", "Tab", "Tab", "space")
    events = heard(listener, "paste box is empty", timeout=60)
    said = [e["detail"] for e in events if e["type"] == "object:announcement"]
    assert any("The paste box is empty" in s for s in said), events
