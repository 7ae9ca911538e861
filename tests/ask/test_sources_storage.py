"""Sources are stored with the answer and read back with it; message vectors for search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from localchat.storage import ConversationRepository, Database
from localchat.storage.message_index import MessageIndexRepository
from localchat.storage.source_records import Source

SOURCES = (
    Source(1, 7, "/docs/bees.pdf", "Bees", 2, None, "A worker lives six weeks.", 120, 145),
    Source(2, 8, "/docs/notes.md", "Notes", None, "Ice", "Firn is old snow.", 0, 17),
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "localchat.db")
    yield database
    database.close()


def test_sources_are_read_back_with_their_message(db: Database) -> None:
    conversations = ConversationRepository(db)
    index = MessageIndexRepository(db)
    chat = conversations.create()
    question = conversations.add_message(chat.id, "user", "How long do bees live?")
    answer = conversations.add_message(chat.id, "assistant", "Six weeks [1].")
    nothing = conversations.add_message(chat.id, "assistant", "Not in your documents.")

    index.set_sources(answer.id, SOURCES)
    index.set_sources(nothing.id, ())

    stored = {m.id: m for m in conversations.messages(chat.id)}
    assert stored[question.id].sources is None  # not asked with documents
    assert stored[answer.id].sources == SOURCES
    assert stored[nothing.id].sources == ()  # searched, nothing relevant
    ((_, batch),) = list(conversations.with_messages([chat.id]))
    assert batch[1].sources == SOURCES
    assert conversations.update_message(answer.id, text="Six weeks [1]!").sources == SOURCES


def test_an_undone_delete_keeps_the_sources(db: Database) -> None:
    conversations = ConversationRepository(db)
    chat = conversations.create()
    conversations.add_message(chat.id, "user", "q")
    answer = conversations.add_message(chat.id, "assistant", "a [2]")
    MessageIndexRepository(db).set_sources(answer.id, SOURCES)
    messages = conversations.messages(chat.id)

    conversations.delete(chat.id)
    conversations.restore(chat, messages)

    assert conversations.messages(chat.id)[1].sources == SOURCES


def test_message_vectors_are_saved_found_and_deleted_with_their_message(db: Database) -> None:
    conversations = ConversationRepository(db)
    index = MessageIndexRepository(db)
    chat = conversations.create()
    first = conversations.add_message(chat.id, "user", "whales")
    conversations.add_message(chat.id, "assistant", "", status="partial")  # still streaming
    second = conversations.add_message(chat.id, "assistant", "they sing")

    todo = index.unindexed("minilm")
    assert [m.message_id for m in todo] == [first.id, second.id]
    vectors = np.eye(2, 4, dtype="<f4")
    index.save_vectors("minilm", [(m, v.tobytes()) for m, v in zip(todo, vectors, strict=True)])

    assert index.unindexed("minilm") == []
    assert [m.message_id for m in index.unindexed("another-model")] == [first.id, second.id]
    ((ids, chats, blob),) = list(index.iter_vectors("minilm"))
    assert ids == [first.id, second.id] and chats == [chat.id, chat.id]
    assert np.array_equal(np.frombuffer(blob, "<f4").reshape(2, 4), vectors)

    conversations.delete_messages_from(second.id)
    assert list(index.iter_vectors("minilm"))[0][0] == [first.id]
    conversations.delete(chat.id)
    assert list(index.iter_vectors("minilm")) == []
