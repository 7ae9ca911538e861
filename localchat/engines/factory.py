"""Open a model file with the engine that can run it."""

from __future__ import annotations

from pathlib import Path

from localchat.engines.base import Engine, LoadOptions
from localchat.engines.files import detect_format


def open_engine(path: Path, options: LoadOptions) -> Engine:
    """Load a model in an engine host process of its own (see DESIGN.md, Processes)."""
    from localchat.engines.host_client import HostedEngine

    detect_format(path)  # a plain error for a missing or foreign file, without a process
    return HostedEngine.open(path, options)


def open_engine_in_process(path: Path, options: LoadOptions) -> Engine:
    """Load a model in this process: GGUF files go to llama.cpp, GGML-era files to ctransformers.

    Only the engine host calls this; everything else goes through ``open_engine``.
    """
    if detect_format(path) == "gguf":
        from localchat.engines.llama_cpp_engine import LlamaCppEngine

        return LlamaCppEngine.load(path, options)
    from localchat.engines.ctransformers_engine import CTransformersEngine

    return CTransformersEngine.load(path, options)
