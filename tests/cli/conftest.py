"""CLI fixtures: a hub on 127.0.0.1 that serves catalog files, and a runner pointed at it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_hub import (
    DAMAGED,
    GOOD,
    CatalogHub,
    Completed,
    Hub,
    HubServer,
    Runner,
    catalog_variant,
    cli_command,
    hub_environment,
    sha256_file,
)


@pytest.fixture(scope="session")
def damaged_model(default_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SmolLM2 file with one byte of its weights changed."""
    data = bytearray(default_model_path.read_bytes())
    data[-1000] ^= 0xFF
    path = tmp_path_factory.mktemp("damaged") / "damaged.gguf"
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def catalog_hub(default_model_path: Path, damaged_model: Path) -> Iterator[CatalogHub]:
    """A hub serving two catalog files: GOOD (the real model) and DAMAGED (a corrupt copy)."""
    good, damaged = catalog_variant(GOOD), catalog_variant(DAMAGED)
    assert good.repo and damaged.repo and good.sha256 is None and damaged.sha256 is None
    sha256 = sha256_file(default_model_path)
    content = Hub()
    content.add(good.repo, good.file, default_model_path, sha256)
    content.add(damaged.repo, damaged.file, damaged_model, sha256)
    with HubServer(content) as server:
        yield CatalogHub(server, default_model_path.stat().st_size, sha256)


@pytest.fixture
def run_with_hub(data_dir: Path, catalog_hub: CatalogHub) -> Runner:
    """Run the CLI on the test data dir, its hub address pointed at the loopback hub."""

    def run(*args: str, stdin: str | None = None, timeout: float = 240) -> Completed:
        return subprocess.run(
            cli_command(data_dir, *args),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=hub_environment(catalog_hub.endpoint),
        )

    return run
