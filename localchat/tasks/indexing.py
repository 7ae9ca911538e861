"""Index the library's files: read, cut into passages, embed, save one document at a time.

Each document is saved in one transaction once all its passages are embedded, so a kill
loses at most the document in progress, and the next run starts with the first file not
saved yet: a saved file whose size, time and encoder still match is skipped. A changed
file (size or time, then its hash) is indexed again, a file gone from disk is dropped, and
a file that cannot be read is recorded with the reason and skipped; the run goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from localchat.documents import SUPPORTED_SUFFIXES, ReadCancelled, read_document
from localchat.errors import UserFacingError
from localchat.i18n import number, translate
from localchat.storage.library_index import FileFacts, LibraryIndexRepository
from localchat.storage.library_index_records import LibraryDocument
from localchat.tasks.retrieval_chunks import PAGE_CHARS, Passage, page_count, passages

if TYPE_CHECKING:
    from localchat.embeddings.encoder import Embeddings

log = logging.getLogger(__name__)

EMBED_BATCH = 32
_HASH_BLOCK = 1 << 20


# The encoder id of documents indexed with no embedding model: words only, no vectors.
WORDS_ONLY = "words"


class Encoder(Protocol):
    """Turns texts into L2-normalised vectors (localchat.embeddings.encoder.Encoder's shape)."""

    @property
    def dimensions(self) -> int:
        """Length of each vector."""
        ...

    def embed(self, texts: list[str]) -> Embeddings:
        """One float32 row of length ``dimensions`` per text, with the tokens each cost."""
        ...


@dataclass(frozen=True)
class IndexProgress:
    """Where a run is: documents and pages done of those to index, and the current file."""

    documents_done: int
    documents_total: int
    pages_done: int
    pages_total: int
    current: str

    def describe(self) -> str:
        """The progress as a sentence, e.g. "312 of 1,040 pages"."""
        return translate("Library", "{done} of {total} pages").format(
            done=number(self.pages_done), total=number(self.pages_total)
        )


@dataclass
class IndexReport:
    """What a run did."""

    indexed: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    cancelled: bool = False
    pages: int = 0
    chunks: int = 0
    tokens: int = 0  # read by the encoder
    embed_seconds: float = 0.0
    seconds: float = 0.0


ProgressCallback = Callable[[IndexProgress], None]


def embedding_text(passage: Passage) -> str:
    """What the encoder reads for a passage: its heading in front, unless it starts with it."""
    if passage.heading and passage.heading not in passage.text[: len(passage.heading) + 8]:
        return f"{passage.heading}\n{passage.text}"
    return passage.text


def _hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


def library_files(roots: Iterable[Path]) -> list[Path]:
    """The supported files in ``roots`` (files, or folders walked), absolute and sorted."""
    found: set[Path] = set()
    for root in roots:
        root = root.expanduser().absolute()
        if root.is_file():
            if root.suffix.lower() in SUPPORTED_SUFFIXES:
                found.add(root)
            continue
        for folder, dirs, names in os.walk(root):
            dirs[:] = [name for name in dirs if not name.startswith(".")]
            for name in names:
                path = Path(folder, name)
                if path.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(path):
                    found.add(path)
    return sorted(found)


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes (as the readers compute it)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def estimated_pages(path: Path) -> int:
    """Pages a file will count as before it is read: a PDF's page count, else its size."""
    if path.suffix.lower() == ".pdf":
        try:
            from pypdf import PdfReader

            return max(1, len(PdfReader(path).pages))
        except Exception:  # a damaged PDF fails later, with its reason; here it counts 1
            return 1
    try:
        return max(1, path.stat().st_size // PAGE_CHARS)
    except OSError:
        return 1


def unreadable_reason(path: Path, error: Exception) -> str:
    """The plain-words reason stored for a file that could not be read."""
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, OSError):
        return translate("Library", "{name} could not be opened: {reason}.").format(
            name=path.name, reason=error.strerror or type(error).__name__
        )
    return translate("Library", "{name} could not be read.").format(name=path.name)


def vector_bytes(vectors: np.ndarray) -> list[bytes]:
    """Each row as little-endian float32 bytes, the way the index stores it."""
    rows = np.ascontiguousarray(vectors, dtype="<f4")
    return [row.tobytes() for row in rows]


class Indexer:
    """Indexes the library's roots into the repository with one encoder.

    ``encoder_id`` names the encoder (model file and version): vectors made by another one
    are not comparable, so a document indexed with another id is indexed again. With no
    encoder (None, id ``WORDS_ONLY``) passages are saved for word search, without vectors.
    """

    def __init__(
        self, repository: LibraryIndexRepository, encoder: Encoder | None, encoder_id: str
    ) -> None:
        self._repository = repository
        self._encoder = encoder
        self._encoder_id = encoder_id

    def add(self, paths: Sequence[Path]) -> None:
        """Add files or folders to the library (indexed by the next run).

        A file the user removed from a folder comes back when it, or a folder holding it,
        is added again.
        """
        for path in paths:
            root = str(Path(path).expanduser().absolute())
            self._repository.add_root(root)
            self._repository.include_again(root)

    def _unchanged(self, path: Path, stored: LibraryDocument) -> bool:
        """Whether a stored document still stands for the file (re-hashing if size/time moved)."""
        stat = path.stat()
        current = stored.status == "failed" or stored.encoder == self._encoder_id
        if stat.st_size == stored.size and stat.st_mtime == stored.mtime:
            return current
        if stat.st_size == stored.size and file_sha256(path) == stored.sha256:
            self._repository.touch(stored.id, stat.st_size, stat.st_mtime)
            return current
        return False

    def plan(self, report: IndexReport) -> list[Path]:
        """Drop documents whose file is gone; return the files that need indexing."""
        roots = [Path(root) for root in self._repository.roots()]
        files = library_files(roots)
        wanted = {str(path) for path in files}
        stored = {doc.path: doc for doc in self._repository.documents()}
        gone = [doc for path, doc in stored.items() if path not in wanted]
        self._repository.remove([doc.id for doc in gone])
        report.removed = [doc.path for doc in gone]
        todo = []
        for path in files:
            doc = stored.get(str(path))
            if doc is not None and doc.status == "excluded":
                continue  # removed by the user; its folder stays in the library
            try:
                if doc is not None and self._unchanged(path, doc):
                    report.unchanged += 1
                    continue
            except OSError:
                pass  # the read below records why the file cannot be used
            todo.append(path)
        return todo

    def run(
        self,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Bring the index up to date with the roots; stops between batches when cancelled."""
        started = time.perf_counter()
        report = IndexReport()
        todo = self.plan(report)
        run = _Run(self, todo, progress, cancel, report)
        run.go()
        report.seconds = time.perf_counter() - started
        log.info(
            "Library run: %d indexed, %d unchanged, %d failed, %d removed in %.1f s",
            len(report.indexed), report.unchanged, len(report.failed), len(report.removed),
            report.seconds,
        )  # fmt: skip
        return report

    def index_file(self, path: Path, run: _Run) -> None:
        """Read, cut, embed and save one file (or record why it could not be read)."""
        stat = path.stat()
        try:
            document = read_document(path, cancel=run.cancel)
        except ReadCancelled:
            raise
        except Exception as error:  # any unreadable file is recorded, never fatal
            if not isinstance(error, UserFacingError | OSError):
                log.exception("Reading %s failed", path)
            reason = unreadable_reason(path, error)
            sha = file_sha256(path) if path.exists() else ""
            self._repository.save_failure(
                FileFacts(str(path), stat.st_size, stat.st_mtime, sha), reason
            )
            run.report.failed[str(path)] = reason
            return
        pieces = passages(document)
        pages = page_count(document)
        run.begin_document(pages)
        vectors = self._embed(pieces, run) if self._encoder is not None else None
        self._repository.save_document(
            FileFacts(str(path), stat.st_size, stat.st_mtime, document.sha256),
            title=document.title,
            pages=pages,
            encoder=self._encoder_id,
            dimension=vectors.shape[1] if vectors is not None else 0,
            chunks=list(pieces),
            vectors=vector_bytes(vectors) if vectors is not None else [],
        )
        run.report.indexed.append(str(path))
        run.report.chunks += len(pieces)

    def _embed(self, pieces: list[Passage], run: _Run) -> np.ndarray:
        """The passages' vectors, batch by batch, checking for cancel between batches."""
        assert self._encoder is not None
        dimension = self._encoder.dimensions
        out = np.empty((len(pieces), dimension), dtype=np.float32)
        for first in range(0, len(pieces), EMBED_BATCH):
            if run.cancel is not None and run.cancel.is_set():
                raise ReadCancelled
            batch = pieces[first : first + EMBED_BATCH]
            began = time.perf_counter()
            embedded = self._encoder.embed([embedding_text(piece) for piece in batch])
            out[first : first + len(batch)] = embedded.vectors
            run.report.embed_seconds += time.perf_counter() - began
            run.report.tokens += embedded.total_tokens
            run.advance((first + len(batch)) / len(pieces))
        return out


class _Run:
    """One run's counters and progress reports."""

    def __init__(
        self,
        indexer: Indexer,
        todo: list[Path],
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        report: IndexReport,
    ) -> None:
        self.indexer, self.todo, self.cancel, self.report = indexer, todo, cancel, report
        self._progress = progress
        self._estimates = [estimated_pages(path) for path in todo]
        self._total = sum(self._estimates)
        self._done_pages = 0
        self._doc_pages = 0
        self._doc_index = 0

    def go(self) -> None:
        """Index every file in turn, until done or cancelled."""
        self._emit(self._done_pages)
        for index, path in enumerate(self.todo):
            self._doc_index = index
            if self.cancel is not None and self.cancel.is_set():
                self.report.cancelled = True
                return
            self._doc_pages = self._estimates[index]
            try:
                self.indexer.index_file(path, self)
            except ReadCancelled:
                self.report.cancelled = True
                return
            except FileNotFoundError:
                log.info("%s went away while indexing", path)
            self._done_pages += self._doc_pages
            self.report.pages += self._doc_pages
            self._doc_index = index + 1
            self._emit(self._done_pages)

    def begin_document(self, pages: int) -> None:
        """The file was read: its real page count replaces the estimate in the total."""
        self._total += pages - self._doc_pages
        self._doc_pages = pages

    def advance(self, fraction: float) -> None:
        """Part of the current document is embedded."""
        self._emit(self._done_pages + int(self._doc_pages * fraction))

    def _emit(self, pages_done: int) -> None:
        if self._progress is None:
            return
        current = str(self.todo[self._doc_index]) if self._doc_index < len(self.todo) else ""
        self._progress(
            IndexProgress(self._doc_index, len(self.todo), pages_done, self._total, current)
        )
