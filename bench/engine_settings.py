"""llama.cpp settings through the engine host: flash attention and n_batch, re-measured.

Run: python bench/engine_settings.py [--rounds 3] [--threads 1] [--prompt-tokens 1000]

Each configuration is an engine host (``open_engine`` with LoadOptions flash_attention /
batch_size), both test models; the hosts take turns (interleaved rounds) on a prompt of
about 1,000 tokens read from an empty context (a different first line each time, so no
prefix is reused) and a greedy 64-token answer. Prompt tokens/s = prompt tokens / time to
the first token (as the app sees it, through the pipe); decode tokens/s from the first
token on.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, models, spread  # noqa: E402

CONFIGS = {
    "flash on, n_batch 512 (default)": {"flash_attention": True, "batch_size": 512},
    "flash off, n_batch 512": {"flash_attention": False, "batch_size": 512},
    "flash on, n_batch 256": {"flash_attention": True, "batch_size": 256},
    "flash on, n_batch 1024": {"flash_attention": True, "batch_size": 1024},
}
TEXT = (
    "The harbour of Port Ellis was founded in 1762 by Captain Thomas Reed and a crew of 34 men. "
    "By 1790 the town had 1,200 inhabitants, two churches and a market held every Saturday. "
)


def one_run(engine: Any, number: int, prompt_tokens: int) -> tuple[float, float]:
    """Prompt and decode tokens/s of one request with a prompt no earlier one shares."""
    from localchat.engines.base import GenerationStats, SamplingParams

    body = TEXT * max(1, prompt_tokens // 45)
    prompt = f"Note {number}: read this.\n{body}\nSummary:"
    stats = GenerationStats()
    params = SamplingParams(temperature=0.0, max_tokens=64)
    for _piece in engine.stream_prompt(prompt, params, threading.Event(), stats):
        pass
    prompt_speed = stats.prompt_tokens / (stats.first_token_seconds or float("inf"))
    return prompt_speed, stats.tokens_per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--prompt-tokens", type=int, default=1000)
    args = parser.parse_args()
    from localchat.engines.base import LoadOptions
    from localchat.engines.factory import open_engine

    print(machine(), f"; load average {os.getloadavg()[0]:.1f} (shared machine)")
    print(
        "| model | setting | prompt tok/s | decode tok/s | prompt vs default | decode vs default |"
    )
    print("|---|---|---|---|---|---|")
    number = 0
    for label, path in models():
        engines = {
            name: open_engine(
                path, LoadOptions(context_length=2048, threads=args.threads, **changes)
            )
            for name, changes in CONFIGS.items()
        }
        speeds: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in engines}
        try:
            for _round in range(args.rounds):
                for name, engine in engines.items():
                    number += 1
                    prompt, decode = one_run(engine, number, args.prompt_tokens)
                    speeds[name][0].append(prompt)
                    speeds[name][1].append(decode)
        finally:
            for engine in engines.values():
                engine.close()
        base_prompt, base_decode = (median(v) for v in speeds[next(iter(CONFIGS))])
        for name, (prompt, decode) in speeds.items():
            print(
                f"| {label} | {name} | {median(prompt):.0f} ({spread(prompt)}) | "
                f"{median(decode):.1f} ({spread(decode)}) | x{median(prompt) / base_prompt:.2f} "
                f"| x{median(decode) / base_decode:.2f} |"
            )


if __name__ == "__main__":
    main()
