"""An answer's sources, and the vectors of messages for meaning search in chat history.

The vectors are made with the library's embedding model and kept in the same file as the
messages; a message deleted (or its conversation) takes its vector with it (cascade).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update

from localchat.storage.database import Database
from localchat.storage.message_index_orm import MessageVectorRow
from localchat.storage.orm import MessageRow
from localchat.storage.source_records import Source

log = logging.getLogger(__name__)

# Messages worth a vector: written out and not failed (an answer still streaming waits).
_INDEXED_STATUSES = ("complete", "stopped", "interrupted")


@dataclass(frozen=True)
class MessageText:
    """A message to embed: its ids and its text."""

    message_id: int
    conversation_id: int
    text: str


class MessageIndexRepository:
    """Writes answers' sources and reads and writes message vectors; short sessions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set_sources(self, message_id: int, sources: Sequence[Source] | None) -> None:
        """Store the passages an answer was given (None: it did not use the documents)."""
        value = None if sources is None else tuple(sources)
        with self._db.session() as session, session.begin():
            session.execute(
                update(MessageRow).where(MessageRow.id == message_id).values(sources=value)
            )

    def unindexed(self, encoder: str, limit: int = 256) -> list[MessageText]:
        """Messages with text and no vector from ``encoder`` yet, oldest first."""
        indexed = select(MessageVectorRow.message_id).where(MessageVectorRow.encoder == encoder)
        statement = (
            select(MessageRow.id, MessageRow.conversation_id, MessageRow.text)
            .where(
                MessageRow.role.in_(("user", "assistant")),
                MessageRow.status.in_(_INDEXED_STATUSES),
                MessageRow.text != "",
                MessageRow.id.not_in(indexed),
            )
            .order_by(MessageRow.id)
            .limit(limit)
        )
        with self._db.session() as session:
            return [MessageText(*row) for row in session.execute(statement)]

    def save_vectors(self, encoder: str, rows: Sequence[tuple[MessageText, bytes]]) -> None:
        """Store vectors (replacing any other model's) of messages that still exist."""
        if not rows:
            return
        ids = [message.message_id for message, _ in rows]
        with self._db.session() as session, session.begin():
            existing = set(session.scalars(select(MessageRow.id).where(MessageRow.id.in_(ids))))
            session.execute(delete(MessageVectorRow).where(MessageVectorRow.message_id.in_(ids)))
            values = [
                {
                    "message_id": message.message_id,
                    "conversation_id": message.conversation_id,
                    "encoder": encoder,
                    "vector": vector,
                }
                for message, vector in rows
                if message.message_id in existing  # deleted while it was embedded
            ]
            if values:
                session.execute(insert(MessageVectorRow), values)
        log.debug("Saved %d message vectors", len(rows))

    def iter_vectors(
        self, encoder: str, batch: int = 20_000
    ) -> Iterator[tuple[list[int], list[int], bytes]]:
        """Message ids, their conversations and their vectors' bytes joined, by message id."""
        statement = (
            select(
                MessageVectorRow.message_id,
                MessageVectorRow.conversation_id,
                MessageVectorRow.vector,
            )
            .where(MessageVectorRow.encoder == encoder)
            .order_by(MessageVectorRow.message_id)
        )
        with self._db.engine.connect() as connection:
            result = connection.execute(statement)
            while rows := result.fetchmany(batch):
                yield [r[0] for r in rows], [r[1] for r in rows], b"".join(r[2] for r in rows)

    def texts(self, message_ids: Sequence[int]) -> dict[int, tuple[str, datetime]]:
        """The text and time of these messages, by id (a search result's line)."""
        if not message_ids:
            return {}
        statement = select(MessageRow.id, MessageRow.text, MessageRow.created_at).where(
            MessageRow.id.in_(list(message_ids))
        )
        with self._db.session() as session:
            return {row[0]: (row[1], row[2]) for row in session.execute(statement)}
