"""Typed ORM mapping of document jobs (summaries, translations) and their finished parts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from localchat.storage.orm import Base, UTCDateTime


class DocumentJobRow(Base):
    """A summarize or translate run over one document, resumable part by part."""

    __tablename__ = "document_jobs"
    __table_args__ = (Index("ix_document_jobs_kind_sha256", "kind", "source_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    source_name: Mapped[str] = mapped_column(Text)
    source_size: Mapped[int]
    source_sha256: Mapped[str] = mapped_column(String(64))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), index=True)
    total_parts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    result_text: Mapped[str] = mapped_column(Text, default="")
    model_id: Mapped[int | None] = mapped_column(
        ForeignKey("installed_models.id", ondelete="SET NULL"), index=True
    )

    parts: Mapped[list[JobPartRow]] = relationship(
        back_populates="job",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="JobPartRow.index",
    )


class JobPartRow(Base):
    """One finished piece of a job: a chunk summary or a translated paragraph."""

    __tablename__ = "job_parts"
    __table_args__ = (UniqueConstraint("job_id", "index", name="uq_job_parts_job_id_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("document_jobs.id", ondelete="CASCADE"))
    index: Mapped[int]
    input_text: Mapped[str] = mapped_column(Text, default="")
    output_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="finished")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    job: Mapped[DocumentJobRow] = relationship(back_populates="parts")
