"""A plain numpy BERT and WordPiece tokenizer: the independent reference for converted models.

Nothing here comes from localchat or llama.cpp: the weights are read straight from the
safetensors bytes, the tokenizer follows Hugging Face's BertNormalizer, BertPreTokenizer and
WordPiece as tokenizer.json describes them, and the forward pass is the textbook one in
float64 (erf GELU, as BERT's "gelu"), then the sentence-transformers head: mean pooling, L2 norm.
"""

from __future__ import annotations

import ctypes
import json
import math
import re
import string
import struct
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np


def erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26: within 1.5e-7 of erf, 20x faster than math.erf per item."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-x * x))


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's OpenBLAS on one thread for a while.

    On the shared 2-core machine its two threads spin against the other processes: the test
    sentences took 11.4 s with two, 1.6 s with one (load ~7). No-op where it is not found.
    """
    lib, prefix = None, ""
    try:
        maps = Path("/proc/self/maps").read_text()
        path = re.search(r"(/\S*openblas\S*\.so\S*)", maps)
        lib = ctypes.CDLL(path.group(1)) if path else None
    except OSError:
        lib = None
    for prefix, suffix in (("scipy_openblas", "64_"), ("openblas", "64_"), ("openblas", "")):
        if lib is not None and hasattr(lib, f"{prefix}_set_num_threads{suffix}"):
            break
    else:
        yield
        return
    get = getattr(lib, f"{prefix}_get_num_threads{suffix}")
    put = getattr(lib, f"{prefix}_set_num_threads{suffix}")
    before = get()
    put(1)
    try:
        yield
    finally:
        put(before)


class WordPiece:
    """Hugging Face's BERT tokenizer (uncased), from a tokenizer.json."""

    def __init__(self, spec: dict) -> None:
        model = spec["model"]
        self.vocab: dict[str, int] = model["vocab"]
        self.unk = model["unk_token"]
        self.prefix = model["continuing_subword_prefix"]
        self.max_chars = model["max_input_chars_per_word"]
        normalizer = spec["normalizer"]
        self.lowercase = normalizer["lowercase"]
        strip = normalizer["strip_accents"]
        self.strip_accents = self.lowercase if strip is None else strip

    def normalize(self, text: str) -> str:
        kept = []
        for char in text:
            if char in "\x00\ufffd" or (_is_control(char)):
                continue
            if _is_cjk(char):
                kept.append(f" {char} ")
            else:
                kept.append(" " if char.isspace() else char)
        text = "".join(kept)
        if self.strip_accents:
            text = "".join(
                c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
            )
        return text.lower() if self.lowercase else text

    def words(self, text: str) -> list[str]:
        words, current = [], ""
        for char in self.normalize(text):
            if char.isspace() or _is_punctuation(char):
                if current:
                    words.append(current)
                current = ""
                if not char.isspace():
                    words.append(char)
            else:
                current += char
        return [*words, current] if current else words

    def pieces(self, word: str) -> list[str]:
        if len(word) > self.max_chars:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                if piece in self.vocab:
                    break
                end -= 1
            if end == start:
                return [self.unk]
            pieces.append(piece)
            start = end
        return pieces

    def encode(self, text: str, max_length: int) -> list[int]:
        """[CLS] pieces [SEP], cut to max_length keeping the [SEP]."""
        ids = [self.vocab[p] for word in self.words(text) for p in self.pieces(word)]
        ids = ids[: max_length - 2]
        return [self.vocab["[CLS]"], *ids, self.vocab["[SEP]"]]


def _is_control(char: str) -> bool:
    if char in "\t\n\r":
        return False
    return unicodedata.category(char).startswith("C")


def _is_punctuation(char: str) -> bool:
    return char in string.punctuation or unicodedata.category(char).startswith("P")


def _is_cjk(char: str) -> bool:
    cp = ord(char)
    ranges = (
        (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
        (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),
    )  # fmt: skip
    return any(low <= cp <= high for low, high in ranges)


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """float32/float64 tensors of a safetensors file (the only types the reference needs)."""
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    types = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8"}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = data[8 + size + begin : 8 + size + end]
        out[name] = np.frombuffer(raw, types[info["dtype"]]).reshape(info["shape"])
    return out


class NumpyBert:
    """all-MiniLM-L6-v2 (or any BERT with mean pooling) computed directly from its weights."""

    def __init__(self, config: dict, weights: dict[str, np.ndarray], tokenizer: WordPiece):
        self.config = config
        self.w = {k: v.astype(np.float64) for k, v in weights.items()}
        self.tokenizer = tokenizer
        self.max_length = config["max_position_embeddings"]

    @classmethod
    def from_zip(cls, path: Path) -> NumpyBert:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights = read_safetensors(archive.read("model.safetensors"))
            tokenizer = WordPiece(json.loads(archive.read("tokenizer.json")))
        return cls(config, weights, tokenizer)

    def tokens(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, self.max_length)

    def embed(self, text: str) -> np.ndarray:
        with one_blas_thread():
            return self._embed(text)

    def _embed(self, text: str) -> np.ndarray:
        ids = self.tokens(text)
        hidden = self._embeddings(ids)
        for layer in range(self.config["num_hidden_layers"]):
            hidden = self._layer(hidden, f"encoder.layer.{layer}.")
        pooled = hidden.mean(axis=0)  # one text, no padding: every token counts
        return pooled / np.linalg.norm(pooled)

    def _embeddings(self, ids: list[int]) -> np.ndarray:
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        return self._norm(x, "embeddings.LayerNorm")

    def _layer(self, x: np.ndarray, p: str) -> np.ndarray:
        heads = self.config["num_attention_heads"]
        size = x.shape[1] // heads

        def split(name: str) -> np.ndarray:
            return self._linear(x, p + name).reshape(len(x), heads, size).transpose(1, 0, 2)

        q, k, v = (
            split("attention.self.query"),
            split("attention.self.key"),
            split("attention.self.value"),
        )
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(size)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        context = context.transpose(1, 0, 2).reshape(len(x), heads * size)
        x = self._norm(
            x + self._linear(context, p + "attention.output.dense"),
            p + "attention.output.LayerNorm",
        )
        inner = self._linear(x, p + "intermediate.dense")
        inner = 0.5 * inner * (1.0 + erf(inner / math.sqrt(2.0)))
        return self._norm(x + self._linear(inner, p + "output.dense"), p + "output.LayerNorm")

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        var = x.var(axis=-1, keepdims=True)
        eps = self.config["layer_norm_eps"]
        return (x - mean) / np.sqrt(var + eps) * self.w[name + ".weight"] + self.w[name + ".bias"]
