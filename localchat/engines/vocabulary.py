"""A model's vocabulary without its weights, for counting tokens in the app's own process."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from localchat.errors import UserFacingError
from localchat.i18n import translate

logger = logging.getLogger(__name__)

# llama-cpp-python prints llama.cpp's messages to stderr when this logger's level lets them
# through (its Llama class sets the level from ``verbose``).
_BINDINGS_LOGGER = "llama-cpp-python"


class Vocabulary:
    """llama.cpp's tokenizer of one GGUF file, loaded with ``vocab_only`` (a few MB, ~0.1 s).

    Fitting a conversation to the context counts every message; asking the engine host
    for each count would cross the pipe per message. llama-cpp-python's ``Llama`` cannot
    load a vocabulary alone (it always builds a context), so this uses its public C API:
    ``llama_model_load_from_file`` with ``vocab_only``, ``llama_tokenize``, ``llama_model_free``.
    """

    def __init__(self, model: Any, vocab: Any) -> None:
        self._model = model  # a llama_model pointer with no weights
        self._vocab = vocab

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        """Read the vocabulary of a GGUF file that an engine host has already loaded."""
        import llama_cpp

        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        # Quiet: the file's header and llama.cpp's doubts about its tokens, already shown
        # by the engine host, would otherwise reach the terminal of the app or the CLI.
        bindings_log = logging.getLogger(_BINDINGS_LOGGER)
        level = bindings_log.level
        bindings_log.setLevel(logging.CRITICAL)
        try:
            model = llama_cpp.llama_model_load_from_file(str(path).encode("utf-8"), params)
        finally:
            bindings_log.setLevel(level)
        vocab = llama_cpp.llama_model_get_vocab(model) if model else None
        if not vocab:
            if model:
                llama_cpp.llama_model_free(model)
            raise UserFacingError(
                translate("EngineErrors", "LocalChat cannot read the vocabulary of {name}.").format(
                    name=path.name
                ),
                translate("EngineErrors", "Download the model again."),
            )
        return cls(model, vocab)

    def count(self, text: str) -> int:
        """Tokens the text takes, counted as the engine counts them."""
        import llama_cpp

        data = text.encode("utf-8")
        capacity = len(data) + 2  # rarely more tokens than bytes (a leading space, a BOS)
        while True:
            tokens = (llama_cpp.llama_token * capacity)()
            count = llama_cpp.llama_tokenize(
                self._vocab, data, len(data), tokens, capacity, False, True
            )
            if count >= 0:
                return int(count)
            capacity = -count  # too small a buffer: llama.cpp says how many it needs

    def close(self) -> None:
        """Free the vocabulary."""
        if self._model is not None:
            import llama_cpp

            llama_cpp.llama_model_free(self._model)
            self._model = self._vocab = None
