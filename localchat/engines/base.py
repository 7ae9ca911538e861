"""The Engine protocol every backend implements, and the plain types it speaks."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    """One turn of a conversation as the engine sees it."""

    role: Role
    content: str


TOKEN_COUNTS_KEPT = 20_000  # texts whose token counts a loaded model remembers
AUTO_GPU_LAYERS = -1  # as many layers on the graphics card as its free memory holds


@dataclass(frozen=True)
class LoadOptions:
    """How a model file is loaded."""

    context_length: int = 4096
    threads: int = 2  # 0: picked before each request by ``performance`` (engines/threads.py)
    gpu_layers: int = 0  # AUTO_GPU_LAYERS: planned by the engine host from measured memory
    model_type: str | None = None  # GGML-era files only: gpt2, gptj, gpt_neox, mpt, ...
    performance: str = "automatic"  # "automatic", "fastest" or "quietest" (threads 0 only)
    state_dir: str = ""  # where conversation states are kept on disk; "": in memory only
    # llama.cpp settings that measured best through the engine host (bench/RESULTS.md 17d)
    flash_attention: bool = True
    batch_size: int = 512  # prompt tokens computed at once


@dataclass(frozen=True)
class SamplingParams:
    """How tokens are picked. temperature 0 means greedy."""

    temperature: float = 0.7
    top_p: float = 0.9
    top_k: int = 40
    repeat_penalty: float = 1.1
    max_tokens: int = 512
    seed: int = -1
    stop: tuple[str, ...] = ()
    # Speculative decoding by prompt lookup (engines/prompt_lookup.py): the same tokens
    # (greedy) or the same distribution (sampled), faster where the answer copies its input.
    prompt_lookup: bool = False


@dataclass(frozen=True)
class ModelMetadata:
    """What the model file says about itself."""

    architecture: str
    context_length_trained: int
    chat_template: str | None = None
    parameter_count: int | None = None
    name: str | None = None
    quantization: str | None = None
    bos_token: str = ""
    eos_token: str = ""


@dataclass
class GenerationStats:
    """Counts and timings of one generation, filled in while it runs."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_token_seconds: float | None = None
    total_seconds: float = 0.0
    stop_reason: Literal["stop", "length", "cancelled", ""] = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def tokens_per_second(self) -> float:
        """Decode speed, counting from the first token."""
        decode = self.total_seconds - (self.first_token_seconds or 0.0)
        if self.completion_tokens <= 1 or decode <= 0:
            return 0.0
        return (self.completion_tokens - 1) / decode


class Engine(Protocol):
    """A loaded model that can stream text.

    ``stream_*`` yield text pieces. They check ``cancel`` between tokens and stop the
    computation as soon as it is set, including when it was set before the call. The
    ``stats`` object passed in is filled as generation goes.
    """

    name: str
    path: Path
    metadata: ModelMetadata
    options: LoadOptions

    @property
    def context_length(self) -> int:
        """Tokens the loaded model reads at once, prompt and answer together."""
        ...

    @property
    def gpu_layers(self) -> int:
        """Layers on the graphics card as loaded; 0 when the model runs on the processor."""
        ...

    @property
    def offload_note(self) -> str:
        """A sentence for the user when the load fell short of its plan; "" otherwise.

        Said when fewer layers than planned fit on the graphics card, or none after the
        card failed.
        """
        ...

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Generate an answer to a conversation, rendered with the model's chat template."""
        ...

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Continue a raw prompt (no chat template)."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens the text takes in this model's vocabulary."""
        ...

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """The exact prompt text a conversation becomes for this model."""
        ...

    def close(self) -> None:
        """Free the model's memory."""
        ...


@runtime_checkable
class ConversationStates(Protocol):
    """An engine that keeps the model's state per conversation (llama.cpp, see state_cache).

    Going back to a conversation then restores what the model computed for it instead of
    reading the whole history again.
    """

    def stream_conversation(
        self,
        conversation_id: int,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """``stream_chat`` for a stored conversation, keeping its state afterwards."""
        ...
