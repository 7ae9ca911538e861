"""Fixtures for the storage tests: a real SQLite file in a temporary folder."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from localchat.storage import ConversationRepository, Database, ModelRepository


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "localchat.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def conversations(db: Database) -> ConversationRepository:
    return ConversationRepository(db)


@pytest.fixture
def models(db: Database) -> ModelRepository:
    return ModelRepository(db)


@pytest.fixture
def fts_ok(db: Database) -> Callable[[], bool]:
    """Return a check that runs FTS5's own consistency check of both indexes.

    The check raises (SQLITE_CORRUPT_VTAB) when an index has drifted from its table.
    """

    def check() -> bool:
        with db.engine.begin() as connection:
            for table in ("messages_fts", "conversations_fts"):
                connection.exec_driver_sql(
                    f"INSERT INTO {table}({table}) VALUES ('integrity-check')"
                )
        return True

    return check
