"""Prompts that do not fit: refused plainly, trimmed, or cut into parts; history stays intact."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from badinput_support import assert_plain_failure, integrity, run_localchat, table_rows

from localchat.documents import read_document
from localchat.engines.base import ChatMessage, SamplingParams
from localchat.engines.fake import FakeEngine
from localchat.errors import UserFacingError
from localchat.storage import ConversationRepository, Database
from localchat.tasks.chat import history_from_records, stream_answer
from localchat.tasks.job_support import JobContext
from localchat.tasks.summarize import SummaryJob, SummaryOptions

SHORT = SamplingParams(temperature=0.0, max_tokens=16)


@pytest.fixture
def history_db(tmp_path):
    db = Database.open(tmp_path / "localchat.db")
    yield db
    db.close()


def _ask(repo: ConversationRepository, conversation_id: int, text: str) -> list[ChatMessage]:
    repo.add_message(conversation_id, "user", text)
    return history_from_records("", repo.messages(conversation_id))


@pytest.mark.slow
def test_a_message_longer_than_the_context_is_refused(smol512, history_db) -> None:
    repo = ConversationRepository(history_db)
    conversation = repo.create("Long one")
    _ask(repo, conversation.id, "An earlier question.")
    repo.add_message(conversation.id, "assistant", "An earlier answer.")
    before = table_rows(history_db.path)
    history = _ask(repo, conversation.id, "Please read this: " + "lorem ipsum dolor " * 400)
    with pytest.raises(UserFacingError) as caught:
        stream_answer(smol512, repo, conversation.id, history, SHORT, threading.Event())
    assert "too long" in caught.value.message
    assert caught.value.action
    after = repo.messages(conversation.id)
    assert [m.role for m in after] == ["user", "assistant", "user"]  # no empty answer row
    assert table_rows(history_db.path)["messages"][:2] == before["messages"]
    assert integrity(history_db.path) == [("ok",)]


@pytest.mark.slow
def test_a_long_history_is_trimmed_and_still_answered(smol512, history_db) -> None:
    repo = ConversationRepository(history_db)
    conversation = repo.create("Chatty")
    for turn in range(20):
        repo.add_message(conversation.id, "user", f"Question {turn}: " + "tell me more " * 10)
        repo.add_message(conversation.id, "assistant", f"Answer {turn}: " + "here is more " * 10)
    history = _ask(repo, conversation.id, "What is the capital of France?")
    assert sum(smol512.count_tokens(m.content) for m in history) > 2 * 512
    result = stream_answer(smol512, repo, conversation.id, history, SHORT, threading.Event())
    assert result.status == "complete" and result.text
    assert result.stats.prompt_tokens < 512
    assert len(repo.messages(conversation.id)) == 42  # every earlier turn kept in the history


def test_answer_length_as_long_as_the_context_still_chats(history_db) -> None:
    """Answer length 512 with a 512-token context: a short question is not "too long"."""
    engine = FakeEngine(reply="Hello there.", context_length=512)
    repo = ConversationRepository(history_db)
    conversation = repo.create("Tiny context")
    history = _ask(repo, conversation.id, "Hi!")
    params = SamplingParams(max_tokens=512)
    result = stream_answer(engine, repo, conversation.id, history, params, threading.Event())
    assert result.text == "Hello there."


def test_an_empty_prompt_on_the_command_line(data_dir) -> None:
    result = run_localchat(data_dir, "chat", "-p", " \n ")
    assert_plain_failure(result, "The message is empty.", "Type a question.")
    assert table_rows(data_dir / "localchat.db")["conversations"] == []


@pytest.mark.parametrize("words", [True, False], ids=["words", "no-spaces"])
def test_a_5_mb_single_line_is_summarized_in_parts(tmp_path: Path, words: bool) -> None:
    size = 5 * 1024 * 1024
    text = ("lorem ipsum dolor sit amet " * (size // 20))[:size] if words else "x" * size
    path = tmp_path / "line.txt"
    path.write_text(text)
    document = read_document(path)
    assert len(document.blocks) == 1
    engine = FakeEngine(reply="A short summary of this part.", context_length=32_768)
    progress: list[tuple[int, int]] = []
    result = SummaryJob(
        JobContext(engine, on_progress=lambda part, total, _eta: progress.append((part, total))),
        document,
        SummaryOptions(),
    ).run()
    assert result.status == "finished"
    assert result.text == "A short summary of this part."
    assert len(result.partials) > 10  # cut into many parts, then combined
    assert result.computed_parts == len(progress) > len(result.partials)
    assert all(engine.count_tokens(prompt) < 32_768 for prompt in engine.prompts)
    assert progress[-1][0] == progress[-1][1]  # the last part announced was the last one
