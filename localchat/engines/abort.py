"""A flag that stops llama.cpp in the middle of a computation (its abort callback)."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from typing import Any

logger = logging.getLogger(__name__)


def _c_strlen() -> Any:
    """The C library's strlen, or None where it cannot be found."""
    try:
        if sys.platform == "win32":
            return ctypes.cdll.msvcrt.strlen
        return ctypes.CDLL(None).strlen
    except (OSError, AttributeError):
        return None


class AbortFlag:
    """Set from any thread; llama.cpp reads it between the steps of each computation.

    llama.cpp calls the abort callback once per graph node (hundreds per token). A Python
    callback would take the GIL each time; here the callback is the C library's ``strlen``
    on a two-byte buffer ``[flag, 0]``: it returns 1 (abort) when the flag byte is set and
    0 otherwise, without entering Python. Where strlen is not found, a Python callback
    does the same, more slowly.
    """

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(2)  # [flag, NUL]
        self._callback: Any = None  # kept alive as long as llama.cpp may call it

    def attach(self, llm: Any) -> None:
        """Install the flag as the abort callback of a loaded ``llama_cpp.Llama``."""
        import llama_cpp

        strlen = _c_strlen()
        if strlen is not None:
            address = ctypes.cast(strlen, ctypes.c_void_p).value
            self._callback = llama_cpp.ggml_abort_callback(address)
        else:  # pragma: no cover - every supported platform has a C library
            self._callback = llama_cpp.ggml_abort_callback(lambda _data: self.is_set())
        data = ctypes.cast(self._buffer, ctypes.c_void_p)
        llama_cpp.llama_set_abort_callback(llm.ctx, self._callback, data)

    def set(self) -> None:
        """Ask the computation under way to stop."""
        self._buffer[0] = b"\x01"

    def clear(self) -> None:
        """Let computations run."""
        self._buffer[0] = b"\x00"

    def is_set(self) -> bool:
        """Whether a stop was asked and not cleared."""
        return self._buffer[0] != b"\x00"
