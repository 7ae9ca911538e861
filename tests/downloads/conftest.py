"""Download test fixtures: a hub on 127.0.0.1 serving real GGUF files, a gate, a manager."""

from __future__ import annotations

from pathlib import Path

import pytest
from hub_server import Hub, HubServer, sha256_file

from localchat.downloads import DownloadManager, TransferSettings
from localchat.network import NetworkGate

SMALL_SIZE = 6 << 20


@pytest.fixture(scope="session")
def hub_files(default_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The real SmolLM2 GGUF and a 6 MB slice of it, with their sha256."""
    small = tmp_path_factory.mktemp("hubfiles") / "small.gguf"
    with open(default_model_path, "rb") as f:
        small.write_bytes(f.read(SMALL_SIZE))
    return {
        "big": (default_model_path, sha256_file(default_model_path)),
        "small": (small, sha256_file(small)),
    }


@pytest.fixture
def hub(hub_files: dict) -> HubServer:
    """A running hub with repos test/smollm2 (real model) and test/small, test/small2."""
    big, big_sha = hub_files["big"]
    small, small_sha = hub_files["small"]
    content = Hub()
    content.add("test/smollm2", big.name, big, big_sha)
    content.add("test/small", "small.gguf", small, small_sha)
    content.add("test/small2", "small.gguf", small, small_sha)
    with HubServer(content) as server:
        yield server


@pytest.fixture
def ledger() -> list[tuple[str, str, int]]:
    """What the gate's record hook was told."""
    return []


@pytest.fixture
def gate(hub: HubServer, ledger: list) -> NetworkGate:
    """A gate pointed at the test hub, installed into huggingface_hub's client."""
    return NetworkGate(endpoint=hub.endpoint, record=lambda *args: ledger.append(args)).install()


@pytest.fixture
def settings() -> TransferSettings:
    """Short timeouts and backoff so fault tests finish fast."""
    return TransferSettings(
        stall_timeout=1.0,
        connect_timeout=2.0,
        max_retries=3,
        backoff_base=0.05,
        progress_interval=0.02,
        free_space_margin=0,
    )


@pytest.fixture
def models_dir(data_dir: Path) -> Path:
    folder = data_dir / "models"
    folder.mkdir()
    return folder


@pytest.fixture
def manager(gate: NetworkGate, models_dir: Path, settings: TransferSettings) -> DownloadManager:
    mgr = DownloadManager(gate, models_dir, settings=settings)
    yield mgr
    mgr.shutdown(timeout=5)
