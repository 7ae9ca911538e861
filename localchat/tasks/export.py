"""Conversations exported to Markdown or JSON, written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}
STATUS_NOTES = {
    "stopped": "(stopped)",
    "interrupted": "(interrupted)",
    "failed": "(failed)",
    "partial": "(unfinished)",
}


class ExportableConversation(Protocol):
    """What an export needs of a conversation."""

    id: int
    title: str
    system_prompt: str


class ExportableMessage(Protocol):
    """What an export needs of a message."""

    role: str
    text: str
    status: str


def conversation_markdown(
    conversation: ExportableConversation, messages: Sequence[ExportableMessage]
) -> str:
    """A readable Markdown transcript."""
    lines = [f"# {conversation.title}", ""]
    if conversation.system_prompt.strip():
        lines += [f"*System prompt:* {conversation.system_prompt.strip()}", ""]
    for message in messages:
        note = STATUS_NOTES.get(message.status, "")
        lines += [f"## {ROLE_NAMES.get(message.role, message.role)} {note}".rstrip(), ""]
        lines += [message.text.strip(), ""]
    return "\n".join(lines)


def conversation_dict(
    conversation: ExportableConversation, messages: Sequence[ExportableMessage]
) -> dict[str, object]:
    """A JSON-ready dictionary of a conversation and its messages."""
    return {
        "id": conversation.id,
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "messages": [
            {
                "role": m.role,
                "text": m.text,
                "status": m.status,
                "created_at": m.created_at.isoformat(),
            }
            for m in messages
        ],
    }


def write_atomically(path: Path, text: str) -> None:
    """Write a file so that a crash never leaves half of it in place."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def export_conversations(
    path: Path,
    items: Sequence[tuple[ExportableConversation, Sequence[ExportableMessage]]],
) -> Path:
    """Export one or more conversations; the format follows the file's suffix (.md or .json)."""
    if path.suffix.lower() == ".json":
        payload = [conversation_dict(c, m) for c, m in items]
        text = json.dumps(
            payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False
        )
    else:
        text = "\n\n---\n\n".join(conversation_markdown(c, m) for c, m in items)
    write_atomically(path, text)
    return path
