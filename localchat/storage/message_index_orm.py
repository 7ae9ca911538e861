"""Typed ORM mapping of the vectors of messages, for meaning search in chat history."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from localchat.storage.orm import Base


class MessageVectorRow(Base):
    """A message's embedding (little-endian float32 bytes) and the model that made it.

    ``conversation_id`` is a copy of the message's, so that a search groups vectors by
    conversation without reading the messages table.
    """

    __tablename__ = "message_vectors"
    __table_args__ = (Index("ix_message_vectors_encoder", "encoder"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    encoder: Mapped[str] = mapped_column(String(300))
    vector: Mapped[bytes] = mapped_column(LargeBinary)
