"""The SQLite database file: opening, pragmas, Alembic migrations with a backup, sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.storage.revision import SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration or revision check is needed: it costs a few
# hundred milliseconds of start-up, and an up-to-date file never needs it.

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26


@dataclass(frozen=True)
class _FileState:
    """What a cheap read-only look at an existing file found."""

    revision: str | None
    has_version_table: bool
    has_other_tables: bool


def alembic_config(url: str | URL | None = None) -> Config:
    """Return an Alembic config pointing at the packaged migrations (no ini file, no logging)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        rendered = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def known_revisions() -> set[str]:
    """Return every revision id the packaged migration scripts know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _set_pragmas(dbapi_connection: sqlite3.Connection, *, foreign_keys: bool) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _make_engine(path: Path, *, migrating: bool = False) -> Engine:
    """Create an engine whose every connection gets LocalChat's pragmas.

    The migration engine turns foreign keys off (batch mode rebuilds tables, and a drop
    of a parent table would otherwise cascade) and makes DDL transactional.
    """
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if migrating:
            dbapi_connection.isolation_level = None
        _set_pragmas(dbapi_connection, foreign_keys=not migrating)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        problem = _storage_problem(path, context.original_exception)
        if problem is not None:
            raise problem from context.original_exception

    if migrating:

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _not_a_database(path: Path, error: Exception) -> UserFacingError:
    log.warning("Cannot read %s as SQLite: %s", path, error)
    return UserFacingError(
        translate(
            "StorageErrors",
            "The chat history file {file} is damaged or is not a LocalChat history.",
        ).format(file=path),
        translate(
            "StorageErrors",
            "Move the file somewhere else and start LocalChat again to begin a new history.",
        ),
    )


def _storage_problem(path: Path, error: BaseException) -> UserFacingError | None:
    """The plain-words error for a full disk, a failing write or a damaged file; else None."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        log.warning("Disk full while using %s: %s", path, error)
        return UserFacingError(
            translate(
                "StorageErrors", "The disk is full, so LocalChat could not save your history."
            ),
            translate("StorageErrors", "Free some space on the disk, then try again."),
        )
    if primary == _SQLITE_IOERR:
        log.warning("I/O error on %s: %s", path, error)
        return UserFacingError(
            translate(
                "StorageErrors",
                "LocalChat could not read or write its history file {file}: the disk may be "
                "full, or the drive may have a problem.",
            ).format(file=path),
            translate(
                "StorageErrors", "Free some space on the disk and check the drive, then try again."
            ),
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _not_a_database(path, error)
    return None


def _probe(path: Path) -> _FileState:
    """Read the schema revision without writing anything to the file."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            names = {row[0] for row in rows}
            revision = None
            if "alembic_version" in names:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise _not_a_database(path, error) from error
    return _FileState(revision, "alembic_version" in names, bool(names - {"alembic_version"}))


def _create_file(path: Path) -> None:
    """Create an empty database file readable only by its owner."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def backup_file(path: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's backup API to ``<name>.backup-<rev>-<timestamp>``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.backup-{revision or 'base'}-{stamp}")
    _create_file(target)
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    log.info("Backed up %s to %s before migrating", path, target)
    return target


def _check_can_migrate(path: Path, state: _FileState) -> None:
    """Refuse a file from a newer LocalChat, or a SQLite file that is not ours."""
    if state.revision is not None and state.revision not in known_revisions():
        log.warning("%s has unknown schema revision %s", path, state.revision)
        raise UserFacingError(
            translate(
                "StorageErrors",
                "This history was written by a newer version of LocalChat and cannot be "
                "opened by this one.",
            ),
            translate("StorageErrors", "Update LocalChat to the latest version to open it."),
        )
    if not state.has_version_table and state.has_other_tables:
        raise UserFacingError(
            translate(
                "StorageErrors", "The file {file} is a database, but not a LocalChat history."
            ).format(file=path),
            translate(
                "StorageErrors",
                "Choose another data folder, or move the file away and start LocalChat again.",
            ),
        )


def _migrate(path: Path) -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    engine = _make_engine(path, migrating=True)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                log.warning("Foreign key problems after migrating %s: %s", path, problems)
    except CommandError as error:
        raise RuntimeError(f"Migrating {path} failed: {error}") from error
    finally:
        engine.dispose()


class Database:
    """An open LocalChat database file.

    Use :meth:`open`; hand the instance to the repositories, which open one short
    session per operation.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if needed) and migrate the database at ``path``.

        Raises UserFacingError for a file from a newer LocalChat (left untouched) or a
        file that is not a LocalChat SQLite database.
        """
        path = Path(path)
        if path.is_dir():
            raise _not_a_database(path, IsADirectoryError(str(path)))
        existing = path.exists() and path.stat().st_size > 0
        if not path.exists():
            _create_file(path)
        state = _probe(path) if existing else _FileState(None, False, False)
        if state.revision != SCHEMA_VERSION:
            _check_can_migrate(path, state)
            if existing:
                backup_file(path, state.revision)
            log.info("Migrating %s from %s to %s", path, state.revision, SCHEMA_VERSION)
            _migrate(path)
        return cls(path, _make_engine(path))

    def session(self) -> Session:
        """Return a new short-lived session (objects stay readable after commit)."""
        return self._sessions()

    def integrity_ok(self) -> bool:
        """Return True when SQLite's integrity check finds no problem."""
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).fetchall()
        return [tuple(row) for row in rows] == [("ok",)]

    def revision(self) -> str | None:
        """Return the Alembic revision stored in the file."""
        with self.engine.connect() as connection:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None

    def close(self) -> None:
        """Close every pooled connection (SQLite then checkpoints the WAL)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
