"""Helpers of the CLI model tests: the catalog files the loopback hub serves, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The loopback hub of the download tests; tests/downloads is on sys.path only when its
# own conftest was collected, which `pytest tests/cli` does not do.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "downloads"))
from hub_server import Faults, Hub, HubServer, sha256_file  # noqa: E402

from localchat.catalog.catalog import CatalogVariant, load_catalog  # noqa: E402

__all__ = ["Faults", "Hub", "HubServer", "sha256_file"]  # re-exported for the tests

GOOD = "smollm2-135m-instruct:Q4_0"  # served: the real SmolLM2 file under this name
DAMAGED = "smollm2-360m-instruct:Q4_K_M"  # served: a changed copy, with the real file's sha256


def catalog_variant(key: str) -> CatalogVariant:
    """The catalog's variant for ``id:QUANT``."""
    model_id, _, quant = key.partition(":")
    return load_catalog().get(model_id).variant(quant)


@dataclass
class CatalogHub:
    """The running loopback hub and what it serves."""

    server: HubServer
    size: int  # of the good file
    sha256: str  # of the good file

    @property
    def hub(self) -> Hub:
        return self.server.hub

    @property
    def endpoint(self) -> str:
        return self.server.endpoint


Completed = subprocess.CompletedProcess[str]
Runner = Callable[..., Completed]


def cli_command(data_dir: Path, *args: str) -> list[str]:
    """The command line of `localchat --data-dir DATA_DIR ARGS...`."""
    return [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args]


def hub_environment(endpoint: str) -> dict[str, str]:
    """This process's environment, with the hub address pointed at ``endpoint``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_HUB_OFFLINE")}
    return {**env, "HF_ENDPOINT": endpoint}
