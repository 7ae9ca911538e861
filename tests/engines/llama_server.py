"""llama-cpp-python's own OpenAI-compatible server, started on 127.0.0.1 for the remote tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx2


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LlamaServer:
    """A running ``python -m llama_cpp.server``; its output goes to ``log``."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path
    api_key: str | None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_llama_server(
    model: Path, log: Path, api_key: str | None = None, timeout: float = 60.0
) -> LlamaServer:
    """Start the server and wait until GET /v1/models answers 200."""
    port = free_port()
    command = [
        sys.executable,
        "-u",  # unbuffered: the tests read "disconnected" from the log
        "-m",
        "llama_cpp.server",
        *("--model", str(model), "--host", "127.0.0.1", "--port", str(port)),
        *("--n_ctx", "1024", "--n_threads", "2", "--n_threads_batch", "2"),
    ]
    if api_key:
        command += ["--api_key", api_key]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = LlamaServer(process, port, log, api_key)
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited:\n{server.log_text()[-3000:]}")
        try:
            answer = httpx2.get(f"{server.base_url}/models", headers=headers, timeout=2.0)
            if answer.status_code == 200:
                return server
        except httpx2.TransportError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"llama_cpp.server did not start in {timeout:.0f} s:\n{server.log_text()}")
