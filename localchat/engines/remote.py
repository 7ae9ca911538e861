"""The remote engine: a model served by vLLM, llama.cpp, Ollama or LM Studio over the OpenAI API."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2

from localchat.engines.base import (
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)
from localchat.engines.remote_http import (
    PURPOSE,
    Gate,
    RemoteTimeouts,
    ServerClient,
    normalize_base_url,
)
from localchat.engines.sse import StreamError, StreamKind, iter_sse_data, parse_chunk
from localchat.errors import UserFacingError
from localchat.i18n import translate

logger = logging.getLogger(__name__)

DEFAULT_CONTEXT = 4096
CHARS_PER_TOKEN = 4

__all__ = ["PURPOSE", "Gate", "RemoteEngine", "RemoteTimeouts", "list_models", "server_label"]


def server_label(base_url: str) -> Path:
    """The engine's ``path``: ``remote/<host>[:port]``, a label shown to people, never opened."""
    parts = urlsplit(base_url)
    host = parts.hostname or "server"
    return Path("remote") / (f"{host}:{parts.port}" if parts.port else host)


def list_models(
    base_url: str, api_key: str | None, gate: Gate, timeouts: RemoteTimeouts | None = None
) -> list[str]:
    """The model ids a server offers (GET /v1/models), with plain errors."""
    with ServerClient(
        normalize_base_url(base_url), api_key, gate, timeouts or RemoteTimeouts()
    ) as http:
        return [str(entry.get("id")) for entry in http.models()]


class RemoteEngine:
    """A model on an OpenAI-compatible server, driven like a local engine.

    ``path`` is a label, ``remote/<host>[:port]``, not a file. The server applies the
    model's chat template, so ``render_chat`` only gives a readable transcript.
    """

    name = "remote"
    gpu_layers = 0  # where the server runs its model is the server's business
    offload_note = ""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None,
        gate: Gate,
        timeouts: RemoteTimeouts | None = None,
        context_length: int | None = None,
    ) -> None:
        self._http = ServerClient(
            normalize_base_url(base_url), api_key, gate, timeouts or RemoteTimeouts()
        )
        self.base_url = self._http.base_url
        self.model = model
        self.path = server_label(self.base_url)
        context = context_length or DEFAULT_CONTEXT
        self.metadata = ModelMetadata(
            architecture="remote", context_length_trained=context, name=model
        )
        self.options = LoadOptions(context_length=context)
        self._tokenizer: str | None = ""  # "" not probed yet, None: the server has none
        self._counts: OrderedDict[str, int] = OrderedDict()

    @classmethod
    def connect(
        cls,
        base_url: str,
        model: str,
        api_key: str | None,
        gate: Gate,
        timeouts: RemoteTimeouts | None = None,
    ) -> RemoteEngine:
        """Check that the server answers, accepts the key and has the model; then build."""
        timeouts = timeouts or RemoteTimeouts()
        with ServerClient(normalize_base_url(base_url), api_key, gate, timeouts) as http:
            entries = http.models()
        ids = [str(entry["id"]) for entry in entries]
        entry = next((e for e in entries if e["id"] in (model, f"{model}:latest")), None)
        if entry is None:
            if ids:
                sentence = translate(
                    "EngineErrors", "The server has no model named {model}. It offers: {offers}."
                )
            else:
                sentence = translate(
                    "EngineErrors", "The server has no model named {model}. It offers: none."
                )
            raise UserFacingError(
                sentence.format(model=model, offers=", ".join(ids)),
                translate("EngineErrors", "Choose one of the server's models."),
            )
        return cls(base_url, model, api_key, gate, timeouts, _context_of(entry))

    @property
    def context_length(self) -> int:
        """The context size the server reported, or 4096 when it did not say."""
        return self.metadata.context_length_trained

    def count_tokens(self, text: str) -> int:
        """Tokens the text takes, from the server's tokenizer when it has one.

        llama.cpp's server (``/tokenize``), vLLM (``/tokenize``) and llama-cpp-python
        (``/extras/tokenize/count``) can count. For servers that cannot (Ollama, LM Studio),
        when offline, or once the server failed to count, this is an ESTIMATE: one token
        per four characters. Answers are cached, since budgeting asks about the same text.
        """
        if text in self._counts:
            self._counts.move_to_end(text)
            return self._counts[text]
        count = self._server_count(text)
        if count is None:
            return -(-len(text) // CHARS_PER_TOKEN)
        self._counts[text] = count
        if len(self._counts) > 1024:
            self._counts.popitem(last=False)
        return count

    def _server_count(self, text: str) -> int | None:
        if self._http.gate.offline or self._tokenizer is None:
            return None
        candidates = (
            [self._tokenizer] if self._tokenizer else ["/tokenize", "/extras/tokenize/count"]
        )
        body = {"model": self.model, "content": text, "prompt": text, "input": text}
        for route in candidates:
            try:
                answer = self._http.json("POST", self._http.root + route, body)
            except UserFacingError as exc:
                logger.debug("No token count from %s%s: %s", self._http.root, route, exc)
                continue
            count = _count_of(answer)
            if count is not None:
                self._tokenizer = route
                return count
        self._tokenizer = None  # estimate from now on rather than wait on a failing server
        logger.info("No token counts from %s; estimating from here on", self.base_url)
        return None

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """A readable transcript; the server renders the real prompt with its own template."""
        lines = [f"{m.role.capitalize()}: {m.content}" for m in messages]
        return "\n\n".join([*lines, "Assistant:"])

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream an answer from POST /v1/chat/completions."""
        body = {"messages": [{"role": m.role, "content": m.content} for m in messages]}
        return self._stream("chat", "/chat/completions", body, params, cancel, stats)

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Continue a raw prompt with POST /v1/completions."""
        return self._stream("completion", "/completions", {"prompt": prompt}, params, cancel, stats)

    def _stream(
        self,
        kind: StreamKind,
        route: str,
        body: dict[str, Any],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None,
    ) -> Iterator[str]:
        stats = stats if stats is not None else GenerationStats()
        if cancel.is_set():
            stats.stop_reason = "cancelled"
            return
        started = time.perf_counter()
        payload = {**body, **_sampling(params), "model": self.model, "stream": True}
        payload["stream_options"] = {"include_usage": True}
        url = self.base_url + route
        response = self._http.open("POST", url, payload, cancel, "text/event-stream")
        if response is None:
            stats.stop_reason = "cancelled"
            return
        try:
            if response.status_code >= 300:
                response.read()
                self._http.raise_for_status(response)
            yield from self._read(response, kind, cancel, stats, started)
        except httpx2.TimeoutException as exc:
            raise self._http.silent() from exc
        except httpx2.TransportError as exc:
            raise self._http.lost() from exc
        finally:
            self._http.finish(response)  # closing the stream tells the server to stop
            stats.total_seconds = time.perf_counter() - started

    def _read(
        self,
        response: httpx2.Response,
        kind: StreamKind,
        cancel: threading.Event,
        stats: GenerationStats,
        started: float,
    ) -> Iterator[str]:
        pieces = 0
        usage_seen = ended = False
        for data in iter_sse_data(response.iter_lines()):
            if cancel.is_set():
                stats.stop_reason = "cancelled"
                return
            if data.strip() == "[DONE]":
                ended = True
                break
            try:
                chunk = parse_chunk(data, kind)
            except StreamError as exc:
                raise UserFacingError(exc.sentence) from exc
            if chunk.finish_reason:
                ended = True
                stats.stop_reason = "length" if chunk.finish_reason == "length" else "stop"
            if chunk.prompt_tokens is not None:
                stats.prompt_tokens = chunk.prompt_tokens
            if chunk.completion_tokens is not None:
                usage_seen = True
                stats.completion_tokens = chunk.completion_tokens
            if chunk.text:
                if stats.first_token_seconds is None:
                    stats.first_token_seconds = time.perf_counter() - started
                pieces += 1
                if not usage_seen:
                    stats.completion_tokens = pieces  # one piece per token on these servers
                yield chunk.text
        if cancel.is_set():
            stats.stop_reason = "cancelled"
        elif not ended:
            raise self._http.lost()
        elif not stats.stop_reason:
            stats.stop_reason = "stop"

    def close(self) -> None:
        """Close the connections to the server (the model stays loaded there)."""
        self._http.client.close()


def _sampling(params: SamplingParams) -> dict[str, Any]:
    """The OpenAI request fields for sampling settings (top_k and repeat penalty are not sent)."""
    fields: dict[str, Any] = {
        "temperature": params.temperature,
        "top_p": params.top_p,
        "max_tokens": params.max_tokens,
    }
    if params.stop:
        fields["stop"] = list(params.stop)
    if params.seed >= 0:
        fields["seed"] = params.seed
    return fields


def _context_of(entry: dict[str, Any]) -> int | None:
    """Context length from a /v1/models entry: vLLM's max_model_len, llama.cpp's meta."""
    meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
    for value in (entry.get("max_model_len"), entry.get("context_length"), meta.get("n_ctx_train")):
        if isinstance(value, int) and value > 0:
            return value
    return None


def _count_of(answer: Any) -> int | None:
    """The token count in a tokenize answer: ``{"count": n}`` or ``{"tokens": [...]}``."""
    if not isinstance(answer, dict):
        return None
    if isinstance(answer.get("count"), int):
        return int(answer["count"])
    tokens = answer.get("tokens")
    return len(tokens) if isinstance(tokens, list) else None
