"""Per-conversation model states on the real model: restored, refused, removed when damaged."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.llama_cpp_engine import STATE_TOKENS, LlamaCppEngine
from localchat.engines.state_cache import (
    SavedState,
    read_state,
    state_file,
    trim_folder,
    write_state,
)

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0.0, max_tokens=24)
SYSTEM = "You are a helpful assistant who answers in one or two sentences."
HISTORY = [
    ChatMessage("system", SYSTEM),
    ChatMessage("user", "Tell me about the harbour of Port Ellis, founded in 1762. " * 6),
]


def _load(path: Path, folder: Path) -> LlamaCppEngine:
    return LlamaCppEngine.load(
        path, LoadOptions(context_length=1024, threads=1, state_dir=str(folder))
    )


def _answer(
    engine: LlamaCppEngine, conversation: int | None, messages: list[ChatMessage]
) -> tuple[str, GenerationStats]:
    stats = GenerationStats()
    if conversation is None:
        pieces = engine.stream_chat(messages, GREEDY, threading.Event(), stats)
    else:
        pieces = engine.stream_conversation(
            conversation, messages, GREEDY, threading.Event(), stats
        )
    return "".join(pieces), stats


def _second_turn(first_answer: str) -> list[ChatMessage]:
    return [
        *HISTORY,
        ChatMessage("assistant", first_answer),
        ChatMessage("user", "And what happened in 1821?"),
    ]


def test_restored_state_continues_as_the_live_model_does(
    default_model_path: Path, tmp_path: Path
) -> None:
    """A new engine restoring the file answers the next turn token for token as the one that
    kept the conversation in its context, and as one that reads the history again."""
    first = _load(default_model_path, tmp_path)
    try:
        answer, _ = _answer(first, 7, HISTORY)
        live, live_stats = _answer(first, 7, _second_turn(answer))
    finally:
        first.close()
    assert STATE_TOKENS not in live_stats.extra  # the context held it already
    assert state_file(tmp_path, 7).exists()
    # Keep the file of the first turn only, as a new process would find it after turn 1.
    fresh = _load(default_model_path, tmp_path / "none")
    try:
        answer_again, _ = _answer(fresh, None, HISTORY)
        reread, reread_stats = _answer(fresh, None, _second_turn(answer))
    finally:
        fresh.close()
    assert answer_again == answer
    second = _load(default_model_path, tmp_path)
    try:
        restored, stats = _answer(second, 7, _second_turn(answer))
    finally:
        second.close()
    assert stats.extra[STATE_TOKENS] > len(HISTORY[1].content) // 8
    assert restored == live
    assert restored == reread
    assert stats.prompt_tokens == reread_stats.prompt_tokens


def test_state_of_another_system_prompt_is_not_used(
    default_model_path: Path, tmp_path: Path
) -> None:
    engine = _load(default_model_path, tmp_path)
    try:
        _answer(engine, 3, HISTORY)
        _answer(engine, 4, [ChatMessage("user", "Something else entirely, please. " * 8)])
        other = [ChatMessage("system", "You answer like a pirate."), *HISTORY[1:]]
        _text, stats = _answer(engine, 3, other)
    finally:
        engine.close()
    assert STATE_TOKENS not in stats.extra


def test_state_of_another_model_is_not_used(
    default_model_path: Path, gemma_model_path: Path, tmp_path: Path
) -> None:
    smol = _load(default_model_path, tmp_path)
    try:
        _answer(smol, 5, HISTORY)
    finally:
        smol.close()
    saved = state_file(tmp_path, 5).read_bytes()
    gemma = _load(gemma_model_path, tmp_path)
    try:
        _text, stats = _answer(gemma, 5, HISTORY)
    finally:
        gemma.close()
    assert STATE_TOKENS not in stats.extra
    assert state_file(tmp_path, 5).read_bytes() != saved  # now Gemma's own state


def test_damaged_state_file_is_ignored_and_removed(
    default_model_path: Path, tmp_path: Path
) -> None:
    engine = _load(default_model_path, tmp_path)
    try:
        _answer(engine, 9, HISTORY)
        fingerprint = engine._states.fingerprint
    finally:
        engine.close()  # waits for the file
    path = state_file(tmp_path, 9)
    good = path.read_bytes()
    for damaged in (good[: len(good) // 2], good[:-10] + b"0123456789", b"not a state"):
        path.write_bytes(damaged)
        assert read_state(path, fingerprint) is None
        assert not path.exists()
    path.write_bytes(good[:-1000])
    engine = _load(default_model_path, tmp_path)
    try:
        text, stats = _answer(engine, 9, _second_turn("The harbour was founded in 1762."))
    finally:
        engine.close()
    assert text and STATE_TOKENS not in stats.extra
    assert read_state(path, fingerprint) is not None  # replaced by this answer's state


def test_state_file_round_trip_and_folder_bound(tmp_path: Path) -> None:
    state = SavedState("f" * 32, tuple(range(100)), 80, bytes(range(256)) * 40)
    for number in range(4):
        write_state(state_file(tmp_path, number), replace(state, prompt_tokens=80 - number))
    assert read_state(state_file(tmp_path, 2), "f" * 32) == replace(state, prompt_tokens=78)
    assert read_state(state_file(tmp_path, 2), "another model") is None
    size = state_file(tmp_path, 0).stat().st_size
    trim_folder(tmp_path, limit=2 * size)
    assert len(list(tmp_path.glob("*.state"))) == 2


def test_reusable_tokens_needs_the_whole_earlier_prompt() -> None:
    state = SavedState("f", (1, 2, 3, 4, 5, 6), 4, b"x")
    assert state.reusable_tokens([1, 2, 3, 4, 5, 9, 9]) == 5
    assert state.reusable_tokens([1, 2, 3, 4]) == 4
    assert state.reusable_tokens([1, 2, 3, 8, 5, 6]) == 0  # an edited question
    assert state.reusable_tokens([1, 2, 3]) == 0


def test_a_new_engine_host_restores_the_conversation_from_its_file(
    default_model_path: Path, tmp_path: Path
) -> None:
    """What ``localchat chat --conversation ID`` in a new process gets: the kept state."""
    from localchat.engines.factory import open_engine

    options = LoadOptions(context_length=1024, threads=1, state_dir=str(tmp_path))
    first = open_engine(default_model_path, options)
    try:
        answer, _ = _answer(first, 11, HISTORY)  # type: ignore[arg-type]
    finally:
        first.close()
    second = open_engine(default_model_path, options)
    try:
        _text, stats = _answer(second, 11, _second_turn(answer))  # type: ignore[arg-type]
    finally:
        second.close()
    assert stats.extra[STATE_TOKENS] > 50
