"""PyInstaller runtime hook: let idle OpenMP threads sleep instead of spinning.

llama.cpp's CPU backend is built with OpenMP (libgomp). With GNU OpenMP's default active
wait, its threads spin between operations; on a busy or CPU-quota-limited machine that
starves the very threads doing the work (measured here: 0.7 tokens/s instead of 57 for the
135M model, see installer/README.md). Runs before libgomp loads; a user's own setting wins.
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
