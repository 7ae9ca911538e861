"""Where the app's part of the first token goes: a timeline of one send, step by step.

Run: QT_QPA_PLATFORM=offscreen python bench/send_timeline.py [--runs 8] [--model smol|gemma|both]

The same app as app_overhead.py (offscreen window, real engine, threads=1, greedy), one
question per new chat. Each step's time is taken by a thin wrapper around the method that
marks it (a few microseconds each), counted from the ``ChatPane.send`` call:

- send() returns: the question and the empty answer are laid out (GUI thread);
- job queued: ``ChatService`` builds the answer's job and hands it to the worker (GUI);
- job starts: the job reads the conversation (inference thread);
- question stored: the question's row is written (inference thread);
- prompt to engine: the request goes to the engine host (inference thread; in-process
  engines of older code: the engine tokenizes the prompt);
- engine's first token: that moment plus the engine's own first-token time;
- first token shown: the first ``token`` signal reaches the GUI thread.

"app's own part" is the first token shown minus the engine's own first-token time: what
the app adds to what a bare ``Llama`` loop does (tokenize, read the prompt, sample).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    machine,
    median,
    models,
    queue_in_click,
    spread,
    switch_interval_as_the_app,
)

STEPS = (
    ("send_returned", "send() returns (question shown)"),
    ("job_queued", "job queued"),
    ("job_started", "job starts (reads the conversation)"),
    ("question_stored", "question stored"),
    ("prompt_to_engine", "prompt to engine (sent to the host)"),
    ("engine_first", "engine's first token"),
    ("first_shown", "first token on the GUI thread"),
)


class Marks:
    """First time each step was reached in the current send, off the GUI thread or on it."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    def mark(self, step: str) -> None:
        """Record ``step`` now, unless it was reached already in this send."""
        self.times.setdefault(step, time.perf_counter())

    def wrap(
        self, owner: Any, name: str, step: str, after: bool = False, worker_only: bool = False
    ) -> None:
        """Mark ``step`` when owner.name is called (or returns, with ``after``)."""
        original: Callable[..., Any] = getattr(owner, name)

        def marked(*args: Any, **kwargs: Any) -> Any:
            on_worker = threading.current_thread() is not threading.main_thread()
            counts = on_worker or not worker_only
            if counts and not after:
                self.mark(step)
            result = original(*args, **kwargs)
            if counts and after:
                self.mark(step)
            return result

        setattr(owner, name, marked)


def prompt_handover() -> tuple[type, str]:
    """The method that hands the prompt over to the engine.

    The engine host's request, or (older code, a ``LOCALCHAT_CODE`` checkout with the
    engine in process) the engine's tokenize.
    """
    try:
        from localchat.engines.host_client import HostedEngine
    except ImportError:
        from localchat.engines.llama_cpp_engine import LlamaCppEngine

        return LlamaCppEngine, "_tokenize_prompt"
    # A generator function: its body, and the request to the host, starts when the job
    # first asks it for text (HostedEngine._stream, after the engine's lock).
    return HostedEngine, "_relay"


def timeline(path: Path, runs: int) -> list[dict[str, float]]:
    """``runs`` sends (after one uncounted warm-up), each step in ms from the send() call."""
    from app_overhead import PROMPT, AppDriver

    from localchat.services.inference import InferenceService

    marks = Marks()
    driver = AppDriver(path, threads=1, max_tokens=8)
    repository = type(driver.app.core.conversations)
    marks.wrap(InferenceService, "submit", "job_queued", after=True)
    marks.wrap(repository, "messages", "job_started", worker_only=True)
    marks.wrap(repository, "add_message", "question_stored", after=True, worker_only=True)
    marks.wrap(*prompt_handover(), "prompt_to_engine")
    rows = []
    try:
        for i in range(runs + 1):
            marks.times.clear()
            started = time.perf_counter()
            result = driver.run(PROMPT.format(i=500 + i))
            row = {step: (t - started) * 1000 for step, t in marks.times.items()}
            row["send_returned"] = result["send_call"] * 1000
            row["first_shown"] = result["first"] * 1000
            row["engine_first"] = row["prompt_to_engine"] + result["engine_first"] * 1000
            row["own_part"] = row["first_shown"] - result["engine_first"] * 1000
            if i:
                rows.append(row)
    finally:
        driver.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--model", choices=("smol", "gemma", "both"), default="both")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="experiment: sys.setswitchinterval(seconds) (default: the app's)",
    )
    parser.add_argument(
        "--queue-in-click",
        action="store_true",
        help="experiment: queue the answer's job in the send click, not a frame later",
    )
    args = parser.parse_args()
    switch_interval_as_the_app()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    if args.queue_in_click:
        queue_in_click()
    print(machine())
    print(
        f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms; job queued "
        f"{'in the click' if args.queue_in_click else 'after the frame (as the app)'}"
    )
    chosen = models()
    if args.model != "both":
        chosen = [chosen[0 if args.model == "smol" else 1]]
    results = [(label, timeline(path, args.runs)) for label, path in chosen]
    print(f"\nms from the send() call, median ({args.runs} sends per model, min..max)\n")
    print("| step | " + " | ".join(label for label, _ in results) + " |")
    print("|---|" + "---|" * len(results))
    for step, title in (*STEPS, ("own_part", "**app's own part of the first token**")):
        cells = []
        for _label, rows in results:
            values = [row[step] for row in rows if step in row]
            cells.append(f"{median(values):.1f} ({spread(values)})" if values else "-")
        print(f"| {title} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
