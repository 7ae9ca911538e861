"""What the message view shows of one message (plain data, no storage types)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class MessageItem:
    """One message as displayed: who wrote it, its text, and how it ended."""

    message_id: int | None
    role: str  # "user" | "assistant" | "system"
    text: str
    status: str = "complete"  # complete | partial | stopped | interrupted | failed
    # An answer from the user's documents: the passages it was given (number, path, page,
    # heading, text...); None when it did not use them, empty when nothing was found.
    sources: tuple[Any, ...] | None = field(default=None, compare=False)

    @classmethod
    def from_record(cls, record: object) -> MessageItem:
        """Build from any object with id, role, text and status attributes."""
        return cls(
            message_id=record.id,
            role=record.role,
            text=record.text,
            status=record.status,
            sources=getattr(record, "sources", None),  # plain records of other front ends
        )
