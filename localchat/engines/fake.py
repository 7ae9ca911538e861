"""A scripted engine for fast UI and service tests. Never the only test of a feature."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from localchat.engines.base import (
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)
from localchat.engines.templates import render_fallback


class FakeEngine:
    """Streams a fixed reply word by word, with an optional delay per token."""

    name = "fake"
    gpu_layers = 0
    offload_note = ""

    def __init__(
        self,
        reply: str = "Apples, bananas and cherries.",
        token_delay: float = 0.0,
        context_length: int = 2048,
    ) -> None:
        self.reply = reply
        self.token_delay = token_delay
        self.path = Path("fake.gguf")
        self.options = LoadOptions(context_length=context_length)
        self.metadata = ModelMetadata(architecture="fake", context_length_trained=context_length)
        self.context_length = context_length
        self.prompts: list[str] = []

    def count_tokens(self, text: str) -> int:
        """One token per four characters, roughly like real tokenizers on English."""
        return max(1, len(text) // 4) if text else 0

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """A plain transcript."""
        return render_fallback(messages)

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream the scripted reply."""
        return self.stream_prompt(self.render_chat(messages), params, cancel, stats)

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream the scripted reply, honouring cancel and max_tokens."""
        stats = stats if stats is not None else GenerationStats()
        self.prompts.append(prompt)
        stats.prompt_tokens = self.count_tokens(prompt)
        started = time.perf_counter()
        stats.stop_reason = "stop"
        words = self.reply.split(" ")
        for index, word in enumerate(words):
            if cancel.is_set():
                stats.stop_reason = "cancelled"
                break
            if index >= params.max_tokens:
                stats.stop_reason = "length"
                break
            if self.token_delay:
                time.sleep(self.token_delay)
            stats.first_token_seconds = stats.first_token_seconds or time.perf_counter() - started
            stats.completion_tokens += 1
            yield word if index == 0 else " " + word
        stats.total_seconds = time.perf_counter() - started

    def close(self) -> None:
        """Nothing to free."""
