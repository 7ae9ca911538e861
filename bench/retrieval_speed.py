"""Library search latency at 10k and 1M passages: numpy exact vs sqlite-vec vs FTS5 alone.

Run: python bench/retrieval_speed.py [--sizes 10000 1000000] [--queries 30]
         [--vec-python /tmp/vecvenv/bin/python]

Each size is a real LocalChat database (schema and FTS5 triggers from Database.open) filled
with sqlite executemany: passages of 150 words drawn from a Zipf law over 30,000 made-up
words (plus English function words), each with a random unit vector of dimension 384, 100
passages per document; cached under /tmp/localchat-bench and reused. Figures go through
the app's own code: VectorMatrix.load (the one read of every vector), VectorMatrix.nearest
(numpy exact, top 50), LibraryIndexRepository.word_search (FTS5 alone, top 50), and
Retriever.search in hybrid mode (both, fused; the question's own encoding left out).
float16 variants: the matrix kept as float16 and scanned in float32 blocks of 65,536 rows.

sqlite-vec cannot be loaded into this Python (no enable_load_extension), so its side runs
this same file under another interpreter that can (``--vec-python``: a venv of Debian's
/usr/bin/python3 with ``pip install sqlite-vec numpy``): a vec0 table of the same vectors
(cosine distance), KNN ``k = 50``; it prints one JSON line that the main run reads.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

CACHE = Path("/tmp/localchat-bench")
WORDS_PER_PASSAGE = 150
VOCABULARY = 30_000
TOP = 50
BLOCK = 65_536
_FUNCTION_WORDS = "the of and to a in is was that it for on as with by he his at from".split()


def unit_vectors(rng: np.random.Generator, count: int, dim: int) -> np.ndarray:
    """Random float32 vectors of length 1."""
    vectors = rng.standard_normal((count, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def vocabulary(rng: np.random.Generator) -> np.ndarray:
    """Function words first, then made-up words of 2-4 syllables, by falling frequency."""
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
    made = {"".join(rng.choice(syllables, size=rng.integers(2, 5))) for _ in range(VOCABULARY * 2)}
    words = _FUNCTION_WORDS + sorted(made)[: VOCABULARY - len(_FUNCTION_WORDS)]
    order = rng.permutation(len(words) - len(_FUNCTION_WORDS)) + len(_FUNCTION_WORDS)
    return np.array(words[: len(_FUNCTION_WORDS)] + [words[i] for i in order])


def passages_text(rng: np.random.Generator, words: np.ndarray, count: int) -> list[str]:
    """``count`` passages of Zipf-distributed words."""
    ranks = np.arange(1, len(words) + 1, dtype=np.float64)
    weights = 1.0 / ranks**1.07
    picks = rng.choice(len(words), size=(count, WORDS_PER_PASSAGE), p=weights / weights.sum())
    return [" ".join(words[row]) for row in picks]


def questions(rng: np.random.Generator, words: np.ndarray, count: int) -> list[str]:
    """Questions of three content words from the middle of the vocabulary."""
    middle = words[200:20_000]
    return [f"what is the {' '.join(rng.choice(middle, size=3))}" for _ in range(count)]


def build_database(size: int, dim: int) -> Path:
    """A LocalChat database holding ``size`` synthetic passages (cached)."""
    from localchat.storage import Database

    path = CACHE / f"library-{size}-{dim}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    Database.open(partial).close()
    rng = np.random.default_rng(size)
    words = vocabulary(rng)
    connection = sqlite3.connect(partial)
    connection.execute("PRAGMA synchronous=OFF")
    documents = (size + 99) // 100
    connection.executemany(
        "INSERT INTO library_documents (id, path, title, size, mtime, sha256, status, pages, "
        "chunk_count, encoder, dimension, updated_at) VALUES (?, ?, ?, 0, 0, '', 'indexed', "
        "10, ?, 'bench-random', ?, '2026-12-02 00:00:00')",
        [(d + 1, f"/bench/doc{d}.txt", f"doc {d}", min(100, size - d * 100), dim)
         for d in range(documents)],
    )  # fmt: skip
    for first in range(0, size, 10_000):
        count = min(10_000, size - first)
        texts = passages_text(rng, words, count)
        vectors = unit_vectors(rng, count, dim)
        ids = range(first + 1, first + count + 1)
        connection.executemany(
            "INSERT INTO library_chunks (id, document_id, ordinal, text, page, heading, "
            "char_start, char_end, tokens) VALUES (?, ?, ?, ?, NULL, NULL, 0, 0, 200)",
            [(i, (i - 1) // 100 + 1, (i - 1) % 100, t) for i, t in zip(ids, texts, strict=True)],
        )
        connection.executemany(
            "INSERT INTO library_vectors (chunk_id, document_id, vector) VALUES (?, ?, ?)",
            [(i, (i - 1) // 100 + 1, v.tobytes()) for i, v in zip(ids, vectors, strict=True)],
        )
        connection.commit()
    connection.close()
    partial.rename(path)
    return path


def latencies(call: Any, items: list[Any]) -> dict[str, float]:
    """Milliseconds per call: the first (cold) and the median and p95 of the rest."""
    times = []
    for item in items:
        began = time.perf_counter()
        call(item)
        times.append((time.perf_counter() - began) * 1000)
    rest = sorted(times[1:]) or times
    return {
        "first": times[0],
        "median": statistics.median(rest),
        "p95": rest[min(len(rest) - 1, int(0.95 * len(rest)))],
    }


def nearest_float16(matrix16: np.ndarray, query: np.ndarray, limit: int) -> np.ndarray:
    """Top ``limit`` rows of a float16 matrix, scanned in float32 blocks."""
    scores = np.empty(len(matrix16), dtype=np.float32)
    for first in range(0, len(matrix16), BLOCK):
        block = matrix16[first : first + BLOCK].astype(np.float32)
        scores[first : first + BLOCK] = block @ query
    top = np.argpartition(-scores, limit - 1)[:limit]
    return top[np.argsort(-scores[top])]


class _FixedEncoder:
    """Hands out prepared query vectors (the encoder's own time is measured elsewhere)."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.dimensions = vectors.shape[1]
        self._vectors = vectors
        self._next = 0

    def embed(self, texts: list[str]) -> Any:
        from localchat.embeddings.encoder import Embeddings

        row = self._vectors[self._next % len(self._vectors)]
        self._next += 1
        return Embeddings(row.reshape(1, -1), (0,), (0,))


def measure_app(size: int, dim: int, count: int) -> dict[str, Any]:
    """Numpy exact, float16 blocks, FTS5 alone and hybrid through the app's code."""
    import psutil

    from localchat.storage import Database
    from localchat.storage.library_index import LibraryIndexRepository
    from localchat.tasks.retrieval import Retriever, VectorMatrix

    path = build_database(size, dim)
    rng = np.random.default_rng(7)
    asks = questions(rng, vocabulary(np.random.default_rng(size)), count)
    queries = unit_vectors(rng, count, dim)
    db = Database.open(path)
    repo = LibraryIndexRepository(db)
    process = psutil.Process()
    rss = process.memory_info().rss
    began = time.perf_counter()
    matrix = VectorMatrix.load(repo, "bench-random", dim, repo.stamp("bench-random").chunks)
    load_s = time.perf_counter() - began
    out: dict[str, Any] = {
        "size": size,
        "file_mb": path.stat().st_size / 1e6,
        "load_s": load_s,
        "matrix_mb": matrix.matrix.nbytes / 1e6,
        "rss_growth_mb": (process.memory_info().rss - rss) / 1e6,
        "numpy": latencies(lambda q: matrix.nearest(q, TOP), list(queries)),
        "fts5": latencies(lambda a: repo.word_search(a, TOP), asks),
    }
    matrix16 = matrix.matrix.astype(np.float16)
    out["numpy_f16"] = latencies(lambda q: nearest_float16(matrix16, q, TOP), list(queries))
    retriever = Retriever(repo, _FixedEncoder(queries), "bench-random")
    retriever.vectors()
    out["hybrid"] = latencies(lambda a: retriever.search(a, 5, "hybrid"), asks)
    db.close()
    return out


def measure_sqlite_vec(size: int, dim: int, count: int) -> dict[str, Any]:
    """vec0 KNN over the same kind of vectors (run under a Python that loads extensions)."""
    import sqlite_vec

    path = CACHE / f"vec-{size}-{dim}.db"
    CACHE.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.enable_load_extension(True)
    sqlite_vec.load(connection)
    rng = np.random.default_rng(size)
    build_s = 0.0
    if not connection.execute("SELECT name FROM sqlite_master WHERE name='vec_items'").fetchone():
        began = time.perf_counter()
        connection.execute(
            f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{dim}] "
            "distance_metric=cosine)"
        )
        for first in range(0, size, 10_000):
            vectors = unit_vectors(rng, min(10_000, size - first), dim)
            connection.executemany(
                "INSERT INTO vec_items(rowid, embedding) VALUES (?, ?)",
                [(first + i + 1, v.tobytes()) for i, v in enumerate(vectors)],
            )
        connection.commit()
        build_s = time.perf_counter() - began
    queries = unit_vectors(np.random.default_rng(7), count, dim)
    sql = (
        "SELECT rowid, distance FROM vec_items WHERE embedding MATCH ? AND k = ? ORDER BY distance"
    )
    result = latencies(lambda q: connection.execute(sql, (q.tobytes(), TOP)).fetchall(), queries)
    version = connection.execute("SELECT vec_version()").fetchone()[0]
    connection.close()
    return {
        "size": size, "sqlite_vec": result, "build_s": build_s, "version": version,
        "file_mb": path.stat().st_size / 1e6, "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
    }  # fmt: skip


def run_sqlite_vec(python: str, size: int, dim: int, count: int) -> dict[str, Any] | None:
    """Run this file's --sqlite-vec mode under ``python``; None (with the reason) if it fails."""
    command = [python, __file__, "--sqlite-vec", str(size), "--dim", str(dim)]
    command += ["--queries", str(count)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"sqlite-vec run failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(name: str, figures: dict[str, float]) -> str:
    return f"{figures['median']:.1f} ({figures['p95']:.1f}, first {figures['first']:.1f})"


def report(app: dict[str, Any], vec: dict[str, Any] | None) -> None:
    """One Markdown block per size."""
    size = app["size"]
    print(f"\n### {size:,} passages (dim 384)\n")
    print(f"database {app['file_mb']:.0f} MB; matrix {app['matrix_mb']:.0f} MB float32, load "
          f"{app['load_s']:.2f} s, RSS +{app['rss_growth_mb']:.0f} MB")  # fmt: skip
    print("\n| search | median ms (p95, first) |\n|---|---|")
    print(f"| numpy exact float32 (top 50) | {_row('numpy', app['numpy'])} |")
    print(f"| numpy exact float16 in float32 blocks | {_row('f16', app['numpy_f16'])} |")
    if vec is not None:
        print(f"| sqlite-vec {vec['version']} vec0 KNN (Python {vec['python']}) "
              f"| {_row('vec', vec['sqlite_vec'])} |")  # fmt: skip
    else:
        print("| sqlite-vec | not measured (see stderr) |")
    print(f"| FTS5 alone (top 50) | {_row('fts', app['fts5'])} |")
    print(f"| hybrid: FTS5 + numpy + fusion + passages read | {_row('hybrid', app['hybrid'])} |")
    if vec is not None:
        print(f"\nsqlite-vec file {vec['file_mb']:.0f} MB, built in {vec['build_s']:.0f} s")


def main() -> None:
    """Measure each size and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument(
        "--vec-python", default=os.environ.get("VEC_PYTHON", "/tmp/vecvenv/bin/python")
    )
    parser.add_argument("--sqlite-vec", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sqlite_vec:
        print(json.dumps(measure_sqlite_vec(args.sqlite_vec, args.dim, args.queries)))
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import machine

    print(machine())
    for size in args.sizes:
        app = measure_app(size, args.dim, args.queries)
        vec = run_sqlite_vec(args.vec_python, size, args.dim, args.queries)
        report(app, vec)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
