"""Keyboard only: the real window driven by xdotool key events, never the mouse.

One window for the module (the tests run in order, each on what the last left); what the
app did is read from its database or its X windows.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from real_window import RealWindow, xvfb

sys.path.insert(0, str(Path(__file__).parents[1] / "downloads"))  # the loopback hub
from hub_server import Hub, HubServer  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
        reason="needs a real X display: install the Debian packages xvfb and xdotool",
    ),
]

LONG_QUESTION = "Write a very long story about a lighthouse keeper, at least 500 words."


@pytest.fixture(scope="module")
def hub(default_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """The loopback hub, serving a 6 MB slice of SmolLM2 as every catalog file."""
    from localchat.catalog.catalog import catalog_path

    small = tmp_path_factory.mktemp("hub") / "small.gguf"
    with open(default_model_path, "rb") as f:
        small.write_bytes(f.read(6 << 20))
    content = Hub()
    for model in json.loads(catalog_path().read_text())["models"]:
        for variant in model["variants"]:
            if variant.get("repo"):
                content.add(variant["repo"], variant["file"], small)
    with HubServer(content) as server:
        yield server


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory, hub: HubServer) -> Iterator[RealWindow]:
    """The app on its own Xvfb; short answers keep the module short; downloads go to the
    loopback hub (HF_ENDPOINT), so nothing leaves the machine."""
    folder = tmp_path_factory.mktemp("keyboard")
    data_dir = folder / "data"
    data_dir.mkdir()
    with xvfb() as display:
        app = RealWindow(
            display,
            data_dir,
            folder / "app.log",
            settings={"sampling": {"max_tokens": 48}},
            env={"HF_ENDPOINT": hub.endpoint},
        )
        try:
            app.wait_until(app.windows, "the window to show")
            yield app
        finally:
            app.close()


def answers_ended(window: RealWindow) -> None:
    window.wait_until(
        lambda: window.answer() is not None and window.answer_started() is None,
        "the answer to end",
    )


def conversations(window: RealWindow) -> list[int]:
    return [row[0] for row in window.rows("SELECT id FROM conversations ORDER BY id")]


def test_start_a_chat(window: RealWindow) -> None:
    window.keys("ctrl+n")
    window.type("Name three fruits.")
    window.keys("Return")
    answers_ended(window)
    question, answer = window.messages()[:2]
    assert question[2:4] == ("user", "complete") and answer[2] == "assistant"


def test_stop_an_answer(window: RealWindow) -> None:
    window.keys("ctrl+n")
    window.type(LONG_QUESTION)
    window.keys("Return")
    answer_id = window.wait_until(window.answer_started, "the answer to start")[0]
    window.keys("Escape")
    window.wait_until(lambda: window.answer_started() is None, "the answer to end")
    assert next(m[3] for m in window.messages() if m[0] == answer_id) == "stopped"


def test_switch_conversation(window: RealWindow) -> None:
    first, second = conversations(window)[:2]
    # The list is newest first: Down, Down past the header opens the older conversation.
    window.keys("ctrl+f", "Tab", "Home", "Down", "Down", "Return", "ctrl+1")
    window.type("And three vegetables?")
    window.keys("Return")
    window.wait_until(
        lambda: any(m[4] == "And three vegetables?" for m in window.messages()), "the question"
    )
    asked = next(m for m in window.messages() if m[4] == "And three vegetables?")
    assert asked[1] == first, (asked, first, second)
    answers_ended(window)


def test_open_settings_and_close_it(window: RealWindow) -> None:
    window.keys("ctrl+comma")

    def dialog() -> list[str]:
        return window.xdotool("search", "--onlyvisible", "--name", "Settings").split()

    window.wait_until(dialog, "the Settings dialog")
    window.keys("Escape")
    window.wait_until(lambda: not dialog(), "Esc to close Settings")
    window.give_focus_back()


def last_answer_made(window: RealWindow) -> tuple | None:
    """The id, creation time and status of the answer made last (SQLite may give an answer
    made again the id of the one it replaced)."""
    rows = window.rows(
        "SELECT id, created_at, status FROM messages WHERE role = 'assistant' "
        "ORDER BY created_at DESC, id DESC LIMIT 1"
    )
    return rows[0] if rows else None


def answer_made_after(window: RealWindow, before: tuple | None) -> tuple:
    """Wait for an answer made after ``before`` (a last_answer_made) to end."""

    def ended() -> tuple | None:
        answer = last_answer_made(window)
        new = answer is not None and (before is None or answer[1] > before[1])
        return answer if new and answer[2] != "partial" else None

    return window.wait_until(ended, "a new answer to end")


def test_ctrl_r_regenerates_the_last_answer(window: RealWindow) -> None:
    window.keys("ctrl+1")
    before = last_answer_made(window)
    conversation = next(m[1] for m in window.messages() if m[0] == before[0])
    count = len(window.messages())
    window.keys("ctrl+r")
    again = answer_made_after(window, before)
    assert next(m[1] for m in window.messages() if m[0] == again[0]) == conversation
    assert len(window.messages()) == count, "the last answer was replaced, not added to"


def dialog(window: RealWindow, title: str) -> list[str]:
    return window.xdotool("search", "--onlyvisible", "--name", title).split()


def test_up_in_the_empty_composer_edits_the_last_question(window: RealWindow) -> None:
    window.keys("ctrl+1")
    conversation = [m for m in window.messages() if m[2] == "user"][-1][1]
    count = len(window.messages())
    before = last_answer_made(window)
    window.keys("Up")
    window.wait_until(lambda: dialog(window, "Edit message"), "the Edit message dialog")
    window.keys("ctrl+a")
    window.type("Name two fruits.")
    window.keys("Tab", "Return")  # Tab leaves the text for OK (the default button)
    window.wait_until(lambda: dialog(window, "Replace the later"), "the question to replace")
    window.keys("Return")  # Yes
    window.wait_until(lambda: not dialog(window, "Replace the later"), "the question to close")
    window.give_focus_back()
    answer_made_after(window, before)
    asked = [m for m in window.messages() if m[1] == conversation and m[2] == "user"]
    assert asked[-1][4] == "Name two fruits."
    assert len(window.messages()) == count, "the question and its answer were replaced"


def test_search_down_and_enter_open_the_hit(window: RealWindow) -> None:
    lighthouse = next(m[1] for m in window.messages() if "lighthouse" in m[4])
    window.keys("ctrl+f")
    window.type("lighthouse")
    time.sleep(1.5)  # the search waits for typing to pause, then runs off the GUI thread
    window.keys("Down", "Return", "ctrl+1")
    window.ask_once_idle("Found by searching.")
    asked = next(m for m in window.messages() if m[4] == "Found by searching.")
    assert asked[1] == lighthouse
    answers_ended(window)


def test_ctrl_5_then_ctrl_1_puts_the_cursor_back_in_the_composer(window: RealWindow) -> None:
    window.keys("ctrl+5")
    time.sleep(1)
    window.keys("ctrl+1")
    window.ask_once_idle("Back from the Models pane.")
    answers_ended(window)


def jobs(window: RealWindow, kind: str) -> list[tuple]:
    return window.rows(
        "SELECT id, status, result_text FROM document_jobs WHERE kind = ? ORDER BY id", kind
    )


def finished_job(window: RealWindow, kind: str) -> tuple:
    def done() -> tuple | None:
        found = [j for j in jobs(window, kind) if j[1] == "finished"]
        return found[-1] if found else None

    return window.wait_until(done, f"the {kind} job to finish", interval=1)


def test_summarize_a_file_opened_through_the_file_dialog(
    window: RealWindow, tmp_path: Path
) -> None:
    document = tmp_path / "harbour.txt"
    document.write_text(
        "The harbour opened in 1850. Fishing boats brought cod and herring every morning.\n\n"
        "A lighthouse was built on the rocks in 1872 after two ships were lost in a storm.\n"
    )
    window.keys("ctrl+2", "Tab", "space")  # the model picker, then Open a document
    window.wait_until(lambda: dialog(window, "Open a document"), "the file dialog")
    window.type(str(document))
    window.keys("Return")
    window.wait_until(lambda: not dialog(window, "Open a document"), "the dialog to close")
    window.give_focus_back()
    time.sleep(1)  # the file is read off the GUI thread
    # Pasted text, Use the pasted text, Length, Form, Focus, then Summarize.
    window.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "space")
    job = finished_job(window, "summarize")
    assert job[2].strip()


def test_translate_pasted_text(window: RealWindow) -> None:
    window.keys("ctrl+3", "Tab", "Tab")  # the model picker, Open a document, the paste box
    window.type("Good morning. The museum opens at nine.")
    window.keys("Tab", "space")  # Use the pasted text
    time.sleep(0.5)
    window.keys("Tab", "Tab", "Tab", "Tab", "space")  # From, Into, Terms, then Translate
    job = finished_job(window, "translate")
    assert job[2].strip()


def test_start_a_model_download(window: RealWindow, hub: HubServer) -> None:
    rows = 0

    def downloading() -> bool:
        nonlocal rows
        if hub.hub.gets():
            return True
        rows += 1
        # What can this computer run?, the filter (its selected button only), the name
        # box, Import, Search the hub, Add a server: then the catalog, where Down moves to
        # the next row; Tab reaches its Download button (Esc closes anything else opened).
        window.keys("Escape", "ctrl+5", *["Tab"] * 6, *["Down"] * rows, "Tab", "space")
        return False

    window.wait_until(downloading, "a download from the loopback hub", interval=2)
