"""What rendering answers costs the GUI thread, without a model: replay and open.

Run: QT_QPA_PLATFORM=offscreen python bench/render_probe.py stream [--file F] [--pace 250]
     QT_QPA_PLATFORM=offscreen python bench/render_probe.py open [--messages 100]

- stream: replays an answer into a MessageView (1000x760, shown) in 14 ms slices at
  ``--pace`` characters per second, as tokens arrive from a model, with a 5 ms heartbeat
  on the GUI thread; prints the longest gap, the 99th percentile and the gaps over 16 ms.
  The default answer is bench/data/nested_list_answer.md: SmolLM2's own 3,727-character
  answer to the long-guide prompt of bench/responsiveness.py, one nested list throughout,
  which split_blocks cannot cut into pieces (the worst case for each render).
- open: shows conversations of the generated history (bench/_common.py) in a MessageView,
  timing set_messages plus the layout and paint that follow.

No engine and no Application: only the chat view, so the figures move with the view's
code alone. Garbage collection is frozen first, as the app does once its window shows.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Heartbeat, cached_history, machine, median  # noqa: E402

DEFAULT_ANSWER = Path(__file__).resolve().parent / "data" / "nested_list_answer.md"
SLICE_MS = 14  # one slice per token at ~70 tokens/s (SmolLM2 here)


def replay_once(text: str, step: int) -> tuple[float, float, int, int]:
    """One replay: (longest gap ms, 99th percentile ms, gaps over 16 ms, renders)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from localchat.ui.chat.items import MessageItem
    from localchat.ui.chat.message_view import MessageView

    view = MessageView()
    view.resize(1000, 760)
    view.show()
    view.add_message(MessageItem(1, "user", "Write a long, detailed guide.", "complete"))
    view.begin_answer()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)  # shown and painted before the clock starts
    loop.exec()
    gc.collect()
    gc.freeze()
    heartbeat = Heartbeat()
    feeder = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=SLICE_MS)
    position = 0

    def feed() -> None:
        nonlocal position
        if position >= len(text):
            feeder.stop()
            view.end_answer("complete", 2, text)
            QTimer.singleShot(100, loop.quit)
            return
        view.append_answer_text(text[position : position + step])
        position += step

    feeder.timeout.connect(feed)
    heartbeat.start()
    feeder.start()
    loop.exec()
    worst, p99, over = heartbeat.stop()
    gc.unfreeze()
    view.deleteLater()
    return worst, p99, over, view.render_count


def stream(path: Path, pace: float, repeats: int) -> None:
    text = path.read_text(encoding="utf-8")
    step = max(1, round(pace * SLICE_MS / 1000))
    results = []
    for repeat in range(repeats):
        worst, p99, over, renders = replay_once(text, step)
        results.append((worst, p99, over, renders))
        print(
            f"  [{repeat + 1}] longest gap {worst:.1f} ms, p99 {p99:.1f} ms, gaps > 16 ms: "
            f"{over}, renders {renders}",
            flush=True,
        )
    print(
        f"\n{path.name}: {len(text):,} characters at {pace:.0f} characters/s, {repeats} repeats: "
        f"longest gap {median([r[0] for r in results]):.1f} ms (median), p99 "
        f"{median([r[1] for r in results]):.1f} ms, gaps > 16 ms "
        f"{median([r[2] for r in results]):.0f}, renders {median([r[3] for r in results]):.0f}"
    )


def open_conversations(count: int, messages: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from localchat.ui.chat.items import MessageItem
    from localchat.ui.chat.message_view import MessageView

    database = sqlite3.connect(cached_history() / "localchat.db")
    view = MessageView()
    view.resize(1000, 760)
    view.show()
    loop = QEventLoop()
    times = []
    for conversation_id in range(1, 1 + 97 * count, 97):
        rows = database.execute(
            "SELECT id, role, text, status FROM messages WHERE conversation_id = ? "
            "ORDER BY id LIMIT ?",
            (conversation_id, messages),
        ).fetchall()
        view.set_messages([])
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        started = time.perf_counter()
        view.set_messages([MessageItem(*row) for row in rows])
        QTimer.singleShot(0, loop.quit)  # the layout and paint that follow
        loop.exec()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"open a conversation of {messages} messages ({count} of them): median "
        f"{median(times):.0f} ms, each {[round(t) for t in times]} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    replay = sub.add_parser("stream", help="replay an answer as if it streamed")
    replay.add_argument("--file", type=Path, default=DEFAULT_ANSWER)
    replay.add_argument("--pace", type=float, default=250.0, help="characters per second")
    replay.add_argument("--repeats", type=int, default=3)
    opening = sub.add_parser("open", help="open conversations of the generated history")
    opening.add_argument("--messages", type=int, default=100)
    opening.add_argument("--count", type=int, default=7)
    args = parser.parse_args()
    print(machine())

    from PySide6.QtWidgets import QApplication

    _qt = QApplication([])
    if args.what == "stream":
        stream(args.file, args.pace, args.repeats)
    else:
        open_conversations(args.count, args.messages)


if __name__ == "__main__":
    main()
