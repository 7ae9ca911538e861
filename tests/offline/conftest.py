"""Offline-proof fixtures: run Python in a subprocess that logs and refuses network access.

The audit hook sees every socket call made through Python (huggingface_hub, httpx, urllib,
name lookups). It writes each one to a log and raises for anything but loopback or a
Unix socket; the tests then assert the log is empty: not one connection, not one lookup.
Native code that opens sockets itself would not be seen: the ``unshare -n`` test covers it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

AUDIT_PRELUDE = """
import socket, sys
_AUDIT_LOG = open(sys.argv[1], "w", encoding="utf-8")
_ADDRESS_ARG = {"socket.connect": 1, "socket.sendto": 1, "socket.sendmsg": 1}
_LOOKUPS = {
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.getnameinfo",
}
def _is_local(target):
    if isinstance(target, bytes):
        return True  # an abstract Unix socket
    if isinstance(target, str):
        return target.startswith("/") or target in ("localhost", "127.0.0.1", "::1")
    host = target[0] if isinstance(target, tuple) else target
    return str(host) in ("127.0.0.1", "::1", "localhost")
def _audit(event, args):
    if event in _ADDRESS_ARG:
        target = args[_ADDRESS_ARG[event]]
    elif event in _LOOKUPS:
        target = args[0]
    else:
        return
    _AUDIT_LOG.write(f"{event} {target!r}\\n")
    _AUDIT_LOG.flush()
    if not _is_local(target):
        raise PermissionError(f"network access to {target!r} is not allowed")
sys.addaudithook(_audit)
"""

OFFLINE_SETTINGS = {"context_length": 1024, "threads": 1}


@dataclass
class Audited:
    """A finished audited run: its exit status, output, and every socket call it made."""

    returncode: int
    stdout: str
    stderr: str
    network: list[str]

    def explain(self) -> str:
        """What to print when an assertion fails."""
        return f"rc={self.returncode}\nnetwork={self.network}\nstderr:\n{self.stderr[-3000:]}"


AuditedRunner = Callable[..., Audited]


@pytest.fixture
def run_audited(tmp_path: Path) -> AuditedRunner:
    """Run ``code`` (Python source) under the audit hook; extra args follow as sys.argv[2:]."""

    def run(code: str, *args: str, timeout: float = 240, env: dict | None = None) -> Audited:
        log = tmp_path / f"audit-{len(list(tmp_path.glob('audit-*')))}.log"
        source = AUDIT_PRELUDE + textwrap.dedent(code)
        result = subprocess.run(
            [sys.executable, "-c", source, str(log), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else ["no log"]
        return Audited(result.returncode, result.stdout, result.stderr, lines)

    return run


@pytest.fixture
def offline_data_dir(data_dir: Path) -> Path:
    """A data folder whose settings keep the real model small and quick (1024 tokens, 1 thread)."""
    config = data_dir / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps(OFFLINE_SETTINGS), encoding="utf-8")
    return data_dir
