"""open_core, and open_core for the window: storage left for after the first paint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from localchat.bootstrap import FIRST_PAGE, Core, open_core
from localchat.errors import UserFacingError
from localchat.paths import AppPaths, resolve_paths
from localchat.storage import SCHEMA_VERSION


def _history(paths: AppPaths, conversations: int = 3) -> None:
    """A history with a half-written answer (as a kill leaves it); closed."""
    core = open_core(paths)
    for number in range(conversations):
        conversation = core.conversations.create(f"Chat {number}")
        core.conversations.add_message(conversation.id, "user", "Hello?")
        core.conversations.add_message(conversation.id, "assistant", "Half an", "partial")
    core.close()


def _statuses(paths: AppPaths) -> list[str]:
    with sqlite3.connect(paths.database_file) as connection:
        rows = connection.execute("SELECT status FROM messages WHERE role = 'assistant'")
        statuses = [row[0] for row in rows]
    connection.close()
    return statuses


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


def test_the_first_start_opens_the_database_at_once(paths: AppPaths) -> None:
    core = open_core(paths, defer_storage=True)
    try:
        assert core.storage_open  # nothing to read yet: created, migrated, model registered
        assert [m.source for m in core.models.list()] == ["bundled"]
    finally:
        core.close()


def test_later_the_window_reads_its_first_page_and_opens_storage_after(
    paths: AppPaths,
) -> None:
    _history(paths)
    full = open_core(paths)
    expected_page = full.conversations.list_recent(limit=FIRST_PAGE)
    expected_models = full.models.list()
    full.close()  # it marked the partial answers: half-written again, as after a kill
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE messages SET status = 'partial' WHERE role = 'assistant'")
    connection.close()

    core = open_core(paths, defer_storage=True)
    assert not core.storage_open
    assert core.conversations.list_recent(limit=FIRST_PAGE) == expected_page
    assert core.models.list() == expected_models
    assert not core.storage_open  # those two reads are all the first frame makes
    assert _statuses(paths) == ["partial"] * 3  # nothing written yet
    core.open_storage()
    try:
        assert core.storage_open
        assert _statuses(paths) == ["interrupted"] * 3
        assert core.database.revision() == SCHEMA_VERSION
        assert core.conversations.list_recent(limit=FIRST_PAGE) == expected_page
    finally:
        core.close()


def test_anything_else_used_early_opens_the_storage_first(paths: AppPaths) -> None:
    """Correct in any order: a write before open_storage migrates and marks first."""
    _history(paths, conversations=1)
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE messages SET status = 'partial' WHERE role = 'assistant'")
    connection.close()
    core = open_core(paths, defer_storage=True)
    stand_in = core.conversations  # what the services hold
    try:
        created = stand_in.create("Made before the first paint")
        assert core.storage_open
        assert _statuses(paths) == ["interrupted"]
        assert stand_in.get(created.id).title == "Made before the first paint"
        core.open_storage()  # the window's call after its first paint: nothing left to do
        assert core.conversations.get(created.id) == stand_in.get(created.id)
    finally:
        core.close()


def test_a_core_never_opened_closes_without_opening(paths: AppPaths) -> None:
    _history(paths, conversations=1)
    core = open_core(paths, defer_storage=True)
    core.close()
    assert not core.storage_open


def test_an_older_file_is_migrated_before_the_window_as_before(paths: AppPaths) -> None:
    _history(paths, conversations=1)
    from alembic import command

    from localchat.storage.database import _make_engine, alembic_config

    engine = _make_engine(paths.database_file, migrating=True)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    core = open_core(paths, defer_storage=True)
    try:
        assert core.storage_open
        assert core.database.revision() == SCHEMA_VERSION
        assert list(paths.database_file.parent.glob("localchat.db.backup-0002-*"))
    finally:
        core.close()


def test_a_newer_file_is_refused_before_the_window_as_before(paths: AppPaths) -> None:
    _history(paths, conversations=1)
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = paths.database_file.read_bytes()
    with pytest.raises(UserFacingError, match="written by a newer version of LocalChat"):
        open_core(paths, defer_storage=True)
    assert paths.database_file.read_bytes() == before


def test_a_moved_bundled_model_is_registered_before_the_window(paths: AppPaths) -> None:
    """ensure_default_model would change the list the window shows: it runs first."""
    _history(paths, conversations=1)
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE installed_models SET path = '/old/place/model.gguf'")
    connection.close()
    core: Core = open_core(paths, defer_storage=True)
    try:
        assert core.storage_open
        assert [Path(m.path).name for m in core.models.list()] != ["model.gguf"]
        assert all(m.path != "/old/place/model.gguf" for m in core.models.list())
    finally:
        core.close()
