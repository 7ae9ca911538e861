"""A model's vocabulary without its weights, for counting tokens in the app's own process."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from localchat.errors import UserFacingError

logger = logging.getLogger(__name__)


class Vocabulary:
    """llama.cpp's tokenizer of one GGUF file, loaded with ``vocab_only`` (a few MB, ~0.1 s).

    Fitting a conversation to the context counts every message; asking the engine host
    for each count would cross the pipe per message.
    """

    def __init__(self, model: Any) -> None:
        self._model = model  # llama_cpp._internals.LlamaModel: no context, no weights

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        """Read the vocabulary of a GGUF file that an engine host has already loaded."""
        import llama_cpp
        from llama_cpp._internals import LlamaModel

        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        try:
            model = LlamaModel(path_model=str(path), params=params, verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise UserFacingError(
                f"LocalChat cannot read the vocabulary of {path.name}.",
                "Download the model again.",
            ) from exc
        return cls(model)

    def count(self, text: str) -> int:
        """Tokens the text takes, counted as the engine counts them."""
        return len(self._model.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def close(self) -> None:
        """Free the vocabulary."""
        self._model.close()
