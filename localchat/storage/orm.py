"""Typed SQLAlchemy ORM mapping of the LocalChat tables; used only inside storage."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from localchat.storage.source_records import Source
from localchat.storage.sources_type import SourcesJSON

# Tables that exist in the database but are managed by raw SQL in the migrations (FTS5).
FTS_TABLES: tuple[str, ...] = ("messages_fts", "conversations_fts", "library_chunks_fts")


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as naive UTC and returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC; naive values are taken as UTC."""
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach the UTC timezone to a stored naive datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of the LocalChat schema."""


class InstalledModelRow(Base):
    """A model file installed in the user's models folder."""

    __tablename__ = "installed_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(Text, unique=True)
    source: Mapped[str] = mapped_column(String(20))
    source_repo: Mapped[str | None] = mapped_column(String(300))
    source_file: Mapped[str | None] = mapped_column(String(300))
    revision: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size_bytes: Mapped[int]
    architecture: Mapped[str] = mapped_column(String(100))
    quantization: Mapped[str | None] = mapped_column(String(50))
    engine: Mapped[str] = mapped_column(String(30))
    context_length: Mapped[int]
    parameter_count: Mapped[int | None]
    model_type: Mapped[str | None] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    conversations: Mapped[list[ConversationRow]] = relationship(
        back_populates="model", passive_deletes=True
    )


class ConversationRow(Base):
    """A chat and its per-chat settings."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    title_is_auto: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    model_id: Mapped[int | None] = mapped_column(
        ForeignKey("installed_models.id", ondelete="SET NULL"), index=True
    )
    system_prompt: Mapped[str] = mapped_column(Text, default="")
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    model: Mapped[InstalledModelRow | None] = relationship(back_populates="conversations")
    messages: Mapped[list[MessageRow]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MessageRow.id",
    )


class MessageRow(Base):
    """One message of a conversation."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_id_id", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="complete", index=True)
    prompt_tokens: Mapped[int | None]
    completion_tokens: Mapped[int | None]
    generation_seconds: Mapped[float | None] = mapped_column(Float)
    tokens_per_second: Mapped[float | None] = mapped_column(Float)
    # The passages an answer was given from the user's documents (None: not asked to).
    sources: Mapped[tuple[Source, ...] | None] = mapped_column(SourcesJSON)

    conversation: Mapped[ConversationRow] = relationship(back_populates="messages")


# The other tables' mappings, so that Base.metadata is the whole schema wherever it is read
# (the migrations' autogenerate, the schema test), whichever repository was imported first.
from localchat.storage import (  # noqa: E402, F401
    jobs_orm,
    ledger_orm,
    library_index_orm,
    message_index_orm,
)
