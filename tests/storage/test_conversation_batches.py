"""Conversations with their messages read in batches (for exports): same records as one
by one, in the order asked, two queries per batch, lazily, and deletes meanwhile skipped."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from localchat.storage import Conversation, ConversationRepository, Database, Message


@pytest.fixture
def filled(conversations: ConversationRepository) -> list[int]:
    """Five conversations, the third without messages; ids newest first."""
    for c in range(5):
        conversation = conversations.create(f"chat {c}", system_prompt=f"prompt {c}")
        for m in range(0 if c == 2 else c + 1):
            message = conversations.add_message(conversation.id, "user", f"q{m} ✓")
            conversations.update_message(message.id, status="stopped", prompt_tokens=m)
    return [c.id for c in conversations.list_recent(limit=100)]


def one_by_one(
    conversations: ConversationRepository, ids: list[int]
) -> list[tuple[Conversation, list[Message]]]:
    return [(conversations.get(i), conversations.messages(i)) for i in ids]


def count_selects(db: Database) -> list[str]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    return statements


def test_recent_ids_follow_list_recent(
    conversations: ConversationRepository, filled: list[int]
) -> None:
    conversations.add_message(filled[-1], "user", "bump")
    assert conversations.recent_ids() == [c.id for c in conversations.list_recent(limit=100)]
    assert conversations.recent_ids()[0] == filled[-1]


@pytest.mark.parametrize("batch_size", [1, 2, 5, 200])
def test_batches_give_the_same_records_as_one_by_one(
    conversations: ConversationRepository, filled: list[int], batch_size: int
) -> None:
    order = [filled[3], filled[0], filled[2], filled[4], filled[1]]  # any order asked
    batched = list(conversations.with_messages(order, batch_size=batch_size))
    assert batched == one_by_one(conversations, order)
    assert [len(m) for _c, m in batched] == [2, 5, 0, 1, 4]


def test_two_queries_per_batch_read_lazily(
    db: Database, conversations: ConversationRepository, filled: list[int]
) -> None:
    selects = count_selects(db)
    stream = conversations.with_messages(filled, batch_size=2)
    assert selects == []
    next(stream)
    assert len(selects) == 2
    next(stream)
    assert len(selects) == 2  # the second conversation came with the first batch
    rest = list(stream)
    assert len(rest) == 3
    assert len(selects) == 6


def test_a_conversation_deleted_meanwhile_is_left_out(
    conversations: ConversationRepository, filled: list[int]
) -> None:
    stream = conversations.with_messages(filled, batch_size=2)
    first = next(stream)
    conversations.delete(filled[3])
    assert [c.id for c, _m in [first, *stream]] == [filled[0], filled[1], filled[2], filled[4]]


def test_unknown_ids_and_an_empty_list(
    conversations: ConversationRepository, filled: list[int]
) -> None:
    assert list(conversations.with_messages([])) == []
    assert [c.id for c, _m in conversations.with_messages([404, filled[0]])] == [filled[0]]
