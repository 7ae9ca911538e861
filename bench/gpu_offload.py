"""Prompt and decode speed with all, half and none of the layers on an NVIDIA GPU.

Builds llama-cpp-python with CUDA (the version installed here) into a fresh venv, then, in
that venv, loads both test models with ``n_gpu_layers`` = all, half (and the count
LocalChat's planner picks on this machine, when that is another number) and 0, and prints
prompt tokens/s (a ~500-token prompt), decode tokens/s (128 greedy tokens), the load time
and the GPU memory the load took (nvidia-smi). On a CPU-only machine, or with a CPU build,
it says that offload is unsupported and prints the processor rows only.

    python bench/gpu_offload.py                      # build the CUDA engine (needs nvcc), run
    python bench/gpu_offload.py --python /tmp/localchat-bench/cuda-venv/bin/python
    python bench/gpu_offload.py --cpu-only --repeats 1 --threads 2    # here, no GPU

The measurements run in a child process (``--child``) of the venv's Python, which needs
nothing but llama-cpp-python; this process finds the models and asks LocalChat's planner.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, models, tempfile_root  # noqa: E402

WORDS = (
    "the river runs past the old mill where the baker keeps his bread warm in winter and "
    "children walk to school along the road that climbs the hill toward the church bells "
    "ring at noon while farmers bring apples pears and honey to the market square"
).split()


def main() -> None:
    """Parse the flags and run the parent (build, orchestrate, print) or the child side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", type=Path, help="a venv's Python with a CUDA build")
    parser.add_argument("--venv", type=Path, help="where to build (default: bench cache)")
    parser.add_argument("--cpu-only", action="store_true", help="this Python, 0 layers only")
    parser.add_argument(
        "--cuda-arch", help="CMAKE_CUDA_ARCHITECTURES (default: native, the GPU here; 90: H100)"
    )
    parser.add_argument("--threads", type=int, default=0, help="0: llama.cpp's default")
    parser.add_argument("--repeats", type=int, default=3, help="runs per row (median)")
    parser.add_argument("--prompt-tokens", type=int, default=500)
    parser.add_argument("--decode-tokens", type=int, default=128)
    parser.add_argument("--n-ctx", type=int, default=2048, help="context size of each load")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--planned", type=int, default=-1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
    else:
        parent(args)


# ---------------------------------------------------------------- parent: build, run, print


def parent(args: argparse.Namespace) -> None:
    version = importlib.metadata.version("llama-cpp-python")
    if args.cpu_only:
        python = Path(sys.executable)
    elif args.python:
        python = args.python
    else:
        python = build_cuda_venv(args.venv or Path(tempfile_root()) / "cuda-venv", version, args)
    print(f"Machine: {machine()}")
    print(f"GPU: {nvidia_smi('name,memory.total,driver_version') or 'none (no nvidia-smi)'}")
    print(f"Engine: {python} (llama-cpp-python {version} here)")
    rows: list[dict[str, Any]] = []
    supported = False
    for label, path in models():
        planned = planned_layers(path, args.n_ctx)
        for record in run_child(python, path, planned, args):
            if "supported" in record:
                supported = record["supported"]
                continue
            rows.append({"model": label, "planned": planned, **record})
    print(f"llama_supports_gpu_offload(): {supported}")
    if not supported:
        print("GPU offload: not supported by this engine build; processor rows only.")
    print()
    print(
        "| model | layers on GPU | LocalChat's plan | load s | prompt tok/s | decode tok/s | "
        "GPU memory MiB |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        plan = "-" if row["planned"] < 0 else f"{row['planned']} of {row['total_layers']}"
        memory = "-" if row["gpu_mib"] is None else f"{row['gpu_mib']:.0f}"
        print(
            f"| {row['model']} | {row['layers']} of {row['total_layers']} | {plan} | "
            f"{row['load_s']:.2f} | {row['prompt_tps']:.0f} ({row['prompt_spread']}) | "
            f"{row['decode_tps']:.1f} ({row['decode_spread']}) | {memory} |"
        )
    print(
        f"\n{args.prompt_tokens}-token prompt, {args.decode_tokens} greedy tokens, median of "
        f"{args.repeats} (min..max) after a warm-up; n_ctx {args.n_ctx}; threads: "
        f"{args.threads or 'llama.cpp default'}; "
        "GPU memory: nvidia-smi's memory.used after the runs minus before the load."
    )


def build_cuda_venv(venv: Path, version: str, args: argparse.Namespace) -> Path:
    """A venv with llama-cpp-python ``version`` built for CUDA; reused when it is there."""
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if python.exists() and probe_supported(python):
        print(f"Reusing the CUDA engine in {venv}")
        return python
    nvcc = shutil.which("nvcc") or shutil.which("nvcc", path="/usr/local/cuda/bin")
    if not nvcc:
        sys.exit("No nvcc (CUDA toolkit) found: install it, or pass --python or --cpu-only.")
    arch = args.cuda_arch or "native"
    if arch == "native" and nvidia_smi("name") is None:
        sys.exit("No NVIDIA GPU visible here: pass --cuda-arch (e.g. 90) to build for another.")
    env = dict(os.environ)
    env["PATH"] = f"{Path(nvcc).parent}{os.pathsep}{env.get('PATH', '')}"
    env["CUDACXX"] = nvcc
    env["CMAKE_ARGS"] = f"-DGGML_CUDA=on -DCMAKE_CUDA_ARCHITECTURES={arch}"
    env["CMAKE_BUILD_PARALLEL_LEVEL"] = str(os.cpu_count() or 2)
    print(f"Building llama-cpp-python {version} with CUDA into {venv} ({env['CMAKE_ARGS']}) ...")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--no-cache-dir", f"llama-cpp-python=={version}"]
    if subprocess.run(pip, env=env, check=False).returncode != 0:
        sys.exit(
            "The CUDA build failed (see above). It needs the whole CUDA toolkit (nvcc, cuBLAS) "
            "and network access to PyPI; or pass --python with a CUDA venv built elsewhere."
        )
    print(f"  built in {time.perf_counter() - started:.0f} s")
    if not probe_supported(python):
        sys.exit(f"The build in {venv} cannot offload (llama_supports_gpu_offload() is False).")
    return python


def probe_supported(python: Path) -> bool:
    code = "import llama_cpp; print(bool(llama_cpp.llama_supports_gpu_offload()))"
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() == "True"


def planned_layers(path: Path, n_ctx: int) -> int:
    """What LocalChat's planner would offload here (as if the build could); -1 if unknown."""
    try:
        from localchat.catalog.offload import plan_for_file
        from localchat.hardware import detect_hardware

        return plan_for_file(path, n_ctx, detect_hardware(gpu_offload=True)).gpu_layers
    except Exception as error:  # noqa: BLE001 - the planner is optional for the figures
        print(f"(no plan for {path.name}: {error})")
        return -1


def run_child(
    python: Path, model: Path, planned: int, args: argparse.Namespace
) -> list[dict[str, Any]]:
    command = [
        str(python),
        str(Path(__file__).resolve()),
        "--child",
        str(model),
        "--planned",
        str(planned),
        "--threads",
        str(args.threads),
        "--repeats",
        str(args.repeats),
        "--prompt-tokens",
        str(args.prompt_tokens),
        "--decode-tokens",
        str(args.decode_tokens),
        "--n-ctx",
        str(args.n_ctx),
    ]
    if args.cpu_only:
        command.append("--cpu-only")
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"The measuring process failed ({done.returncode}) on {model.name}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def nvidia_smi(fields: str) -> str | None:
    """One nvidia-smi --query-gpu answer (all GPUs, '; '-joined), None without the tool."""
    if shutil.which("nvidia-smi") is None:
        return None
    done = subprocess.run(
        ["nvidia-smi", f"--query-gpu={fields}", "--format=csv,noheader,nounits"],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return "; ".join(done.stdout.split("\n")).strip("; ") if done.returncode == 0 else None


# ---------------------------------------------------------------- child: load and measure


def child(args: argparse.Namespace) -> None:
    import llama_cpp

    supported = bool(llama_cpp.llama_supports_gpu_offload())
    emit({"supported": supported})
    cpu = measure(args.child, 0, args)
    emit(cpu)
    if args.cpu_only or not supported:
        return
    total = cpu["total_layers"]
    layers = [total, total // 2]
    if args.planned > 0:
        layers.insert(1, args.planned)
    for count in dict.fromkeys(n for n in layers if n > 0):
        emit(measure(args.child, count, args))


def measure(path: Path, layers: int, args: argparse.Namespace) -> dict[str, Any]:
    """Load with ``layers`` on the GPU; prompt and decode tokens/s, medians of the repeats."""
    from llama_cpp import Llama

    before = gpu_memory_mib()
    started = time.perf_counter()
    llm = Llama(
        model_path=str(path),
        n_gpu_layers=layers,
        n_ctx=max(args.n_ctx, args.prompt_tokens + args.decode_tokens + 64),
        n_batch=max(512, args.prompt_tokens),
        n_threads=args.threads or None,
        verbose=False,
    )
    load_s = time.perf_counter() - started
    metadata = llm.metadata
    total = int(metadata[f"{metadata['general.architecture']}.block_count"]) + 1
    tokens = prompt_tokens(llm, args.prompt_tokens)
    # Warm-up: the first pass pages the weights in (and on a GPU loads the kernels); a cold
    # decode measured here at a fifth of its speed.
    llm.eval(tokens)
    decode_rate(llm, tokens, 16)
    prompt_rates, decode_rates = [], []
    for _ in range(args.repeats):
        llm.reset()
        started = time.perf_counter()
        llm.eval(tokens)
        prompt_rates.append(len(tokens) / (time.perf_counter() - started))
        decode_rates.append(decode_rate(llm, tokens, args.decode_tokens))
    after = gpu_memory_mib()
    llm.close()
    return {
        "layers": total if layers < 0 else layers,
        "total_layers": total,
        "load_s": load_s,
        "prompt_tps": statistics.median(prompt_rates),
        "prompt_spread": spread(prompt_rates),
        "decode_tps": statistics.median(decode_rates),
        "decode_spread": spread(decode_rates),
        "gpu_mib": None if before is None or after is None else after - before,
    }


def prompt_tokens(llm: Any, count: int) -> list[int]:
    rng = random.Random(1)
    text = " ".join(rng.choice(WORDS) for _ in range(count * 2))
    return llm.tokenize(text.encode("utf-8"), add_bos=True)[:count]


def decode_rate(llm: Any, prompt: list[int], count: int) -> float:
    """Greedy tokens/s after the prompt (evaluated already: generate reuses it)."""
    times = []
    for _token in llm.generate(prompt, top_k=1, temp=0.0, repeat_penalty=1.0):
        times.append(time.perf_counter())
        if len(times) == count:
            break
    # From the first token on: the first one includes re-reading the prompt's last token.
    return (len(times) - 1) / (times[-1] - times[0])


def gpu_memory_mib() -> float | None:
    used = nvidia_smi("memory.used")
    try:
        return sum(float(part) for part in used.split(";")) if used else None
    except ValueError:
        return None


def spread(values: list[float]) -> str:
    return f"{min(values):.3g}..{max(values):.3g}"


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
