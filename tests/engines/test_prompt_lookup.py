"""Prompt lookup on the real models: the same greedy text as plain decoding, token for token."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from localchat.documents import read_pasted_text
from localchat.engines.base import GenerationStats, LoadOptions, SamplingParams
from localchat.engines.llama_cpp_engine import LOOKUP_ACCEPTED, LlamaCppEngine
from localchat.engines.prompt_lookup import DraftBudget, draft_tokens
from localchat.tasks.job_support import JobContext
from localchat.tasks.summarize import SummaryJob, SummaryOptions
from localchat.tasks.translate import TranslateJob, TranslateOptions

DATA = Path(__file__).resolve().parents[1] / "tasks" / "data" / "harbour_history.md"
GREEDY = SamplingParams(temperature=0.0, max_tokens=2048)


def _plain_and_guessed(engine: LlamaCppEngine, run: object) -> tuple[str, str]:
    """The run's text without prompt lookup, then with guesses checked at every step."""
    texts = []
    for lookup in (False, True):
        engine._llm.reset()  # each run reads its prompts from scratch
        engine.draft_budget = DraftBudget(forced=2)
        texts.append(run(JobContext(engine=engine, params=GREEDY, prompt_lookup=lookup)))  # type: ignore[operator]
    return texts[0], texts[1]


@pytest.mark.slow
@pytest.mark.parametrize("model", ["default_model_path", "gemma_model_path"])
def test_translate_and_summarize_are_identical_with_prompt_lookup(
    model: str, request: pytest.FixtureRequest
) -> None:
    path = request.getfixturevalue(model)
    document = read_pasted_text("\n\n".join(DATA.read_text(encoding="utf-8").split("\n\n")[:5]))
    engine = LlamaCppEngine.load(path, LoadOptions(context_length=2048, threads=1))
    try:
        plain, guessed = _plain_and_guessed(
            engine, lambda c: TranslateJob(c, document, TranslateOptions("en", "fr")).run().text
        )
        assert plain and guessed == plain
        plain, guessed = _plain_and_guessed(
            engine, lambda c: SummaryJob(c, document, SummaryOptions(length="short")).run().text
        )
        assert plain and guessed == plain
    finally:
        engine.close()


@pytest.mark.slow
def test_copying_accepts_guesses(default_model_path: Path) -> None:
    text = DATA.read_text(encoding="utf-8")[:900]
    prompt = f"Text:\n{text}\n\nThe same text again:\n{text[:200]}"
    engine = LlamaCppEngine.load(default_model_path, LoadOptions(context_length=2048, threads=1))
    try:
        engine.draft_budget = DraftBudget(forced=2)
        stats = GenerationStats()
        params = SamplingParams(temperature=0.0, max_tokens=60, prompt_lookup=True)
        "".join(engine.stream_prompt(prompt, params, threading.Event(), stats))
    finally:
        engine.close()
    assert stats.extra[LOOKUP_ACCEPTED] > 20


def test_draft_is_what_followed_the_latest_occurrence() -> None:
    history = np.array([5, 1, 2, 3, 9, 1, 2, 3, 7, 8, 4, 1, 2, 3])
    assert draft_tokens(history, limit=2) == [7, 8]
    assert draft_tokens(np.array([1, 2, 3, 4])) == []
    separated = np.array([1, 2, 3, -1, 1, 2])
    assert draft_tokens(separated, limit=2) == [3]  # never across the separator


def test_budget_checks_guesses_only_where_they_pay() -> None:
    slow_batches = DraftBudget()
    slow_batches.timed(1, 0.020)
    slow_batches.timed(3, 0.060)  # each further token costs as much as one alone
    slow_batches.hit_rate = 0.9
    assert slow_batches.size(2) == 0
    cheap_batches = DraftBudget()
    cheap_batches.timed(1, 0.020)
    cheap_batches.timed(3, 0.022)  # memory-bound: a few tokens cost about one
    cheap_batches.hit_rate = 0.6
    assert cheap_batches.size(2) == 2
