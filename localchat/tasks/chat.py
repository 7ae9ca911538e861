"""Chat turns: fit a conversation into the context, stream the answer, save it as it grows."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Protocol

from localchat.engines.base import (
    ChatMessage,
    ConversationStates,
    Engine,
    GenerationStats,
    SamplingParams,
)
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.storage.source_records import Source

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
    """Keep the system prompt and the newest turns that fit, leaving room for the answer.

    The newest message is always kept; when it alone does not fit, a UserFacingError says so.
    When everything fits nothing is dropped; otherwise the oldest turns are dropped in blocks
    (see _first_kept), so that consecutive prompts keep the same beginning for many turns.
    """
    system = [m for m in messages[:1] if m.role == "system"]
    rest = list(messages[len(system) :])
    budget = context_length - answer_reserve
    budget -= sum(count_tokens(m.content) + _TEMPLATE_OVERHEAD_TOKENS for m in system)
    costs = [count_tokens(m.content) + _TEMPLATE_OVERHEAD_TOKENS for m in rest]
    if costs and costs[-1] > budget:
        raise UserFacingError(
            translate("TaskErrors", "Your message is too long for this model's context window."),
            translate(
                "TaskErrors",
                "Shorten it, use Summarize for long documents, or raise the context length.",
            ),
        )
    return system + rest[_first_kept(rest, costs, budget) :]


def _first_kept(rest: Sequence[ChatMessage], costs: Sequence[int], budget: int) -> int:
    """Where the kept part of the conversation starts: a cut that moves only now and then.

    llama.cpp reuses the longest common prefix of consecutive prompts. Dropping just enough
    of the oldest turns moves the cut at every turn once the context is full, so the prompt
    changes right after the system prompt and the whole kept conversation is read again each
    turn (bench/RESULTS.md section 2). Instead the cut may only fall on a boundary, counted
    from the oldest message: the first user message is one, and after each boundary the next
    is the first user message that starts at least half the budget later. The cut is the
    oldest boundary from which the rest fits.

    History only grows at its end, so old boundaries never move and the cut stays a pure
    function of the history (no state between turns). Each move drops at least half the
    budget, so right after it the kept part is at most half the budget plus the newest turn,
    and the cut stays put for about half a budget of new conversation: llama.cpp reads half
    the context once per half a context of new text, instead of the whole context every
    turn. The price: the model sees between about half and all of the budget of history.

    With the newest message a question, a boundary fits unless that question is longer than
    half the budget; then the cut falls on the oldest user message that fits, else on the
    oldest message that fits (an answer starts the kept part only when nothing else fits).
    """
    total = sum(costs)
    if total <= budget:
        return 0
    block = max(1, budget // 2)
    starts = list(accumulate(costs, initial=0))  # starts[i]: tokens before message i
    fits_from = next(i for i, start in enumerate(starts) if total - start <= budget)
    users = [i for i, message in enumerate(rest) if message.role == "user"]
    fitting_users = [i for i in users if i >= fits_from]
    boundaries: list[int] = []
    for i in users:
        if not boundaries or starts[i] - starts[boundaries[-1]] >= block:
            boundaries.append(i)
    fitting = [i for i in boundaries if i >= fits_from] or fitting_users
    return fitting[0] if fitting else fits_from


def answer_reserve(params: SamplingParams, context_length: int) -> int:
    """Tokens of the context held back for the answer.

    At most half the context: with answer length 512 and a 512-token context, every
    message would otherwise be "too long" (the engine still stops the answer where the
    context ends).
    """
    return min(params.max_tokens, 1024, context_length // 2)


@dataclass
class TurnResult:
    """How a chat turn ended; ``message_id`` is None when no answer was stored."""

    message_id: int | None
    text: str
    status: str
    stats: GenerationStats
    # The numbered passages of the user's documents the answer was given (tasks/grounded.py);
    # None when it was not asked to use them, empty when nothing relevant was found.
    sources: tuple[Source, ...] | None = None


def stream_answer(
    engine: Engine,
    store: MessageStore,
    conversation_id: int,
    history: Sequence[ChatMessage],
    params: SamplingParams,
    cancel: threading.Event,
    on_text: Callable[[str], None] = lambda _text: None,
    while_reading: Callable[[], None] = lambda: None,
) -> TurnResult:
    """Generate the assistant's answer to ``history`` and persist it while it streams.

    The answer row is created with its first words, status "partial", rewritten at most every
    SAVE_INTERVAL_SECONDS, and finished as "complete", "stopped" (cancel) or "failed".
    A crash loses at most the last second of text and never an earlier message.
    ``while_reading`` runs once the request has gone to the engine, while it reads the
    prompt (an engine host reads it in its own process meanwhile).
    """
    context = engine.context_length
    reserve = answer_reserve(params, context)
    stats = GenerationStats()
    parts: list[str] = []
    answer: StoredMessage | None = None
    last_save = time.monotonic()

    def stored_answer() -> StoredMessage:
        nonlocal answer
        if answer is None:
            answer = store.add_message(conversation_id, "assistant", "", status="partial")
        return answer

    try:
        fitted = fit_to_context(history, engine.count_tokens, context, reserve)
        pieces = _stream(engine, conversation_id, fitted, params, cancel, stats)
    except BaseException:
        while_reading()  # the question is kept even when its answer cannot start
        raise
    try:
        while_reading()
    except BaseException:
        cancel.set()  # the answer is not wanted without its question: end the request
        for _piece in pieces:
            pass
        raise
    try:
        for piece in pieces:
            parts.append(piece)
            on_text(piece)
            # The answer's row is made once its first words are on their way, so that the
            # prompt is read as soon as the job starts.
            answer_id = stored_answer().id
            if time.monotonic() - last_save >= SAVE_INTERVAL_SECONDS:
                store.update_message(answer_id, text="".join(parts))
                last_save = time.monotonic()
    except Exception:
        store.update_message(stored_answer().id, text="".join(parts), status="failed")
        raise
    status = "stopped" if stats.stop_reason == "cancelled" else "complete"
    text = "".join(parts).strip()
    answer_id = stored_answer().id
    store.update_message(
        answer_id,
        text=text,
        status=status,
        prompt_tokens=stats.prompt_tokens,
        completion_tokens=stats.completion_tokens,
        generation_seconds=stats.total_seconds,
        tokens_per_second=stats.tokens_per_second,
    )
    return TurnResult(answer_id, text, status, stats)


def _stream(
    engine: Engine,
    conversation_id: int,
    messages: list[ChatMessage],
    params: SamplingParams,
    cancel: threading.Event,
    stats: GenerationStats,
) -> Iterator[str]:
    """The answer's pieces; an engine that keeps conversation states keeps this one's.

    Going back to the conversation later (in the window, or ``localchat chat
    --conversation ID`` in a new process) then restores the model's state instead of
    reading the whole history again (engines/state_cache.py).
    """
    if isinstance(engine, ConversationStates):
        return engine.stream_conversation(conversation_id, messages, params, cancel, stats)
    return engine.stream_chat(messages, params, cancel, stats)


def history_from_records(system_prompt: str, records: Sequence[StoredMessage]) -> list[ChatMessage]:
    """Engine messages from stored ones; failed and empty answers are left out."""
    history = [ChatMessage("system", system_prompt)] if system_prompt.strip() else []
    for record in records:
        if record.role in ("user", "assistant") and record.text and record.status != "failed":
            history.append(ChatMessage(record.role, record.text))  # type: ignore[arg-type]
    return history
