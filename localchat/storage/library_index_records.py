"""Plain frozen records of the document library, as storage hands them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

# excluded: removed by the user from a folder still in the library (kept so it stays out).
DocumentStatus = Literal["indexed", "failed", "excluded"]
DOCUMENT_STATUSES: tuple[str, ...] = get_args(DocumentStatus)


@dataclass(frozen=True)
class LibraryDocument:
    """A file of the library as it was when last indexed (or when reading it failed).

    ``pages`` is the PDF page count, or for other formats an estimate from the text's
    length; ``encoder`` and ``dimension`` name the model its vectors were made with.
    """

    id: int
    path: str
    title: str
    size: int
    mtime: float
    sha256: str
    status: DocumentStatus
    pages: int
    chunk_count: int
    error: str | None
    encoder: str
    dimension: int
    updated_at: datetime


@dataclass(frozen=True)
class NewChunk:
    """A chunk to store: its text and where it is in the document."""

    ordinal: int
    text: str
    page: int | None
    heading: str | None
    char_start: int
    char_end: int
    tokens: int


@dataclass(frozen=True)
class StoredChunk:
    """A stored chunk with the document it belongs to."""

    id: int
    document_id: int
    path: str
    title: str
    ordinal: int
    text: str
    page: int | None
    heading: str | None
    char_start: int
    char_end: int


@dataclass(frozen=True)
class WordHit:
    """A chunk found by full-text search; ``bm25`` is SQLite's rank (lower is better)."""

    chunk_id: int
    bm25: float


@dataclass(frozen=True)
class IndexStamp:
    """What changes whenever a document's vectors are saved or dropped (a cache key)."""

    documents: int
    chunks: int
    last_change: datetime | None
