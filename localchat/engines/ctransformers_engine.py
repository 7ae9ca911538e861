"""The ctransformers backend: GGML-era files of architectures llama.cpp no longer reads."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterator, Sequence
from ctypes import c_int
from pathlib import Path
from typing import Any, Literal

from localchat.engines import templates
from localchat.engines.base import (
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)
from localchat.engines.ggml_format import (
    SUPPORTED_MODEL_TYPES,
    GgmlLayoutInfo,
    check_ggml_file,
    normalize_model_type,
)
from localchat.engines.streaming import TokenText
from localchat.engines.threads import ThreadPicker
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

log = logging.getLogger(__name__)

PROMPT_BATCH = 32  # prompt tokens evaluated between two looks at the cancel flag
REPEAT_WINDOW = 64  # recent tokens the repetition penalty looks at


def _require_model_type(model_type: str | None) -> str:
    normalized = normalize_model_type(model_type)
    if normalized is not None:
        return normalized
    action = translate("EngineErrors", "Choose its architecture: one of {architectures}.").format(
        architectures=", ".join(SUPPORTED_MODEL_TYPES)
    )
    if not model_type:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "GGML files do not say which architecture they are, and none was chosen.",
            ),
            action,
        )
    raise UserFacingError(
        translate(
            "EngineErrors", '"{architecture}" is not an architecture this engine can run.'
        ).format(architecture=model_type),
        action,
    )


def _load_llm(path: Path, model_type: str, options: LoadOptions) -> Any:
    from ctransformers import LLM, Config

    config = Config(
        context_length=options.context_length,
        threads=options.threads
        if options.threads > 0
        else ThreadPicker(options.performance).pick(),
        gpu_layers=max(0, options.gpu_layers),
        batch_size=PROMPT_BATCH,
    )
    try:
        return LLM(model_path=str(path), model_type=model_type, config=config)
    except (RuntimeError, ValueError, OSError) as exc:
        log.warning("ctransformers could not load %s as %s: %s", path, model_type, exc)
        raise UserFacingError(
            translate(
                "EngineErrors", "This file could not be loaded as a {architecture} model."
            ).format(architecture=model_type),
            translate("EngineErrors", "Check the architecture chosen for it, or try another file."),
        ) from exc


class CTransformersEngine:
    """A GGML-era model loaded through ctransformers, streamed token by token."""

    name = "ctransformers"
    gpu_layers = 0  # LocalChat's ctransformers build runs on the processor only
    offload_note = ""

    def __init__(self, path: Path, options: LoadOptions, llm: Any, metadata: ModelMetadata) -> None:
        self.path = path
        self.options = options
        self.metadata = metadata
        self._llm = llm
        self._rng = random.Random()

    @classmethod
    def load(cls, path: Path, options: LoadOptions) -> CTransformersEngine:
        """Check the file, then load it with the architecture the options name."""
        model_type = _require_model_type(options.model_type)
        info = check_ggml_file(path, model_type)
        llm = _load_llm(path, model_type, options)
        metadata = _metadata(path, model_type, info, options)
        log.info("Loaded %s (%s) with ctransformers", path.name, model_type)
        return cls(path, options, llm, metadata)

    @property
    def context_length(self) -> int:
        """Tokens the loaded model can attend to at once (never past what it was built for)."""
        return min(int(self._llm.context_length), self.metadata.context_length_trained)

    def count_tokens(self, text: str) -> int:
        """Tokens the text takes in this model's vocabulary."""
        return len(self._tokenize(text))

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """The plain transcript a conversation becomes (GGML files carry no template)."""
        return templates.render_chat(messages, None)[0]

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Generate an answer to a conversation rendered as a plain transcript."""
        prompt, extra_stops = templates.render_chat(messages, None)
        return self._generate(prompt, params, params.stop + extra_stops, cancel, stats)

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Continue a raw prompt."""
        return self._generate(prompt, params, params.stop, cancel, stats)

    def close(self) -> None:
        """Free the model's memory."""
        llm, self._llm = self._llm, None
        del llm

    def _tokenize(self, text: str) -> list[int]:
        """Token ids, with room for one per byte (ctransformers sizes its buffer per char)."""
        data = text.encode()
        buffer = (c_int * (len(data) + 8))()
        add_bos = self.metadata.architecture == "llama"
        count = self._llm.ctransformers_llm_tokenize(data, add_bos, buffer)
        return list(buffer[:count])

    def _generate(
        self,
        prompt: str,
        params: SamplingParams,
        stops: tuple[str, ...],
        cancel: threading.Event,
        stats: GenerationStats | None,
    ) -> Iterator[str]:
        stats = stats if stats is not None else GenerationStats()
        stops = tuple(s for s in stops if s)
        start = time.perf_counter()
        try:
            yield from self._run(prompt, params, stops, cancel, stats, start)
        except GeneratorExit:
            stats.stop_reason = stats.stop_reason or "cancelled"  # the reader stopped early
            raise
        finally:
            stats.total_seconds = time.perf_counter() - start

    def _run(
        self,
        prompt: str,
        params: SamplingParams,
        stops: tuple[str, ...],
        cancel: threading.Event,
        stats: GenerationStats,
        start: float,
    ) -> Iterator[str]:
        if cancel.is_set():
            stats.stop_reason = "cancelled"
            return
        tokens = self._tokenize(prompt) or [self._llm.eos_token_id]  # gpt-2's start of text
        stats.prompt_tokens = len(tokens)
        self._check_fits(len(tokens))
        if not self._eval_prompt(tokens, cancel):
            stats.stop_reason = "cancelled"
            return
        run = TokenText(stops)
        seeds = random.Random(params.seed) if params.seed >= 0 else self._rng
        while True:
            stats.stop_reason = self._why_stop(stats, params, cancel)
            if stats.stop_reason == "cancelled":
                return  # nothing more after a cancel, not even held-back text
            if stats.stop_reason:
                break
            token = self._sample(params, seeds)
            if self._llm.is_eos_token(token):
                stats.stop_reason = "stop"
                break
            stats.completion_tokens += 1
            if stats.first_token_seconds is None:
                stats.first_token_seconds = time.perf_counter() - start
            text = run.feed(self._llm.ctransformers_llm_detokenize(token) or b"")
            if text:
                yield text
            if run.stopped:
                stats.stop_reason = "stop"
                return
            if not self._eval_next(token, cancel):
                stats.stop_reason = "cancelled"
                return
        tail = run.feed(b"", final=True)
        if tail:
            yield tail

    def _check_fits(self, prompt_tokens: int) -> None:
        if prompt_tokens >= self.context_length:
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The text is {tokens} tokens long, more than this model can read at "
                    "once ({limit}).",
                ).format(tokens=number(prompt_tokens), limit=number(self.context_length)),
                translate("EngineErrors", "Shorten it, or start a new conversation."),
            )

    def _eval_prompt(self, tokens: list[int], cancel: threading.Event) -> bool:
        """Evaluate the prompt in batches, reusing a cached common prefix; False if cancelled."""
        todo = self._llm.prepare_inputs_for_generation(tokens, reset=True)
        for i in range(0, len(todo), PROMPT_BATCH):
            if cancel.is_set():
                return False
            self._llm.eval(todo[i : i + PROMPT_BATCH])
        return True

    def _eval_next(self, token: int, cancel: threading.Event) -> bool:
        """Feed the sampled token back in, unless cancel came first; False if cancelled."""
        if cancel.is_set():
            return False
        self._llm.eval([token])
        return True

    def _why_stop(
        self, stats: GenerationStats, params: SamplingParams, cancel: threading.Event
    ) -> Literal["cancelled", "length", ""]:
        if cancel.is_set():
            return "cancelled"
        if stats.completion_tokens >= params.max_tokens:
            return "length"
        if stats.prompt_tokens + stats.completion_tokens >= self.context_length:
            return "length"
        return ""

    def _sample(self, params: SamplingParams, seeds: random.Random) -> int:
        greedy = params.temperature <= 0
        return int(
            self._llm.sample(
                top_k=1 if greedy else params.top_k,
                top_p=1.0 if greedy else params.top_p,
                temperature=1.0 if greedy else params.temperature,
                repetition_penalty=params.repeat_penalty,
                last_n_tokens=REPEAT_WINDOW,
                seed=seeds.randrange(2**31),
            )
        )


def _metadata(
    path: Path, model_type: str, info: GgmlLayoutInfo | None, options: LoadOptions
) -> ModelMetadata:
    return ModelMetadata(
        architecture=model_type,
        context_length_trained=info.n_ctx if info else options.context_length,
        chat_template=None,
        parameter_count=info.parameter_count if info else None,
        name=path.stem,
        quantization=info.quantization if info else None,
    )
