"""An Engine whose model runs in an engine host process (see host.py and DESIGN.md)."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from localchat.engines import host_protocol as wire
from localchat.engines.base import (
    TOKEN_COUNTS_KEPT,
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)
from localchat.engines.host_process import ENDED, HostProcess
from localchat.engines.vocabulary import Vocabulary
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.02  # how often a waiting stream looks at its cancel flag
STOP_GRACE_SECONDS = 2.0  # a host that has not stopped this long after Stop is ended
LOAD_TIMEOUT_SECONDS = 600.0
CALL_TIMEOUT_SECONDS = 60.0  # count and render; templates give up after about a second


class EngineHostCrashed(UserFacingError):
    """The host process ended in the middle of a request (abort, segfault, killed)."""


class HostedEngine:
    """A model loaded in its own process, used like any in-process Engine.

    Token counting stays in this process (a vocabulary-only load of the same file), so
    fitting a conversation to the context does not cross the pipe per message. If the
    host dies, the request under way fails with ``EngineHostCrashed`` and the next one
    starts a fresh host.
    """

    def __init__(self, path: Path, options: LoadOptions) -> None:
        self.path = path
        self.options = options
        self.name = "llama_cpp"
        self.metadata = ModelMetadata(architecture="", context_length_trained=0)
        self.context_length = options.context_length
        self.gpu_layers = 0  # layers on the graphics card, as loaded in the host
        self.offload_note = ""  # said when the load needed fewer layers than planned
        self._host: HostProcess | None = None
        self._vocabulary: Vocabulary | None = None
        self._lock = threading.RLock()  # guards starting a fresh host
        self.count_tokens: Callable[[str], int] = lru_cache(maxsize=TOKEN_COUNTS_KEPT)(
            self._count_tokens
        )

    @classmethod
    def open(cls, path: Path, options: LoadOptions) -> HostedEngine:
        """Start a host and load the model in it; plain errors if either fails."""
        engine = cls(path, options)
        engine._start()
        return engine

    @property
    def pid(self) -> int | None:
        """The host's process id (None once closed)."""
        return self._host.pid if self._host is not None else None

    def _start(self) -> None:
        try:
            self._start_with(self.options)
        except UserFacingError as error:
            if self.options.gpu_layers == 0 or not isinstance(error.__cause__, EngineHostCrashed):
                raise
            # A graphics driver can abort the process when the card runs out of memory.
            logger.warning(
                "Loading %s on the graphics card crashed; retrying on the processor", self.path.name
            )
            self.options = replace(self.options, gpu_layers=0)
            self._start_with(self.options)
            self.offload_note = translate(
                "EngineNotes",
                "The engine stopped while putting the model on the graphics card, so it runs "
                "on the processor.",
            )

    def _start_with(self, options: LoadOptions) -> None:
        host = HostProcess(self.path.name)
        try:
            reply = self._call(
                host,
                "load",
                LOAD_TIMEOUT_SECONDS,
                path=str(self.path),
                options=wire.options_to_wire(options),
            )
        except EngineHostCrashed as crash:
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "LocalChat cannot load {name}: the engine stopped while reading "
                    "it, so the file is damaged or not a model this engine supports.",
                ).format(name=self.path.name),
                translate("EngineErrors", "Choose another model, or download this one again."),
            ) from crash
        except BaseException:
            host.close()
            raise
        self._host = host
        self.name = reply["engine"]
        self.metadata = wire.metadata_from_wire(reply["metadata"])
        self.context_length = int(reply["context_length"])
        self.gpu_layers = int(reply.get("gpu_layers", 0))
        self.offload_note = str(reply.get("offload_note", ""))
        if self.name == "llama_cpp" and self._vocabulary is None:
            # Only after the host loaded the whole file: a file that aborts llama.cpp has
            # ended the host by now, and never reaches this process.
            self._vocabulary = Vocabulary.load(self.path)

    def _ready_host(self) -> HostProcess:
        if self._host is None or not self._host.alive:
            if self._host is not None:
                logger.info("Starting a fresh engine host for %s", self.path.name)
                self._host.close()
                self._host = None
            self._start()
        assert self._host is not None
        return self._host

    def _call(self, host: HostProcess, op: str, timeout: float, **payload: object) -> wire.Message:
        """Send a request and wait for its one answer."""
        reply = host.call(op, timeout, **payload)
        if reply is None:
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The engine did not answer in {seconds} s while working on "
                    "{name}, so it was stopped.",
                ).format(seconds=number(timeout), name=self.path.name),
                translate("EngineErrors", "Try again; if it happens again, choose another model."),
            )
        return self._checked(host, reply)

    def _checked(self, host: HostProcess, reply: wire.Message) -> wire.Message:
        """The reply, or the plain error it stands for."""
        if reply is ENDED:
            host.log_end()  # the exit status and the host's last lines go to the log
            raise EngineHostCrashed(
                _why_it_ended(host.exit_status()).format(name=self.path.name),
                translate(
                    "EngineErrors",
                    "What was already written is kept. Try again; if it happens again, choose "
                    "another model, lower the context length in Settings, or download the model "
                    "again.",
                ),
            )
        if reply["op"] != "error":
            return reply
        if "bug" in reply:
            raise RuntimeError(f"engine host: {reply['bug']}")
        raise UserFacingError(reply["message"], reply.get("action", ""))

    def _count_tokens(self, text: str) -> int:
        if self._vocabulary is not None:
            return self._vocabulary.count(text)
        with self._lock:
            reply = self._call(self._ready_host(), "count", CALL_TIMEOUT_SECONDS, texts=[text])
        return int(reply["counts"][0])

    def render_chat(self, messages: Sequence[ChatMessage]) -> str:
        """The prompt text for a conversation, rendered by the host (bounded in time)."""
        with self._lock:
            reply = self._call(
                self._ready_host(),
                "render",
                CALL_TIMEOUT_SECONDS,
                messages=wire.messages_to_wire(list(messages)),
            )
        return str(reply["prompt"])

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Stream an answer to a conversation; the host renders the chat template."""
        return self._stream(
            {"messages": wire.messages_to_wire(list(messages))}, params, cancel, stats
        )

    def stream_conversation(
        self,
        conversation_id: int,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """``stream_chat`` in a stored conversation: the host restores and keeps its state."""
        request = {"messages": wire.messages_to_wire(list(messages))}
        return self._stream({**request, "conversation": conversation_id}, params, cancel, stats)

    def stream_prompt(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None = None,
    ) -> Iterator[str]:
        """Continue a raw prompt."""
        return self._stream({"prompt": prompt}, params, cancel, stats)

    def _stream(
        self,
        request: wire.Message,
        params: SamplingParams,
        cancel: threading.Event,
        stats: GenerationStats | None,
    ) -> Iterator[str]:
        """Send the request at once; the tokens come from the returned iterator.

        Sent before the first token is asked for, so the host reads the prompt while the
        caller does its own work meanwhile (storing the question). The host runs one
        request at a time, in the order they were sent. Iterate the result to its end.
        """
        stats = stats if stats is not None else GenerationStats()
        if cancel.is_set():
            stats.stop_reason = "cancelled"
            return iter(())
        with self._lock:
            host = self._ready_host()
        started = time.perf_counter()
        request_id, inbox = host.request("stream", params=wire.params_to_wire(params), **request)
        return self._relay(host, request_id, inbox, cancel, stats, started)

    def _relay(
        self,
        host: HostProcess,
        request_id: int,
        inbox: queue.Queue[wire.Message],
        cancel: threading.Event,
        stats: GenerationStats,
        started: float,
    ) -> Iterator[str]:
        """Pass the request's tokens on until done, failure or Stop."""
        stop_sent: float | None = None
        done = False
        try:
            while True:
                if cancel.is_set() and stop_sent is None:
                    host.send({"op": "cancel", "id": request_id})
                    stop_sent = time.monotonic()
                try:
                    reply = inbox.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if stop_sent is not None and time.monotonic() - stop_sent > STOP_GRACE_SECONDS:
                        # The engine did not stop in time (a computation that cannot be
                        # interrupted): ending the host is the last resort.
                        logger.warning("Engine host %d ignored Stop; ending it", host.pid)
                        host.kill()
                        stats.stop_reason = "cancelled"
                        done = True
                        return
                    continue
                reply = self._checked(host, reply)
                if reply["op"] == "token":
                    if stats.first_token_seconds is None:
                        stats.first_token_seconds = time.perf_counter() - started
                    yield reply["text"]
                elif reply["op"] == "done":
                    wire.stats_into(stats, reply["stats"])
                    if cancel.is_set():
                        stats.stop_reason = "cancelled"
                    done = True
                    return
        finally:
            stats.total_seconds = time.perf_counter() - started
            if not done and host.alive:
                host.send({"op": "cancel", "id": request_id})  # the reader stopped early
            host.forget(request_id)

    def close(self) -> None:
        """End the host (its memory goes back to the system) and free the vocabulary."""
        with self._lock:
            if self._host is not None:
                self._host.close()
                self._host = None
            if self._vocabulary is not None:
                self._vocabulary.close()
                self._vocabulary = None


def _why_it_ended(returncode: int | None) -> str:
    """How a host ended, in words a user can act on (the log has the signal's name).

    A sentence with the model file's name left as ``{name}``.
    """
    if returncode == -9:  # SIGKILL: the out-of-memory killer, or a user's kill
        return translate(
            "EngineErrors",
            "The engine stopped unexpectedly while running {name} (the system ended it; "
            "this often means the computer ran out of memory).",
        )
    return translate(
        "EngineErrors", "The engine stopped unexpectedly while running {name} (it crashed)."
    )
