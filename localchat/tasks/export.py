"""Conversations exported to Markdown or JSON, written atomically."""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol, TextIO

from localchat.errors import UserFacingError, is_disk_full
from localchat.i18n import translate

log = logging.getLogger(__name__)

MARKDOWN_SEPARATOR = "\n\n---\n\n"
# Every write to the file releases the GIL for a moment. A GUI thread waiting for the GIL
# is woken by each release but loses the race to take it, and its 5 ms wait before asking
# for the GIL starts over: one write per conversation (a fraction of a millisecond apart)
# kept the window frozen for a whole batch of an export (20-80 ms). One write per MiB lets
# it in after at most the 5 ms switch interval.
WRITE_BUFFER_BYTES = 1 << 20

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
    created_at: datetime


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


@contextlib.contextmanager
def atomic_replace(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; once the block has written it, move it there.

    The file is flushed to disk before the move, so a crash, a full disk or an exception
    while writing never leaves half a file at ``path`` nor harms an older file there; the
    temporary file is removed. Disk errors become a UserFacingError.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield temp
        fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _save_error(path, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    log.info("Exported %s", path)


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text file written through ``atomic_replace``, with a large write buffer."""
    with atomic_replace(path) as temp:
        # os.open (not mkstemp) so that the export gets the usual permissions (umask).
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, 0o666)
        with open(fd, "w", encoding="utf-8", buffering=WRITE_BUFFER_BYTES) as handle:
            yield handle


def _save_error(path: Path, error: OSError) -> UserFacingError:
    if is_disk_full(error):
        return UserFacingError(
            translate("TaskErrors", "The disk is full, so {file} could not be saved.").format(
                file=path.name
            ),
            translate("TaskErrors", "Free some space, then export again."),
        )
    return UserFacingError(
        translate("TaskErrors", "LocalChat could not save {file}: {error}.").format(
            file=path.name, error=error.strerror or error
        ),
        translate("TaskErrors", "Check that the folder exists and can be written to."),
    )


def write_atomically(path: Path, text: str) -> None:
    """Write a file so that a crash never leaves half of it in place."""
    with atomic_text_file(path) as handle:
        handle.write(text)


def export_conversations(
    path: Path,
    items: Iterable[tuple[ExportableConversation, Sequence[ExportableMessage]]],
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Export one or more conversations; the format follows the file's suffix (.md or .json).

    ``items`` may be a generator: it is written one conversation at a time, never joined
    into one string, so memory stays small and no single call holds the GIL for long.
    ``progress`` is called with the number of conversations written after each one.
    """
    write = _write_json if path.suffix.lower() == ".json" else _write_markdown
    with atomic_text_file(path) as handle:
        write(handle, items, progress or _no_progress)
    return path


def _no_progress(_done: int) -> None:
    pass


def _write_markdown(
    handle: TextIO,
    items: Iterable[tuple[ExportableConversation, Sequence[ExportableMessage]]],
    progress: Callable[[int], None],
) -> None:
    for done, (conversation, messages) in enumerate(items, 1):
        if done > 1:
            handle.write(MARKDOWN_SEPARATOR)
        handle.write(conversation_markdown(conversation, messages))
        progress(done)


def _write_json(
    handle: TextIO,
    items: Iterable[tuple[ExportableConversation, Sequence[ExportableMessage]]],
    progress: Callable[[int], None],
) -> None:
    """One conversation is written as an object, several (or none) as a list of them.

    The bytes are those of ``json.dumps(payload, indent=2, ensure_ascii=False)``: each
    conversation is dumped alone and indented one level (no raw newline can occur inside a
    JSON string, so indenting every line is safe).
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, 2))
    if len(head) == 1:
        handle.write(_json(conversation_dict(*head[0])))
        progress(1)
        return
    handle.write("[")
    done = 0
    for conversation, messages in itertools.chain(head, iterator):
        handle.write(",\n  " if done else "\n  ")
        handle.write(_json(conversation_dict(conversation, messages)).replace("\n", "\n  "))
        done += 1
        progress(done)
    handle.write("\n]" if done else "]")


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
