"""Decode speed with busy neighbours: automatic threads vs fixed 1 and 2, and llama_cpp.server.

Run: python bench/threads_load.py [--loads 0 2 4] [--rounds 2] [--tokens 96]

For each load (that many ``while True: pass`` processes beside the engine), the engines take
turns (interleaved, ``--rounds`` each) on the same greedy 96-token answer to a short
question, through the engine host (``open_engine``): LoadOptions(threads=0, performance
"automatic") (the default: threads picked before each request from the cores and the load
of the last second), threads=1 and threads=2; and llama-cpp-python's own server over HTTP
with 2 threads (``--n_threads 2``, what an app that sets one thread per core runs).
Decode tokens/s is counted from the first token; "auto picked" is the threads the host
chose (GenerationStats.extra["threads"]).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, models, spread  # noqa: E402

QUESTION = "Write a short paragraph about the history of harbours."
BUSY = "while True: pass"


def host_decode(engine: Any, tokens: int) -> tuple[float, float]:
    """Decode tokens/s of one greedy answer through the engine host, and the threads used."""
    from localchat.engines.base import ChatMessage, GenerationStats, SamplingParams

    params = SamplingParams(temperature=0.0, max_tokens=tokens)
    stats = GenerationStats()
    messages = [ChatMessage("user", QUESTION)]
    for _piece in engine.stream_chat(messages, params, threading.Event(), stats):
        pass
    return stats.tokens_per_second, stats.extra.get("threads", 0.0)


def server_decode(port: int, tokens: int) -> float:
    """Decode tokens/s of the same answer from llama_cpp.server, streamed over HTTP."""
    import httpx2 as httpx

    body = {
        "messages": [{"role": "user", "content": QUESTION}],
        "max_tokens": tokens,
        "temperature": 0,
        "stream": True,
    }
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    stamps = []
    with httpx.stream("POST", url, json=body, timeout=600) as response:
        for line in response.iter_lines():
            if line.startswith("data: {") and json.loads(line[6:])["choices"][0]["delta"].get(
                "content"
            ):
                stamps.append(time.perf_counter())
    if len(stamps) < 2:
        return 0.0
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def start_server(path: Path) -> tuple[subprocess.Popen[bytes], int]:
    import httpx2 as httpx

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "engines"))
    from llama_server import free_port

    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(path)]
    command += ["--port", str(port), "--n_ctx", "2048", "--flash_attn", "true"]
    command += ["--n_threads", "2", "--n_threads_batch", "2"]
    log = open(tempfile.mktemp(suffix=".log"), "wb")  # noqa: SIM115 - lives with the server
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code == 200:
                return server, port
        except httpx.TransportError:
            time.sleep(0.3)
    raise RuntimeError("llama_cpp.server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, nargs="+", default=[0, 2, 4])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    from localchat.engines.base import LoadOptions
    from localchat.engines.factory import open_engine

    print(machine(), f"; load average {os.getloadavg()[0]:.1f} (shared machine)")
    _label, path = models()[0]
    engines = {
        "automatic": open_engine(path, LoadOptions(context_length=2048, threads=0)),
        "fixed 1": open_engine(path, LoadOptions(context_length=2048, threads=1)),
        "fixed 2": open_engine(path, LoadOptions(context_length=2048, threads=2)),
    }
    server, port = start_server(path)
    results: dict[int, dict[str, list[float]]] = {}
    picked: dict[int, list[float]] = {}
    try:
        for load in args.loads:
            neighbours = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(load)]
            time.sleep(1.5)
            rows = results.setdefault(load, {name: [] for name in [*engines, "server, 2 threads"]})
            try:
                for _round in range(args.rounds):
                    for name, engine in engines.items():
                        speed, threads = host_decode(engine, args.tokens)
                        rows[name].append(speed)
                        if name == "automatic":
                            picked.setdefault(load, []).append(threads)
                    rows["server, 2 threads"].append(server_decode(port, args.tokens))
            finally:
                for neighbour in neighbours:
                    neighbour.kill()
                    neighbour.wait()
            print(load, {k: [round(v, 1) for v in vs] for k, vs in rows.items()}, flush=True)
    finally:
        for engine in engines.values():
            engine.close()
        server.terminate()
        server.wait(timeout=30)
    names = list(results[args.loads[0]])
    print("| busy neighbours | " + " | ".join(names) + " | auto picked | auto / best fixed |")
    print("|---|" + "---|" * (len(names) + 2))
    for load, rows in results.items():
        cells = [f"{median(rows[n]):.1f} ({spread(rows[n])})" for n in names]
        best = max(median(rows["fixed 1"]), median(rows["fixed 2"]))
        ratio = median(rows["automatic"]) / best
        threads = "/".join(f"{t:.0f}" for t in picked[load])
        print(f"| {load} | " + " | ".join(cells) + f" | {threads} | x{ratio:.2f} |")


if __name__ == "__main__":
    main()
