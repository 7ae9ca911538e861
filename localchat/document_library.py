"""The document library opened on a core: its index, the embedding model, indexer, retriever.

The front ends (the Library pane's service, ``localchat library``, "Ask" in chat and
``localchat ask``) all start here: ``open_document_library(core)``. The embedding model is
an installed model whose GGUF architecture is an encoder (bert, nomic-bert...); it runs in
an engine host process (engines/host_encoder.py), started on the first text to embed. With
no such model installed, the library indexes and searches by words only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from localchat.catalog.architectures import ENCODER_ARCHITECTURES
from localchat.storage.library_index import LibraryIndexRepository
from localchat.storage.library_index_records import LibraryDocument
from localchat.tasks.indexing import WORDS_ONLY, Encoder, Indexer, library_files
from localchat.tasks.retrieval import Retriever

if TYPE_CHECKING:
    from localchat.embeddings.encoder import Embeddings
    from localchat.storage import Database, InstalledModel, ModelRepository

logger = logging.getLogger(__name__)

# The embedding model the Library pane offers to download when none is installed.
RECOMMENDED_ENCODER = "all-MiniLM-L6-v2"

EncoderOpener = Callable[[Path], Encoder]
# waiting: found in a folder, not indexed yet; changed: edited since it was indexed;
# deleted: gone from disk (it leaves the library at the next run).
EntryStatus = Literal["indexed", "failed", "waiting", "changed", "deleted"]


@dataclass(frozen=True)
class LibraryEntry:
    """One file of the library as the Library pane and ``localchat library list`` show it."""

    document_id: int | None  # None: not indexed yet
    title: str
    path: str
    pages: int
    passages: int
    status: EntryStatus
    reason: str | None = None  # why a failed file could not be read, in plain words


class CoreParts(Protocol):
    """What the library needs of a bootstrap.Core (which sits above this module)."""

    database: Database
    models: ModelRepository


def is_encoder_model(model: InstalledModel) -> bool:
    """Whether an installed model is an encoder (embeddings), going by its GGUF architecture."""
    return model.architecture in ENCODER_ARCHITECTURES and model.engine == "llama_cpp"


def choose_encoder_model(models: list[InstalledModel]) -> InstalledModel | None:
    """The encoder the library uses: the one added last (a new download is meant to be used).

    Changing it indexes the library again: vectors of two models are not comparable.
    """
    encoders = [model for model in models if is_encoder_model(model)]
    return max(encoders, key=lambda model: (model.added_at, model.id), default=None)


def encoder_id(model: InstalledModel | None) -> str:
    """The name stored with each document's vectors: the model file and its content."""
    if model is None:
        return WORDS_ONLY
    content = (model.sha256 or "")[:16] or str(model.size_bytes)
    return f"{Path(model.path).name}#{content}"


def hosted_encoder(path: Path) -> Encoder:
    """An encoder running in an engine host process (started on the first embed)."""
    from localchat.engines.host_encoder import HostedEncoder

    return HostedEncoder(path)


class DocumentLibrary:
    """The library's index with the encoder chosen for it; close it when done.

    ``indexer()`` and ``retriever()`` share one encoder, opened on first use and safe to
    use from several threads (one request at a time reaches the model).
    """

    def __init__(
        self,
        index: LibraryIndexRepository,
        encoder_model: InstalledModel | None,
        opener: EncoderOpener = hosted_encoder,
    ) -> None:
        self.index = index
        self.encoder_model = encoder_model
        self.encoder_id = encoder_id(encoder_model)
        self._opener = opener
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()

    @property
    def searches_meaning(self) -> bool:
        """Whether an embedding model is installed (else the library works by words only)."""
        return self.encoder_model is not None

    def encoder(self) -> Encoder | None:
        """The embedding model, started on first use (None: words only)."""
        if self.encoder_model is None:
            return None
        with self._lock:
            if self._encoder is None:
                self._encoder = self._opener(Path(self.encoder_model.path))
            return self._encoder

    def indexer(self) -> Indexer:
        """An indexer into this library with its encoder."""
        return Indexer(self.index, self._lazy_encoder(), self.encoder_id)

    def retriever(self) -> Retriever:
        """A retriever over this library: words and meaning fused, or words only."""
        return Retriever(self.index, self._lazy_encoder(), self.encoder_id)

    def _lazy_encoder(self) -> Encoder | None:
        return _LazyEncoder(self) if self.searches_meaning else None

    def add(self, paths: list[Path]) -> None:
        """Add files or folders (indexed by the next run of ``indexer()``)."""
        Indexer(self.index, None, self.encoder_id).add(paths)

    def remove(self, document_id: int) -> LibraryDocument | None:
        """Take a document out of the library; None if there is no such document.

        A file added by itself is forgotten; a file found in an added folder is kept out
        (the folder stays) until it or its folder is added again.
        """
        document = self.index.get(document_id)
        if document is None or document.status == "excluded":
            return None
        if document.path in self.index.roots():
            self.index.remove_root(document.path)
            self.index.remove([document.id])
        else:
            self.index.exclude(document.id)
        return document

    def entries(self) -> list[LibraryEntry]:
        """Every file of the library: indexed, failed, waiting, changed or deleted, by path.

        Walks the added folders and looks at each file's size and time (no reading).
        """
        stored = {doc.path: doc for doc in self.index.documents()}
        entries: list[LibraryEntry] = []
        for path in library_files(Path(root) for root in self.index.roots()):
            document = stored.pop(str(path), None)
            if document is None:
                entries.append(LibraryEntry(None, path.name, str(path), 0, 0, "waiting"))
            elif document.status != "excluded":
                entries.append(_entry(document, _changed(path, document)))
        for document in stored.values():
            if document.status != "excluded":
                entries.append(_entry(document, "deleted"))
        return sorted(entries, key=lambda entry: entry.path)

    def needs_indexing(self, entries: list[LibraryEntry]) -> bool:
        """Whether a run has work: files waiting, changed or deleted, or another encoder's."""
        if any(entry.status in ("waiting", "changed", "deleted") for entry in entries):
            return True
        return any(
            doc.status == "indexed" and doc.encoder != self.encoder_id
            for doc in self.index.documents()
        )

    def close(self) -> None:
        """End the encoder's host process, if it was started."""
        with self._lock:
            encoder, self._encoder = self._encoder, None
        close = getattr(encoder, "close", None)
        if close is not None:
            close()


def _changed(path: Path, document: LibraryDocument) -> EntryStatus | None:
    """The status "changed" when the size or time moved since indexing, else None."""
    try:
        stat = path.stat()
    except OSError:
        return "deleted"
    moved = stat.st_size != document.size or stat.st_mtime != document.mtime
    return "changed" if moved else None


def _entry(document: LibraryDocument, status: EntryStatus | None) -> LibraryEntry:
    return LibraryEntry(
        document_id=document.id,
        title=document.title or Path(document.path).name,
        path=document.path,
        pages=document.pages,
        passages=document.chunk_count,
        status=status or ("failed" if document.status == "failed" else "indexed"),
        reason=document.error,
    )


class _LazyEncoder:
    """The library's encoder, opened on the first embed (building an indexer costs nothing)."""

    def __init__(self, library: DocumentLibrary) -> None:
        self._library = library

    @property
    def dimensions(self) -> int:
        """Length of each vector (opens the encoder)."""
        return self._opened().dimensions

    def embed(self, texts: list[str]) -> Embeddings:
        """Vectors for the texts (opens the encoder)."""
        return self._opened().embed(texts)

    def _opened(self) -> Encoder:
        encoder = self._library.encoder()
        assert encoder is not None, "a words-only library has no encoder"
        return encoder


def open_document_library(
    core: CoreParts, opener: EncoderOpener = hosted_encoder
) -> DocumentLibrary:
    """The library on the core's database, with the installed embedding model (if any)."""
    model = choose_encoder_model(core.models.list())
    if model is None:
        logger.info("No embedding model installed: the library searches by words only")
    return DocumentLibrary(LibraryIndexRepository(core.database), model, opener)
