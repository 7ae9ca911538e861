"""Fixtures for the bad-input tests: the real default model with a small context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.engines.base import LoadOptions
from localchat.engines.llama_cpp_engine import LlamaCppEngine


@pytest.fixture(scope="session")
def smol512(default_model_path: Path) -> Iterator[LlamaCppEngine]:
    """The real default model loaded with a 512-token context, on one thread."""
    engine = LlamaCppEngine.load(default_model_path, LoadOptions(context_length=512, threads=1))
    yield engine
    engine.close()
