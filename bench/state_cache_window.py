"""Back to a conversation in the window: first token with the saved model state vs without.

Run: python bench/state_cache_window.py [--sizes 500 2000] [--rounds 2]

The real window (offscreen) on the bundled SmolLM2 in its engine host, as a user runs it:
conversation A holds a stored history of about SIZE tokens, B a short one. Timed from the
Chat pane's send to the first piece of the answer shown (ChatService.answer_text):
1. a continuing turn in A (A's state is in the host's context): the goal's reference;
2. back to A after an answer in B, with the state cache (restored from the host's RAM);
3. the same in a window opened again (a new host: restored from the state file);
4. the same with the state files deleted and the cache turned off in the new host
   (``LOCALCHAT_NO_STATE_CACHE`` is not a product switch: the state folder is emptied and
   the bench's host is told a folder that does not exist, which reads the history again).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, switch_interval_as_the_app  # noqa: E402
from state_cache import history_messages  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def fill(core: Any, size: int, count: Any) -> tuple[int, int]:
    """Conversation A with about ``size`` tokens of history, and a short conversation B."""
    a = core.conversations.create(title="Port Ellis history")
    for message in history_messages(size, count):
        if message.role == "system":
            core.conversations.update(a.id, system_prompt=message.content)
        else:
            core.conversations.add_message(a.id, message.role, message.content)
    b = core.conversations.create(title="Colours")
    core.conversations.add_message(b.id, "user", "Name three colours of the rainbow.")
    core.conversations.add_message(b.id, "assistant", "Red, orange and yellow.")
    return a.id, b.id


class Window:
    """The app on a data folder; ``ask`` times the first piece of an answer."""

    def __init__(self, qt_app: Any, data_dir: Path) -> None:
        from localchat.app import Application
        from localchat.bootstrap import open_core
        from localchat.paths import resolve_paths

        self.core = open_core(resolve_paths(data_dir))
        self.app = Application(self.core, qt_app)
        self.app.window.show()
        self.qt_app = qt_app

    def ask(self, conversation: int, text: str) -> float:
        """Open the conversation, send ``text``; seconds to the first piece shown."""
        from PySide6.QtCore import QElapsedTimer

        pane = self.app.window.chat_pane
        pane.open_conversation(conversation)
        self._settle(pane)
        first: list[float] = []
        chat = self.app.chat

        def on_text(conv: int, _rid: int, _text: str) -> None:
            if conv == conversation and not first:
                first.append(time.perf_counter())

        chat.answer_text.connect(on_text)
        timer = QElapsedTimer()
        timer.start()
        started = time.perf_counter()
        pane.send(text)
        while not first or pane.generating:
            self.qt_app.processEvents()
            if timer.elapsed() > 600_000:
                raise TimeoutError("no answer in 10 minutes")
        chat.answer_text.disconnect(on_text)
        return first[0] - started

    def _settle(self, pane: Any) -> None:
        deadline = time.perf_counter() + 60
        while (pane.generating or not self.app.window.isVisible()) and (
            time.perf_counter() < deadline
        ):
            self.qt_app.processEvents()

    def close(self) -> None:
        """Close the window, its engine host and the database."""
        self.app.window.close()
        self.app.shutdown()
        self.core.close()


def run_size(qt_app: Any, size: int, rounds: int, rows: dict[str, list[float]]) -> None:
    from localchat.bootstrap import open_core
    from localchat.engines.vocabulary import Vocabulary
    from localchat.paths import resolve_paths

    data = Path(tempfile.mkdtemp(prefix=f"state-window-{size}-"))
    core = open_core(resolve_paths(data))
    model = core.models.list()[0]
    a, b = fill(core, size, Vocabulary.load(Path(model.path)).count)
    core.close()
    window = Window(qt_app, data)
    window.ask(a, "In one sentence, what was the most important point so far?")  # turn 1
    for number in range(rounds):
        rows["continuing turn"].append(window.ask(a, f"Go on, part {number}."))
        window.ask(b, "And three more?")
        rows["back, state from RAM"].append(window.ask(a, f"Back again, part {number}."))
    window.close()
    for number in range(rounds):
        window = Window(qt_app, data)  # a new engine host: only the state file is left
        window.ask(b, "And two more?")
        rows["back, state from file (window opened again)"].append(
            window.ask(a, f"Once more, part {number}.")
        )
        window.close()
        shutil.rmtree(data / "model-state", ignore_errors=True)  # no state: read it all
        window = Window(qt_app, data)
        window.ask(b, "And one more?")
        rows["back, read again (no state file)"].append(window.ask(a, f"Again, part {number}."))
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    switch_interval_as_the_app()
    qt_app = QApplication(sys.argv[:1])
    print(machine())
    for size in args.sizes:
        rows: dict[str, list[float]] = {
            "continuing turn": [],
            "back, state from RAM": [],
            "back, state from file (window opened again)": [],
            "back, read again (no state file)": [],
        }
        run_size(qt_app, size, args.rounds, rows)
        reference = median(rows["continuing turn"])
        print(f"\n{size} tokens of history (median of {args.rounds}):")
        for name, values in rows.items():
            ratio = median(values) / reference
            print(f"  {name:46s} {median(values):7.3f} s   x{ratio:.2f} of a continuing turn")


if __name__ == "__main__":
    main()
