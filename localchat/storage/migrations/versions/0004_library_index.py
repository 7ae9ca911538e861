"""The document library: files, chunks with page or heading, FTS5 over chunks, vectors.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

# External-content FTS5 over the chunk text, kept in sync by triggers (as messages_fts).
_FTS_SQL = (
    "CREATE VIRTUAL TABLE library_chunks_fts USING fts5(text, content='library_chunks', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER library_chunks_fts_ai AFTER INSERT ON library_chunks BEGIN "
    "INSERT INTO library_chunks_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER library_chunks_fts_ad AFTER DELETE ON library_chunks BEGIN "
    "INSERT INTO library_chunks_fts(library_chunks_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER library_chunks_fts_au AFTER UPDATE OF text ON library_chunks BEGIN "
    "INSERT INTO library_chunks_fts(library_chunks_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); "
    "INSERT INTO library_chunks_fts(rowid, text) VALUES (new.id, new.text); END",
)


def _documents_table() -> None:
    op.create_table(
        "library_documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False, unique=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mtime", sa.Float(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("encoder", sa.String(300), nullable=False),
        sa.Column("dimension", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_library_documents_status", "library_documents", ["status"])


def upgrade() -> None:
    op.create_table(
        "library_roots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False, unique=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    _documents_table()
    op.create_table(
        "library_chunks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("library_documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("tokens", sa.Integer(), nullable=False),
        sa.UniqueConstraint("document_id", "ordinal", name="uq_library_chunks_document_id_ordinal"),
    )
    op.create_table(
        "library_vectors",
        sa.Column(
            "chunk_id",
            sa.Integer(),
            sa.ForeignKey("library_chunks.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("library_documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_library_vectors_document_id", "library_vectors", ["document_id"])
    for statement in _FTS_SQL:
        op.execute(statement)


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS library_chunks_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS library_chunks_fts")
    op.drop_index("ix_library_vectors_document_id", table_name="library_vectors")
    op.drop_table("library_vectors")
    op.drop_table("library_chunks")
    op.drop_index("ix_library_documents_status", table_name="library_documents")
    op.drop_table("library_documents")
    op.drop_table("library_roots")
