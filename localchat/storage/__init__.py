"""Storage: the SQLite history and model manifest, handed out as plain frozen records."""

from localchat.storage.conversations import ConversationRepository
from localchat.storage.database import SCHEMA_VERSION, Database
from localchat.storage.job_records import DocumentJob, JobKind, JobPart, JobStatus
from localchat.storage.jobs import JobRepository
from localchat.storage.ledger import LedgerEntry, LedgerRepository, LedgerTotal, ModelInstall
from localchat.storage.models_repo import ModelRepository
from localchat.storage.records import (
    Conversation,
    InstalledModel,
    Message,
    MessageStatus,
    SearchHit,
)

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
