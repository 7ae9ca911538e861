"""The window's first page read with plain sqlite3: the repositories' answer, or None."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from localchat.storage import ConversationRepository, Database, ModelRepository
from localchat.storage.first_page import read_first_page


def _add_model(models: ModelRepository, name: str, path: str) -> int:
    return models.add(
        name=name,
        path=path,
        source="import",
        source_repo=None,
        source_file=Path(path).name,
        revision=None,
        sha256=None,
        size_bytes=123_456,
        architecture="llama",
        quantization="Q4_1",
        engine="llama_cpp",
        context_length=8192,
        parameter_count=None,
        model_type=None,
    ).id


def _history(db: Database) -> None:
    models = ModelRepository(db)
    conversations = ConversationRepository(db)
    first = _add_model(models, "Zephyr", "/models/zephyr.gguf")
    _add_model(models, "Alpha", "/models/alpha.gguf")
    _add_model(models, "Alpha", "/models/alpha-2.gguf")  # same name: by id
    for number in range(12):
        conversation = conversations.create(
            f"Chat {number} «quoted» ünïcode",
            model_id=first if number % 3 == 0 else None,
            system_prompt="Be brief." if number % 2 else "",
            title_is_auto=number % 2 == 0,
        )
        if number % 4 == 0:
            conversations.update(conversation.id, settings={"temperature": 0.3, "n": number})
        conversations.add_message(conversation.id, "user", f"Question {number}")
    conversations.rename(3, "Renamed, so updated last")


def test_the_first_page_is_what_the_repositories_answer(db: Database, db_path: Path) -> None:
    _history(db)
    page = read_first_page(db_path, 5)
    assert page is not None
    assert page.limit == 5
    assert page.conversations == ConversationRepository(db).list_recent(limit=5)
    assert page.conversations[0].title == "Renamed, so updated last"
    assert page.models == ModelRepository(db).list()
    assert [m.name for m in page.models] == ["Alpha", "Alpha", "Zephyr"]
    everything = read_first_page(db_path, 200)
    assert everything is not None
    assert everything.conversations == ConversationRepository(db).list_recent(limit=200)
    assert len(everything.conversations) == 12


def test_reading_writes_nothing(db: Database, db_path: Path) -> None:
    _history(db)
    db.close()  # checkpoints the WAL into the file
    before = db_path.read_bytes()
    assert read_first_page(db_path, 200) is not None
    assert db_path.read_bytes() == before


def test_no_file_or_an_empty_one_reads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "localchat.db"
    assert read_first_page(path, 200) is None
    path.touch()
    assert read_first_page(path, 200) is None
    assert path.read_bytes() == b""


@pytest.mark.parametrize("revision", ["0002", "9999_from_the_future"])
def test_a_file_at_another_revision_is_left_to_the_full_open(
    db: Database, db_path: Path, revision: str
) -> None:
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    assert read_first_page(db_path, 200) is None


@pytest.mark.parametrize(
    "content", [b"just text, not a database\n" * 100, bytes(4096)], ids=["text", "zeros"]
)
def test_a_file_that_is_not_a_database_reads_nothing(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "localchat.db"
    path.write_bytes(content)
    assert read_first_page(path, 200) is None
    assert path.read_bytes() == content


def test_a_sqlite_file_that_is_not_ours_reads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "localchat.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    assert read_first_page(path, 200) is None
