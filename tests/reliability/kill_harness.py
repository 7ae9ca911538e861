"""Kill `localchat chat` with SIGKILL while an answer streams, then check what was kept.

Shared by tests/reliability (a few kills) and bench/torture_chat.py (100 kills).
"""

from __future__ import annotations

import os
import random
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


def _reader(stream, chunks: list[tuple[float, str]]) -> None:  # noqa: ANN001
    while True:
        piece = stream.read(1)
        if not piece:
            return
        chunks.append((time.monotonic(), piece))


def _rows(db_file: Path) -> list[tuple]:
    with sqlite3.connect(db_file) as db:
        return db.execute("SELECT id, role, text, status FROM messages ORDER BY id").fetchall()


def kill_once(data_dir: Path, rng: random.Random, conversation: int | None = None) -> KillOutcome:
    """Start an answer, SIGKILL the process 0.3-2.5 s into the stream, inspect the database."""
    db_file = data_dir / "localchat.db"
    before = _rows(db_file) if db_file.exists() else []
    args = [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), "chat",
            "-p", PROMPT, "--max-tokens", "2000"]
    if conversation is not None:
        args += ["--conversation", str(conversation)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    chunks: list[tuple[float, str]] = []
    reader = threading.Thread(target=_reader, args=(proc.stdout, chunks), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not chunks and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0.3, 2.5))
    killed_at = time.monotonic()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(2)
    printed = "".join(piece for _, piece in chunks)
    after = _rows(db_file)
    with sqlite3.connect(db_file) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    partial = after[-1] if after and after[-1][1] == "assistant" else None
    saved = partial[2] if partial else ""
    reached = next((t for t, _ in _prefix_times(chunks, len(saved))), killed_at)
    return KillOutcome(
        integrity=integrity,
        earlier_intact=_same_history(before, after[: len(before)]),
        partial_status=partial[3] if partial else None,
        saved_is_prefix=printed.startswith(saved),
        seconds_lost=killed_at - reached if len(printed) > len(saved) else 0.0,
        printed_chars=len(printed),
        saved_chars=len(saved),
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
