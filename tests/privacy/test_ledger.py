"""The network ledger: the 0003 migration keeps older data, the repository is thread-safe."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command

from localchat.storage import (
    ConversationRepository,
    Database,
    JobRepository,
    LedgerRepository,
    LedgerTotal,
    ModelRepository,
)
from localchat.storage.database import SCHEMA_VERSION, _make_engine, alembic_config


def _migrate_to(path: Path, revision: str, *, downgrade: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _make_engine(path, migrating=True)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)
    engine.dispose()


def _make_0002_file(path: Path) -> None:
    _migrate_to(path, "0002")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO conversations (id, title, title_is_auto, created_at, updated_at, "
            "system_prompt, settings) VALUES (1, 'Old chat', 0, '2026-11-01 10:00:00', "
            "'2026-11-01 10:00:00', '', '{}')"
        )
        connection.execute(
            "INSERT INTO messages (conversation_id, role, text, created_at, status) "
            "VALUES (1, 'user', 'written before the ledger', '2026-11-01 10:00:01', 'complete')"
        )
        connection.execute(
            "INSERT INTO document_jobs (kind, title, source_name, source_size, source_sha256, "
            "options, status, total_parts, created_at, updated_at, result_text) VALUES "
            "('summarize', 'Report', 'report.md', 10, '" + "0" * 64 + "', '{}', 'finished', 1, "
            "'2026-11-01 10:00:00', '2026-11-01 10:00:00', 'Short.')"
        )
    connection.close()


def test_0002_file_is_upgraded_to_the_current_schema_keeping_its_rows(db_path: Path) -> None:
    _make_0002_file(db_path)

    with Database.open(db_path) as database:
        assert database.revision() == SCHEMA_VERSION
        assert database.integrity_ok()
        conversations = ConversationRepository(database)
        (conversation,) = conversations.list_recent()
        assert conversation.title == "Old chat"
        assert [m.text for m in conversations.messages(conversation.id)] == [
            "written before the ledger"
        ]
        assert conversations.search("ledger")  # FTS survived
        (job,) = JobRepository(database).list_recent()
        assert job.result_text == "Short."
        ledger = LedgerRepository(database)
        assert ledger.recent() == []
        ledger.record("huggingface.co", "download", 42)
        assert ledger.count_since(None) == 1

    assert sorted(db_path.parent.glob(f"{db_path.name}.backup-0002-*"))


def test_downgrade_to_0002_drops_only_the_ledger(db_path: Path) -> None:
    Database.open(db_path).close()
    _migrate_to(db_path, "0002", downgrade=True)
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "network_ledger" not in tables
    assert {"conversations", "document_jobs", "installed_models"} <= tables


def test_record_and_recent_newest_first(ledger: LedgerRepository) -> None:
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    ledger.record("huggingface.co", "hub-search", 1200, at=start)
    ledger.record("cdn-lfs.hf.co", "download", 5_000_000, at=start + timedelta(minutes=1))
    first, second = ledger.recent(10)
    assert (first.host, first.purpose, first.nbytes) == ("cdn-lfs.hf.co", "download", 5_000_000)
    assert first.at == start + timedelta(minutes=1)
    assert first.at.tzinfo is UTC
    assert second.host == "huggingface.co"
    assert ledger.recent(1) == [first]


def test_count_since_and_summary(ledger: LedgerRepository) -> None:
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    for minute, (host, purpose, size) in enumerate(
        [
            ("huggingface.co", "download", 100),
            ("huggingface.co", "download", 200),
            ("huggingface.co", "hub-search", 7),
            ("gpu-box.example.org", "remote-chat", 50),
        ]
    ):
        ledger.record(host, purpose, size, at=start + timedelta(minutes=minute))
    assert ledger.count_since(None) == 4
    assert ledger.count_since(start) == 3
    assert ledger.count_since(start + timedelta(hours=1)) == 0
    assert ledger.summary() == [
        LedgerTotal("huggingface.co", "download", 2, 300),
        LedgerTotal("gpu-box.example.org", "remote-chat", 1, 50),
        LedgerTotal("huggingface.co", "hub-search", 1, 7),
    ]
    assert ledger.summary(since=start + timedelta(minutes=1, seconds=30)) == [
        LedgerTotal("gpu-box.example.org", "remote-chat", 1, 50),
        LedgerTotal("huggingface.co", "hub-search", 1, 7),
    ]


def test_latest_install_ignores_team_server_models(db: Database, ledger: LedgerRepository) -> None:
    assert ledger.latest_install() is None
    models = ModelRepository(db)
    fields = {"size_bytes": 1, "architecture": "llama", "engine": "llama_cpp"}
    local = models.add(
        name="SmolLM2", path="/m/a.gguf", source="download", context_length=8, **fields
    )
    models.add(
        name="Qwen (on box)",
        path="remote:box/qwen",
        source="remote",
        context_length=8,
        size_bytes=0,
        architecture="remote",
        engine="remote",
    )
    install = ledger.latest_install()
    assert install is not None
    assert (install.model_id, install.name, install.at) == (local.id, "SmolLM2", local.added_at)


def test_recording_from_many_threads_loses_nothing(ledger: LedgerRepository) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def worker(n: int) -> None:
        try:
            barrier.wait()
            for i in range(50):
                ledger.record(f"host{n}.example", "download", i)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert ledger.count_since(None) == 200
    totals = {t.host: (t.count, t.nbytes) for t in ledger.summary()}
    assert totals == {f"host{n}.example": (50, sum(range(50))) for n in range(4)}
