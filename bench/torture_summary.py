"""Torture: SIGKILL `localchat summarize` at random moments, N times; every run resumes.

Run: python bench/torture_summary.py [--kills 30] [--per-job 3] [--seed 1]

A 70-paragraph report at n_ctx 1024 (about a dozen parts). Each job is killed --per-job
times at a random moment after a random part starts, then run to the end; a new job (new
data folder) starts until --kills kills are done. After every kill: PRAGMA integrity_check,
every part saved by earlier runs unchanged, and how many finished parts were lost (a part
finished but not saved). At the end of each job: it finished, once, as one job.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from _common import machine  # noqa: E402
from kill_harness import (  # noqa: E402
    PART,
    job_parts,
    summarize_command,
    summarize_until_killed,
    write_report,
)

from localchat.paths import resolve_paths  # noqa: E402
from localchat.settings import Settings, save_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--per-job", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(machine())
    rng = random.Random(args.seed)
    kills = integrity_ok = earlier_intact = lost_parts = jobs = finished_once = resumed_right = 0
    while kills < args.kills:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder) / "data"
            save_settings(Settings(context_length=1024), resolve_paths(data_dir).settings_file)
            document = write_report(Path(folder) / "report.txt")
            db_file = data_dir / "localchat.db"
            saved: dict[int, str] = {}
            for _ in range(min(args.per_job, args.kills - kills)):
                killed_in = summarize_until_killed(data_dir, document, rng)
                kills += 1
                with sqlite3.connect(db_file) as db:
                    integrity_ok += db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                parts = job_parts(db_file)
                earlier_intact += all(parts.get(i) == text for i, text in saved.items())
                lost_parts += max(0, (killed_in - 1) - len(parts))
                saved = parts
            done = subprocess.run(
                summarize_command(data_dir, document), capture_output=True, text=True, timeout=900
            )
            jobs += 1
            first = PART.search(done.stderr)
            resumed_right += bool(first) and int(first[1]) == len(saved) + 1
            with sqlite3.connect(db_file) as db:
                statuses = db.execute("SELECT status FROM document_jobs").fetchall()
            finished_once += done.returncode == 0 and statuses == [("finished",)]
    print(f"kills: {kills} in {jobs} jobs")
    print(f"integrity_check ok after a kill: {integrity_ok} of {kills}")
    print(f"parts saved by earlier runs unchanged: {earlier_intact} of {kills}")
    print(f"finished parts lost by a kill (finished but not saved): {lost_parts}")
    print(f"jobs whose last run started right after the saved parts: {resumed_right} of {jobs}")
    print(f"jobs finished as one job: {finished_once} of {jobs}")


if __name__ == "__main__":
    main()
