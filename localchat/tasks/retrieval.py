"""Search the library: words (FTS5), meaning (exact vector search in numpy), or both fused.

Meaning search is an exact scan of every passage's vector: one matrix product over a
float32 matrix loaded once from the database and kept until the index changes. Measured
against sqlite-vec's exact KNN at 10k and 1M passages (bench/RESULTS.md, "Library index"),
it was as fast or faster, needs no SQLite extension (which Python builds without extension
loading cannot use), and finds the true nearest passages. float16 would halve the memory
(1.5 GB at 1M x 384) but numpy has no fast float16 product: converting blocks costs more
than the scan, so float32 stays until a library that large is seen. Words and meaning are
fused by reciprocal rank: each list gives a passage 1 / (k + rank), k = 60.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Literal

import numpy as np

from localchat.storage.library_index import LibraryIndexRepository
from localchat.storage.library_index_records import IndexStamp, StoredChunk
from localchat.tasks.indexing import Encoder

log = logging.getLogger(__name__)

SearchMode = Literal["hybrid", "words", "meaning"]
RRF_K = 60
# Passages each list contributes to the fusion.
CANDIDATES = 50


@dataclass(frozen=True)
class SearchResult:
    """A passage found, where it is, and how it ranked in each list (None: not in it)."""

    chunk: StoredChunk
    score: float
    word_rank: int | None
    meaning_rank: int | None
    bm25: float | None
    similarity: float | None

    @property
    def place(self) -> str:
        """Where the passage is, for a citation: its page or its heading (may be empty)."""
        if self.chunk.page is not None:
            return f"p. {self.chunk.page}"
        return self.chunk.heading or ""


class VectorMatrix:
    """Every passage vector of one encoder in one float32 matrix, rows in chunk-id order."""

    def __init__(self, ids: np.ndarray, matrix: np.ndarray) -> None:
        self.ids = ids
        self.matrix = matrix

    @classmethod
    def load(
        cls, repository: LibraryIndexRepository, encoder_id: str, dimension: int, rows: int
    ) -> VectorMatrix:
        """Read the vectors in batches into one preallocated matrix (no second copy)."""
        matrix = np.empty((rows, dimension), dtype=np.float32)
        ids = np.empty(rows, dtype=np.int64)
        filled = 0
        for batch_ids, blob in repository.iter_vectors(encoder_id, dimension):
            block = np.frombuffer(blob, dtype="<f4").reshape(-1, dimension)
            end = filled + len(batch_ids)
            if end > rows:  # saved while loading: grow (rare)
                matrix = np.resize(matrix, (end, dimension))
                ids = np.resize(ids, end)
            matrix[filled:end] = block
            ids[filled:end] = batch_ids
            filled = end
        return cls(ids[:filled], matrix[:filled])

    def nearest(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` chunk ids with the highest cosine similarity, best first."""
        if len(self.ids) == 0 or limit <= 0:
            return []
        scores = self.matrix @ np.asarray(query, dtype=np.float32).reshape(-1)
        limit = min(limit, len(scores))
        top = np.argpartition(-scores, limit - 1)[:limit]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(self.ids[i]), float(scores[i])) for i in top]


def reciprocal_rank_fusion(rankings: list[list[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Ids ranked by the sum over lists of 1 / (k + rank), rank from 1; ties keep first-seen."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: pair[1], reverse=True)


class Retriever:
    """Finds passages for a question; caches the vector matrix until the index changes.

    With no encoder (None: no embedding model installed) every search is by words.
    """

    def __init__(
        self, repository: LibraryIndexRepository, encoder: Encoder | None, encoder_id: str
    ) -> None:
        self._repository = repository
        self._encoder = encoder
        self._encoder_id = encoder_id
        self._lock = threading.Lock()
        self._matrix: VectorMatrix | None = None
        self._stamp: IndexStamp | None = None

    @property
    def searches_meaning(self) -> bool:
        """Whether searches use meaning as well as words (an encoder is there)."""
        return self._encoder is not None

    def invalidate(self) -> None:
        """Forget the cached vectors (the next meaning search reloads them)."""
        with self._lock:
            self._matrix, self._stamp = None, None

    def vectors(self) -> VectorMatrix:
        """The cached matrix, reloaded when a document was saved or dropped since."""
        assert self._encoder is not None, "a words-only retriever has no vectors"
        stamp = self._repository.stamp(self._encoder_id)
        with self._lock:
            if self._matrix is None or stamp != self._stamp:
                self._matrix = VectorMatrix.load(
                    self._repository, self._encoder_id, self._encoder.dimensions, stamp.chunks
                )
                self._stamp = stamp
                log.debug("Loaded %d passage vectors", len(self._matrix.ids))
            return self._matrix

    def search(
        self, question: str, limit: int = 5, mode: SearchMode = "hybrid"
    ) -> list[SearchResult]:
        """The best ``limit`` passages for ``question`` by words, meaning or both."""
        if self._encoder is None:
            mode = "words"
        words = self._repository.word_search(question, CANDIDATES) if mode != "meaning" else []
        meaning: list[tuple[int, float]] = []
        if mode != "words" and question.strip():
            query = self._encoder.embed([question]).vectors[0]
            meaning = self.vectors().nearest(query, CANDIDATES)
        word_ids = [hit.chunk_id for hit in words]
        meaning_ids = [chunk_id for chunk_id, _ in meaning]
        fused = reciprocal_rank_fusion([word_ids, meaning_ids])[:limit]
        chunks = {chunk.id: chunk for chunk in self._repository.chunks([i for i, _ in fused])}
        bm25 = {hit.chunk_id: hit.bm25 for hit in words}
        similarity = dict(meaning)
        word_rank = {chunk_id: rank for rank, chunk_id in enumerate(word_ids, start=1)}
        meaning_rank = {chunk_id: rank for rank, chunk_id in enumerate(meaning_ids, start=1)}
        return [
            SearchResult(
                chunks[chunk_id], score, word_rank.get(chunk_id), meaning_rank.get(chunk_id),
                bm25.get(chunk_id), similarity.get(chunk_id),
            )
            for chunk_id, score in fused
            if chunk_id in chunks
        ]  # fmt: skip
