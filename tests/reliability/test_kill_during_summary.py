"""SIGKILL `localchat summarize` between and inside parts; the next run resumes, losing nothing.

The real CLI, the real default model, a real SQLite file. The context is set to 1024 tokens
so a short report becomes several parts; each run is killed at a random moment after a
random part has started, and the next run must reuse every part saved before the kill.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
from pathlib import Path

import pytest
from kill_harness import PART, job_parts, summarize_command, summarize_until_killed, write_report

from localchat.paths import resolve_paths
from localchat.settings import Settings, save_settings

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

KILLS = 2


def test_killed_summary_resumes_with_every_saved_part(data_dir: Path, tmp_path: Path) -> None:
    save_settings(Settings(context_length=1024), resolve_paths(data_dir).settings_file)
    document = write_report(tmp_path / "report.txt")
    db_file = data_dir / "localchat.db"
    rng = random.Random(11)
    saved: dict[int, str] = {}
    for _ in range(KILLS):
        killed_in = summarize_until_killed(data_dir, document, rng)
        with sqlite3.connect(db_file) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        parts = job_parts(db_file)
        assert len(parts) >= killed_in - 1, "every part finished before the kill is saved"
        assert all(text.strip() for text in parts.values())
        for index, text in saved.items():  # parts of earlier runs were reused, not redone
            assert parts[index] == text
        saved = parts

    done = subprocess.run(
        summarize_command(data_dir, document), capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.split()) >= 10, "a real summary is printed"
    first_part = int(PART.search(done.stderr)[1])
    assert first_part == len(saved) + 1, "the last run starts after the saved parts"
    final = job_parts(db_file)
    for index, text in saved.items():
        assert final[index] == text
    with sqlite3.connect(db_file) as db:
        statuses = db.execute("SELECT status FROM document_jobs").fetchall()
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert statuses == [("finished",)], "one job, resumed twice, not three jobs"
