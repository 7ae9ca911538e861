"""Open a model file with the engine that can run it."""

from __future__ import annotations

from pathlib import Path

from localchat.engines.base import Engine, LoadOptions
from localchat.engines.files import detect_format


def open_engine(path: Path, options: LoadOptions) -> Engine:
    """GGUF files go to llama.cpp; GGML-era files to ctransformers."""
    if detect_format(path) == "gguf":
        from localchat.engines.llama_cpp_engine import LlamaCppEngine

        return LlamaCppEngine.load(path, options)
    from localchat.engines.ctransformers_engine import CTransformersEngine

    return CTransformersEngine.load(path, options)
