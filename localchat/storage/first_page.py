"""The window's first frame with plain sqlite3: the newest conversations and the models.

SQLAlchemy and the repositories take a few hundred milliseconds to import, so the window
shows from this small read-only query and opens the database (migrations, backup) after
its first paint (bench/RESULTS.md section 13). Only a file at this version's schema is read;
for any other (none yet, older, newer, damaged, not ours) the answer is None, and the
caller opens the database first as before, with its checks and its messages.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from localchat.storage.records import Conversation, InstalledModel
from localchat.storage.revision import SCHEMA_VERSION

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

# The columns of Conversation and InstalledModel, in their fields' order; the same rows and
# order as ConversationRepository.list_recent and ModelRepository.list (a test compares).
_CONVERSATIONS = (
    "SELECT id, title, created_at, updated_at, model_id, system_prompt, settings, title_is_auto"
    " FROM conversations ORDER BY updated_at DESC, id DESC LIMIT ?"
)
_MODELS = (
    "SELECT id, name, path, source, source_repo, source_file, revision, sha256, size_bytes,"
    " architecture, quantization, engine, context_length, parameter_count, model_type,"
    " added_at FROM installed_models ORDER BY name, id"
)


@dataclass(frozen=True)
class FirstPage:
    """What the window's first frame shows: ``limit`` newest conversations, every model."""

    limit: int
    conversations: list[Conversation]
    models: list[InstalledModel]


def _utc(stored: str) -> datetime:
    """A stored naive-UTC timestamp (SQLAlchemy's "YYYY-MM-DD HH:MM:SS.ffffff") as aware UTC."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _conversation(row: tuple) -> Conversation:
    id_, title, created, updated, model_id, prompt, settings, auto = row
    return Conversation(
        id_,
        title,
        _utc(created),
        _utc(updated),
        model_id,
        prompt,
        (json.loads(settings) if settings else None) or {},
        bool(auto),
    )


def _model(row: tuple) -> InstalledModel:
    return InstalledModel(*row[:-1], added_at=_utc(row[-1]))


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    """Read the newest ``limit`` conversations and the models, without writing anything.

    None when the file is missing or empty, is not at SCHEMA_VERSION, or cannot be read.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.execute("BEGIN")  # one snapshot for the three reads
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != SCHEMA_VERSION:
                return None
            conversations = connection.execute(_CONVERSATIONS, (limit,)).fetchall()
            models = connection.execute(_MODELS).fetchall()
        finally:
            connection.close()
        return FirstPage(
            limit, [_conversation(row) for row in conversations], [_model(row) for row in models]
        )
    except (sqlite3.Error, ValueError) as error:  # the full open says what is wrong
        log.info("Reading the first page of %s with sqlite3 failed: %s", path, error)
        return None
