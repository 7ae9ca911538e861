"""Kill `localchat chat` or `localchat summarize` with SIGKILL mid-work, then check what was kept.

Shared by tests/reliability (a few kills) and bench/torture_chat.py, bench/torture_summary.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROMPT = "Write a long story about a lighthouse keeper and a storm."


@dataclass
class KillOutcome:
    """What one kill left behind."""

    integrity: str
    earlier_intact: bool
    partial_status: str | None
    saved_is_prefix: bool
    seconds_lost: float
    printed_chars: int
    saved_chars: int
    finished_first: bool = False  # the answer ended before the kill (a short answer)
    seen_saved_chars: int = 0  # the most of the answer seen in the database before the kill
    kept_seen_save: bool = True  # what was seen saved before the kill is still there


def _reader(stream, chunks: list[tuple[float, str]]) -> None:  # noqa: ANN001
    while True:
        piece = stream.read(1)
        if not piece:
            return
        chunks.append((time.monotonic(), piece))


def _rows(db_file: Path) -> list[tuple]:
    with sqlite3.connect(db_file) as db:
        return db.execute("SELECT id, role, text, status FROM messages ORDER BY id").fetchall()


def _new_answer_text(db_file: Path, known: int) -> str:
    """The text saved so far of an answer newer than the first ``known`` messages."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT role, text FROM messages ORDER BY id LIMIT -1 OFFSET ?", (known,)
            ).fetchall()
    except sqlite3.OperationalError:  # not made yet, or busy for a moment
        return ""
    return next((text for role, text in reversed(rows) if role == "assistant"), "")


def kill_once(
    data_dir: Path,
    rng: random.Random,
    conversation: int | None = None,
    after_a_save: bool = False,
) -> KillOutcome:
    """Start an answer, SIGKILL the process 0.3-2.5 s into the stream, inspect the database.

    The answer's row is watched meanwhile; with ``after_a_save`` the kill waits, past that
    moment, until some of the answer has been saved.
    """
    db_file = data_dir / "localchat.db"
    before = _rows(db_file) if db_file.exists() else []
    args = [
        sys.executable,
        "-m",
        "localchat",
        "--data-dir",
        str(data_dir),
        "chat",
        "-p",
        PROMPT,
        "--max-tokens",
        "2000",
    ]
    if conversation is not None:
        args += ["--conversation", str(conversation)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    chunks: list[tuple[float, str]] = []
    reader = threading.Thread(target=_reader, args=(proc.stdout, chunks), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not chunks and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    kill_at = time.monotonic() + rng.uniform(0.3, 2.5)
    seen_saved = ""
    finished_first = False  # the answer may end before the kill moment
    while not finished_first:
        seen_saved = max(seen_saved, _new_answer_text(db_file, len(before)), key=len)
        if time.monotonic() >= kill_at and (seen_saved or not after_a_save):
            break
        try:
            proc.wait(timeout=0.05)
            finished_first = True
        except subprocess.TimeoutExpired:
            pass
    killed_at = time.monotonic()
    if not finished_first:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(2)
    printed = "".join(piece for _, piece in chunks)
    after = _rows(db_file)
    with sqlite3.connect(db_file) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    partial = after[-1] if after and after[-1][1] == "assistant" else None
    saved = partial[2] if partial else ""
    if partial is not None and partial[3] == "complete" and len(after) > len(before):
        # Written in full just before the kill landed (the process was still exiting).
        finished_first = True
    reached = next((t for t, _ in _prefix_times(chunks, len(saved))), killed_at)
    return KillOutcome(
        integrity=integrity,
        earlier_intact=_same_history(before, after[: len(before)]),
        partial_status=partial[3] if partial else None,
        saved_is_prefix=printed.startswith(saved),
        seconds_lost=killed_at - reached if len(printed) > len(saved) else 0.0,
        printed_chars=len(printed),
        saved_chars=len(saved),
        finished_first=finished_first,
        seen_saved_chars=len(seen_saved),
        kept_seen_save=saved.startswith(seen_saved),
    )


def _same_history(before: list[tuple], after: list[tuple]) -> bool:
    """Same messages and text; only a half-written answer may turn 'interrupted' at start-up."""
    if [row[:3] for row in before] != [row[:3] for row in after]:
        return False
    return all(
        old[3] == new[3] or (old[3] == "partial" and new[3] == "interrupted")
        for old, new in zip(before, after, strict=True)
    )


def _prefix_times(chunks: list[tuple[float, str]], length: int):  # noqa: ANN202
    """The moment the printed text grew past ``length`` characters."""
    total = 0
    for moment, piece in chunks:
        total += len(piece)
        if total > length:
            yield moment, total
            return


# Summaries: a report that needs several parts at n_ctx 1024, killed between and in parts.

TOPICS = ["harbour", "library", "orchard", "railway", "bakery", "observatory", "market"]
PART = re.compile(r"Part (\d+) of (\d+)")


def write_report(path: Path) -> Path:
    paragraphs = [
        f"The {topic} report, section {n}. The {topic} committee met on a rainy Tuesday to "
        f"review the budget, the staff rota and the repairs to the roof. Members agreed that "
        f"the {topic} needs two more volunteers, a new boiler before winter and a clearer "
        f"sign at the entrance. The treasurer noted that costs rose by {n + 3} percent."
        for topic in TOPICS
        for n in range(1, 11)
    ]
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def summarize_command(data_dir: Path, document: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "localchat",
        "--data-dir",
        str(data_dir),
        "summarize",
        str(document),
        "--length",
        "short",
    ]


def job_parts(db_file: Path) -> dict[int, str]:
    with sqlite3.connect(db_file) as db:
        rows = db.execute('SELECT "index", output_text FROM job_parts WHERE job_id = 1').fetchall()
    return dict(rows)


def summarize_until_killed(data_dir: Path, document: Path, rng: random.Random) -> int:
    """Start a summary, SIGKILL it a random moment after a random part starts; that part.

    The part is chosen among the parts still to do, so each kill leaves work for the next run.
    """
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        summarize_command(data_dir, document),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    wanted: int | None = None
    for line in proc.stderr:
        found = PART.search(line)
        if not found:
            continue
        part, total = int(found[1]), int(found[2])
        assert total >= 4, "the report must need several parts at n_ctx 1024"
        wanted = wanted or rng.randint(part, total - 1)
        if part >= wanted:
            time.sleep(rng.uniform(0.0, 1.5))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return part
    raise AssertionError(f"the summary ended before it could be killed (exit {proc.wait()})")
