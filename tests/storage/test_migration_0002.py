"""A history written at revision 0001 is backed up and upgraded to 0002 with its data kept."""

import sqlite3
from pathlib import Path

from alembic import command

from localchat.storage import ConversationRepository, Database, JobRepository
from localchat.storage.database import SCHEMA_VERSION, _make_engine, alembic_config


def _make_0001_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _make_engine(path, migrating=True)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO conversations (id, title, title_is_auto, created_at, updated_at, "
            "system_prompt, settings) VALUES (1, 'Old chat', 0, '2024-12-01 10:00:00', "
            "'2024-12-01 10:00:00', '', '{}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO messages (conversation_id, role, text, created_at, status) "
            "VALUES (1, 'user', 'written before jobs existed', '2024-12-01 10:00:01', 'complete')"
        )
    engine.dispose()


def test_0001_file_is_upgraded_with_a_backup(db_path: Path) -> None:
    _make_0001_file(db_path)

    with Database.open(db_path) as database:
        assert database.revision() == SCHEMA_VERSION
        assert database.integrity_ok()
        conversations = ConversationRepository(database)
        (conversation,) = conversations.list_recent()
        assert conversation.title == "Old chat"
        assert [m.text for m in conversations.messages(conversation.id)] == [
            "written before jobs existed"
        ]
        assert conversations.search("jobs")  # FTS survived the upgrade
        jobs = JobRepository(database)
        job = jobs.create(
            kind="summarize", source_name="a.txt", source_size=1, source_sha256="0" * 64, options={}
        )
        jobs.save_part(job.id, 0, "in", "out")

    (backup,) = sorted(db_path.parent.glob(f"{db_path.name}.backup-*"))
    assert backup.name.startswith(f"{db_path.name}.backup-0001-")
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "document_jobs" not in tables
        assert connection.execute("SELECT title FROM conversations").fetchall() == [("Old chat",)]
    finally:
        connection.close()


def test_downgrade_to_0001_drops_only_the_job_tables(db_path: Path) -> None:
    Database.open(db_path).close()
    engine = _make_engine(db_path, migrating=True)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert "document_jobs" not in tables and "job_parts" not in tables
    assert "conversations" in tables
