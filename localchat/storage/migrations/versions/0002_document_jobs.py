"""Document jobs: summaries and translations, saved part by part so they can resume.

Revision ID: 0002
Revises: 0001
Create Date: 2024-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "document_jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("source_size", sa.Integer(), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("total_parts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("result_text", sa.Text(), nullable=False),
        sa.Column(
            "model_id",
            sa.Integer(),
            sa.ForeignKey("installed_models.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_document_jobs_kind_sha256", "document_jobs", ["kind", "source_sha256"])
    op.create_index("ix_document_jobs_status", "document_jobs", ["status"])
    op.create_index("ix_document_jobs_updated_at", "document_jobs", ["updated_at"])
    op.create_index("ix_document_jobs_model_id", "document_jobs", ["model_id"])
    op.create_table(
        "job_parts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "job_id",
            sa.Integer(),
            sa.ForeignKey("document_jobs.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("input_text", sa.Text(), nullable=False),
        sa.Column("output_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("job_id", "index", name="uq_job_parts_job_id_index"),
    )


def downgrade() -> None:
    op.drop_table("job_parts")
    op.drop_index("ix_document_jobs_model_id", table_name="document_jobs")
    op.drop_index("ix_document_jobs_updated_at", table_name="document_jobs")
    op.drop_index("ix_document_jobs_status", table_name="document_jobs")
    op.drop_index("ix_document_jobs_kind_sha256", table_name="document_jobs")
    op.drop_table("document_jobs")
