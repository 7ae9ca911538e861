"""Memory bandwidth, the decode ceiling it implies, and which llama.cpp settings get closer.

Run: python bench/bandwidth.py [--rounds 5] [--model PATH]

1. Bandwidth: numpy copy of a 1 GiB array (read + write counted: 2 GiB moved per copy),
   median of 5, single-threaded as numpy is; and a read-only pass (sum of an int64 view).
2. Ceiling: writing one token reads every weight once, so decode tokens/s <= bandwidth /
   model bytes (file size; the KV cache of a short prompt is negligible at this size).
3. Sweep on SmolLM2, one factor at a time from the app's current load arguments
   (threads=2, n_batch=512, use_mmap on, flash_attn off): threads=1, n_batch=128,
   use_mmap off, flash_attn on. All five Llama instances stay loaded and every round runs
   each once in turn (interleaved); a run = read a 512-token prompt from an empty cache
   (prompt tokens/s), then 64 single-token evals (decode tokens/s, no sampling cost).
   Medians of --rounds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, models, spread  # noqa: E402

_TEXT = (
    "The river town woke slowly. Fishermen mended nets by the harbour while the baker "
    "counted loaves, and children ran along the quay shouting the names of the boats. "
)
BASE = {"n_threads": 2, "n_batch": 512, "use_mmap": True, "flash_attn": False}
VARIANTS = {
    "app today: threads 2, n_batch 512, mmap, no flash_attn": {},
    "threads 1": {"n_threads": 1},
    "n_batch 128": {"n_batch": 128},
    "use_mmap off": {"use_mmap": False},
    "flash_attn on": {"flash_attn": True},
}


def bandwidth() -> tuple[float, float]:
    """(copy GB/s counting read+write, read GB/s)."""
    size = 1 << 30
    src = np.ones(size, dtype=np.uint8)
    dst = np.empty_like(src)
    np.copyto(dst, src)
    copies, reads = [], []
    for _ in range(5):
        started = time.perf_counter()
        np.copyto(dst, src)
        copies.append(2 * size / (time.perf_counter() - started) / 1e9)
        started = time.perf_counter()
        src.view(np.int64).sum()
        reads.append(size / (time.perf_counter() - started) / 1e9)
    return median(copies), median(reads)


def load(path: Path, settings: dict) -> Any:
    import llama_cpp

    return llama_cpp.Llama(
        model_path=str(path),
        n_ctx=2048,
        n_threads=settings["n_threads"],
        n_threads_batch=settings["n_threads"],
        n_batch=settings["n_batch"],
        n_ubatch=settings["n_batch"],
        use_mmap=settings["use_mmap"],
        flash_attn=settings["flash_attn"],
        verbose=False,
    )


def one_run(llm: Any, prompt: list[int], decode_tokens: int) -> tuple[float, float]:
    llm.reset()
    llm._ctx.memory_clear(True) if hasattr(llm._ctx, "memory_clear") else None
    started = time.perf_counter()
    llm.eval(prompt)
    prompt_tps = len(prompt) / (time.perf_counter() - started)
    token = prompt[-1]
    started = time.perf_counter()
    for _ in range(decode_tokens):
        llm.eval([token])
    decode_tps = decode_tokens / (time.perf_counter() - started)
    return prompt_tps, decode_tps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument(
        "--base-threads",
        type=int,
        default=2,
        help="threads of the baseline and the other one-factor variants (the 'threads' "
        "variant uses the other count); 1 is steadier on a busy 2-core machine",
    )
    args = parser.parse_args()
    if args.base_threads != 2:
        BASE["n_threads"] = args.base_threads
        VARIANTS.clear()
        VARIANTS.update(
            {
                f"baseline: threads {args.base_threads}, n_batch 512, mmap, no flash_attn": {},
                "threads 2 (the app today)": {"n_threads": 2},
                "n_batch 128": {"n_batch": 128},
                "use_mmap off": {"use_mmap": False},
                "flash_attn on": {"flash_attn": True},
            }
        )
    print(machine())
    copy_bw, read_bw = bandwidth()
    print(f"numpy 1 GiB copy: {copy_bw:.1f} GB/s (read+write); read-only sum: {read_bw:.1f} GB/s")
    for label, path in models():
        size = path.stat().st_size
        print(
            f"  {label}: {size / 1e6:.0f} MB -> decode ceiling {copy_bw * 1e9 / size:.0f} tok/s"
            f" at copy bandwidth, {read_bw * 1e9 / size:.0f} tok/s at read bandwidth"
        )
    path = args.model or models()[0][1]
    instances = {name: load(path, {**BASE, **change}) for name, change in VARIANTS.items()}
    first = next(iter(instances.values()))
    prompt = first.tokenize((_TEXT * 40).encode())[:512]
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in instances}
    for llm in instances.values():  # warm-up, touches every page
        one_run(llm, prompt[:64], 8)
    for round_ in range(args.rounds):
        order = list(instances) if round_ % 2 == 0 else list(reversed(instances))
        for name in order:
            results[name].append(one_run(instances[name], prompt, 64))
        print(
            f"  round {round_ + 1}: "
            + ", ".join(
                f"{name.split(':')[0]} {results[name][-1][0]:.0f}/{results[name][-1][1]:.0f}"
                for name in instances
            ),
            flush=True,
        )
    size = path.stat().st_size
    base = results[next(iter(instances))]
    print()
    print(
        f"model: {path.name} ({size / 1e6:.0f} MB); bandwidth (copy) {copy_bw:.1f} GB/s -> "
        f"ceiling {copy_bw * 1e9 / size:.0f} tok/s"
    )
    print(
        "| settings | prompt tok/s (512 tokens) | vs baseline | decode tok/s | vs baseline | "
        "decode / ceiling |"
    )
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        p, d = median([r[0] for r in runs]), median([r[1] for r in runs])
        # ratios per round (interleaved pairs), then the median
        pr = median([r[0] / b[0] for r, b in zip(runs, base, strict=True)])
        dr = median([r[1] / b[1] for r, b in zip(runs, base, strict=True)])
        print(
            f"| {name} | {p:.0f} ({spread([r[0] for r in runs])}) | x{pr:.2f} | {d:.0f} "
            f"({spread([r[1] for r in runs])}) | x{dr:.2f} | {d * size / (copy_bw * 1e9):.0%} |"
        )
    for llm in instances.values():
        llm.close()


if __name__ == "__main__":
    main()
