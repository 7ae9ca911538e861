"""An answer's sources (the passages of the user's documents it was given) and message vectors.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy of the table): SQLite adds a nullable column in
    # place, and the messages' FTS5 triggers stay as they are.
    op.add_column("messages", sa.Column("sources", sa.JSON(), nullable=True))
    op.create_table(
        "message_vectors",
        sa.Column(
            "message_id",
            sa.Integer(),
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "conversation_id",
            sa.Integer(),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("encoder", sa.String(300), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_message_vectors_encoder", "message_vectors", ["encoder"])


def downgrade() -> None:
    op.drop_index("ix_message_vectors_encoder", table_name="message_vectors")
    op.drop_table("message_vectors")
    # In place (SQLite 3.35+), not a batch copy that would lose the messages' FTS triggers.
    op.execute("ALTER TABLE messages DROP COLUMN sources")
