"""Regenerate, Edit and Stop in the window on the real model: what the engine was asked, what
was stored, what was shown.

The engine is the real one in its engine host, wrapped so that each conversation it is asked
to answer is noted; the prompt it became is rendered by the same host.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from localchat.app import Application
from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 180_000  # a model load and an answer on a slow, loaded machine
FRUITS = "Name three fruits."
COLOURS = "Name three colours."
ANIMALS = "Name three animals."
STORY = "Write a very long story about a lighthouse keeper, at least 500 words."


class RecordingEngine:
    """The real engine, noting every conversation it is asked to answer."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.asked: list[list[ChatMessage]] = []

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        self.asked.append(list(messages))
        return self.engine.stream_chat(messages, params, cancel, stats)

    def stream_conversation(
        self,
        conversation_id: int,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """A stored conversation's answer (its model state kept): noted the same way."""
        self.asked.append(list(messages))
        return self.engine.stream_conversation(conversation_id, messages, params, cancel, stats)

    def __getattr__(self, name: str) -> object:
        return getattr(self.engine, name)


@pytest.fixture
def recorded(open_real_app: Callable[..., Application]) -> tuple[Application, list]:
    """The window on the real model, greedy and short, and the engines it opened."""
    engines: list[RecordingEngine] = []

    def wrap(engine: Engine) -> Engine:
        engines.append(RecordingEngine(engine))
        return engines[-1]  # type: ignore[return-value]

    app = open_real_app(wrap)
    app.core.settings.sampling.temperature = 0.0
    app.core.settings.sampling.max_tokens = 24
    return app, engines


def asked(engines: list[RecordingEngine]) -> list[list[tuple[str, str]]]:
    """Every conversation the engines were asked to answer, without system prompts."""
    return [
        [(m.role, m.content) for m in conversation if m.role != "system"]
        for engine in engines
        for conversation in engine.asked
    ]


def stored(app: Application) -> list[tuple[datetime, str, str, str]]:
    """The open conversation's rows: (created at, role, text, status).

    Rows are told apart by when they were made: SQLite gives a deleted row's id to the next.
    """
    conversation_id = app.window.chat_pane.conversation_id
    assert conversation_id is not None
    return [
        (m.created_at, m.role, m.text, m.status)
        for m in app.core.conversations.messages(conversation_id)
    ]


def ask(qtbot, app: Application, text: str) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    qtbot.keyClicks(pane.composer, text)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    wait_idle(qtbot, app)


def wait_idle(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    qtbot.waitUntil(lambda: not pane.generating, timeout=ANSWER_TIMEOUT_MS)
    assert pane.error_banner.isHidden(), pane.error_banner.text()


def test_regenerate_asks_the_same_question_again_and_replaces_the_answer(
    qtbot,
    recorded: tuple[Application, list],  # noqa: ANN001
) -> None:
    app, engines = recorded
    ask(qtbot, app, FRUITS)
    (question, first) = stored(app)
    assert question[1:] == ("user", FRUITS, "complete")
    assert first[1] == "assistant" and first[2] and first[3] == "complete"

    qtbot.mouseClick(app.window.chat_pane.regenerate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)

    # Asked the same question, alone: the old answer is not part of the new prompt.
    assert asked(engines) == [[("user", FRUITS)], [("user", FRUITS)]]
    prompt = engines[-1].render_chat(engines[-1].asked[-1])
    assert prompt.count(FRUITS) == 1 and first[2] not in prompt
    # The answer was replaced: the old row is gone, one new answer follows the question.
    (kept, second) = stored(app)
    assert kept == question
    assert second[0] > first[0] and second[1] == "assistant" and second[3] == "complete"
    assert second[2]  # greedy, so most likely the same words: not asserted (batching differs)
    assert [b.text() for b in app.window.chat_pane.view.bubbles()] == [FRUITS, second[2]]


def test_edit_and_resend_asks_the_edited_question_and_drops_what_followed(
    qtbot,
    recorded: tuple[Application, list],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    app, engines = recorded
    ask(qtbot, app, FRUITS)
    ask(qtbot, app, COLOURS)
    before = stored(app)
    assert [row[1] for row in before] == ["user", "assistant", "user", "assistant"]
    monkeypatch.setattr("localchat.ui.chat.chat_pane.ask_for_text", lambda *a, **k: (ANIMALS, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    first_bubble = app.window.chat_pane.view.bubbles()[0]
    assert first_bubble.text() == FRUITS
    qtbot.mouseClick(first_bubble.edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)

    assert asked(engines)[-1] == [("user", ANIMALS)]  # neither the old question nor its sequel
    prompt = engines[-1].render_chat(engines[-1].asked[-1])
    assert ANIMALS in prompt and FRUITS not in prompt and COLOURS not in prompt
    after = stored(app)
    assert [row[1:3] for row in after[:1]] == [("user", ANIMALS)]
    assert [row[1] for row in after] == ["user", "assistant"]
    assert after[1][2] and after[1][3] == "complete"
    assert min(row[0] for row in after) > max(row[0] for row in before)  # all four replaced
    assert [b.text() for b in app.window.chat_pane.view.bubbles()] == [ANIMALS, after[1][2]]


def test_stop_keeps_what_was_shown_marked_stopped(
    qtbot,
    recorded: tuple[Application, list],  # noqa: ANN001
) -> None:
    app, _engines = recorded
    app.core.settings.sampling.max_tokens = 400
    pane = app.window.chat_pane
    shown: list[str] = []
    app.inference.token.connect(
        lambda request_id, text: shown.append(text) if request_id == pane.request_id else None
    )
    qtbot.keyClicks(pane.composer, STORY)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(pane.view.streaming_text()) > 40, timeout=ANSWER_TIMEOUT_MS)
    shown_at_stop = pane.view.streaming_text()
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)  # "Stop"
    wait_idle(qtbot, app)

    (question, answer) = app.core.conversations.messages(pane.conversation_id)
    assert (question.role, question.text, question.status) == ("user", STORY, "complete")
    assert (answer.role, answer.status) == ("assistant", "stopped")
    # Nothing shown before Stop was lost, and nothing was stored that was not shown.
    assert answer.text.startswith(shown_at_stop.strip())
    assert "".join(shown).strip().startswith(answer.text)
    assert answer.completion_tokens < 400  # cut short, not ended by the length limit
    last = pane.view.bubbles()[-1]
    assert (last.message_id, last.text(), last.status) == (answer.id, answer.text, "stopped")
    assert "stopped" in last.status_label.text().lower()
