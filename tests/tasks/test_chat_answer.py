"""Streaming an answer into storage: when its row is made, and how it ends."""

from __future__ import annotations

import threading

from localchat.engines.base import SamplingParams
from localchat.engines.fake import FakeEngine
from localchat.storage import ConversationRepository, Database
from localchat.tasks.chat import history_from_records, stream_answer


def test_the_answer_row_is_made_with_its_first_words(tmp_path) -> None:  # noqa: ANN001
    """The prompt is read before anything else is written; a stopped or failed answer that
    wrote nothing still leaves its row, so the conversation shows how it ended."""
    db = Database.open(tmp_path / "localchat.db")
    repo = ConversationRepository(db)
    conversation = repo.create("Fruit")
    repo.add_message(conversation.id, "user", "Name three fruits.")
    history = history_from_records("", repo.messages(conversation.id))
    rows_at_first_words: list[list[str]] = []
    result = stream_answer(
        FakeEngine(),
        repo,
        conversation.id,
        history,
        SamplingParams(max_tokens=16),
        threading.Event(),
        on_text=lambda _text: rows_at_first_words.append(
            [m.role for m in repo.messages(conversation.id)]
        ),
    )
    assert rows_at_first_words[0] == ["user"]  # the first words went out before the row
    assert rows_at_first_words[1] == ["user", "assistant"]
    stored = repo.messages(conversation.id)
    assert [(m.id, m.text, m.status) for m in stored[1:]] == [
        (result.message_id, "Apples, bananas and cherries.", "complete")
    ]
    cancelled = threading.Event()
    cancelled.set()
    stopped = stream_answer(
        FakeEngine(), repo, conversation.id, history, SamplingParams(), cancelled
    )
    assert (stopped.text, stopped.status) == ("", "stopped")
    assert repo.messages(conversation.id)[-1].status == "stopped"
    db.close()
