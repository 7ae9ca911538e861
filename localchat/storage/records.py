"""Plain frozen records that storage hands out: conversations, messages, models, search hits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from localchat.storage.source_records import Source

MessageStatus = Literal["complete", "partial", "stopped", "interrupted", "failed"]
MessageRole = Literal["system", "user", "assistant"]
ModelSource = Literal["bundled", "download", "import", "remote"]
EngineName = Literal["llama_cpp", "ctransformers", "remote"]

MESSAGE_STATUSES: tuple[str, ...] = get_args(MessageStatus)
MESSAGE_ROLES: tuple[str, ...] = get_args(MessageRole)
MODEL_SOURCES: tuple[str, ...] = get_args(ModelSource)
ENGINE_NAMES: tuple[str, ...] = get_args(EngineName)


@dataclass(frozen=True)
class Conversation:
    """One chat: its title, chosen model, system prompt and per-chat settings."""

    id: int
    title: str
    created_at: datetime
    updated_at: datetime
    model_id: int | None
    system_prompt: str
    settings: dict[str, Any] = field(hash=False)
    title_is_auto: bool = False


@dataclass(frozen=True)
class Message:
    """One message of a conversation, with generation statistics for assistant answers."""

    id: int
    conversation_id: int
    role: str
    text: str
    created_at: datetime
    status: MessageStatus
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    generation_seconds: float | None = None
    tokens_per_second: float | None = None
    # The numbered passages of the user's documents the answer was given; None when it was
    # not asked to use them, empty when they were searched and nothing relevant was found.
    sources: tuple[Source, ...] | None = field(default=None, hash=False)


@dataclass(frozen=True)
class InstalledModel:
    """The manifest entry of one model file on disk."""

    id: int
    name: str
    path: str
    source: str
    source_repo: str | None
    source_file: str | None
    revision: str | None
    sha256: str | None
    size_bytes: int
    architecture: str
    quantization: str | None
    engine: str
    context_length: int
    parameter_count: int | None
    model_type: str | None
    added_at: datetime


@dataclass(frozen=True)
class SearchHit:
    """A search result: a matching message, or a conversation whose title matched.

    ``message_id`` is None when the title matched. ``snippet`` wraps each match in «».
    ``related``: found by meaning only (tasks/history_search.py), no word matched.
    """

    conversation_id: int
    conversation_title: str
    message_id: int | None
    snippet: str
    created_at: datetime
    related: bool = False
