"""Chat turns: fit a conversation into the context, stream the answer, save it as it grows."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams
from localchat.errors import UserFacingError

SAVE_INTERVAL_SECONDS = 1.0
_TEMPLATE_OVERHEAD_TOKENS = 8  # role markers and separators around each message


class StoredMessage(Protocol):
    """What the chat task needs of a stored message."""

    id: int
    role: str
    text: str
    status: str


class MessageStore(Protocol):
    """The storage operations a chat turn uses (ConversationRepository satisfies it)."""

    def add_message(
        self, conversation_id: int, role: str, text: str, status: str = "complete"
    ) -> StoredMessage:
        """Append a message."""
        ...

    def update_message(self, message_id: int, **changes: object) -> StoredMessage:
        """Change a stored message."""
        ...


def fit_to_context(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[str], int],
    context_length: int,
    answer_reserve: int,
) -> list[ChatMessage]:
    """Keep the system prompt and as many of the newest turns as fit, leaving room for the answer.

    The newest message is always kept; when it alone does not fit, a UserFacingError says so.
    """
    system = [m for m in messages[:1] if m.role == "system"]
    rest = list(messages[len(system) :])
    budget = context_length - answer_reserve
    budget -= sum(count_tokens(m.content) + _TEMPLATE_OVERHEAD_TOKENS for m in system)
    kept: list[ChatMessage] = []
    for message in reversed(rest):
        cost = count_tokens(message.content) + _TEMPLATE_OVERHEAD_TOKENS
        if cost > budget:
            break
        kept.append(message)
        budget -= cost
    if rest and not kept:
        raise UserFacingError(
            "Your message is too long for this model's context window.",
            "Shorten it, use Summarize for long documents, or raise the context length.",
        )
    return system + list(reversed(kept))


@dataclass
class TurnResult:
    """How a chat turn ended."""

    message_id: int
    text: str
    status: str
    stats: GenerationStats


def stream_answer(
    engine: Engine,
    store: MessageStore,
    conversation_id: int,
    history: Sequence[ChatMessage],
    params: SamplingParams,
    cancel: threading.Event,
    on_text: Callable[[str], None] = lambda _text: None,
) -> TurnResult:
    """Generate the assistant's answer to ``history`` and persist it while it streams.

    The answer row is created first with status "partial", rewritten at most every
    SAVE_INTERVAL_SECONDS, and finished as "complete", "stopped" (cancel) or "failed".
    A crash loses at most the last second of text and never an earlier message.
    """
    context = engine_context(engine)
    # At most half the context is held back for the answer: with answer length 512 and a
    # 512-token context, every message would otherwise be "too long" (the engine still
    # stops the answer where the context ends).
    reserve = min(params.max_tokens, 1024, context // 2)
    fitted = fit_to_context(history, engine.count_tokens, context, reserve)
    answer = store.add_message(conversation_id, "assistant", "", status="partial")
    stats = GenerationStats()
    parts: list[str] = []
    last_save = time.monotonic()
    try:
        for piece in engine.stream_chat(fitted, params, cancel, stats):
            parts.append(piece)
            on_text(piece)
            if time.monotonic() - last_save >= SAVE_INTERVAL_SECONDS:
                store.update_message(answer.id, text="".join(parts))
                last_save = time.monotonic()
    except Exception:
        store.update_message(answer.id, text="".join(parts), status="failed")
        raise
    status = "stopped" if stats.stop_reason == "cancelled" else "complete"
    text = "".join(parts).strip()
    store.update_message(
        answer.id,
        text=text,
        status=status,
        prompt_tokens=stats.prompt_tokens,
        completion_tokens=stats.completion_tokens,
        generation_seconds=stats.total_seconds,
        tokens_per_second=stats.tokens_per_second,
    )
    return TurnResult(answer.id, text, status, stats)


def engine_context(engine: Engine) -> int:
    """The context size the engine was loaded with."""
    return int(getattr(engine, "context_length", engine.options.context_length))


def history_from_records(system_prompt: str, records: Sequence[StoredMessage]) -> list[ChatMessage]:
    """Engine messages from stored ones; failed and empty answers are left out."""
    history = [ChatMessage("system", system_prompt)] if system_prompt.strip() else []
    for record in records:
        if record.role in ("user", "assistant") and record.text and record.status != "failed":
            history.append(ChatMessage(record.role, record.text))  # type: ignore[arg-type]
    return history
