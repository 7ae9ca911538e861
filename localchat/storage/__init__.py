"""Storage: the SQLite history and model manifest, handed out as plain frozen records."""

from localchat.storage.conversations import ConversationRepository
from localchat.storage.database import SCHEMA_VERSION, Database
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
    "InstalledModel",
    "Message",
    "MessageStatus",
    "ModelRepository",
    "SearchHit",
]
