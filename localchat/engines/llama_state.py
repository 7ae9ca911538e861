"""A llama.cpp context's state for one conversation: taken after an answer, put back later.

The sequence-state API copies only the attention cache of the tokens used (about 23 KB a
token for SmolLM2 135M), not the whole context nor any logits; see state_cache.py for
where the states are kept and when one may be used.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
from pathlib import Path
from typing import Any

from localchat.engines.state_cache import MIN_TOKENS, SavedState, StateCache

logger = logging.getLogger(__name__)

SEQUENCE = 0  # llama-cpp-python keeps its one conversation in sequence 0
MIN_GAIN = 16  # a saved state is put back only when it spares more tokens than this


def fingerprint(path: Path, n_ctx: int, flash_attn: bool) -> str:
    """What a state is only valid for: this file (name, size, date), engine and settings."""
    import llama_cpp

    stat = path.stat()
    parts = (
        llama_cpp.__version__,
        path.name,
        stat.st_size,
        stat.st_mtime_ns,
        n_ctx,
        flash_attn,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def capture(llm: Any, prompt_tokens: int, fingerprint: str) -> SavedState | None:
    """The context's state now (None when too short to be worth keeping)."""
    import llama_cpp

    held = int(llm.n_tokens)
    if held < MIN_TOKENS or prompt_tokens <= 0:
        return None
    size = int(llama_cpp.llama_state_seq_get_size(llm.ctx, SEQUENCE))
    buffer = (ctypes.c_uint8 * size)()
    written = int(llama_cpp.llama_state_seq_get_data(llm.ctx, buffer, size, SEQUENCE))
    if written <= 0:
        return None
    tokens = tuple(int(token) for token in llm.input_ids[:held])
    return SavedState(
        fingerprint, tokens, min(prompt_tokens, held), ctypes.string_at(buffer, written)
    )


def restore(llm: Any, state: SavedState) -> bool:
    """Put a saved state in the context; False (and an empty context) if llama.cpp refuses it."""
    import llama_cpp

    llm._ctx.kv_cache_clear()
    buffer = (ctypes.c_uint8 * len(state.data)).from_buffer_copy(state.data)
    read = int(llama_cpp.llama_state_seq_set_data(llm.ctx, buffer, len(state.data), SEQUENCE))
    if read <= 0:
        logger.warning("llama.cpp refused a saved conversation state; reading it again")
        llm._ctx.kv_cache_clear()
        llm.n_tokens = 0
        return False
    held = len(state.tokens)
    llm.input_ids[:held] = state.tokens
    llm.n_tokens = held
    llm._requires_eval = True  # the logits were not saved: the next prompt decodes one token
    return True


def held_prefix(llm: Any, tokens: list[int]) -> int:
    """How many of ``tokens`` the context holds already (llama-cpp-python reuses them)."""
    held = llm.input_ids[: llm.n_tokens]
    same = 0
    for mine, theirs in zip(held, tokens, strict=False):
        if mine != theirs:
            break
        same += 1
    return same


def restore_conversation(
    llm: Any, states: StateCache, conversation_id: int, tokens: list[int]
) -> int:
    """Put back a conversation's saved state when it spares reading its history.

    Returns how many of the prompt's tokens the restored state holds (0: nothing done).
    """
    state = states.get(conversation_id)
    if state is None:
        return 0
    usable = state.reusable_tokens(tokens)
    if usable > held_prefix(llm, tokens) + MIN_GAIN and restore(llm, state):
        logger.info("Restored conversation %d: %d tokens not read again", conversation_id, usable)
        return usable
    return 0


def keep_conversation(
    llm: Any, states: StateCache, conversation_id: int, prompt_tokens: int
) -> None:
    """Keep the context's state as the conversation's (after its answer)."""
    state = capture(llm, prompt_tokens, states.fingerprint)
    if state is not None:
        states.put(conversation_id, state)
