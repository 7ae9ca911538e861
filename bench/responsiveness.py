"""The longest GUI event-loop stall while the app works: a 5 ms heartbeat timer in the GUI thread.

Run: QT_QPA_PLATFORM=offscreen python bench/responsiveness.py [--repeats 3] [--threads 1]
     [--only 'model load' --only PDF --only export ...]

One offscreen Application (window shown, 1100x800) on a history of 10,000 conversations x
100 messages (1M messages, built once with bench/_common.py into /tmp/localchat-bench and
reused). A PreciseTimer fires every 5 ms on the GUI thread; the figure is the longest gap
between two beats while a scenario runs (so 5 ms means no stall at all). Goal: <= 16 ms.
Scenarios go through the same entry points the widgets use:
- idle: nothing runs (the machine's own noise floor, for comparison)
- streaming: ChatPane.send, 256 tokens at full speed with SmolLM2 (greedy)
- streaming a long answer: the same, 1,024 tokens of a guide with headings, lists and code
  (the Markdown grows: what each render costs grows with it)
- model load: ChatService.preload of the other model (Gemma 3 270M <-> SmolLM2)
- 100-page PDF: the Summarize pane's DocumentSource.open_path (pypdf off the GUI thread)
- search 1M messages: typing into the sidebar's search box (debounce, FTS5 query, results)
- export all: LibraryService.export of every conversation to Markdown
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    GOAL_MS,
    FullCollections,
    Heartbeat,
    cached_history,
    machine,
    median,
    models,
    queue_in_click,
    start_as_the_app,
    switch_interval_as_the_app,
)

CLICK_SECONDS = 0.1  # a send's first 100 ms: the click, the question's frame, the job's start


def build_pdf(pages: int, path: Path) -> Path:
    """A text PDF written by hand (the builder the document tests use)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "documents"))
    from conftest import build_pdf as build  # type: ignore[import-not-found]

    sentence = "The committee reviewed the budget for the river bridge and the school roof. "
    body = [[f"Page {p + 1}, line {line}: " + sentence for line in range(40)] for p in range(pages)]
    path.write_bytes(build(body, title="Benchmark report"))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="run only scenarios whose name contains this text (repeatable; 'export' too)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="experiment: sys.setswitchinterval(seconds) (default: the app's)",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="experiment: no gc.freeze() after start-up (run_app freezes twice)",
    )
    parser.add_argument(
        "--queue-in-click",
        action="store_true",
        help="experiment: queue the answer's job in the send click, not a frame later",
    )
    parser.add_argument(
        "--gc-log",
        action="store_true",
        help="report full (generation 2) garbage collections per scenario",
    )
    args = parser.parse_args()
    interval = switch_interval_as_the_app()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
        interval = args.switch_interval
    if args.queue_in_click:
        queue_in_click()
    collections = FullCollections() if args.gc_log else None
    print(machine())
    print(
        f"GIL switch interval {interval * 1000:g} ms; gc.freeze "
        f"{'off' if args.no_freeze else 'as run_app'}; job queued "
        f"{'in the click' if args.queue_in_click else 'after the frame (as the app)'}"
    )
    data_dir = cached_history()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from localchat.app import Application
    from localchat.bootstrap import open_core
    from localchat.library import register_model_file
    from localchat.paths import resolve_paths
    from localchat.settings import Sampling

    qt = QApplication([])
    core = open_core(resolve_paths(data_dir))
    (smol_label, smol_path), (gemma_label, gemma_path) = models()
    smol = core.models.find_by_path(str(smol_path))
    gemma = core.models.find_by_path(str(gemma_path)) or register_model_file(
        core.models, gemma_path, source="import"
    )
    core.settings.threads = args.threads
    core.settings.task_models = {"chat": smol.id}
    short_sampling = Sampling(temperature=0.0, max_tokens=256, repeat_penalty=1.1)
    long_sampling = Sampling(temperature=0.0, max_tokens=1024, repeat_penalty=1.1)
    core.settings.sampling = short_sampling
    app = Application(core, qt)
    window = app.window
    window.resize(1100, 800)
    window.show()
    window.refresh_conversations()
    pane = window.chat_pane
    summarize_source = window.panes["Summarize"].source
    heart = Heartbeat()
    loop = QEventLoop()
    state: dict = {}

    def finish_soon(*_args: object) -> None:
        if not state.get("done"):
            state["done"] = True
            QTimer.singleShot(30, loop.quit)  # let any stall after the result show up

    def settle(ms: int) -> None:
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def run(
        start: Callable[[], object],
        signal: Any,
        accept: Callable[..., bool] = lambda *a: True,
    ) -> tuple[float, float, int, float]:
        state.clear()

        def on_signal(*a: object) -> None:
            if accept(*a):
                finish_soon()

        signal.connect(on_signal)
        heart.start()
        began = time.perf_counter()
        start()
        loop.exec()
        took = time.perf_counter() - began
        signal.disconnect(on_signal)
        worst, p99, over = heart.stop()
        return worst, p99, over, took

    # What the app does after its first paint (load the default model, survey the
    # catalog), so that no scenario pays for it. SmolLM2 is the default model.
    if not args.no_freeze:
        gc.freeze()  # as run_app does once the window shows, and again once warm
    app.start(**({} if args.no_freeze else start_as_the_app()))
    run(lambda: None, app.inference.model_loaded)
    app.runner.wait(10_000)  # the warm-ups that the load started are over...
    settle(100)  # ...and their end is handled (run_app's freeze), before any scenario
    pane.model_picker.setCurrentIndex(pane.model_picker.findData(smol.id))
    # The picker may have started on another model: make sure SmolLM2 is the one loaded,
    # so that every "model load" below is a real switch (a load of the loaded model is
    # a no-op that emits no model_loaded). A load request always ends with `finished`.
    load_request: dict[str, int] = {}
    run(
        lambda: load_request.setdefault("id", app.chat.preload(smol)),
        app.inference.finished,
        lambda rid, _result: rid == load_request.get("id"),
    )

    tmp = Path(tempfile.mkdtemp())
    pdf = build_pdf(100, tmp / "report.pdf")
    queries = ["river", "xylophone", "bat"]  # common word, rare word, prefix (battery)
    scenarios: dict[str, list[tuple[float, float, int, float]]] = {}
    loaded = {"current": smol.id}

    # The answer's request id (the question's job is queued just after send() returns).
    app.chat.answer_started.connect(lambda _conversation, rid: state.__setitem__("rid", rid))

    def new_chat() -> None:
        # A click of its own before the measured one: clearing the old conversation's
        # bubbles is not part of sending.
        pane.new_chat()
        settle(300)

    def stream() -> None:
        pane.send(f"Write a long story about a lighthouse keeper, version {time.time()}.")

    long_prompts = iter(range(1, 1000))  # the same answers run after run (greedy)

    def stream_long() -> None:
        core.settings.sampling = long_sampling
        pane.send(
            "Write a long, detailed guide to starting a vegetable garden: headings, numbered "
            "steps, tips as bullet points, and a Python example that lists the plants. "
            f"Guide number {next(long_prompts)}."
        )

    def load_other() -> None:
        other = gemma if loaded["current"] == smol.id else smol
        loaded["current"] = other.id
        app.chat.preload(other)

    for repeat in range(args.repeats):
        for name, start, signal, accept in (
            (
                "idle",
                lambda: QTimer.singleShot(3000, finish_soon),
                app.inference.started,
                lambda *a: False,
            ),
            (
                "streaming (256 tokens, SmolLM2)",
                stream,
                app.inference.finished,
                lambda rid, _r: rid == state.get("rid"),
            ),
            (
                "streaming a long answer (1,024 tokens, SmolLM2)",
                stream_long,
                app.inference.finished,
                lambda rid, _r: rid == state.get("rid"),
            ),
            (
                "model load (switch SmolLM2 <-> Gemma 3)",
                load_other,
                app.inference.model_loaded,
                lambda *a: True,
            ),
            (
                "read a 100-page PDF",
                lambda: summarize_source.open_path(pdf),
                app.documents.document_read,
                lambda *a: True,
            ),
            *[
                (
                    f"search 1M messages: {q!r}",
                    (lambda q=q: window.sidebar.search_box.setText(q)),
                    app.library.search_finished,
                    lambda query, _h, q=q: query == q,
                )
                for q in queries
            ],
        ):
            if args.only and not any(part in name for part in args.only):
                continue
            if name.startswith("streaming"):
                new_chat()
            if collections is not None:
                collections.take()
            result = run(start, signal, accept)
            core.settings.sampling = short_sampling  # read when the answer is queued
            if collections is not None:
                passes = collections.take()
                longest = f", longest {max(passes):.1f} ms" if passes else ""
                print(f"  full collections: {len(passes)}{longest}")
            if name.startswith("search"):
                window.sidebar.search_box.setText("")
                QTimer.singleShot(400, loop.quit)
                loop.exec()
            scenarios.setdefault(name, []).append(result)
            if name.startswith("streaming"):
                answer = pane.view.bubbles()[-1].text()
                click, rest = heart.longest_split(CLICK_SECONDS)
                print(
                    f"  answer: {len(answer)} characters, {answer.count(chr(10))} lines; "
                    f"longest gap in the first {CLICK_SECONDS * 1000:.0f} ms (the send click) "
                    f"{click:.1f} ms, after it {rest:.1f} ms"
                )
            print(
                f"  [{repeat + 1}] {name}: longest gap {result[0]:.1f} ms, p99 {result[1]:.1f}"
                f" ms, gaps > 16 ms: {result[2]}, took {result[3]:.2f} s",
                flush=True,
            )
        if loaded["current"] != smol.id:  # streaming always uses SmolLM2
            load_other()
            run(lambda: None, app.inference.model_loaded)
    if not args.no_export and (not args.only or "export" in args.only):
        result = run(lambda: app.library.export(tmp / "all.md", None), app.library.export_finished)
        scenarios["export all (10k conversations, 1M messages)"] = [result]
        size = (tmp / "all.md").stat().st_size / 1e6
        print(
            f"  export all: longest gap {result[0]:.1f} ms, p99 {result[1]:.1f} ms, "
            f"took {result[3]:.1f} s, {size:.0f} MB",
            flush=True,
        )

    print()
    print(
        f"threads={args.threads}; {args.repeats} repeats per scenario (export: once); "
        f"GIL switch interval {interval * 1000:g} ms; gc.freeze "
        f"{'off' if args.no_freeze else 'as run_app'}"
        f"{'; job queued in the click' if args.queue_in_click else ''}"
    )
    print(
        "| scenario | longest gap, median of repeats | worst | p99 gap | gaps > 16 ms | "
        "duration | goal <= 16 ms |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, results in scenarios.items():
        worst = median([r[0] for r in results])
        print(
            f"| {name} | {worst:.1f} ms | {max(r[0] for r in results):.1f} ms | "
            f"{median([r[1] for r in results]):.1f} ms | {median([r[2] for r in results]):.0f} "
            f"| {median([r[3] for r in results]):.2f} s | "
            f"{'met' if worst <= GOAL_MS else 'MISSED'} |"
        )
    app.shutdown()
    core.close()


if __name__ == "__main__":
    main()
