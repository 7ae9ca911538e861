"""A full disk, a damaged or newer history file, and every older schema: nothing is lost."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from badinput_support import assert_plain_failure, integrity, run_localchat, table_rows
from sqlalchemy import event

from localchat.errors import UserFacingError
from localchat.storage import (
    SCHEMA_VERSION,
    ConversationRepository,
    Database,
    JobRepository,
    ModelRepository,
)
from localchat.storage.database import _make_engine, alembic_config, known_revisions


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _history(path: Path, conversations: int = 2, messages: int = 10) -> Path:
    """A real history file with a few conversations, closed (WAL checkpointed)."""
    with Database.open(path) as db:
        repo = ConversationRepository(db)
        for number in range(conversations):
            conversation = repo.create(f"Chat {number}")
            for index in range(messages):
                role = "user" if index % 2 == 0 else "assistant"
                text = f"Message {number}.{index}: " + "some saved words " * 20
                repo.add_message(conversation.id, role, text)
    return path


DISK_FULL = """
import json, resource, signal, sys
from pathlib import Path
from localchat.errors import UserFacingError
from localchat.storage import ConversationRepository, Database

path = Path(sys.argv[1])
db = Database.open(path)
repo = ConversationRepository(db)
conversation_id = 1
files = [path, path.with_name(path.name + "-wal")]
limit = max(f.stat().st_size for f in files if f.exists()) + 96 * 1024
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
outcome = {"saved": []}
for index in range(2000):
    text = f"Written near the limit {index}: " + "x" * 4000
    try:
        repo.add_message(conversation_id, "user", text)
    except UserFacingError as error:
        outcome.update(kind="UserFacingError", message=error.message, action=error.action)
        break
    except Exception as error:
        outcome.update(kind=type(error).__name__, message=str(error))
        break
    outcome["saved"].append(text)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
repo.add_message(conversation_id, "user", "after space was freed")  # the app goes on
outcome["saved"].append("after space was freed")
db.close()
print(json.dumps(outcome))
"""


def test_disk_full_while_saving_is_plain_and_loses_nothing(tmp_path) -> None:
    path = _history(tmp_path / "localchat.db")
    before = table_rows(path)
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL, str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["kind"] == "UserFacingError", outcome
    assert "disk" in outcome["message"] and "Free some space" in outcome["action"]
    assert "sqlite" not in outcome["message"].lower()
    assert len(outcome["saved"]) > 1  # some were saved before the limit
    with Database.open(path) as db:
        assert db.integrity_ok()
        after = table_rows(path)
        assert after["messages"][: len(before["messages"])] == before["messages"]
        texts = [m.text for m in ConversationRepository(db).messages(1)]
        assert texts[len(before["messages"]) // 2 :] == outcome["saved"]
        assert ConversationRepository(db).search("freed")


def test_a_full_database_says_the_disk_is_full(tmp_path) -> None:
    """SQLite's own "database or disk is full" (forced with max_page_count) in plain words."""
    path = _history(tmp_path / "localchat.db", conversations=1)
    db = Database.open(path)
    repo = ConversationRepository(db)
    before = table_rows(path)

    def cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {path.stat().st_size // 4096 + 4}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()
    with pytest.raises(UserFacingError) as caught:
        for _ in range(200):
            repo.add_message(1, "assistant", "y" * 8000)
    assert caught.value.message == "The disk is full, so LocalChat could not save your history."
    assert caught.value.action
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    repo.add_message(1, "user", "room again")  # works once there is space
    assert db.integrity_ok()
    db.close()
    assert table_rows(path)["messages"][: len(before["messages"])] == before["messages"]


def _damage(path: Path, start: int, end: int) -> str:
    data = bytearray(path.read_bytes())
    data[start:end] = random.Random(start).randbytes(end - start)
    path.write_bytes(bytes(data))
    return _digest(path)


def _page_of(path: Path, index: str) -> int:
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    return (root - 1) * size, size


def test_a_history_damaged_where_start_up_reads_is_refused(data_dir) -> None:
    """Random bytes over a page that start-up reads (the message status index)."""
    path = _history(data_dir / "localchat.db", conversations=5, messages=60)
    offset, size = _page_of(path, "ix_messages_status")
    digest = _damage(path, offset, offset + size)
    result = run_localchat(data_dir, "models", "list")
    assert_plain_failure(result, "is damaged or is not a LocalChat history", "Move the file")
    assert _digest(path) == digest


def test_a_history_damaged_in_the_middle_fails_plainly_when_read(data_dir) -> None:
    """Start-up reads only a few pages; the damage shows plainly once a chat is read."""
    path = _history(data_dir / "localchat.db", conversations=5, messages=60)
    length = path.stat().st_size
    digest = _damage(path, length * 2 // 5, length * 3 // 5)
    with pytest.raises(UserFacingError) as caught:
        with Database.open(path) as db:
            repo = ConversationRepository(db)
            for conversation in repo.list_recent():
                repo.messages(conversation.id)
            repo.search("saved")
    assert "is damaged or is not a LocalChat history" in caught.value.message
    assert _digest(path) == digest


def test_a_history_from_a_newer_version_is_refused_untouched(tmp_path, data_dir) -> None:
    path = _history(data_dir / "localchat.db")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    digest = _digest(path)
    result = run_localchat(data_dir, "models", "list")
    assert_plain_failure(result, "written by a newer version of LocalChat", "Update LocalChat")
    assert _digest(path) == digest
    assert not list(data_dir.glob("localchat.db.backup-*"))


@pytest.mark.parametrize(
    "content", [b"just text, not a database\n" * 100, bytes(4096)], ids=["text", "zeros"]
)
def test_a_file_that_is_not_a_database(tmp_path, content) -> None:
    path = tmp_path / "localchat.db"
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match="is damaged or is not a LocalChat history"):
        Database.open(path)
    assert path.read_bytes() == content


# --- a fixture database at every schema revision below head, upgraded -------------------

_FILLERS = {"INTEGER": 0, "BOOLEAN": 0, "FLOAT": 0.0, "DATETIME": "2024-12-01 10:00:00"}


def _insert(connection, table: str, values: dict) -> None:
    """Insert the known values; any other required column of that revision gets a filler."""
    columns = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    row = {}
    for _cid, name, type_, notnull, default, pk in columns:
        if name in values:
            row[name] = values[name]
        elif notnull and default is None and not pk:
            row[name] = "{}" if type_ == "JSON" else _FILLERS.get(type_.split("(")[0], "")
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    connection.exec_driver_sql(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values())
    )


def _fixture_at(path: Path, revision: str) -> dict[str, int]:
    """A history written by the LocalChat whose schema was ``revision``, with sample rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _make_engine(path, migrating=True)
    when = "2024-12-01 10:00:00"
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        _insert(
            connection,
            "installed_models",
            {
                "id": 1,
                "name": f"Old model {revision}",
                "path": "/models/old.gguf",
                "source": "import",
                "size_bytes": 1234,
                "architecture": "llama",
                "engine": "llama_cpp",
                "context_length": 2048,
                "added_at": when,
            },
        )
        _insert(
            connection,
            "conversations",
            {
                "id": 1,
                "title": f"Kept chat {revision}",
                "title_is_auto": 0,
                "created_at": when,
                "updated_at": when,
                "model_id": 1,
                "system_prompt": "Be brief.",
                "settings": '{"temperature": 0.2}',
            },
        )
        for index, role in enumerate(["user", "assistant", "user"]):
            _insert(
                connection,
                "messages",
                {
                    "conversation_id": 1,
                    "role": role,
                    "text": f"zebra message {index} from {revision}",
                    "created_at": when,
                    "status": "complete",
                },
            )
        if "document_jobs" in tables:
            _insert(
                connection,
                "document_jobs",
                {
                    "id": 1,
                    "kind": "summarize",
                    "title": f"Old job {revision}",
                    "source_name": "a.txt",
                    "source_size": 10,
                    "source_sha256": "0" * 64,
                    "options": "{}",
                    "status": "finished",
                    "total_parts": 1,
                    "created_at": when,
                    "updated_at": when,
                    "result_text": "The summary.",
                    "model_id": 1,
                },
            )
            _insert(
                connection,
                "job_parts",
                {
                    "job_id": 1,
                    "index": 0,
                    "input_text": "in",
                    "output_text": "out",
                    "status": "finished",
                    "updated_at": when,
                },
            )
    engine.dispose()
    return {name: len(rows) for name, rows in table_rows(path).items()}


OLDER_REVISIONS = sorted(known_revisions() - {SCHEMA_VERSION})


def test_every_older_revision_is_known() -> None:
    assert SCHEMA_VERSION in known_revisions()
    assert OLDER_REVISIONS  # 0001 at least


@pytest.mark.parametrize("revision", OLDER_REVISIONS)
def test_a_history_at_an_older_revision_is_upgraded(tmp_path, revision) -> None:
    path = tmp_path / "data" / "localchat.db"
    counts = _fixture_at(path, revision)
    with Database.open(path) as db:
        assert db.revision() == SCHEMA_VERSION
        assert db.integrity_ok()
        conversations = ConversationRepository(db)
        (conversation,) = conversations.list_recent()
        assert conversation.title == f"Kept chat {revision}"
        assert conversation.model_id == 1
        assert conversation.system_prompt == "Be brief."
        assert conversation.settings == {"temperature": 0.2}
        texts = [m.text for m in conversations.messages(conversation.id)]
        assert texts == [f"zebra message {i} from {revision}" for i in range(3)]
        assert len(conversations.search("zebra")) >= 1  # full-text search survived
        assert ModelRepository(db).get(1).name == f"Old model {revision}"
        if "document_jobs" in counts:
            jobs = JobRepository(db)
            assert jobs.get(1).title == f"Old job {revision}"
            assert [p.output_text for p in jobs.parts(1)] == ["out"]
        conversations.add_message(conversation.id, "user", "written after the upgrade")
    upgraded = {name: len(rows) for name, rows in table_rows(path).items()}
    for table, count in counts.items():
        if table != "alembic_version":
            expected = count + (1 if table == "messages" else 0)
            assert upgraded[table] == expected, table
    (backup,) = path.parent.glob(f"{path.name}.backup-{revision}-*")
    assert integrity(backup) == [("ok",)]
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision,)
        ]
        assert connection.execute("SELECT count(*) FROM messages").fetchone() == (3,)
    connection.close()
