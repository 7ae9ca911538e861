"""SIGKILL while an answer streams: earlier messages intact, the part kept, the file sound."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from kill_harness import kill_once

from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

KILLS = 4  # bench/torture_chat.py runs 100


def test_killed_answers_keep_everything_but_the_last_second(data_dir: Path) -> None:
    rng = random.Random(7)
    outcomes = [kill_once(data_dir, rng, conversation=None if i == 0 else 1) for i in range(KILLS)]
    for outcome in outcomes:
        assert outcome.integrity == "ok"
        assert outcome.earlier_intact
        assert outcome.partial_status == "partial"
        assert outcome.saved_is_prefix
        # 1 s save interval + scheduling slack (a 2-core machine at load 4 needs ~1.5 s of it)
        assert outcome.seconds_lost <= 3.0, outcome
        assert outcome.printed_chars > 0
    core = open_core(resolve_paths(data_dir))  # a restart marks the unfinished answers
    try:
        statuses = [m.status for m in core.conversations.messages(1)]
    finally:
        core.close()
    assert statuses == ["complete", "interrupted"] * KILLS
    with sqlite3.connect(data_dir / "localchat.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
