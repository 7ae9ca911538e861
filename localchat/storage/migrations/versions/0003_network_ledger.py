"""The network ledger: every request LocalChat made, for the Privacy view.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "network_ledger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("purpose", sa.String(50), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column(
            "model_id",
            sa.Integer(),
            sa.ForeignKey("installed_models.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    with op.batch_alter_table("network_ledger") as batch:
        batch.create_index("ix_network_ledger_at", ["at"])
        batch.create_index("ix_network_ledger_model_id", ["model_id"])


def downgrade() -> None:
    with op.batch_alter_table("network_ledger") as batch:
        batch.drop_index("ix_network_ledger_model_id")
        batch.drop_index("ix_network_ledger_at")
    op.drop_table("network_ledger")
