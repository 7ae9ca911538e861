"""Typed ORM mapping of the document library: files, their chunks, and the chunks' vectors."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from localchat.storage.orm import Base, UTCDateTime


class LibraryRootRow(Base):
    """A file or folder the user added to the library; re-walked on every refresh."""

    __tablename__ = "library_roots"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LibraryDocumentRow(Base):
    """One indexed (or failed) file, with what it was when it was indexed."""

    __tablename__ = "library_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int]
    mtime: Mapped[float] = mapped_column(Float)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    pages: Mapped[int] = mapped_column(default=0)
    chunk_count: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    encoder: Mapped[str] = mapped_column(String(300), default="")
    dimension: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LibraryChunkRow(Base):
    """A passage of a document: its text, where it is (page or heading, characters)."""

    __tablename__ = "library_chunks"
    __table_args__ = (
        UniqueConstraint("document_id", "ordinal", name="uq_library_chunks_document_id_ordinal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("library_documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None]
    heading: Mapped[str | None] = mapped_column(Text)
    char_start: Mapped[int]
    char_end: Mapped[int]
    tokens: Mapped[int]


class LibraryVectorRow(Base):
    """A chunk's embedding as little-endian float32 bytes, apart from the text.

    Kept in its own table so that loading every vector reads only vector pages, not text.
    """

    __tablename__ = "library_vectors"
    __table_args__ = (Index("ix_library_vectors_document_id", "document_id"),)

    chunk_id: Mapped[int] = mapped_column(
        ForeignKey("library_chunks.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("library_documents.id", ondelete="CASCADE"))
    vector: Mapped[bytes] = mapped_column(LargeBinary)
