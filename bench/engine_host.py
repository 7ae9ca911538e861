"""The engine host process: Stop latency, start and load times, crash recovery, memory.

Run: python bench/engine_host.py [--stops 20] [--startup] [--recovery] [--rss] [--templates]
                                 [--model smol|gemma|both] [--threads 1]

Every figure goes through ``HostedEngine`` (what ``engines.factory.open_engine`` returns
and the app uses), with the old in-process ``LlamaCppEngine``
(``open_engine_in_process``) as the before where there is one. No flag: all four.

- ``--stops N``: N Stops during prompt reading (a raw prompt of >= 3,000 tokens,
  ``stream_prompt``, Stop 0.2-1.0 s after the request) and N during an answer (Stop
  0.3-1.5 s in), each timed from ``cancel.set()`` to the stream generator returning (it
  returns once the host says ``done``). Then ``--inprocess-stops`` (3) Stops during prompt
  reading through the in-process engine (a ``--inprocess-tokens`` prompt, 1,500), which
  could only stop between tokens. Goal: <= 250 ms.
- ``--startup``: host start (``HostProcess`` until its hello), ``HostedEngine.open`` (start +
  load in the host + the parent's vocabulary-only load) vs ``open_engine_in_process`` (with
  llama_cpp already imported, as in a running app), 5 interleaved rounds after one warm-up.
- ``--recovery``: SIGKILL the host mid-answer, then time the next request's first token:
  on the same ``HostedEngine`` (it starts a fresh host) and the app's way (the inference
  worker closes the engine and opens it again), alternated, 5 each.
- ``--rss``: RSS of this process + the host with SmolLM2, after switching to Gemma 3
  (close, open) and back, 3 cycles; the same sequence in process. Each side runs in a fresh
  child process of this script, so both start clean.
- ``--templates``: the two runaway chat templates of tests/engines/damaged_models.py
  (nested loops, a growing string), written into copies of SmolLM2: seconds until the
  render gives up in process (limit ``RENDER_SECONDS``, 1 s), until ``check_model_file``
  refuses the file (a throwaway host: start, load, render), and until a chat through an
  open host fails; median of ``--template-runs`` (3). Not part of "no flag: all".
  (tests/engines/test_template_time_limit.py checks the limit with its own clock.)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import _WORDS, machine, median, models, spread  # noqa: E402

GOAL_MS = 250.0
COUNTING = "Count: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,"


def load_options(threads: int) -> Any:
    from localchat.engines.base import LoadOptions

    return LoadOptions(context_length=4096, threads=threads)


def greedy(max_tokens: int) -> Any:
    from localchat.engines.base import SamplingParams

    return SamplingParams(temperature=0.0, max_tokens=max_tokens, repeat_penalty=1.1)


def long_prompt(engine: Any, tokens: int, seed: int) -> str:
    """Random common words, at least ``tokens`` tokens by the model's own count."""
    rng = random.Random(seed)
    words = tokens
    while True:
        text = f"Document {seed}. " + " ".join(rng.choices(_WORDS, k=words))
        count = engine.count_tokens(text)
        if count >= tokens:
            return text
        words = int(words * tokens / count * 1.03) + 10


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


# --- Stop -----------------------------------------------------------------------------


def one_stop(
    engine: Any, prompt: str, params: Any, delay: float, limit: float, answering: bool = False
) -> dict:
    """Stream in a thread, Stop after ``delay`` s; times from cancel.set() to the return.

    ``answering``: the delay counts from the first token (so the Stop lands in the answer).
    """
    from localchat.engines.base import GenerationStats

    cancel = threading.Event()
    stats = GenerationStats()
    marks: dict[str, Any] = {"tokens": 0}
    first_seen = threading.Event()

    def consume() -> None:
        try:
            for _piece in engine.stream_prompt(prompt, params, cancel, stats):
                marks.setdefault("first", time.perf_counter())
                first_seen.set()
                marks["tokens"] += 1
        except Exception as error:  # reported, not raised: the figure says what happened
            marks["error"] = repr(error)
        marks["end"] = time.perf_counter()
        first_seen.set()

    worker = threading.Thread(target=consume, daemon=True)
    sent = time.perf_counter()
    worker.start()
    if answering:
        first_seen.wait(limit)
        sent = time.perf_counter()
    time.sleep(delay)
    marks["cancel"] = time.perf_counter()
    cancel.set()
    worker.join(limit)
    capped = worker.is_alive()
    worker.join()  # an in-process engine cannot be abandoned mid-prompt
    first = marks.get("first")
    return {
        "ms": (marks["end"] - marks["cancel"]) * 1000,
        "capped": capped,
        "delay": marks["cancel"] - sent,
        "before_first": first is None or first > marks["cancel"],
        "ended_early": marks["end"] < marks["cancel"],
        "tokens": marks["tokens"],
        "reason": stats.stop_reason,
        "error": marks.get("error"),
    }


def stop_row(label: str, results: list[dict]) -> str:
    valid = [r for r in results if not r["ended_early"] and not r["error"]]
    ms = [r["ms"] for r in valid]
    if not ms:
        return f"| {label} | 0 of {len(results)} valid | - | - | - | - |"
    met = "met" if percentile(ms, 0.95) <= GOAL_MS else "MISSED"
    return (
        f"| {label} | {len(valid)} of {len(results)} | {median(ms):.0f} ms | "
        f"{percentile(ms, 0.95):.0f} ms | {max(ms):.0f} ms | {met} |"
    )


def bench_stops(label: str, path: Path, args: argparse.Namespace) -> list[str]:
    from localchat.engines.factory import open_engine_in_process
    from localchat.engines.host_client import HostedEngine

    rng = random.Random(7)
    engine = HostedEngine.open(path, load_options(args.threads))
    check = greedy(24)
    before = "".join(engine.stream_prompt(COUNTING, check, threading.Event()))
    reading, answering = [], []
    for i in range(args.stops):
        prompt = long_prompt(engine, args.prompt_tokens, seed=1000 + i)
        r = one_stop(engine, prompt, greedy(8), rng.uniform(0.2, 1.0), 60)
        reading.append(r)
        a = one_stop(
            engine, f"{i}. {COUNTING}", greedy(3000), rng.uniform(0.3, 1.5), 60, answering=True
        )
        answering.append(a)
        print(
            f"  {label} stop {i + 1}: prompt reading {r['ms']:.0f} ms (at {r['delay']:.2f} s,"
            f" {'before' if r['before_first'] else 'AFTER'} the first token, {r['reason']})"
            f" | answer {a['ms']:.0f} ms (at {a['delay']:.2f} s, {a['tokens']} tokens,"
            f" {a['reason']}) {r['error'] or ''}{a['error'] or ''}",
            flush=True,
        )
    after = "".join(engine.stream_prompt(COUNTING, check, threading.Event()))
    engine.close()
    inprocess = []
    if args.inprocess_stops:
        local = open_engine_in_process(path, load_options(args.threads))
        for i in range(args.inprocess_stops):
            prompt = long_prompt(local, args.inprocess_tokens, seed=2000 + i)
            r = one_stop(local, prompt, greedy(8), rng.uniform(0.2, 1.0), args.inprocess_cap)
            inprocess.append(r)
            print(
                f"  {label} in-process stop {i + 1}: {r['ms']:.0f} ms (at {r['delay']:.2f} s,"
                f" {r['tokens']} tokens, {r['reason']})",
                flush=True,
            )
        local.close()
    before_first = sum(r["before_first"] for r in reading)
    rows = [
        stop_row(f"{label}: prompt reading (>= {args.prompt_tokens:,} tokens), host", reading),
        stop_row(f"{label}: answering, host", answering),
    ]
    if inprocess:
        rows.append(
            stop_row(
                f"{label}: prompt reading ({args.inprocess_tokens:,} tokens), in process (before)",
                inprocess,
            )
        )
    notes = [
        f"{label}: {before_first} of {len(reading)} prompt-reading Stops landed before the "
        f"first token; the answer after all Stops is "
        f"{'the same as before them' if before == after else 'DIFFERENT from before them'}."
    ]
    return rows + notes


# --- start and load ---------------------------------------------------------------------


def bench_startup(chosen: list[tuple[str, Path]], args: argparse.Namespace) -> list[str]:
    import llama_cpp  # noqa: F401  (in a running app the bindings are imported once)

    from localchat.engines import host_client
    from localchat.engines.factory import open_engine_in_process
    from localchat.engines.host_client import HostedEngine
    from localchat.engines.host_process import HostProcess

    vocab_seconds: list[float] = []
    original = host_client.Vocabulary.load.__func__  # type: ignore[attr-defined]

    def timed(cls: Any, path: Path) -> Any:
        started = time.perf_counter()
        try:
            return original(cls, path)
        finally:
            vocab_seconds.append(time.perf_counter() - started)

    host_client.Vocabulary.load = classmethod(timed)  # type: ignore[method-assign]
    figures: dict[str, dict[str, list[float]]] = {label: {} for label, _ in chosen}
    options = load_options(args.threads)
    for round_ in range(args.startup_runs + 1):  # round 0 warms the page cache, not counted
        started = time.perf_counter()
        bare = HostProcess("bench")
        hello = time.perf_counter() - started
        bare.close()
        for label, path in chosen if round_ % 2 else reversed(chosen):
            sides = ("host", "inprocess") if round_ % 2 else ("inprocess", "host")
            for side in sides:
                started = time.perf_counter()
                if side == "host":
                    engine = HostedEngine.open(path, options)
                    took = time.perf_counter() - started
                    host_start = engine._host.start_seconds  # type: ignore[union-attr]
                else:
                    engine = open_engine_in_process(path, options)
                    took = time.perf_counter() - started
                engine.close()
                if not round_:
                    continue
                row = figures[label]
                if side == "host":
                    row.setdefault("open", []).append(took)
                    row.setdefault("start", []).append(host_start)
                    row.setdefault("vocab", []).append(vocab_seconds[-1])
                else:
                    row.setdefault("inprocess", []).append(took)
        if round_:
            figures[chosen[0][0]].setdefault("hello", []).append(hello)
        print(f"  startup round {round_}: bare host hello {hello * 1000:.0f} ms", flush=True)
    host_client.Vocabulary.load = classmethod(original)  # type: ignore[method-assign]
    hello = figures[chosen[0][0]]["hello"]
    imports = [import_seconds() * 1000 for _ in range(3)]
    lines = [
        f"Host start alone (HostProcess until hello): {median(hello) * 1000:.0f} ms "
        f"({spread([h * 1000 for h in hello])} ms); `import llama_cpp` in a fresh process "
        f"(paid by every host's load): {median(imports):.0f} ms ({spread(imports)} ms)",
        "",
        "| model | HostedEngine.open | of which: host start (hello) | load in the host | "
        "parent's vocabulary load | in process (before) | host / in process |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, _path in chosen:
        row = figures[label]
        load = [o - s - v for o, s, v in zip(row["open"], row["start"], row["vocab"], strict=True)]
        ratio = [h / i for h, i in zip(row["open"], row["inprocess"], strict=True)]
        opened, local = [x * 1000 for x in row["open"]], [x * 1000 for x in row["inprocess"]]
        lines.append(
            f"| {label} | {median(opened):.0f} ms ({spread(opened)}) "
            f"| {median(row['start']) * 1000:.0f} ms | {median(load) * 1000:.0f} ms "
            f"| {median(row['vocab']) * 1000:.0f} ms | {median(local):.0f} ms ({spread(local)}) "
            f"| {median(ratio):.2f} |"
        )
    return lines


def import_seconds() -> float:
    """How long ``import llama_cpp`` takes in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import llama_cpp; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


# --- crash recovery ------------------------------------------------------------------------


def first_token(engine: Any, prompt: str) -> float:
    """Seconds from the call to the first piece of a short answer (run to its end)."""
    started = time.perf_counter()
    first = None
    for _piece in engine.stream_prompt(prompt, greedy(4), threading.Event()):
        first = first or time.perf_counter()
    assert first is not None
    return first - started


def kill_mid_answer(engine: Any, prompt: str) -> float:
    """SIGKILL the host after 10 tokens; seconds until the stream raises the crash."""
    from localchat.engines.host_client import EngineHostCrashed

    killed = 0.0
    try:
        pieces = engine.stream_prompt(prompt, greedy(3000), threading.Event())
        for count, _piece in enumerate(pieces):
            if count == 10:
                killed = time.perf_counter()
                os.kill(engine.pid, signal.SIGKILL)
    except EngineHostCrashed:
        return time.perf_counter() - killed
    raise AssertionError("the answer ended without the crash")


def bench_recovery(label: str, path: Path, args: argparse.Namespace) -> list[str]:
    from localchat.engines.host_client import HostedEngine

    options = load_options(args.threads)
    engine = HostedEngine.open(path, options)
    first_token(engine, "Warm-up. " + COUNTING)
    live = [first_token(engine, f"Live {i}. {COUNTING}") for i in range(3)]
    same, reopened, noticed = [], [], []
    for i in range(2 * args.recovery_runs):
        noticed.append(kill_mid_answer(engine, f"Kill {i}. {COUNTING}"))
        started = time.perf_counter()
        if i % 2:  # the app's way: the inference worker unloads, the next request opens
            engine.close()
            engine = HostedEngine.open(path, options)
        took = time.perf_counter() - started + first_token(engine, f"After {i}. {COUNTING}")
        (reopened if i % 2 else same).append(took)
        way = "close + open" if i % 2 else "same engine"
        print(
            f"  {label} kill {i + 1}: crash seen {noticed[-1] * 1000:.0f} ms after the kill; "
            f"next first token {took:.2f} s ({way})",
            flush=True,
        )
    engine.close()
    return [
        f"| {label} | {median(noticed) * 1000:.0f} ms ({spread([n * 1000 for n in noticed])}) | "
        f"{median(same):.2f} s ({spread(same)}) | {median(reopened):.2f} s ({spread(reopened)}) "
        f"| {median(live) * 1000:.0f} ms |"
    ]


# --- memory -----------------------------------------------------------------------------


def rss_child(side: str, threads: int, cycles: int) -> None:
    """In a fresh process: load, answer, switch, report RSS (MiB) as JSON lines."""
    import psutil

    from localchat.engines.factory import open_engine_in_process
    from localchat.engines.host_client import HostedEngine

    me = psutil.Process()
    options = load_options(threads)
    opener = HostedEngine.open if side == "host" else open_engine_in_process
    (smol_label, smol), (gemma_label, gemma) = models()

    def report(step: str, engine: Any) -> None:
        time.sleep(0.3)
        parent = me.memory_info().rss / 2**20
        pid = getattr(engine, "pid", None)
        host = psutil.Process(pid).memory_info().rss / 2**20 if pid else 0.0
        print(json.dumps({"step": step, "parent": parent, "host": host}), flush=True)

    report("start (imports done)", None)
    engine = None
    for cycle in range(cycles):
        for label, path in ((smol_label, smol), (gemma_label, gemma)):
            if engine is not None:
                engine.close()
            engine = opener(path, options)
            "".join(engine.stream_prompt(COUNTING, greedy(16), threading.Event()))
            report(f"{label} loaded, cycle {cycle + 1}", engine)
    engine.close()
    report(f"back to {smol_label}: closed", None)
    engine = opener(smol, options)
    "".join(engine.stream_prompt(COUNTING, greedy(16), threading.Event()))
    report(f"{smol_label} loaded again", engine)
    engine.close()
    report("all closed", None)


def bench_rss(args: argparse.Namespace) -> list[str]:
    results = {}
    for side in ("host", "inprocess"):
        command = [sys.executable, __file__, "--rss-child", side, "--threads", str(args.threads)]
        command += ["--rss-cycles", str(args.rss_cycles)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        results[side] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    lines = [
        "| step | host: parent | host: engine host | host: sum | in process (before) |",
        "|---|---|---|---|---|",
    ]
    for hosted, local in zip(results["host"], results["inprocess"], strict=True):
        total = hosted["parent"] + hosted["host"]
        lines.append(
            f"| {hosted['step']} | {hosted['parent']:.0f} MiB | {hosted['host']:.0f} MiB | "
            f"{total:.0f} MiB | {local['parent']:.0f} MiB |"
        )
    return lines


# --- Runaway chat templates -------------------------------------------------------------


def _time_refusal(action: Any, *args: Any) -> float:
    """Seconds until ``action(*args)`` raises the plain chat-template error."""
    from localchat.errors import UserFacingError

    started = time.perf_counter()
    try:
        action(*args)
    except UserFacingError as error:
        if "chat template" not in str(error):
            raise
        return time.perf_counter() - started
    raise RuntimeError("the runaway template was not refused")


def _chat_once(engine: Any, messages: Any) -> None:
    list(engine.stream_chat(messages, greedy(8), threading.Event()))


def _template_row(name: str, template: str, model: Path, threads: int, runs: int) -> str:
    from localchat.engines.base import ChatMessage, LoadOptions
    from localchat.engines.factory import open_engine
    from localchat.engines.model_check import check_model_file
    from localchat.engines.templates import render_chat

    hello = [ChatMessage("user", "Say hello.")]
    render, check, chat = [], [], []
    engine = open_engine(model, LoadOptions(context_length=512, threads=threads))
    try:
        for _ in range(runs):
            render.append(_time_refusal(render_chat, hello, template))
            check.append(_time_refusal(check_model_file, model))
            chat.append(_time_refusal(_chat_once, engine, hello))
    finally:
        engine.close()
    return (
        f"| {name} | {median(render):.2f} s ({spread(render)}) | "
        f"{median(check):.2f} s ({spread(check)}) | {median(chat):.2f} s ({spread(chat)}) |"
    )


def bench_templates(runs: int, threads: int) -> list[str]:
    """Render, check and hosted chat of each runaway template, timed until refused."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "engines"))
    from damaged_models import RUNAWAY_TEMPLATE, STRING_BUILDER_TEMPLATE, looping_template_model

    from localchat.engines.templates import RENDER_SECONDS

    rows = [
        f"Runaway chat templates: seconds until refused (render limit {RENDER_SECONDS:g} s)",
        "",
        "| template | render, in process | check_model_file | chat through an open host |",
        "|---|---|---|---|",
    ]
    smol = models()[0][1]
    runaway = {"nested loops": RUNAWAY_TEMPLATE, "growing string": STRING_BUILDER_TEMPLATE}
    with tempfile.TemporaryDirectory() as folder:
        for name, template in runaway.items():
            model = looping_template_model(smol, Path(folder) / "looping.gguf", template)
            rows.append(_template_row(name, template, model, threads, runs))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stops", type=int, default=0, help="Stops per kind and model")
    parser.add_argument("--startup", action="store_true")
    parser.add_argument("--recovery", action="store_true")
    parser.add_argument("--rss", action="store_true")
    parser.add_argument("--model", choices=("smol", "gemma", "both"), default="both")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--prompt-tokens", type=int, default=3200)
    parser.add_argument("--inprocess-stops", type=int, default=3)
    parser.add_argument("--inprocess-tokens", type=int, default=1500)
    parser.add_argument("--inprocess-cap", type=float, default=60.0, help="seconds per stop")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--recovery-runs", type=int, default=5, help="per way")
    parser.add_argument("--rss-cycles", type=int, default=3)
    parser.add_argument("--templates", action="store_true")
    parser.add_argument("--template-runs", type=int, default=3)
    parser.add_argument("--rss-child", choices=("host", "inprocess"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.threads, args.rss_cycles)
        return
    if not (args.stops or args.startup or args.recovery or args.rss or args.templates):
        args.stops, args.startup, args.recovery, args.rss = 20, True, True, True
    print(machine())
    print(f"threads={args.threads}; load average {os.getloadavg()[0]:.2f}", flush=True)
    chosen = models()
    if args.model != "both":
        chosen = [chosen[0 if args.model == "smol" else 1]]
    out: list[str] = []
    if args.stops:
        rows: list[str] = []
        for label, path in chosen:
            rows += bench_stops(label, path, args)
        out += [
            "",
            f"Stop latency, cancel.set() -> stream returned (goal <= {GOAL_MS:.0f} ms)",
            "",
            "| kind | valid | p50 | p95 | max | goal |",
            "|---|---|---|---|---|---|",
            *[r for r in rows if r.startswith("|")],
            "",
            *[r for r in rows if not r.startswith("|")],
        ]
    if args.startup:
        out += ["", *bench_startup(chosen, args)]
    if args.recovery:
        rows = []
        for label, path in chosen:
            rows += bench_recovery(label, path, args)
        out += [
            "",
            "| model | kill -> crash reported | next first token, same HostedEngine | "
            "next first token, close + open (the app's way) | first token, live host |",
            "|---|---|---|---|---|",
            *rows,
        ]
    if args.rss:
        out += ["", *bench_rss(args)]
    if args.templates:
        out += ["", *bench_templates(args.template_runs, args.threads)]
    print("\n".join(out))
    print(f"\nload average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
