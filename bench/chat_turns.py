"""First-token time at turns 1, 5, 10, 20 of a growing conversation (prefix reuse).

Run: python bench/chat_turns.py [--model PATH] [--turns 20]
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from localchat.bundled import default_model_file
from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine

QUESTIONS = [
    "Name a fruit.",
    "What colour is it?",
    "Where does it grow?",
    "Is it sweet?",
    "Give me a recipe with it.",
]


def run(model: Path, turns: int, reuse: bool) -> dict[int, float]:
    """First-token seconds per turn; with reuse=False the engine is reloaded every turn."""
    options = LoadOptions(context_length=4096, threads=2)
    engine = open_engine(model, options)
    params = SamplingParams(temperature=0.0, max_tokens=40)
    history: list[ChatMessage] = [ChatMessage("system", "You are a helpful assistant.")]
    firsts: dict[int, float] = {}
    for turn in range(1, turns + 1):
        history.append(ChatMessage("user", QUESTIONS[(turn - 1) % len(QUESTIONS)]))
        if not reuse:
            engine.close()
            engine = open_engine(model, options)
        stats = GenerationStats()
        answer = "".join(engine.stream_chat(history, params, threading.Event(), stats))
        history.append(ChatMessage("assistant", answer.strip()))
        firsts[turn] = stats.first_token_seconds or 0.0
        print(
            f"turn {turn:>2}: prompt {stats.prompt_tokens:>5} tokens, "
            f"first token {firsts[turn] * 1000:7.1f} ms",
            flush=True,
        )
    engine.close()
    return firsts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=default_model_file())
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()
    for reuse in (True, False):
        print(f"== {'kept instance (prefix reused)' if reuse else 'fresh instance every turn'}")
        firsts = run(args.model, args.turns, reuse)
        marks = [t for t in (1, 5, 10, 20) if t in firsts]
        print("   " + ", ".join(f"turn {t}: {firsts[t] * 1000:.0f} ms" for t in marks))
        if 10 in firsts:
            print(f"   turn 10 / turn 1 = {firsts[10] / firsts[1]:.2f}")


if __name__ == "__main__":
    main()
