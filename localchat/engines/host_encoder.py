"""Embeddings in the engine host: an encoder model (BERT-family GGUF) in its own process.

The host side is ``EncoderSlot``: it answers ``load_encoder`` (path -> the model's
dimensions) and ``embed`` (texts -> vectors) with localchat.embeddings.encoder.Encoder.
The vectors cross the pipe as base64 of little-endian float32 rows: 384 floats take
2 KB instead of ~8 KB of JSON numbers, and come back bit for bit.

The parent side is ``HostedEncoder``: the library's indexer and retriever use it like the
in-process Encoder. A file that aborts llama.cpp ends the host, not the window or the
CLI: that request fails with a plain sentence and the next one starts a fresh host.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from localchat.embeddings.encoder import Embeddings
from localchat.engines import host_protocol as wire
from localchat.engines.host_process import ENDED, HostProcess
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

if TYPE_CHECKING:
    from localchat.embeddings.encoder import Encoder

logger = logging.getLogger(__name__)

ENCODER_OPS = frozenset({"load_encoder", "embed"})
LOAD_TIMEOUT_SECONDS = 300.0
# A batch of 32 passages of ~300 tokens takes ~2-4 s on one slow core; a minute is a hang.
EMBED_TIMEOUT_SECONDS = 120.0


def vectors_to_wire(vectors: np.ndarray) -> str:
    """A float32 matrix as base64 of its little-endian bytes, row after row."""
    return base64.b64encode(np.ascontiguousarray(vectors, dtype="<f4").tobytes()).decode("ascii")


def vectors_from_wire(data: str, rows: int, dimensions: int) -> np.ndarray:
    """The matrix ``vectors_to_wire`` sent (a writable float32 copy)."""
    flat = np.frombuffer(base64.b64decode(data), dtype="<f4")
    return flat.reshape(rows, dimensions).astype(np.float32)


class EncoderSlot:
    """The host's encoder: loaded by ``load_encoder``, used by ``embed`` (host side)."""

    def __init__(self) -> None:
        self._encoder: Encoder | None = None

    def handle(self, message: wire.Message) -> wire.Message:
        """The answer to one encoder request (without its id)."""
        if message["op"] == "load_encoder":
            return self._load(Path(message["path"]), message.get("threads"))
        if self._encoder is None:
            raise ValueError("no encoder model is loaded in this host")
        embedded = self._encoder.embed(list(message["texts"]))
        return {
            "op": "embedded",
            "rows": len(embedded.token_counts),
            "dimensions": self._encoder.dimensions,
            "vectors": vectors_to_wire(embedded.vectors),
            "token_counts": list(embedded.token_counts),
            "tokens_cut": list(embedded.tokens_cut),
        }

    def _load(self, path: Path, threads: int | None) -> wire.Message:
        from localchat.embeddings.encoder import Encoder

        self.close()
        self._encoder = Encoder.load(path, threads=threads or None)
        return {
            "op": "encoder_loaded",
            "dimensions": self._encoder.dimensions,
            "context_length": self._encoder.context_length,
            "pooling": self._encoder.pooling,
        }

    def close(self) -> None:
        """Free the encoder, if one is loaded."""
        if self._encoder is not None:
            self._encoder.close()
            self._encoder = None


class HostedEncoder:
    """An encoder model in an engine host process: texts in, L2-normalised vectors out.

    The host starts on the first use (``dimensions`` or ``embed``) and again after it died.
    Thread-safe: one request at a time. ``threads``: 0 lets llama.cpp choose.
    """

    def __init__(self, path: Path, threads: int = 0) -> None:
        self.path = path
        self._threads = threads
        self._host: HostProcess | None = None
        self._dimensions = 0
        self._lock = threading.Lock()

    @property
    def dimensions(self) -> int:
        """Length of each vector (starts the host to learn it)."""
        with self._lock:
            self._ready_host()
            return self._dimensions

    @property
    def pid(self) -> int | None:
        """The host's process id (None before the first use or once closed)."""
        return self._host.pid if self._host is not None else None

    def embed(self, texts: Sequence[str]) -> Embeddings:
        """Vectors for the texts, in order, with the tokens each cost."""
        if not texts:
            return Embeddings(np.zeros((0, self.dimensions), np.float32), (), ())
        with self._lock:
            host = self._ready_host()
            reply = self._call(host, "embed", EMBED_TIMEOUT_SECONDS, texts=list(texts))
        vectors = vectors_from_wire(reply["vectors"], int(reply["rows"]), int(reply["dimensions"]))
        return Embeddings(vectors, tuple(reply["token_counts"]), tuple(reply["tokens_cut"]))

    def _ready_host(self) -> HostProcess:
        """The running host with the model loaded (a fresh one if the last one died)."""
        if self._host is not None and self._host.alive:
            return self._host
        if self._host is not None:
            logger.info("Starting a fresh engine host for %s", self.path.name)
            self._host.close()
            self._host = None
        if not self.path.is_file():
            raise UserFacingError(
                translate(
                    "EngineErrors", "The embedding model {name} is no longer on disk."
                ).format(name=self.path.name),
                translate("EngineErrors", "Download the embedding model again in Models."),
            )
        host = HostProcess(self.path.name)
        try:
            reply = self._call(
                host, "load_encoder", LOAD_TIMEOUT_SECONDS, path=str(self.path),
                threads=self._threads,
            )  # fmt: skip
        except BaseException:
            host.close()
            raise
        self._host = host
        self._dimensions = int(reply["dimensions"])
        return host

    def _call(self, host: HostProcess, op: str, timeout: float, **payload: object) -> wire.Message:
        """Send a request and wait for its one answer; a dead host is a plain error."""
        reply = host.call(op, timeout, **payload)
        if reply is None:
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The embedding model {name} did not answer in {seconds} s, so it was stopped.",
                ).format(name=self.path.name, seconds=number(timeout)),
                translate(
                    "EngineErrors",
                    "Try again; if it happens again, download the embedding model again.",
                ),
            )
        if reply is ENDED:
            host.log_end()
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The engine stopped unexpectedly while reading {name}, so the "
                    "file is damaged or not an embedding model this engine supports.",
                ).format(name=self.path.name),
                translate(
                    "EngineErrors",
                    "Try again; if it happens again, download the embedding model again.",
                ),
            )
        if reply["op"] != "error":
            return reply
        if "bug" in reply:
            raise RuntimeError(f"engine host: {reply['bug']}")
        raise UserFacingError(reply["message"], reply.get("action", ""))

    def close(self) -> None:
        """End the host (its memory goes back to the system)."""
        with self._lock:
            if self._host is not None:
                self._host.close()
                self._host = None


def check_encoder_file(path: Path) -> None:
    """Try an embedding model in a throwaway host (load, embed a sentence); plain errors."""
    encoder = HostedEncoder(path, threads=1)
    try:
        vectors = encoder.embed(["LocalChat checks this embedding model."]).vectors
        if not np.isfinite(vectors).all():
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "{name} gives no usable vectors, so the file is probably damaged.",
                ).format(name=path.name),
                translate("EngineErrors", "Download the embedding model again."),
            )
    finally:
        encoder.close()
