"""Conversations and messages: CRUD, ordering, cascade, undo, streaming states."""

from collections.abc import Callable
from datetime import UTC

import pytest

from localchat.storage import ConversationRepository, Database, ModelRepository


def test_create_and_get(conversations: ConversationRepository) -> None:
    created = conversations.create(
        "Trip plans", system_prompt="Be brief.", settings={"temperature": 0.2}
    )
    fetched = conversations.get(created.id)
    assert fetched == created
    assert fetched.title == "Trip plans"
    assert fetched.system_prompt == "Be brief."
    assert fetched.settings == {"temperature": 0.2}
    assert fetched.title_is_auto is False
    assert fetched.model_id is None
    assert fetched.created_at.tzinfo is UTC
    assert fetched.updated_at == fetched.created_at


def test_defaults(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    assert conversation.title == "New chat"
    assert conversation.system_prompt == ""
    assert conversation.settings == {}


def test_get_missing_raises_key_error(conversations: ConversationRepository) -> None:
    with pytest.raises(KeyError):
        conversations.get(404)


def test_records_are_frozen(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    with pytest.raises(AttributeError):
        conversation.title = "x"  # type: ignore[misc]


def test_list_recent_orders_by_last_update(conversations: ConversationRepository) -> None:
    first = conversations.create("first")
    second = conversations.create("second")
    third = conversations.create("third")
    assert [c.title for c in conversations.list_recent()] == ["third", "second", "first"]

    conversations.add_message(first.id, "user", "bump")
    assert [c.id for c in conversations.list_recent()] == [first.id, third.id, second.id]
    assert [c.id for c in conversations.list_recent(limit=1, offset=1)] == [third.id]
    assert conversations.count() == 3


def test_rename_and_update(conversations: ConversationRepository, models: ModelRepository) -> None:
    conversation = conversations.create()
    renamed = conversations.rename(conversation.id, "Summary of a paper", auto=True)
    assert renamed.title == "Summary of a paper"
    assert renamed.title_is_auto is True
    assert conversations.rename(conversation.id, "Mine").title_is_auto is False

    model = models.add(
        name="tiny",
        path="/models/tiny.gguf",
        source="bundled",
        size_bytes=1,
        architecture="llama",
        engine="llama_cpp",
        context_length=2048,
    )
    updated = conversations.update(conversation.id, model_id=model.id)
    assert updated.model_id == model.id
    assert updated.system_prompt == ""  # untouched
    updated = conversations.update(conversation.id, system_prompt="Answer in French.")
    assert updated.model_id == model.id
    assert updated.system_prompt == "Answer in French."
    updated = conversations.update(conversation.id, settings={"top_p": 0.9}, model_id=None)
    assert updated.settings == {"top_p": 0.9}
    assert updated.model_id is None
    assert conversations.get(conversation.id) == updated


def test_messages_oldest_first_and_bump_updated_at(
    conversations: ConversationRepository,
) -> None:
    conversation = conversations.create()
    user = conversations.add_message(conversation.id, "user", "Hi")
    answer = conversations.add_message(conversation.id, "assistant", "Hello!")
    assert [m.id for m in conversations.messages(conversation.id)] == [user.id, answer.id]
    assert answer.status == "complete"
    assert answer.created_at.tzinfo is UTC
    assert conversations.get(conversation.id).updated_at == answer.created_at


def test_add_message_rejects_bad_input(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    with pytest.raises(ValueError):
        conversations.add_message(conversation.id, "robot", "x")
    with pytest.raises(ValueError):
        conversations.add_message(conversation.id, "user", "x", status="done")  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        conversations.add_message(999, "user", "x")


def test_update_message_changes_only_given_fields(
    conversations: ConversationRepository,
) -> None:
    conversation = conversations.create()
    message = conversations.add_message(conversation.id, "assistant", "", status="partial")
    message = conversations.update_message(message.id, text="Hello")
    assert (message.text, message.status) == ("Hello", "partial")
    message = conversations.update_message(
        message.id,
        text="Hello there",
        status="complete",
        prompt_tokens=12,
        completion_tokens=3,
        generation_seconds=0.5,
        tokens_per_second=6.0,
    )
    assert conversations.messages(conversation.id) == [message]
    assert message.completion_tokens == 3
    assert message.tokens_per_second == 6.0
    stopped = conversations.update_message(message.id, status="stopped")
    assert stopped.text == "Hello there"
    assert stopped.prompt_tokens == 12
    with pytest.raises(KeyError):
        conversations.update_message(12345, text="x")


def test_delete_cascades_to_messages(
    conversations: ConversationRepository, db: Database, fts_ok: Callable[[], bool]
) -> None:
    doomed = conversations.create("doomed")
    kept = conversations.create("kept")
    conversations.add_message(doomed.id, "user", "one")
    conversations.add_message(doomed.id, "assistant", "two")
    conversations.add_message(kept.id, "user", "three")

    conversations.delete(doomed.id)

    with pytest.raises(KeyError):
        conversations.get(doomed.id)
    assert conversations.messages(doomed.id) == []
    assert [m.text for m in conversations.messages(kept.id)] == ["three"]
    with db.engine.connect() as connection:
        orphans = connection.exec_driver_sql(
            "SELECT count(*) FROM messages WHERE conversation_id = ?", (doomed.id,)
        ).scalar()
    assert orphans == 0
    assert fts_ok()
    with pytest.raises(KeyError):
        conversations.delete(doomed.id)


def test_restore_after_delete_keeps_ids(
    conversations: ConversationRepository, fts_ok: Callable[[], bool]
) -> None:
    conversation = conversations.rename(conversations.create().id, "Undo me", auto=True)
    conversations.add_message(conversation.id, "user", "question about penguins")
    conversations.add_message(conversation.id, "assistant", "answer", status="stopped")
    messages = conversations.messages(conversation.id)
    conversation = conversations.get(conversation.id)

    conversations.delete(conversation.id)
    restored = conversations.restore(conversation, messages)

    assert restored == conversation
    assert conversations.messages(conversation.id) == messages
    assert [hit.message_id for hit in conversations.search("penguins")] == [messages[0].id]
    assert fts_ok()


def test_mark_unfinished_as_interrupted(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    conversations.add_message(conversation.id, "user", "Hi")
    partial = conversations.add_message(conversation.id, "assistant", "Hel", status="partial")
    stopped = conversations.add_message(conversation.id, "assistant", "X", status="stopped")

    assert conversations.mark_unfinished_as_interrupted() == 1
    statuses = {m.id: m.status for m in conversations.messages(conversation.id)}
    assert statuses[partial.id] == "interrupted"
    assert statuses[stopped.id] == "stopped"
    assert conversations.mark_unfinished_as_interrupted() == 0


def test_delete_messages_from(
    conversations: ConversationRepository, fts_ok: Callable[[], bool]
) -> None:
    conversation = conversations.create()
    other = conversations.create()
    texts = ["q1", "a1", "q2", "a2"]
    ids = [conversations.add_message(conversation.id, "user", t).id for t in texts]
    other_message = conversations.add_message(other.id, "user", "elsewhere")

    assert conversations.delete_messages_from(ids[2]) == 2
    assert [m.text for m in conversations.messages(conversation.id)] == ["q1", "a1"]
    assert conversations.messages(other.id) == [other_message]
    assert fts_ok()
    with pytest.raises(KeyError):
        conversations.delete_messages_from(ids[3])


def test_removing_a_model_clears_it_from_conversations(
    conversations: ConversationRepository, models: ModelRepository
) -> None:
    model = models.add(
        name="m",
        path="/m.gguf",
        source="import",
        size_bytes=1,
        architecture="llama",
        engine="llama_cpp",
        context_length=512,
    )
    conversation = conversations.create(model_id=model.id)
    models.remove(model.id)
    assert conversations.get(conversation.id).model_id is None
