"""The primary engine: GGUF models through llama-cpp-python."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from localchat.engines.abort import AbortFlag
from localchat.engines.base import (
    TOKEN_COUNTS_KEPT,
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)
from localchat.engines.gguf_header import GgufHeader, read_gguf_header
from localchat.engines.gpu_layers import (
    attempts,
    fewer_layers_note,
    planned_gpu_layers,
)
from localchat.engines.llama_state import (
    fingerprint,
    held_prefix,
    keep_conversation,
    restore_conversation,
)
from localchat.engines.prompt_lookup import DraftBudget, LookupCounts, lookup_generate
from localchat.engines.state_cache import StateCache
from localchat.engines.streaming import TokenText
from localchat.engines.templates import render_chat
from localchat.engines.threads import ThreadPicker
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

# GenerationStats.extra key: how many of the prompt's tokens were read (all of them unless
# Stop ended the reading).
PROMPT_TOKENS_READ = "prompt_tokens_read"
STATE_TOKENS = "state_restored_tokens"  # tokens a saved conversation state spared reading
THREADS = "threads"  # the threads the request ran with
LOOKUP_DRAFTED = "lookup_drafted"  # prompt lookup: tokens guessed, and of them kept
LOOKUP_ACCEPTED = "lookup_accepted"


def llama_cpp_version() -> str:
    """Version of the installed llama-cpp-python, for error messages and doctor."""
    import llama_cpp

    return str(llama_cpp.__version__)


def _token_text(llm: Any, vocab: Any, header: GgufHeader, token_id_key: str) -> str:
    """A special token's text (e.g. the BOS), looked up in llama.cpp's loaded vocabulary.

    Taking it from the header instead means decoding every token string in Python (262k
    for Gemma 3), which holds the GIL on the inference thread for ~150 ms.
    """
    import llama_cpp

    token_id = header.fields.get(token_id_key)
    if isinstance(token_id, int) and 0 <= token_id < llm.n_vocab():
        try:
            return bytes(llama_cpp.llama_vocab_get_text(vocab, token_id)).decode("utf-8")
        except UnicodeDecodeError:
            pass
    return header.token_text(token_id_key)  # '' unless the tokens were kept


def _cannot_load(path: Path, architecture: str) -> UserFacingError:
    """Why llama.cpp refused a file: damaged, when its architecture is one it runs."""
    from localchat.catalog.architectures import LLAMA_CPP_ARCHITECTURES

    if architecture in LLAMA_CPP_ARCHITECTURES:
        return UserFacingError(
            translate(
                "EngineErrors",
                "{name} is damaged: the engine runs {architecture} models, but the numbers "
                "in this file do not describe a model it can build.",
            ).format(name=path.name, architecture=architecture),
            translate("EngineErrors", "Download the model again, or choose another one."),
        )
    return UserFacingError(
        translate(
            "EngineErrors",
            "This version of the engine (llama.cpp in llama-cpp-python {version}) "
            'cannot load {name}: its architecture "{architecture}" is not supported or the '
            "file is damaged.",
        ).format(version=llama_cpp_version(), name=path.name, architecture=architecture),
        translate(
            "EngineErrors",
            "Choose a model marked as supported in the Models list, or update LocalChat.",
        ),
    )


def generate_arguments(params: SamplingParams) -> dict[str, Any]:
    """The arguments of llama-cpp-python's ``Llama.generate`` for these sampling settings."""
    return {
        "top_k": params.top_k,
        "top_p": params.top_p,
        "min_p": 0.0,
        "temp": params.temperature,
        "repeat_penalty": params.repeat_penalty,
        "reset": True,
    }


class LlamaCppEngine:
    """A GGUF model loaded in llama.cpp.

    The instance is kept between turns: llama-cpp-python reuses the longest common prefix
    of consecutive prompts, so a growing conversation is not read again each turn.
    """

    name = "llama_cpp"
    count_tokens: Callable[[str], int]  # _count_tokens, remembered (see __init__)
    gpu_layers = 0  # layers on the graphics card, as loaded
    offload_note = ""  # said when the load needed fewer layers than planned

    def __init__(
        self,
        path: Path,
        options: LoadOptions,
        header: GgufHeader,
        llm: Any,
        threads: ThreadPicker | None = None,
    ) -> None:
        import llama_cpp

        self.path = path
        self.options = options
        self._llm = llm
        self._threads = threads or ThreadPicker(options.performance, options.threads)
        self._thread_count = int(llm.n_threads)
        folder = Path(options.state_dir) if options.state_dir else None
        self.draft_budget = DraftBudget()  # what prompt lookup has learnt of this model's costs
        flash = options.flash_attention
        self._states = StateCache(fingerprint(path, llm.n_ctx(), flash), folder)
        # llama-cpp-python's Llama has no method for a token's text, its end-of-generation
        # test or the parameter count; its public C API does, given Llama.model.
        self._vocab = llama_cpp.llama_model_get_vocab(llm.model)
        self._ends_generation = llama_cpp.llama_vocab_is_eog
        self._header = header
        self._lock = threading.Lock()
        self._abort = AbortFlag()
        self._abort.attach(llm)
        # Every chat turn fits the whole conversation into the context again: remembering
        # each message's count spares tokenizing it all before each answer (1,001 messages:
        # 84.5 ms -> 0.4 ms per turn, bench/RESULTS.md section 2).
        self.count_tokens = lru_cache(maxsize=TOKEN_COUNTS_KEPT)(self._count_tokens)
        self.metadata = ModelMetadata(
            architecture=header.architecture,
            context_length_trained=header.context_length,
            chat_template=header.chat_template,
            parameter_count=int(llama_cpp.llama_model_n_params(llm.model)),
            name=header.name,
            quantization=header.quantization,
            bos_token=_token_text(llm, self._vocab, header, "tokenizer.ggml.bos_token_id"),
            eos_token=_token_text(llm, self._vocab, header, "tokenizer.ggml.eos_token_id"),
        )

    @classmethod
    def load(cls, path: Path, options: LoadOptions) -> LlamaCppEngine:
        """Load a GGUF file; every failure a user can act on is a UserFacingError."""
        # Not keep_tokens: llama.cpp has the vocabulary parsed already (see _token_text).
        header = read_gguf_header(path)
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - packaging fault
            raise UserFacingError(
                translate("EngineErrors", "The llama.cpp engine is not installed."),
                translate("EngineErrors", "Reinstall LocalChat."),
            ) from exc
        n_ctx = min(options.context_length, header.context_length) or options.context_length
        planned = planned_gpu_layers(path, n_ctx, options.gpu_layers)
        threads = ThreadPicker(options.performance, options.threads)
        n_threads = threads.pick()
        for gpu_layers in attempts(planned):
            try:
                llm = Llama(
                    model_path=str(path),
                    n_ctx=n_ctx,
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    n_gpu_layers=gpu_layers,
                    # Fused attention: +5% prompt reading, +6% decode on the CPU
                    # (bench/RESULTS.md section 8) and no n_ctx x n_ctx score matrix.
                    flash_attn=options.flash_attention,
                    n_batch=options.batch_size,
                    verbose=False,
                )
                break
            except (ValueError, RuntimeError, OSError) as exc:
                if gpu_layers > 0:  # maybe the card's memory: try again with fewer layers
                    logger.warning(
                        "Loading %s with %d GPU layers failed: %s", path.name, gpu_layers, exc
                    )
                    continue
                raise _cannot_load(path, header.architecture) from exc
        engine = cls(path, options, header, llm, threads)
        engine.gpu_layers = gpu_layers
        engine.offload_note = fewer_layers_note(gpu_layers, planned)
        logger.info(
            "Loaded %s (%s, ctx %d, %d GPU layers)",
            path.name,
            header.architecture,
            n_ctx,
            gpu_layers,
        )
        return engine

    def interrupt(self) -> None:
        """Stop the computation under way, prompt reading included (from any thread)."""
        self._abort.set()

    def clear_interrupt(self) -> None:
        """Let the next computation run."""
        self._abort.clear()

    @property
    def context_length(self) -> int:
        """The context size the model was loaded with."""
        return int(self._llm.n_ctx())

    def _count_tokens(self, text: str) -> int:
        """Tokens the text takes in this model's vocabulary."""
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """The prompt text for a conversation, from the model's own chat template."""
        return self._render(messages)[0]

    def _render(self, messages: Sequence[ChatMessage]) -> tuple[str, tuple[str, ...]]:
        meta = self.metadata
        return render_chat(messages, meta.chat_template, meta.bos_token, meta.eos_token)

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream an answer to a conversation."""
        prompt, extra_stops = self._render(messages)
        return self._stream(prompt, params, cancel, stats, extra_stops)

    def stream_conversation(
        self,
        conversation_id: int,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream an answer in a stored conversation: its saved state first, kept after."""
        prompt, extra_stops = self._render(messages)
        return self._stream(prompt, params, cancel, stats, extra_stops, conversation_id)

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Continue a raw prompt."""
        return self._stream(prompt, params, cancel, stats, ())

    def _tokenize_prompt(self, prompt: str) -> list[int]:
        bos = self.metadata.bos_token
        add_bos = not (bos and prompt.startswith(bos)) and self._adds_bos()
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=add_bos, special=True)
        if len(tokens) >= self.context_length:
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The text is too long for this model: {tokens} tokens, and the model "
                    "reads at most {limit} at once.",
                ).format(tokens=number(len(tokens)), limit=number(self.context_length)),
                translate("EngineErrors", "Shorten it, or raise the context length in Settings."),
            )
        return tokens

    def _adds_bos(self) -> bool:
        return bool(self._header.fields.get("tokenizer.ggml.add_bos_token", True))

    def _stream(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None,
        extra_stops: tuple[str, ...],
        conversation_id: int | None = None,
    ) -> Iterator[str]:
        stats = stats if stats is not None else GenerationStats()
        if cancel.is_set():
            stats.stop_reason = "cancelled"
            return
        with self._lock:
            yield from self._generate(prompt, params, cancel, stats, extra_stops, conversation_id)

    def _generate(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats,
        extra_stops: tuple[str, ...],
        conversation_id: int | None,
    ) -> Iterator[str]:
        started = time.perf_counter()
        tokens = self._tokenize_prompt(prompt)
        stats.prompt_tokens = len(tokens)
        self._use_threads(stats)
        if conversation_id is not None:
            restored = restore_conversation(self._llm, self._states, conversation_id, tokens)
            if restored:
                stats.extra[STATE_TOKENS] = float(restored)
        budget = min(params.max_tokens, self.context_length - len(tokens))
        if params.seed >= 0:
            self._llm.set_seed(params.seed)
        text = TokenText((*params.stop, *extra_stops))
        stats.stop_reason = "length"
        counts = LookupCounts()
        generator = self._token_source(tokens, params, counts)
        try:
            yield from self._decode(generator, text, cancel, stats, budget, started)
        finally:
            generator.close()
            stats.total_seconds = time.perf_counter() - started
            # The prompt's tokens the model holds now: fewer than all of them when Stop
            # ended the reading (the next prompt reads the rest again).
            stats.extra[PROMPT_TOKENS_READ] = float(min(self._llm.n_tokens, len(tokens)))
            if params.prompt_lookup:
                stats.extra[LOOKUP_DRAFTED] = float(counts.drafted)
                stats.extra[LOOKUP_ACCEPTED] = float(counts.accepted)
            if conversation_id is not None:
                keep_conversation(self._llm, self._states, conversation_id, len(tokens))

    def _token_source(
        self, tokens: list[int], params: SamplingParams, counts: LookupCounts
    ) -> Iterator[int]:
        """The answer's tokens: plain decoding, or checked guesses from prompt lookup."""
        arguments = generate_arguments(params)
        if not params.prompt_lookup:
            return self._llm.generate(tokens, **arguments)  # type: ignore[no-any-return]
        # What the model held beyond the shared prefix (the answer before an edit) is
        # looked up too.
        earlier = self._llm.input_ids[held_prefix(self._llm, tokens) : self._llm.n_tokens].copy()
        return lookup_generate(self._llm, tokens, arguments, earlier, counts, self.draft_budget)

    def _decode(
        self,
        generator: Iterator[int],
        text: TokenText,
        cancel: threading.Event,
        stats: GenerationStats,
        budget: int,
        started: float,
    ) -> Iterator[str]:
        """Turn tokens into text until the end, a stop string, the budget or Stop."""
        try:
            for token in generator:
                if cancel.is_set():
                    stats.stop_reason = "cancelled"
                    break
                if stats.first_token_seconds is None:
                    stats.first_token_seconds = time.perf_counter() - started
                if self._is_end(token):
                    stats.stop_reason = "stop"
                    break
                stats.completion_tokens += 1
                piece = text.feed(self._llm.detokenize([token]))
                if piece:
                    yield piece
                if text.stopped:
                    stats.stop_reason = "stop"
                    break
                if stats.completion_tokens >= budget:
                    break
        except RuntimeError:
            # llama_decode returns 2 when the abort flag ended it: Stop while the prompt
            # (or a token) was being computed. The tokens it had not finished are not
            # counted as read, so the next prompt reads them again.
            if not (cancel.is_set() and self._abort.is_set()):
                raise
            stats.stop_reason = "cancelled"
        tail = "" if text.stopped else text.feed(b"", final=True)
        if tail and stats.stop_reason != "cancelled":
            yield tail

    def _use_threads(self, stats: GenerationStats) -> None:
        """Set the threads picked for this request (the load may have changed since)."""
        import llama_cpp

        count = self._threads.pick()
        if count != self._thread_count:
            llama_cpp.llama_set_n_threads(self._llm.ctx, count, count)
            logger.info("Running with %d threads (was %d)", count, self._thread_count)
            self._thread_count = count
        stats.extra[THREADS] = float(count)

    def _is_end(self, token: int) -> bool:
        """End of generation: the EOS or any other ending token (Gemma's <end_of_turn>)."""
        return bool(self._ends_generation(self._vocab, token))

    def close(self) -> None:
        """Free the model's memory (after the last conversation state is written)."""
        with self._lock:
            self._states.close()
            self._llm.close()
