"""A big history: 10k conversations / 1M messages. Sidebar page, full-text search, size, RSS.

Run: python bench/history_scale.py [--conversations 10000] [--per-conversation 100] [--runs 9]

The history is written once with sqlite executemany into a fresh LocalChat database (schema
and FTS5 triggers from Database.open), cached under /tmp/localchat-bench and reused. Every
figure goes through the app's own code: ConversationRepository.list_recent(200) (the
sidebar's first page, LibraryService.recent) and ConversationRepository.search (FTS5 over
messages and titles, 50 hits, newest first). Each is timed in a fresh process-wide
repository, first call (cold: new connection, nothing cached by SQLAlchemy) and then the
median of --runs warm calls. Goals: sidebar <= 200 ms, search <= 50 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import cached_history, machine, median  # noqa: E402

QUERIES = {
    "common word 'river'": "river",
    "rare word 'xylophone'": "xylophone",
    "prefix 'bat' (battery)": "bat",
    "two words 'coffee printer'": "coffee printer",
}


def timed(call: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    started = time.perf_counter()
    result = call()
    cold = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        warm.append(time.perf_counter() - started)
    return cold, median(warm), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--per-conversation", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(machine())
    import psutil

    process = psutil.Process()
    base_rss = process.memory_info().rss
    data_dir = cached_history(args.conversations, args.per_conversation)
    from localchat.paths import resolve_paths
    from localchat.storage import ConversationRepository, Database

    paths = resolve_paths(data_dir)
    db_file = paths.database_file
    size = sum(
        f.stat().st_size for f in db_file.parent.glob(db_file.name + "*") if "backup" not in f.name
    )
    started = time.perf_counter()
    database = Database.open(db_file)
    opened = time.perf_counter() - started
    repo = ConversationRepository(database)
    rows = []
    cold, warm, page = timed(lambda: repo.list_recent(200), args.runs)
    rows.append(("sidebar first page: list_recent(200)", cold, warm, len(page), 0.200))
    cold, warm, _ = timed(repo.count, args.runs)
    rows.append(("count() of conversations", cold, warm, 1, None))
    cold, warm, msgs = timed(lambda: repo.messages(1), args.runs)
    rows.append(("open a conversation: messages(id), 100 messages", cold, warm, len(msgs), None))
    for label, query in QUERIES.items():
        cold, warm, hits = timed(lambda q=query: repo.search(q), args.runs)
        rows.append((f"search {label}", cold, warm, len(hits), 0.050))
    rss = process.memory_info().rss
    messages = database.engine.connect().exec_driver_sql("SELECT count(*) FROM messages").scalar()
    print(
        f"history: {args.conversations:,} conversations, {messages:,} messages; "
        f"database {size / 1e6:.0f} MB (with FTS5 index); Database.open {opened * 1000:.0f} ms"
    )
    print(
        f"RSS of this process: {rss / 1e6:.0f} MB (interpreter + SQLAlchemy + storage: "
        f"{base_rss / 1e6:.0f} MB before opening)"
    )
    print()
    print("| operation | first call (cold) | warm, median | results | goal |")
    print("|---|---|---|---|---|")
    for label, cold, warm, count, goal in rows:
        verdict = (
            "-"
            if goal is None
            else (
                f"<= {goal * 1000:.0f} ms: {'met' if warm <= goal and cold <= goal else 'MISSED'}"
            )
        )
        print(f"| {label} | {cold * 1000:.1f} ms | {warm * 1000:.1f} ms | {count} | {verdict} |")
    database.close()


if __name__ == "__main__":
    main()
