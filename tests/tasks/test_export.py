"""Conversation export: the bytes of hand-written files (tests/tasks/data/export_*), streamed
one conversation at a time, atomic (no half file, an older file kept) and a plain sentence for
a full disk."""

from __future__ import annotations

import builtins
import errno
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import localchat.tasks.export as export
from localchat.errors import UserFacingError
from localchat.storage import Conversation, Message
from localchat.tasks.export import export_conversations, write_atomically

Item = tuple[Conversation, list[Message]]
DATA = Path(__file__).parent / "data"


def make_items(count: int) -> list[Item]:
    """Conversations with every role and status (from 4 on), non-ASCII text and quotes to escape.

    The first conversation has no messages; the second a system prompt.
    """
    statuses = ["complete", "stopped", "interrupted", "failed", "partial"]
    items: list[Item] = []
    for c in range(count):
        when = datetime(2025, 3, 1, 12, c % 60, tzinfo=UTC)
        conversation = Conversation(
            id=c + 1,
            title=f'Chat {c} – «Zürich» "quoted"',
            created_at=when,
            updated_at=when,
            model_id=None,
            system_prompt="  Be brief.\nReally.  " if c % 2 else "",
            settings={},
        )
        messages = [
            Message(
                id=100 * c + m,
                conversation_id=c + 1,
                role=["system", "user", "assistant"][m % 3],
                text=f"  Line {m} of {c}\n\nsecond paragraph, tab\there, 日本語 \\ backslash  ",
                created_at=when,
                status=statuses[(c + m) % len(statuses)],  # type: ignore[arg-type]
            )
            for m in range(c % 4)  # the first conversation has no messages
        ]
        items.append((conversation, messages))
    return items


def expected(name: str) -> str:
    """A hand-written export, read as bytes are (no newline translation)."""
    return (DATA / name).read_bytes().decode("utf-8")


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", [".md", ".json"])
@pytest.mark.parametrize(
    ("chosen", "name"), [(slice(3, 4), "export_one"), (slice(0, 4), "export_four")]
)
def test_the_export_is_the_hand_written_file(
    tmp_path: Path, suffix: str, chosen: slice, name: str
) -> None:
    """One conversation is a document of its own; several are joined (Markdown: by a rule;
    JSON: a list). Text is kept as typed in JSON and trimmed in Markdown."""
    target = tmp_path / f"all{suffix}"
    assert export_conversations(target, iter(make_items(4)[chosen])) == target
    assert target.read_bytes().decode("utf-8") == expected(name + suffix)


@pytest.mark.parametrize(("suffix", "text"), [(".md", ""), (".json", "[]")])
def test_exporting_no_conversation_writes_an_empty_file_or_list(
    tmp_path: Path, suffix: str, text: str
) -> None:
    target = tmp_path / f"none{suffix}"
    export_conversations(target, iter([]))
    assert target.read_text(encoding="utf-8") == text


def test_a_long_json_export_is_valid_json_in_order(tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    export_conversations(target, iter(make_items(7)))
    loaded = json.loads(target.read_text(encoding="utf-8"))
    assert [c["id"] for c in loaded] == list(range(1, 8))
    assert [len(c["messages"]) for c in loaded] == [0, 1, 2, 3, 0, 1, 2]


def test_markdown_pulls_one_conversation_at_a_time(tmp_path: Path) -> None:
    pulled: list[int] = []

    def items() -> Iterator[Item]:
        for item in make_items(5):
            pulled.append(item[0].id)
            yield item

    seen: list[tuple[int, int]] = []
    export_conversations(
        tmp_path / "all.md", items(), lambda done: seen.append((done, len(pulled)))
    )
    assert seen == [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]


def test_json_reports_progress_for_each_conversation(tmp_path: Path) -> None:
    seen: list[int] = []
    export_conversations(tmp_path / "all.json", iter(make_items(4)), seen.append)
    assert seen == [1, 2, 3, 4]


@pytest.mark.parametrize("suffix", [".md", ".json"])
def test_a_failure_midway_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"all{suffix}"
    target.write_text("the previous export", encoding="utf-8")

    def items() -> Iterator[Item]:
        yield from make_items(3)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        export_conversations(target, items())
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert files_in(tmp_path) == [target.name]


class _FillingFile:
    """A text file on a disk that fills up after ``room`` characters."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, text: str) -> int:
        if len(text) > self._room:
            self._real.write(text[: self._room])
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(text)
        return self._real.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.mark.parametrize("suffix", [".md", ".json"])
def test_a_disk_that_fills_up_midway_gives_a_plain_error_and_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / f"all{suffix}"
    target.write_text("the previous export", encoding="utf-8")
    monkeypatch.setattr(
        export,
        "open",
        lambda *args, **kwargs: _FillingFile(builtins.open(*args, **kwargs), room=500),
        raising=False,
    )

    with pytest.raises(UserFacingError) as caught:
        export_conversations(target, iter(make_items(10)))

    assert str(caught.value) == (
        f"The disk is full, so all{suffix} could not be saved. Free some space, then export again."
    )
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert files_in(tmp_path) == [target.name]


def test_a_full_disk_when_flushing_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", no_room)
    with pytest.raises(UserFacingError, match="The disk is full"):
        export_conversations(tmp_path / "all.md", iter(make_items(3)))
    assert files_in(tmp_path) == []


def test_a_missing_folder_gives_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match=r"LocalChat could not save all\.md: .+\."):
        export_conversations(tmp_path / "gone" / "all.md", make_items(1))


def test_write_atomically_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert files_in(tmp_path) == ["notes.md"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_export_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        target = export_conversations(tmp_path / "all.md", make_items(1))
    finally:
        os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o644
