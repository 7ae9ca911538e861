"""OpenMP wait policy: decode speed of the default model, idle and with busy neighbours.

Run: python bench/omp_wait_policy.py [--rounds 3] [--busy 0] [--threads 2] [--tokens 96]

llama.cpp's CPU backend runs on GNU OpenMP. Its threads wait for each other at every
operation; how they wait is set once, when libgomp loads: spinning (the default, and
OMP_WAIT_POLICY=ACTIVE), sleeping (PASSIVE), or spinning for GOMP_SPINCOUNT rounds and
then sleeping. Each run is a fresh process (the setting
cannot change after load): SmolLM2, n_ctx 1024, greedy, decode tokens/s over --tokens
tokens. Rounds interleave the policies. --busy N starts N pure-Python busy loops for the
whole run, standing in for a browser and a video call on the same laptop.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, spread  # noqa: E402

POLICIES = {
    "default": {},
    "ACTIVE": {"OMP_WAIT_POLICY": "ACTIVE"},
    "PASSIVE": {"OMP_WAIT_POLICY": "PASSIVE"},
    "GOMP_SPINCOUNT=10000": {"GOMP_SPINCOUNT": "10000"},
    "GOMP_SPINCOUNT=100000": {"GOMP_SPINCOUNT": "100000"},
}

CHILD = """
import sys, time
import llama_cpp
from localchat.bundled import default_model_file
threads, tokens = int(sys.argv[1]), int(sys.argv[2])
llm = llama_cpp.Llama(model_path=str(default_model_file()), n_ctx=1024, n_threads=threads,
                      n_threads_batch=threads, verbose=False)
count, first = 0, None
for _ in llm.generate(llm.tokenize(b"Write a long story about a river."), top_k=1, temp=0):
    if first is None:
        first = time.perf_counter()
    count += 1
    if count >= tokens:
        break
print((count - 1) / (time.perf_counter() - first))
"""


def decode_speed(policy: str, threads: int, tokens: int) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "GOMP_"))}
    env.update(POLICIES[policy])
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(threads), str(tokens)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--busy", type=int, default=0, help="busy-loop processes alongside")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    print(machine())
    print(f"load average before: {os.getloadavg()[0]:.2f}; busy neighbours: {args.busy}")
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        speeds: dict[str, list[float]] = {p: [] for p in POLICIES}
        for _ in range(args.rounds):
            for policy in POLICIES:
                speeds[policy].append(decode_speed(policy, args.threads, args.tokens))
    finally:
        for process in busy:
            process.kill()
    base = median(speeds["default"])
    print()
    print("| wait policy | decode tok/s, median | min..max | vs default |")
    print("|---|---|---|---|")
    for policy, values in speeds.items():
        print(
            f"| {policy} | {median(values):.1f} | {spread(values)} | {median(values) / base:.2f}x |"
        )


if __name__ == "__main__":
    main()
