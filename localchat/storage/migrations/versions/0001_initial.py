"""Initial schema: conversations, messages, installed models and FTS5 search.

Revision ID: 0001
Revises:
Create Date: 2024-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

# External-content FTS5 tables, kept in sync with their source columns by triggers.
_FTS = (
    # (fts table, source table, column)
    ("messages_fts", "messages", "text"),
    ("conversations_fts", "conversations", "title"),
)


def _fts_sql(fts: str, table: str, column: str) -> list[str]:
    insert = f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN {delete} {insert} END",
    ]


def upgrade() -> None:
    op.create_table(
        "installed_models",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("path", sa.Text(), nullable=False, unique=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_repo", sa.String(300), nullable=True),
        sa.Column("source_file", sa.String(300), nullable=True),
        sa.Column("revision", sa.String(100), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("architecture", sa.String(100), nullable=False),
        sa.Column("quantization", sa.String(50), nullable=True),
        sa.Column("engine", sa.String(30), nullable=False),
        sa.Column("context_length", sa.Integer(), nullable=False),
        sa.Column("parameter_count", sa.Integer(), nullable=True),
        sa.Column("model_type", sa.String(100), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_is_auto", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column(
            "model_id",
            sa.Integer(),
            sa.ForeignKey("installed_models.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("system_prompt", sa.Text(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
    )
    op.create_index("ix_conversations_updated_at", "conversations", ["updated_at"])
    op.create_index("ix_conversations_model_id", "conversations", ["model_id"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "conversation_id",
            sa.Integer(),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=True),
        sa.Column("completion_tokens", sa.Integer(), nullable=True),
        sa.Column("generation_seconds", sa.Float(), nullable=True),
        sa.Column("tokens_per_second", sa.Float(), nullable=True),
    )
    op.create_index("ix_messages_conversation_id_id", "messages", ["conversation_id", "id"])
    op.create_index("ix_messages_status", "messages", ["status"])
    for fts, table, column in _FTS:
        for statement in _fts_sql(fts, table, column):
            op.execute(statement)


def downgrade() -> None:
    for fts, _table, _column in _FTS:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.drop_table("messages")
    op.drop_table("conversations")
    op.drop_table("installed_models")
