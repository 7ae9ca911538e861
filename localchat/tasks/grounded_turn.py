"""A chat turn answered from the user's documents: search, ground, stream, keep sources."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from localchat.engines.base import ChatMessage, Engine, SamplingParams
from localchat.storage.source_records import Source
from localchat.tasks.chat import MessageStore, StoredMessage, TurnResult, stream_answer
from localchat.tasks.grounded import (
    DocumentScope,
    GroundedPrompt,
    PassageSearch,
    build_grounded,
    find_passages,
)

log = logging.getLogger(__name__)


class SourceStore(Protocol):
    """Where an answer's sources are kept (MessageIndexRepository satisfies it)."""

    def set_sources(self, message_id: int, sources: Sequence[Source] | None) -> None:
        """Store the sources of an answer."""
        ...


class _SourcesWithAnswer:
    """A MessageStore that stores the sources as soon as the answer's row exists.

    So an answer saved while it streams already has what its [n] cite, and a crash
    keeps both.
    """

    def __init__(
        self, store: MessageStore, sources: SourceStore, given: tuple[Source, ...]
    ) -> None:
        self._store = store
        self._sources = sources
        self._given = given

    def add_message(
        self, conversation_id: int, role: str, text: str, status: str = "complete"
    ) -> StoredMessage:
        """Append a message; an answer gets its sources."""
        message = self._store.add_message(conversation_id, role, text, status)
        if role == "assistant":
            self._sources.set_sources(message.id, self._given)
        return message

    def update_message(self, message_id: int, **changes: object) -> StoredMessage:
        """Change a stored message."""
        return self._store.update_message(message_id, **changes)


def ground(
    engine: Engine,
    retriever: PassageSearch,
    scope: DocumentScope,
    history: Sequence[ChatMessage],
    params: SamplingParams,
) -> GroundedPrompt:
    """Search the documents for the history's last question and ground it."""
    started = time.perf_counter()
    results = find_passages(retriever, history[-1].content, scope)
    prompt = build_grounded(history, results, engine.count_tokens, engine.context_length, params)
    log.info(
        "Grounded a question in %d of %d passages in %.0f ms",
        len(prompt.sources), len(results), 1000 * (time.perf_counter() - started),
    )  # fmt: skip
    return prompt


def stream_grounded_answer(
    engine: Engine,
    store: MessageStore,
    sources: SourceStore,
    conversation_id: int,
    history: Sequence[ChatMessage],
    grounding: tuple[PassageSearch, DocumentScope],
    params: SamplingParams,
    cancel: threading.Event,
    on_text: Callable[[str], None] = lambda _text: None,
    while_reading: Callable[[], None] = lambda: None,
) -> TurnResult:
    """tasks.chat.stream_answer for a question answered from the documents.

    ``history`` ends with the question in the user's words; the model gets it grounded
    in the passages found (or told that none were). The result carries the sources.
    """
    retriever, scope = grounding
    try:
        prompt = ground(engine, retriever, scope, history, params)
    except BaseException:
        while_reading()  # the question is kept even when its answer cannot start
        raise
    wrapped = _SourcesWithAnswer(store, sources, prompt.sources)
    result = stream_answer(
        engine, wrapped, conversation_id, prompt.history, params, cancel,
        on_text=on_text, while_reading=while_reading,
    )  # fmt: skip
    return dataclasses.replace(result, sources=prompt.sources)
