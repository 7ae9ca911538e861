"""Test helpers: a stand-in encoder (never the only test of search), PDFs, quality."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from localchat.embeddings.encoder import Embeddings

_WORD = re.compile(r"\w+")
DATA = Path(__file__).resolve().parent / "data"


def _documents_conftest() -> Any:
    """tests/documents/conftest.py, for its hand-made PDF builder."""
    path = DATA.parents[1] / "documents" / "conftest.py"
    spec = importlib.util.spec_from_file_location("documents_builders", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_pdf: Callable[..., bytes] = _documents_conftest().build_pdf


class HashingEncoder:
    """Bag of words hashed into ``dimensions`` buckets, L2-normalised; counts its calls.

    ``log`` (a file) gets one line per embedded text, so a test in another process can
    count what was embedded.
    """

    def __init__(self, dimensions: int = 64, log: Path | None = None) -> None:
        self.dimensions = dimensions
        self.calls = 0
        self.texts: list[str] = []
        self._log = log

    def embed(self, texts: list[str]) -> Embeddings:
        """One normalised row per text; each word counts as a token."""
        self.calls += 1
        self.texts.extend(texts)
        if self._log is not None:
            with self._log.open("a", encoding="utf-8") as handle:
                for text in texts:
                    handle.write(text.replace("\n", " ")[:60] + "\n")
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        counts = []
        for row, text in enumerate(texts):
            words = _WORD.findall(text.lower())
            counts.append(len(words))
            for word in words:
                bucket = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest())
                out[row, bucket % self.dimensions] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return Embeddings(out, tuple(counts), (0,) * len(texts))


@dataclass(frozen=True)
class Quality:
    """How well one search mode found the answering passages of the question set."""

    mode: str
    ranks: dict[str, int | None]  # question id -> rank of the first answering passage

    def recall(self, k: int) -> float:
        """Share of questions answered in the top ``k``."""
        return sum(1 for rank in self.ranks.values() if rank and rank <= k) / len(self.ranks)

    def mrr(self, k: int = 10) -> float:
        """Mean reciprocal rank of the answer within the top ``k`` (0 when missing)."""
        total = sum(1 / rank for rank in self.ranks.values() if rank and rank <= k)
        return total / len(self.ranks)


def load_questions() -> list[dict[str, str]]:
    """The question set: id, question, document, and a phrase of its answering passage."""
    return json.loads((DATA / "questions.json").read_text(encoding="utf-8"))


def evaluate(retriever: Any, mode: str, k: int = 10) -> Quality:
    """Ask every question in ``mode``; note where its answering passage ranked."""
    ranks: dict[str, int | None] = {}
    for item in load_questions():
        ranks[item["id"]] = None
        for rank, result in enumerate(retriever.search(item["question"], k, mode), start=1):
            in_document = Path(result.chunk.path).name == item["document"]
            if in_document and item["passage"] in " ".join(result.chunk.text.split()):
                ranks[item["id"]] = rank
                break
    return Quality(mode, ranks)
