"""SIGKILL while an answer streams: earlier messages intact, the part kept, the file sound."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from kill_harness import kill_once

from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]  # the CLI loads the real model

KILLS = 4  # bench/torture_chat.py runs 100


def test_killed_answers_keep_what_was_saved_while_they_streamed(data_dir: Path) -> None:
    rng = random.Random(7)
    runs = []
    while sum(not run.finished_first for run in runs) < KILLS and len(runs) < 3 * KILLS:
        conversation = None if not runs else 1
        runs.append(kill_once(data_dir, rng, conversation, after_a_save=True))
    outcomes = [run for run in runs if not run.finished_first]  # a sampled answer may be short
    assert len(outcomes) == KILLS
    for outcome in outcomes:
        assert outcome.integrity == "ok"
        assert outcome.earlier_intact
        assert outcome.partial_status == "partial"
        assert outcome.saved_is_prefix
        # Saved while it streamed, and a kill loses nothing that had been saved. How much a
        # kill loses (at most about the last second) is measured by bench/torture_chat.py.
        assert 0 < outcome.seen_saved_chars <= outcome.saved_chars, outcome
        assert outcome.kept_seen_save, outcome
        assert outcome.printed_chars > 0
    core = open_core(resolve_paths(data_dir))  # a restart marks the unfinished answers
    try:
        statuses = [m.status for m in core.conversations.messages(1)]
    finally:
        core.close()
    expected = [
        s for run in runs for s in ("complete", "complete" if run.finished_first else "interrupted")
    ]
    assert statuses == expected
    with sqlite3.connect(data_dir / "localchat.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
