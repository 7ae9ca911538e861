"""The engine host: a process that loads one model and serves the protocol on its pipes.

Started by the app and the CLI as ``localchat engine-host`` (see host_client). A damaged
model that aborts llama.cpp ends this process, not the window. The main thread runs one
request at a time; a reader thread takes ``cancel`` at once, so Stop reaches the engine
while it reads a prompt (llama.cpp's abort callback), not only between tokens.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import sys
import threading
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

from localchat import i18n
from localchat.engines import host_protocol as wire
from localchat.engines.base import ConversationStates, Engine, GenerationStats
from localchat.engines.factory import open_engine_in_process
from localchat.engines.host_encoder import ENCODER_OPS, EncoderSlot
from localchat.errors import UserFacingError

logger = logging.getLogger(__name__)


@runtime_checkable
class Interruptible(Protocol):
    """An engine whose computation can be stopped from another thread (llama.cpp)."""

    def interrupt(self) -> None:
        """Stop the computation under way as soon as possible."""
        ...

    def clear_interrupt(self) -> None:
        """Let the next computation run."""
        ...


def protocol_streams() -> tuple[IO[bytes], IO[bytes]]:
    """The pipes to the parent; stray prints of native code go to stderr, not the protocol.

    File descriptor 1 is the protocol. A copy of it is kept for the messages, and fd 1
    itself is pointed at stderr, so a library that prints to stdout cannot corrupt them.
    """
    protocol_out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return sys.stdin.buffer, protocol_out


class EngineHost:
    """The host's state: the loaded engine, the running request and the cancels."""

    def __init__(self, inbound: IO[bytes], outbound: IO[bytes]) -> None:
        self._in = inbound
        self._out = outbound
        self._out_lock = threading.Lock()
        self._engine: Engine | None = None
        self._encoder = EncoderSlot()  # an embedding model, loaded by ``load_encoder``
        self._requests: queue.Queue[wire.Message | None] = queue.Queue()
        self._lock = threading.Lock()  # guards the three below
        self._running: int | None = None
        self._cancel = threading.Event()
        self._cancelled_early: set[int] = set()

    def send(self, message: wire.Message) -> None:
        """Write one message to the parent."""
        with self._out_lock:
            wire.write_message(self._out, message)

    def serve(self) -> int:
        """Answer requests until ``close`` or the parent goes away."""
        self.send({"op": "hello", "protocol": wire.PROTOCOL_VERSION, "pid": os.getpid()})
        threading.Thread(target=self._read, name="host-reader", daemon=True).start()
        while (message := self._requests.get()) is not None:
            if message["op"] == "close":
                break
            self._handle(message)
        if self._engine is not None:
            self._engine.close()
        self._encoder.close()
        return 0

    def _read(self) -> None:
        """Reader thread: cancels act at once, everything else queues for the main thread."""
        for line in self._in:
            try:
                message = wire.decode(line)
            except ValueError:
                logger.warning("Ignored a line that is not a message: %r", line[:80])
                continue
            if message["op"] == "cancel":
                self._on_cancel(int(message["id"]))
            else:
                self._requests.put(message)
        # The parent closed the pipe (it quit or was killed): stop what runs and end.
        self._on_cancel(self._running or -1)
        self._requests.put(None)

    def _on_cancel(self, request_id: int) -> None:
        with self._lock:
            if request_id != self._running:
                self._cancelled_early.add(request_id)
                return
            self._cancel.set()
            if isinstance(self._engine, Interruptible):
                self._engine.interrupt()

    def _begin(self, request_id: int) -> threading.Event:
        with self._lock:
            self._running = request_id
            self._cancel = threading.Event()
            if request_id in self._cancelled_early:
                self._cancelled_early.discard(request_id)
                self._cancel.set()
            elif isinstance(self._engine, Interruptible):
                self._engine.clear_interrupt()
            return self._cancel

    def _end(self) -> None:
        with self._lock:
            self._running = None

    def _handle(self, message: wire.Message) -> None:
        request_id = int(message.get("id", 0))
        cancel = self._begin(request_id)
        try:
            self._dispatch(message, request_id, cancel)
        except UserFacingError as error:
            self.send(
                {"op": "error", "id": request_id, "message": error.message, "action": error.action}
            )
        except Exception as error:  # a bug: the traceback goes to stderr, the parent logs it
            logger.exception("Request %s (%s) failed", request_id, message.get("op"))
            self.send({"op": "error", "id": request_id, "bug": repr(error)})
        finally:
            self._end()

    def _dispatch(self, message: wire.Message, request_id: int, cancel: threading.Event) -> None:
        op = message["op"]
        if op == "load":
            self._load(message, request_id)
        elif op == "stream":
            self._stream(message, request_id, cancel)
        elif op == "count":
            counts = [self._loaded().count_tokens(text) for text in message["texts"]]
            self.send({"op": "counted", "id": request_id, "counts": counts})
        elif op == "render":
            prompt = self._loaded().render_chat(wire.messages_from_wire(message["messages"]))
            self.send({"op": "rendered", "id": request_id, "prompt": prompt})
        elif op in ENCODER_OPS:
            self.send({**self._encoder.handle(message), "id": request_id})
        else:
            raise ValueError(f"unknown request {op!r}")

    def _loaded(self) -> Engine:
        if self._engine is None:
            raise ValueError("no model is loaded in this host")
        return self._engine

    def _load(self, message: wire.Message, request_id: int) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        engine = open_engine_in_process(
            Path(message["path"]), wire.options_from_wire(message["options"])
        )
        self._engine = engine
        self.send(
            {
                "op": "loaded",
                "id": request_id,
                "engine": engine.name,
                "metadata": wire.metadata_to_wire(engine.metadata),
                "context_length": engine.context_length,
                "gpu_layers": engine.gpu_layers,
                "offload_note": engine.offload_note,
            }
        )

    def _stream(self, message: wire.Message, request_id: int, cancel: threading.Event) -> None:
        engine = self._loaded()
        params = wire.params_from_wire(message["params"])
        stats = GenerationStats()
        conversation = message.get("conversation")
        if "messages" in message and conversation is not None:
            messages = wire.messages_from_wire(message["messages"])
            if isinstance(engine, ConversationStates):
                pieces = engine.stream_conversation(
                    int(conversation), messages, params, cancel, stats
                )
            else:
                pieces = engine.stream_chat(messages, params, cancel, stats)
        elif "messages" in message:
            pieces = engine.stream_chat(
                wire.messages_from_wire(message["messages"]), params, cancel, stats
            )
        else:
            pieces = engine.stream_prompt(message["prompt"], params, cancel, stats)
        for piece in pieces:
            self.send({"op": "token", "id": request_id, "text": piece})
        if cancel.is_set():
            stats.stop_reason = "cancelled"
        self.send({"op": "done", "id": request_id, "stats": wire.stats_to_wire(stats)})


def serve() -> int:
    """Entry point of ``localchat engine-host``."""
    i18n.set_language(os.environ.get("LOCALCHAT_LANGUAGE", "en"))  # the parent's language
    # Ctrl+C in a terminal goes to the whole process group; the parent decides what it
    # stops (a cancel message), so the host ignores it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(
        stream=sys.stderr, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s"
    )
    inbound, outbound = protocol_streams()
    return EngineHost(inbound, outbound).serve()
