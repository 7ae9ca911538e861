"""Opening, pragmas, migrations, backups and refusals of the database file."""

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

import localchat.storage.database as database_module
from localchat.errors import UserFacingError
from localchat.storage import ConversationRepository, Database
from localchat.storage.database import SCHEMA_VERSION, alembic_config
from localchat.storage.orm import FTS_TABLES, Base


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.backup-*"))


def test_schema_version_is_the_alembic_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [SCHEMA_VERSION]


def test_new_file_is_created_at_head(db: Database, db_path: Path) -> None:
    assert db_path.exists()
    assert db.revision() == SCHEMA_VERSION
    assert db.integrity_ok()
    assert _backups(db_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_file_is_private(db: Database, db_path: Path) -> None:
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_pragmas_on_a_fresh_connection(db: Database) -> None:
    db.engine.dispose()
    with db.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("busy_timeout") == 5000


def test_orm_matches_the_migrated_schema(db: Database) -> None:
    def include(obj: object, name: str | None, type_: str, *args: object) -> bool:
        return not (type_ == "table" and name and name.startswith(FTS_TABLES))

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_an_up_to_date_file_skips_alembic_and_makes_no_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alembic costs a few hundred milliseconds of start-up (bench/startup.py times it)."""
    Database.open(db_path).close()

    def no_alembic(*_args: object) -> None:
        raise AssertionError("Alembic was consulted for an up-to-date file")

    for name in ("alembic_config", "known_revisions", "_migrate"):
        monkeypatch.setattr(database_module, name, no_alembic)
    reopened = Database.open(db_path)
    try:
        assert reopened.revision() == SCHEMA_VERSION
    finally:
        reopened.close()
    assert _backups(db_path) == []


def test_writes_are_visible_to_a_second_database_object(db: Database, db_path: Path) -> None:
    first = ConversationRepository(db)
    other = Database.open(db_path)
    try:
        second = ConversationRepository(other)
        conversation = first.create("Shared")
        first.add_message(conversation.id, "user", "written by the first connection")
        assert [m.text for m in second.messages(conversation.id)] == [
            "written by the first connection"
        ]
        second.add_message(conversation.id, "assistant", "and an answer from the second")
        assert len(first.messages(conversation.id)) == 2
    finally:
        other.close()


def test_newer_revision_is_refused_and_left_untouched(db_path: Path) -> None:
    database = Database.open(db_path)
    ConversationRepository(database).create("Keep me")
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = db_path.read_bytes()

    with pytest.raises(UserFacingError) as info:
        Database.open(db_path)

    assert "newer version of LocalChat" in info.value.message
    assert info.value.action.startswith("Update LocalChat")
    assert db_path.read_bytes() == before
    assert _backups(db_path) == []


def test_older_file_is_backed_up_then_migrated(db_path: Path) -> None:
    # With a single revision, "older" is the base revision: build the file at head,
    # downgrade it to base with Alembic, and leave a marker table with data in it.
    Database.open(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.exec_driver_sql("CREATE TABLE legacy_marker (note TEXT)")
        connection.exec_driver_sql("INSERT INTO legacy_marker VALUES ('from the old version')")
    engine.dispose()

    database = Database.open(db_path)
    try:
        assert database.revision() == SCHEMA_VERSION
        assert database.integrity_ok()
        ConversationRepository(database).create("Works after migrating")
    finally:
        database.close()

    (backup,) = _backups(db_path)
    assert backup.name.startswith(f"{db_path.name}.backup-base-")
    with sqlite3.connect(backup) as connection:
        rows = connection.execute("SELECT note FROM legacy_marker").fetchall()
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    connection.close()
    assert rows == [("from the old version",)]
    assert versions == []


def test_empty_file_is_initialised_without_backup(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Database.open(db_path) as database:
        assert database.revision() == SCHEMA_VERSION
    assert _backups(db_path) == []


def test_non_sqlite_file_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    content = b"this is a text file, not a database\n" * 100
    db_path.write_bytes(content)
    with pytest.raises(UserFacingError) as info:
        Database.open(db_path)
    assert "not a LocalChat history" in info.value.message
    assert db_path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE something_else (x)")
    connection.close()
    with pytest.raises(UserFacingError):
        Database.open(db_path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError):
        Database.open(tmp_path)
