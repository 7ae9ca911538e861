"""Fitting a conversation into the context: short ones whole, long ones cut in blocks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.engines.base import ChatMessage, LoadOptions
from localchat.engines.llama_cpp_engine import LlamaCppEngine
from localchat.errors import UserFacingError
from localchat.tasks.chat import _TEMPLATE_OVERHEAD_TOKENS, fit_to_context

CONTEXT = 2048
RESERVE = 256
LONGEST_QUESTION = 40
LONGEST_ANSWER = 120
SYSTEM = ChatMessage("system", "You are a helpful assistant who answers in plain words.")


def words(text: str) -> int:
    return len(text.split())


def cost(message: ChatMessage) -> int:
    return words(message.content) + _TEMPLATE_OVERHEAD_TOKENS


BUDGET = CONTEXT - RESERVE - cost(SYSTEM)  # what the non-system messages may take


def message(role: str, length: int, turn: int) -> ChatMessage:
    return ChatMessage(role, f"{role}-{turn} " + "word " * (length - 1))  # type: ignore[arg-type]


def grow(turns: int, seed: int = 7) -> Iterator[list[ChatMessage]]:
    """The history as each question is asked (one list, grown in place)."""
    chance = random.Random(seed)
    history = [SYSTEM]
    for turn in range(turns):
        history.append(message("user", chance.randint(5, LONGEST_QUESTION), turn))
        yield history
        history.append(message("assistant", chance.randint(10, LONGEST_ANSWER), turn))


def conversation(turns: int) -> list[ChatMessage]:
    """The history when the last of ``turns`` questions is asked."""
    return [history[:] for history in grow(turns)][-1]


LONGEST_TURN = LONGEST_QUESTION + LONGEST_ANSWER + 2 * _TEMPLATE_OVERHEAD_TOKENS


def test_a_short_conversation_is_kept_whole() -> None:
    history = [
        SYSTEM,
        ChatMessage("user", "Name a fruit."),
        ChatMessage("assistant", "An apple."),
        ChatMessage("user", "What colour is it?"),
    ]
    assert fit_to_context(history, words, CONTEXT, RESERVE) == history
    no_system = history[1:]
    assert fit_to_context(no_system, words, CONTEXT, RESERVE) == no_system


def test_a_conversation_that_just_fits_is_kept_whole_one_token_more_is_cut() -> None:
    history = [SYSTEM, message("user", BUDGET - _TEMPLATE_OVERHEAD_TOKENS, 0)]
    assert fit_to_context(history, words, CONTEXT, RESERVE) == history
    history = [SYSTEM, message("assistant", 50, 0), message("user", BUDGET - 60, 1)]
    assert sum(cost(m) for m in history[1:]) > BUDGET
    assert fit_to_context(history, words, CONTEXT, RESERVE) == [SYSTEM, history[-1]]


def test_the_newest_message_is_kept_and_everything_kept_fits() -> None:
    dropped_some = False
    for history in grow(200):
        fitted = fit_to_context(history, words, CONTEXT, RESERVE)
        assert fitted[0] == SYSTEM
        assert fitted[-1] is history[-1]
        assert fitted[1:] == history[len(history) - len(fitted) + 1 :]  # a run of the newest
        assert sum(cost(m) for m in fitted[1:]) <= BUDGET
        if len(fitted) < len(history):
            dropped_some = True
            assert fitted[1].role == "user"  # never starts with an answer
            # never cut down below half the budget, less one turn
            assert sum(cost(m) for m in fitted[1:]) > BUDGET / 2 - LONGEST_TURN
    assert dropped_some


def test_the_kept_part_keeps_its_beginning_for_many_turns() -> None:
    """The oldest kept message moves only once per about half a budget of new text."""
    first_kept: list[int] = []
    added: list[int] = []  # tokens in the history at each turn
    for history in grow(300):
        fitted = fit_to_context(history, words, CONTEXT, RESERVE)
        first_kept.append(len(history) - len(fitted))
        added.append(sum(cost(m) for m in history[1:]))
    overflowing = [turn for turn, first in enumerate(first_kept) if first > 0]
    moves = [
        turn
        for turn in range(overflowing[0] + 1, len(first_kept))
        if first_kept[turn] != first_kept[turn - 1]
    ]
    for before, after in zip([overflowing[0], *moves], moves, strict=False):
        assert added[after] - added[before] >= BUDGET / 2 - LONGEST_TURN
    unchanged = len(overflowing) - 1 - len(moves)
    assert unchanged >= 0.8 * (len(overflowing) - 1)  # most turns reuse the same prefix
    assert len(moves) >= 10  # and the conversation did go on past many cuts


def test_the_same_history_always_gives_the_same_cut() -> None:
    """Stateless: the cut depends only on the history, whatever was asked before."""
    history = conversation(120)
    fitted = fit_to_context(history, words, CONTEXT, RESERVE)
    again = fit_to_context(list(history), words, CONTEXT, RESERVE)
    assert fitted == again and len(fitted) < len(history)


def test_a_newest_message_too_long_for_the_context_is_refused() -> None:
    history = [SYSTEM, ChatMessage("user", "Hi."), message("user", BUDGET, 1)]
    with pytest.raises(UserFacingError) as caught:
        fit_to_context(history, words, CONTEXT, RESERVE)
    assert "too long" in caught.value.message
    assert caught.value.action


def test_a_newest_message_over_half_the_budget_still_fits() -> None:
    history = conversation(60)
    history.append(message("assistant", 40, 60))
    history.append(message("user", BUDGET - 100, 61))
    fitted = fit_to_context(history, words, CONTEXT, RESERVE)
    assert fitted[-1] is history[-1]
    assert sum(cost(m) for m in fitted[1:]) <= BUDGET


@pytest.fixture(scope="module")
def smol(default_model_path: Path) -> Iterator[LlamaCppEngine]:
    """The real default model, n_ctx 1024; only its tokenizer and chat template run."""
    engine = LlamaCppEngine.load(default_model_path, LoadOptions(context_length=1024, threads=1))
    yield engine
    engine.close()


@pytest.mark.slow
def test_a_long_conversation_keeps_the_rendered_prompt_prefix(smol: LlamaCppEngine) -> None:
    """Real tokenizer and template: most turns' prompts start with the previous prompt."""
    history = [ChatMessage("system", "You are a helpful assistant.")]
    prompts: list[str] = []
    kept: list[int] = []
    for turn in range(60):
        history.append(ChatMessage("user", f"Question {turn}: tell me about rivers, please."))
        fitted = fit_to_context(history, smol.count_tokens, smol.context_length, 128)
        prompts.append(smol.render_chat(fitted))
        kept.append(len(fitted))
        history.append(ChatMessage("assistant", f"Answer {turn}: " + "rivers flow " * 10))
    assert smol.count_tokens(prompts[-1]) < smol.context_length - 128
    overflowing = [turn for turn, count in enumerate(kept) if count < 2 * turn + 2]
    assert len(overflowing) > 20
    # the prompt so far, less the generation prompt, is where llama.cpp's cache ends
    extended = [
        turn
        for turn in overflowing
        if prompts[turn].startswith(prompts[turn - 1][: prompts[turn - 1].rindex("<|im_start|>")])
    ]
    assert len(extended) >= 0.8 * len(overflowing)


@pytest.mark.slow
def test_each_message_is_tokenized_once_per_loaded_model(
    smol: LlamaCppEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long conversation is not tokenized again in full before every answer."""
    tokenized: list[str] = []
    real_tokenize = smol._llm.tokenize

    def counting(text: bytes, *args: object, **kwargs: object) -> list[int]:
        tokenized.append(text.decode("utf-8"))
        return real_tokenize(text, *args, **kwargs)

    monkeypatch.setattr(smol._llm, "tokenize", counting)
    history = [SYSTEM] + [
        ChatMessage("user" if turn % 2 == 0 else "assistant", f"Message {turn} about rivers.")
        for turn in range(300)
    ]
    first = fit_to_context(history, smol.count_tokens, 1024, 128)
    assert len(tokenized) == len(history)
    history.append(ChatMessage("user", "And one more question?"))
    second = fit_to_context(history, smol.count_tokens, 1024, 128)
    assert tokenized[len(history) - 1 :] == ["And one more question?"]
    assert second == fit_to_context(history, smol._count_tokens, 1024, 128)
    assert second[-1].content == "And one more question?" and len(first) > 1
