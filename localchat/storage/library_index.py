"""The document library's index: roots, documents, chunks, vectors and word search.

Each document is saved in one transaction with all its chunks and vectors, so a kill
loses at most the document being indexed and never leaves half of one behind.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Float, Integer, delete, func, insert, select, text
from sqlalchemy.orm import Session

from localchat.storage.database import Database
from localchat.storage.library_index_orm import (
    LibraryChunkRow,
    LibraryDocumentRow,
    LibraryRootRow,
    LibraryVectorRow,
)
from localchat.storage.library_index_records import (
    IndexStamp,
    LibraryDocument,
    NewChunk,
    StoredChunk,
    WordHit,
)
from localchat.storage.orm import utcnow

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# Words too common to help a ranked OR query, whose posting lists would make it slow on a
# large library (bm25 would give them almost no weight anyway). English only: in other
# languages such words stay in the query and cost only time.
_STOP_WORDS = frozenset(
    "a an and are as at be but by did do does for from had has have how i in is it its of on "
    "or that the their there these this those to was were what when where which who whom why "
    "will with would you your".split()
)
_MAX_TERMS = 32
# Terms at least this long also match as a prefix (whale -> whales): a cheap stemming.
_PREFIX_FROM = 4

_WORDS_SQL = text(
    """
    SELECT rowid, bm25(library_chunks_fts) AS score
    FROM library_chunks_fts
    WHERE library_chunks_fts MATCH :query
    ORDER BY score
    LIMIT :limit
    """
).columns(rowid=Integer, score=Float)


def match_any(user_text: str) -> str | None:
    """A safe FTS5 query matching chunks that hold any of the words in ``user_text``.

    Each word is a quoted phrase, as in storage.search.fts_query (so operators and quotes
    are only text), but ORed, since a question's words are rarely all in its answer; bm25
    ranks chunks with more and rarer words first.
    """
    terms: list[str] = []
    for word in _WORD.findall(user_text.lower()):
        if word not in _STOP_WORDS and word not in terms:
            terms.append(word)
    if not terms:
        return None
    quoted = [
        '"' + term.replace('"', '""') + '"' + ("*" if len(term) >= _PREFIX_FROM else "")
        for term in terms[:_MAX_TERMS]
    ]
    return " OR ".join(quoted)


def _document(row: LibraryDocumentRow) -> LibraryDocument:
    return LibraryDocument(
        id=row.id,
        path=row.path,
        title=row.title,
        size=row.size,
        mtime=row.mtime,
        sha256=row.sha256,
        status=row.status,  # type: ignore[arg-type]
        pages=row.pages,
        chunk_count=row.chunk_count,
        error=row.error,
        encoder=row.encoder,
        dimension=row.dimension,
        updated_at=row.updated_at,
    )


@dataclass(frozen=True)
class FileFacts:
    """What identifies a file's content: its path, size, modification time and hash."""

    path: str
    size: int
    mtime: float
    sha256: str


class LibraryIndexRepository:
    """Reads and writes the library index; every method is one short session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # Roots: the files and folders the user added.

    def add_root(self, path: str) -> None:
        """Remember a file or folder to index (nothing happens if it is already there)."""
        with self._db.session() as session, session.begin():
            if session.scalar(select(LibraryRootRow.id).where(LibraryRootRow.path == path)):
                return
            session.add(LibraryRootRow(path=path, added_at=utcnow()))

    def remove_root(self, path: str) -> None:
        """Forget a root; its documents go at the next refresh, when nothing else holds them."""
        with self._db.session() as session, session.begin():
            session.execute(delete(LibraryRootRow).where(LibraryRootRow.path == path))

    def roots(self) -> list[str]:
        """The roots, in the order they were added."""
        with self._db.session() as session:
            return list(session.scalars(select(LibraryRootRow.path).order_by(LibraryRootRow.id)))

    # Documents.

    def documents(self) -> list[LibraryDocument]:
        """Every document, indexed or failed, by path."""
        with self._db.session() as session:
            rows = session.scalars(select(LibraryDocumentRow).order_by(LibraryDocumentRow.path))
            return [_document(row) for row in rows]

    def get(self, document_id: int) -> LibraryDocument | None:
        """The document with this id, if any."""
        with self._db.session() as session:
            row = session.get(LibraryDocumentRow, document_id)
            return _document(row) if row is not None else None

    def document(self, path: str) -> LibraryDocument | None:
        """The document stored for ``path``, if any."""
        with self._db.session() as session:
            row = session.scalar(select(LibraryDocumentRow).where(LibraryDocumentRow.path == path))
            return _document(row) if row is not None else None

    @staticmethod
    def _fresh_row(session: Session, facts: FileFacts) -> LibraryDocumentRow:
        """The row for ``facts.path`` with its old chunks and vectors gone (or a new row)."""
        row = session.scalar(
            select(LibraryDocumentRow).where(LibraryDocumentRow.path == facts.path)
        )
        if row is None:
            row = LibraryDocumentRow(path=facts.path)
            session.add(row)
        else:
            # Chunks one by one through their delete trigger, which keeps FTS5 in step.
            session.execute(delete(LibraryVectorRow).where(LibraryVectorRow.document_id == row.id))
            session.execute(delete(LibraryChunkRow).where(LibraryChunkRow.document_id == row.id))
        row.size, row.mtime, row.sha256 = facts.size, facts.mtime, facts.sha256
        row.updated_at = utcnow()
        return row

    def save_document(
        self,
        facts: FileFacts,
        *,
        title: str,
        pages: int,
        encoder: str,
        dimension: int,
        chunks: Sequence[NewChunk],
        vectors: Sequence[bytes],
    ) -> LibraryDocument:
        """Store an indexed document with its chunks and vectors, replacing any earlier one.

        A document indexed for words only (no embedding model) has no vectors: dimension 0.
        """
        if len(chunks) != len(vectors) and (vectors or dimension):
            raise ValueError("Every chunk needs exactly one vector")
        with self._db.session() as session, session.begin():
            row = self._fresh_row(session, facts)
            row.title, row.status, row.pages, row.error = title, "indexed", pages, None
            row.chunk_count, row.encoder, row.dimension = len(chunks), encoder, dimension
            session.flush()
            ids = self._insert_chunks(session, row.id, chunks)
            if ids and vectors:
                session.execute(
                    insert(LibraryVectorRow),
                    [
                        {"chunk_id": chunk_id, "document_id": row.id, "vector": vector}
                        for chunk_id, vector in zip(ids, vectors, strict=True)
                    ],
                )
        log.debug("Saved %s: %d chunks", facts.path, len(chunks))
        return _document(row)

    @staticmethod
    def _insert_chunks(session: Session, document_id: int, chunks: Sequence[NewChunk]) -> list[int]:
        if not chunks:
            return []
        values = [
            {
                "document_id": document_id,
                "ordinal": chunk.ordinal,
                "text": chunk.text,
                "page": chunk.page,
                "heading": chunk.heading,
                "char_start": chunk.char_start,
                "char_end": chunk.char_end,
                "tokens": chunk.tokens,
            }
            for chunk in chunks
        ]
        statement = insert(LibraryChunkRow).returning(
            LibraryChunkRow.id, sort_by_parameter_order=True
        )
        return list(session.scalars(statement, values))

    def save_failure(self, facts: FileFacts, error: str) -> LibraryDocument:
        """Record a file that could not be read, with the reason in plain words."""
        with self._db.session() as session, session.begin():
            row = self._fresh_row(session, facts)
            row.title = row.title or ""
            row.status, row.pages, row.chunk_count, row.error = "failed", 0, 0, error
            row.encoder, row.dimension = "", 0
        return _document(row)

    def touch(self, document_id: int, size: int, mtime: float) -> None:
        """Note a new size and time for a file whose content (hash) did not change."""
        with self._db.session() as session, session.begin():
            row = session.get(LibraryDocumentRow, document_id)
            if row is not None:
                row.size, row.mtime = size, mtime

    def remove(self, document_ids: Sequence[int]) -> None:
        """Drop documents with their chunks (through the FTS trigger) and vectors."""
        if not document_ids:
            return
        ids = list(document_ids)
        with self._db.session() as session, session.begin():
            session.execute(delete(LibraryVectorRow).where(LibraryVectorRow.document_id.in_(ids)))
            session.execute(delete(LibraryChunkRow).where(LibraryChunkRow.document_id.in_(ids)))
            session.execute(delete(LibraryDocumentRow).where(LibraryDocumentRow.id.in_(ids)))
        log.debug("Removed %d library documents", len(ids))

    def exclude(self, document_id: int) -> None:
        """Keep a document out of the library (its folder stays): drop its passages, keep a mark."""
        with self._db.session() as session, session.begin():
            row = session.get(LibraryDocumentRow, document_id)
            if row is None:
                return
            session.execute(delete(LibraryVectorRow).where(LibraryVectorRow.document_id == row.id))
            session.execute(delete(LibraryChunkRow).where(LibraryChunkRow.document_id == row.id))
            row.status, row.chunk_count, row.error, row.updated_at = "excluded", 0, None, utcnow()

    def include_again(self, path: str) -> None:
        """Forget the exclusion marks of ``path`` and of files under it (added again)."""
        folder = path.rstrip(os.sep) + os.sep
        with self._db.session() as session, session.begin():
            session.execute(
                delete(LibraryDocumentRow).where(
                    LibraryDocumentRow.status == "excluded",
                    (LibraryDocumentRow.path == path)
                    | (func.substr(LibraryDocumentRow.path, 1, len(folder)) == folder),
                )
            )

    # Search.

    def word_search(self, user_text: str, limit: int = 50) -> list[WordHit]:
        """Chunks holding the words of ``user_text``, best bm25 first."""
        query = match_any(user_text)
        if query is None or limit <= 0:
            return []
        with self._db.session() as session:
            rows = session.execute(_WORDS_SQL, {"query": query, "limit": limit}).all()
        return [WordHit(chunk_id=row[0], bm25=row[1]) for row in rows]

    def chunks(self, chunk_ids: Sequence[int]) -> list[StoredChunk]:
        """The chunks with these ids (with their document's path and title), in that order."""
        if not chunk_ids:
            return []
        statement = (
            select(LibraryChunkRow, LibraryDocumentRow.path, LibraryDocumentRow.title)
            .join(LibraryDocumentRow, LibraryDocumentRow.id == LibraryChunkRow.document_id)
            .where(LibraryChunkRow.id.in_(list(chunk_ids)))
        )
        with self._db.session() as session:
            found = {
                row.id: StoredChunk(
                    row.id, row.document_id, path, title, row.ordinal, row.text, row.page,
                    row.heading, row.char_start, row.char_end,
                )
                for row, path, title in session.execute(statement)
            }  # fmt: skip
        return [found[chunk_id] for chunk_id in chunk_ids if chunk_id in found]

    def stamp(self, encoder: str) -> IndexStamp:
        """A value that changes whenever vectors made with ``encoder`` are saved or dropped."""
        statement = select(
            func.count(LibraryDocumentRow.id),
            func.coalesce(func.sum(LibraryDocumentRow.chunk_count), 0),
            func.max(LibraryDocumentRow.updated_at),
        ).where(LibraryDocumentRow.status == "indexed", LibraryDocumentRow.encoder == encoder)
        with self._db.session() as session:
            documents, chunks, last = session.execute(statement).one()
        return IndexStamp(int(documents), int(chunks), last)

    def iter_vectors(
        self, encoder: str, dimension: int, batch: int = 20_000
    ) -> Iterator[tuple[list[int], bytes]]:
        """Chunk ids and their vectors' bytes joined, ``batch`` rows at a time, by chunk id."""
        statement = (
            select(LibraryVectorRow.chunk_id, LibraryVectorRow.vector)
            .join(LibraryDocumentRow, LibraryDocumentRow.id == LibraryVectorRow.document_id)
            .where(
                LibraryDocumentRow.status == "indexed",
                LibraryDocumentRow.encoder == encoder,
                LibraryDocumentRow.dimension == dimension,
            )
            .order_by(LibraryVectorRow.chunk_id)
        )
        with self._db.engine.connect() as connection:
            result = connection.execute(statement)
            while rows := result.fetchmany(batch):
                yield [row[0] for row in rows], b"".join(row[1] for row in rows)
