"""Search results made by hand, and a retriever that returns them."""

from __future__ import annotations

from pathlib import Path

from localchat.storage.library_index_records import StoredChunk
from localchat.tasks.retrieval import SearchResult

DATA = Path(__file__).resolve().parents[1] / "retrieval" / "data"
CORPUS = ("lighthouses.md", "telegraph.html", "glaciers.txt", "honeybees.pdf")


def result(
    chunk_id: int,
    text: str,
    *,
    document_id: int = 1,
    path: str = "/docs/notes.md",
    page: int | None = None,
    heading: str | None = None,
    similarity: float | None = 0.5,
    word_rank: int | None = None,
) -> SearchResult:
    """A search result for a passage with this text and place."""
    chunk = StoredChunk(chunk_id, document_id, path, "Notes", chunk_id, text, page, heading,
                        10 * chunk_id, 10 * chunk_id + len(text))  # fmt: skip
    return SearchResult(chunk, 1.0 / (60 + chunk_id), word_rank, 1, None, similarity)


class ListRetriever:
    """Returns the same results, best first, for any question; notes what it was asked."""

    def __init__(self, results: list[SearchResult], searches_meaning: bool = True) -> None:
        self.results = results
        self.searches_meaning = searches_meaning
        self.asked: list[tuple[str, int]] = []

    def search(self, question: str, limit: int = 5, mode: str = "hybrid") -> list[SearchResult]:
        self.asked.append((question, limit))
        return self.results[:limit]
