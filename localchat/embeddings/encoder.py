"""Text embeddings from an encoder model (a BERT-family GGUF) through llama.cpp.

Runs in process for now; it is to move into the engine host (DESIGN.md, "Processes"), which
is why it keeps to plain inputs and outputs: texts in, a float32 matrix and counts out.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from localchat.engines.gguf_header import read_gguf_header
from localchat.errors import UserFacingError

logger = logging.getLogger(__name__)

# Architectures whose GGUF llama.cpp runs as an encoder (what convert_bert.py writes).
ENCODER_ARCHITECTURES = frozenset({"bert"})
POOLING_NAMES = {1: "mean", 2: "cls"}  # llama.cpp's enum llama_pooling_type
_MEAN_POOLING = 1


@dataclass(frozen=True)
class Embeddings:
    """Vectors for a list of texts, in order, with what each text cost."""

    vectors: np.ndarray  # float32, one row of length 1 per text
    token_counts: tuple[int, ...]  # tokens read per text, [CLS] and [SEP] included
    tokens_cut: tuple[int, ...]  # tokens left out at each text's end to fit the context

    @property
    def total_tokens(self) -> int:
        """Tokens read for all the texts."""
        return sum(self.token_counts)


class Encoder:
    """One loaded encoder model: texts in, L2-normalised vectors out (thread-safe)."""

    def __init__(self, path: Path, llm: Any, pooling: int) -> None:
        import llama_cpp

        self.path = path
        self._llm = llm
        self._lock = threading.Lock()
        self.pooling = POOLING_NAMES.get(pooling, str(pooling))
        self.dimensions = int(llama_cpp.llama_model_n_embd(llm.model))
        # Positions past the trained ones have no embedding row: a text is cut to fit.
        self.context_length = int(llama_cpp.llama_model_n_ctx_train(llm.model))
        # A sequence must fit one micro-batch whole (attention sees all of it at once).
        self._batch_tokens = int(llm.n_batch)
        self._max_sequences = int(llama_cpp.llama_n_seq_max(llm.ctx))
        self._batch = llama_cpp.llama_batch_init(self._batch_tokens, 0, 1)

    @classmethod
    def load(cls, path: Path, threads: int | None = None, batch_tokens: int = 0) -> Encoder:
        """Load an encoder GGUF; a chat model or a damaged file is a UserFacingError.

        ``batch_tokens``: tokens encoded in one call, several texts together (at least the
        model's context length, which is the default).
        """
        header = read_gguf_header(path)
        if header.architecture not in ENCODER_ARCHITECTURES:
            raise UserFacingError(
                f"{path.name} is a {header.architecture or 'unknown'} model for chat and "
                "writing, not an embedding model that turns text into vectors for search.",
                "Choose an embedding model, such as all-MiniLM-L6-v2 converted to GGUF.",
            )
        pooling = int(header.arch_value("pooling_type", 0) or 0)
        if pooling not in POOLING_NAMES:
            # A BERT file without a usable pooling: sentence-transformers' default.
            logger.info("%s names no mean or CLS pooling: using mean", path.name)
            pooling = _MEAN_POOLING
        size = max(batch_tokens, header.context_length)
        return cls(path, _open_llama(path, pooling, size, threads), pooling)

    def tokenize(self, text: str) -> tuple[list[int], int]:
        """The tokens the model reads for a text ([CLS] ... [SEP]) and how many were cut.

        A text longer than the context keeps its beginning and its closing [SEP], as
        sentence-transformers' truncation does.
        """
        tokens = self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)
        cut = max(0, len(tokens) - self.context_length)
        if cut:
            tokens = tokens[: self.context_length - 1] + tokens[-1:]
        return tokens, cut

    def embed(self, texts: Sequence[str]) -> Embeddings:
        """L2-normalised vectors for the texts, encoded several at a time."""
        tokenized = [self.tokenize(text) for text in texts]
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        with self._lock:
            for first, group in self._groups([tokens for tokens, _cut in tokenized]):
                vectors[first : first + len(group)] = self._encode(group)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.maximum(norms, np.finfo(np.float32).tiny)
        return Embeddings(
            vectors=vectors,
            token_counts=tuple(len(tokens) for tokens, _cut in tokenized),
            tokens_cut=tuple(cut for _tokens, cut in tokenized),
        )

    def _groups(self, sequences: list[list[int]]) -> Iterator[tuple[int, list[list[int]]]]:
        """Consecutive runs of texts that fit one call: (index of the first, the run)."""
        first, group, size = 0, [], 0
        for index, tokens in enumerate(sequences):
            if group and (
                size + len(tokens) > self._batch_tokens or len(group) == self._max_sequences
            ):
                yield first, group
                first, group, size = index, [], 0
            group.append(tokens)
            size += len(tokens)
        if group:
            yield first, group

    def _encode(self, group: list[list[int]]) -> np.ndarray:
        """One llama_encode call over several sequences; their pooled vectors."""
        import llama_cpp

        batch = self._batch
        batch.n_tokens = 0
        for seq, tokens in enumerate(group):
            for pos, token in enumerate(tokens):
                i = batch.n_tokens
                batch.token[i] = token
                batch.pos[i] = pos
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = seq
                batch.logits[i] = True
                batch.n_tokens += 1
        status = llama_cpp.llama_encode(self._llm.ctx, batch)
        if status != 0:
            raise RuntimeError(f"llama_encode returned {status} for {self.path.name}")
        rows = [llama_cpp.llama_get_embeddings_seq(self._llm.ctx, seq) for seq in range(len(group))]
        return np.stack([np.ctypeslib.as_array(row, shape=(self.dimensions,)) for row in rows])

    def close(self) -> None:
        """Free the model and its batch."""
        import llama_cpp

        with self._lock:
            if self._batch is not None:
                llama_cpp.llama_batch_free(self._batch)
                self._batch = None
            self._llm.close()


def _open_llama(path: Path, pooling: int, batch_tokens: int, threads: int | None) -> Any:
    """A llama_cpp.Llama in embedding mode, one micro-batch as large as one call."""
    from llama_cpp import Llama

    try:
        return Llama(
            model_path=str(path),
            embedding=True,
            pooling_type=pooling,
            n_ctx=batch_tokens,
            n_batch=batch_tokens,
            n_ubatch=batch_tokens,  # encoders need a whole sequence in one micro-batch
            # Fused attention skips the masked scores between texts of one batch: batched
            # calls 2.3-3.1x faster (bench/RESULTS.md section 16).
            flash_attn=True,
            n_threads=threads,
            n_threads_batch=threads,
            verbose=False,
        )
    except (ValueError, RuntimeError, OSError) as exc:
        raise UserFacingError(
            f"llama.cpp could not load the embedding model {path.name}.",
            "Convert or download the model again.",
        ) from exc
