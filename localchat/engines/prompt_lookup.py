"""Speculative decoding by prompt lookup: guess the next tokens from the text so far.

Summaries and translations copy names, numbers and phrases from their input. When the
last few tokens generated also occur earlier (in the prompt, or in what was generated
before an edit), the tokens that followed them there are a cheap guess of what comes next.
The model checks the guess in one batch, computing logits for the guessed positions only
(the prompt is read as usual, with one row of logits), and each position is sampled exactly
as without a guess: a guessed token is kept only when it is the token the sampler picks, so
greedy output is the same token for token and sampled output has the same distribution.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_NGRAM = 3  # the longest tail looked up; shorter ones are tried when it is not found
MIN_NGRAM = 2  # a single token repeats too often to guess well from
# Guesses checked at once. llama.cpp's CPU kernels for some quantizations (Q4_K) compute
# a batch of 4 or more tokens in another order than one token, which can change a greedy
# pick; up to 3 tokens a batch is computed as single tokens are, so greedy output stays the
# same token for token (tests/engines/test_prompt_lookup.py).
MAX_DRAFT = 2
SEPARATOR = -1  # between earlier tokens and this request's: never a token id
SMOOTHING = 0.2  # weight of the newest measurement in the running averages


@dataclass
class LookupCounts:
    """How the guesses went: tokens guessed, tokens kept, batches checked."""

    drafted: int = 0
    accepted: int = 0
    batches: int = 0


class DraftBudget:
    """How many guesses to check per step: the count that makes the most tokens per second.

    Checking k guesses costs one decode of k + 1 tokens; it pays only when the model reads
    a few tokens at once for little more than one (large models, graphics cards). Small
    models on a processor are compute-bound (SmolLM2 135M: each extra token costs ~0.7 of
    a single decode, bench/RESULTS.md section 17), so there it settles on 0 guesses, i.e.
    plain decoding. The share of guesses that would be right is measured whether or not
    they are checked, so a change in the text is noticed.
    """

    def __init__(self, forced: int | None = None) -> None:
        self.forced = forced  # benchmarks: always check this many guesses
        self.single: float | None = None  # seconds of a one-token decode
        self.extra: float | None = None  # seconds each further token adds to a decode
        self.hit_rate = 0.5  # chance that a guess is right, given the one before it was

    def size(self, available: int) -> int:
        """Guesses to check now, out of ``available``."""
        available = min(available, MAX_DRAFT)
        if self.forced is not None:
            return min(available, self.forced)
        if self.single is None or available == 0:
            return 0
        if self.extra is None:
            return 1  # one probe to learn what a further token costs
        best, best_rate = 0, 1.0 / self.single
        for k in range(1, available + 1):
            expected = 1 + sum(self.hit_rate**i for i in range(1, k + 1))
            rate = expected / (self.single + self.extra * k)
            if rate > best_rate:
                best, best_rate = k, rate
        return best

    def timed(self, batch: int, seconds: float) -> None:
        """A decode of ``batch`` tokens took ``seconds``."""
        if batch == 1:
            self.single = _average(self.single, seconds)
        elif self.single is not None:
            self.extra = _average(self.extra, max(0.0, seconds - self.single) / (batch - 1))

    def guessed(self, right: int, compared: int) -> None:
        """Guesses were compared with the real tokens up to the first wrong one."""
        if compared:
            self.hit_rate = _average(self.hit_rate, right / compared)


def _average(old: float | None, new: float) -> float:
    return new if old is None else old + SMOOTHING * (new - old)


def draft_tokens(history: np.ndarray, limit: int = MAX_DRAFT) -> list[int]:
    """The tokens that followed the most recent earlier occurrence of the history's tail."""
    length = len(history)
    for size in range(min(MAX_NGRAM, length - 1), MIN_NGRAM - 1, -1):
        tail = history[-size:]
        windows = np.lib.stride_tricks.sliding_window_view(history[:-1], size)
        hits = np.nonzero(np.all(windows == tail, axis=1))[0]
        for start in hits[::-1]:  # the most recent occurrence first
            follow = history[start + size : start + size + limit]
            follow = follow[: np.argmax(follow == SEPARATOR)] if SEPARATOR in follow else follow
            if len(follow):
                return [int(token) for token in follow]
    return []


def _decode_with_logits(llm: Any, batch: Sequence[int]) -> None:
    """Compute ``batch`` after the tokens held, with logits for every one of its positions."""
    n_past = llm.n_tokens
    llm._ctx.kv_cache_seq_rm(-1, n_past, -1)
    llm._batch.set_batch(batch=list(batch), n_past=n_past, logits_all=True)
    llm._ctx.decode(llm._batch)
    llm.input_ids[n_past : n_past + len(batch)] = batch
    llm.n_tokens = n_past + len(batch)
    llm._requires_eval = False


class _Shadow:
    """Compares the guesses of a step with the tokens that really came (checked or not)."""

    def __init__(self, budget: DraftBudget) -> None:
        self._budget = budget
        self._guesses: list[int] = []
        self._right = 0
        self._seen = 0

    def start(self, guesses: list[int]) -> None:
        if self._seen:
            self._budget.guessed(self._right, self._seen)
        self._guesses, self._right, self._seen = guesses, 0, 0

    def see(self, token: int) -> None:
        if self._seen < len(self._guesses) and self._seen == self._right:
            self._right += token == self._guesses[self._seen]
            self._seen += 1


def lookup_generate(
    llm: Any,
    tokens: Sequence[int],
    arguments: dict[str, Any],
    earlier: np.ndarray | None = None,
    counts: LookupCounts | None = None,
    budget: DraftBudget | None = None,
) -> Iterator[int]:
    """Tokens as ``llm.generate(tokens, **arguments)`` yields them, guessed and checked.

    ``earlier``: tokens the model held before this request (a previous answer), also looked
    up. ``budget`` (kept by the engine across requests) decides how many guesses are
    worth checking. The caller stops iterating at an end token or its budget, as with
    ``generate``.
    """
    counts = counts if counts is not None else LookupCounts()
    budget = budget if budget is not None else DraftBudget()
    shadow = _Shadow(budget)
    first = llm.generate(tokens, **arguments)  # reuses the cached prefix, reads the prompt
    try:
        token = next(first)
    finally:
        first.close()
    before = np.append(earlier, SEPARATOR) if earlier is not None and len(earlier) else None
    while True:
        yield token
        history = np.append(llm.input_ids[: llm.n_tokens], token)
        corpus = history if before is None else np.concatenate((before, history))
        guesses = draft_tokens(corpus)
        shadow.start(guesses)
        room = max(0, llm.n_ctx() - llm.n_tokens - 2)
        batch = [token, *guesses[: min(room, budget.size(len(guesses)))]]
        base = llm.n_tokens
        started = time.perf_counter()
        _decode_with_logits(llm, batch)
        budget.timed(len(batch), time.perf_counter() - started)
        counts.batches += 1
        counts.drafted += len(batch) - 1
        for j in range(len(batch)):
            token = llm.sample(idx=base + j)
            shadow.see(token)
            if j + 1 < len(batch) and token == batch[j + 1]:
                counts.accepted += 1
                yield token
                continue
            # The guesses after this position are wrong: forget what was computed for them.
            llm.n_tokens = base + j + 1
            llm._ctx.kv_cache_seq_rm(-1, llm.n_tokens, -1)
            break
