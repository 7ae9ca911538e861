"""First-token time at turns 1, 5, 10, 20 of a growing conversation (prefix reuse).

Run: python bench/chat_turns.py [--model PATH] [--turns 20] [--repeats 5] [--threads 1]
                                [--overflow-context 1024] [--overflow-turns N] [--overflow-only]

Kept instance (as the app does): one engine, warmed up first; the same 20-turn conversation
is played --repeats times (each from an empty conversation), every turn's prompt fitted with
tasks/chat.fit_to_context as stream_answer does; medians per turn, and the median of the
per-repeat ratio turn 10 / turn 1 (goal <= 1.5).
Then once with a fresh instance every turn (no reuse: the whole conversation is read again),
and once with a small context (--overflow-context) to show what happens when the
conversation outgrows it: fit_to_context drops the oldest turns in blocks, so the prompt's
prefix changes only when a block is dropped (then llama.cpp reads the kept part again) and
stays the same in between; its questions are numbered (see play). --overflow-only runs just
that part (--overflow-turns turns, default --turns).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine  # noqa: E402

from localchat.bundled import default_model_file  # noqa: E402
from localchat.engines.base import (  # noqa: E402
    ChatMessage,
    Engine,
    GenerationStats,
    LoadOptions,
    SamplingParams,
)
from localchat.engines.factory import open_engine  # noqa: E402
from localchat.tasks.chat import fit_to_context  # noqa: E402

QUESTIONS = [
    "Name a fruit.",
    "What colour is it?",
    "Where does it grow?",
    "Is it sweet?",
    "Give me a recipe with it.",
]
MAX_TOKENS = 40


def play(
    engine: Engine | None,
    turns: int,
    reuse_engine: bool = True,
    reopen: Callable[[], Engine] | None = None,
    session: int = 0,
    numbered: bool = False,
) -> list[tuple[int, int, float]]:
    """One conversation; per turn (prompt tokens, messages kept, first-token seconds).

    The system prompt starts with the session number, so turn 1 of every conversation reads
    its whole prompt (as a new conversation after another one does in the app). ``numbered``
    puts the turn number before each question, so that no two turns are the same text:
    otherwise the conversation repeats every len(QUESTIONS) turns, and a prompt cut at a
    multiple of that can match the previous prompt's beginning by chance.
    """
    params = SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS)
    system = f"Session {session}. You are a helpful assistant."
    history: list[ChatMessage] = [ChatMessage("system", system)]
    out = []
    for turn in range(1, turns + 1):
        question = QUESTIONS[(turn - 1) % len(QUESTIONS)]
        history.append(ChatMessage("user", f"{turn}. {question}" if numbered else question))
        if not reuse_engine:
            if engine is not None:
                engine.close()
            engine = reopen()
        fitted = fit_to_context(
            history, engine.count_tokens, engine.context_length, min(MAX_TOKENS, 1024)
        )
        stats = GenerationStats()
        answer = "".join(engine.stream_chat(fitted, params, threading.Event(), stats))
        history.append(ChatMessage("assistant", answer.strip()))
        out.append((stats.prompt_tokens, len(fitted), stats.first_token_seconds or 0.0))
    if not reuse_engine:
        engine.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=default_model_file())
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--context", type=int, default=4096)
    parser.add_argument("--overflow-context", type=int, default=1024)
    parser.add_argument("--overflow-turns", type=int, default=None)
    parser.add_argument("--overflow-only", action="store_true")
    args = parser.parse_args()
    print(machine())
    print(f"model {args.model.name}, threads {args.threads}, answers of <= {MAX_TOKENS} tokens")
    marks = [t for t in (1, 5, 10, 20) if t <= args.turns]

    def options(n_ctx: int) -> LoadOptions:
        return LoadOptions(context_length=n_ctx, threads=args.threads)

    warm = SamplingParams(temperature=0.0, max_tokens=8)
    if not args.overflow_only:
        kept_and_fresh(args, options, marks, warm)
    overflow_table(args, options, warm)


def kept_and_fresh(
    args: argparse.Namespace,
    options: Callable[[int], LoadOptions],
    marks: list[int],
    warm: SamplingParams,
) -> None:
    """Sections one and two: the kept instance (medians) and a fresh instance every turn."""
    engine = open_engine(args.model, options(args.context))
    "".join(
        engine.stream_chat([ChatMessage("user", "Hello there, warm up.")], warm, threading.Event())
    )
    runs = [play(engine, args.turns, session=r + 1) for r in range(args.repeats)]
    engine.close()
    prompt_tokens = [r[0] for r in runs[0]]
    firsts = {t: [run[t - 1][2] for run in runs] for t in range(1, args.turns + 1)}
    print(f"\n== kept instance (prefix reused), n_ctx {args.context}, median of {args.repeats}")
    print("| turn | prompt tokens | first token, median | min..max |")
    print("|---|---|---|---|")
    for t in marks:
        values = firsts[t]
        print(
            f"| {t} | {prompt_tokens[t - 1]} | {statistics.median(values) * 1000:.0f} ms | "
            f"{min(values) * 1000:.0f}..{max(values) * 1000:.0f} ms |"
        )
    if 10 in firsts:
        ratio = statistics.median(run[9][2] / run[0][2] for run in runs)
        print(
            f"turn 10 / turn 1 (median of per-repeat ratios) = {ratio:.2f} "
            f"(goal <= 1.5: {'met' if ratio <= 1.5 else 'MISSED'})"
        )

    fresh = play(
        None,
        args.turns,
        reuse_engine=False,
        reopen=lambda: open_engine(args.model, options(args.context)),
    )
    print("\n== fresh instance every turn (whole prompt read each time), one pass")
    print(" | ".join(f"turn {t}: {fresh[t - 1][2] * 1000:.0f} ms" for t in marks))


def overflow_table(
    args: argparse.Namespace, options: Callable[[int], LoadOptions], warm: SamplingParams
) -> None:
    """Every turn of one conversation played with a small context, on a kept instance."""
    turns = args.overflow_turns or args.turns
    small = open_engine(args.model, options(args.overflow_context))
    "".join(
        small.stream_chat([ChatMessage("user", "Hello there, warm up.")], warm, threading.Event())
    )
    overflow = play(small, turns, numbered=True)
    small.close()
    print(f"\n== kept instance, n_ctx {args.overflow_context}: the conversation outgrows it")
    print("| turn | prompt tokens | messages kept | first token |")
    print("|---|---|---|---|")
    dropped = [2 * t - kept for t, (_tokens, kept, _first) in enumerate(overflow, 1)]
    for t, ((tokens, kept, first), gone) in enumerate(zip(overflow, dropped, strict=True), 1):
        note = f" ({gone} oldest dropped)" if gone > 0 else ""  # system + t questions + t-1 answers
        print(f"| {t} | {tokens} | {kept}{note} | {first * 1000:.0f} ms |")
    over = [run[2] for run, gone in zip(overflow, dropped, strict=True) if gone > 0]
    if over:
        cuts = sum(1 for a, b in pairwise(dropped) if b != a)
        print(
            f"{len(over)} turns with messages dropped, the oldest kept message moved {cuts} "
            f"times; first token over those turns: median {statistics.median(over) * 1000:.0f} "
            f"ms, mean {statistics.mean(over) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
