"""Torture: SIGKILL `localchat chat` at random moments while answers stream, N times.

Run: python bench/torture_chat.py [--kills 100] [--seed 1]
After each kill the next run continues the same conversation, so every earlier message must
survive every later kill. Prints how much of each answer was lost and the integrity checks.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from kill_harness import kill_once  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        outcomes = [
            kill_once(Path(folder), rng, conversation=None if i == 0 else 1)
            for i in range(args.kills)
        ]
    finished_first = sum(o.finished_first for o in outcomes)
    outcomes = [o for o in outcomes if not o.finished_first]
    lost = [o.seconds_lost for o in outcomes]
    print(f"kills: {len(outcomes)} (and {finished_first} answers that ended before their kill)")
    print(f"integrity_check ok: {sum(o.integrity == 'ok' for o in outcomes)}")
    print(f"earlier messages intact: {sum(o.earlier_intact for o in outcomes)}")
    print(
        f"partial answer kept as a prefix of what was shown: "
        f"{sum(o.saved_is_prefix for o in outcomes)}"
    )
    print(
        f"seconds of answer lost: median {statistics.median(lost):.2f}, "
        f"max {max(lost):.2f}, 95th pct {sorted(lost)[int(0.95 * len(lost)) - 1]:.2f}"
    )


if __name__ == "__main__":
    main()
