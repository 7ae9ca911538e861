"""Storage: the SQLite history and model manifest, handed out as plain frozen records.

The names below are imported on first use (PEP 562): the records cost nothing, while a
repository or ``Database`` brings SQLAlchemy (a few hundred milliseconds). The window shows
its first frame from ``storage.first_page`` (plain sqlite3) and opens the rest after it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from localchat.storage.conversations import ConversationRepository
    from localchat.storage.database import Database
    from localchat.storage.job_records import DocumentJob, JobKind, JobPart, JobStatus
    from localchat.storage.jobs import JobRepository
    from localchat.storage.ledger import LedgerRepository
    from localchat.storage.ledger_records import LedgerEntry, LedgerTotal, ModelInstall
    from localchat.storage.models_repo import ModelRepository
    from localchat.storage.records import (
        Conversation,
        InstalledModel,
        Message,
        MessageStatus,
        SearchHit,
    )
    from localchat.storage.revision import SCHEMA_VERSION

_HOMES = {
    "SCHEMA_VERSION": "revision",
    "Conversation": "records",
    "ConversationRepository": "conversations",
    "Database": "database",
    "DocumentJob": "job_records",
    "InstalledModel": "records",
    "JobKind": "job_records",
    "JobPart": "job_records",
    "JobRepository": "jobs",
    "JobStatus": "job_records",
    "LedgerEntry": "ledger_records",
    "LedgerRepository": "ledger",
    "LedgerTotal": "ledger_records",
    "Message": "records",
    "MessageStatus": "records",
    "ModelInstall": "ledger_records",
    "ModelRepository": "models_repo",
    "SearchHit": "records",
}

__all__ = [
    "SCHEMA_VERSION",
    "Conversation",
    "ConversationRepository",
    "Database",
    "DocumentJob",
    "InstalledModel",
    "JobKind",
    "JobPart",
    "JobRepository",
    "JobStatus",
    "LedgerEntry",
    "LedgerRepository",
    "LedgerTotal",
    "Message",
    "MessageStatus",
    "ModelInstall",
    "ModelRepository",
    "SearchHit",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
