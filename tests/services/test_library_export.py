"""LibraryService.export: every conversation streamed in batches, progress on the GUI thread,
a single conversation as before, and a full disk reported in plain words with no file."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

import localchat.services.library as library
import localchat.tasks.export as export
from localchat.services.background import BackgroundRunner
from localchat.services.library import LibraryService
from localchat.storage import ConversationRepository, Database, ModelRepository

# Hand-written expected exports (shared with tests/tasks/test_export.py).
EXPECTED = Path(__file__).parent.parent / "tasks" / "data"


@pytest.fixture
def service(qtbot: QtBot, tmp_path: Path) -> Iterator[LibraryService]:
    db = Database.open(tmp_path / "data" / "localchat.db")
    runner = BackgroundRunner()
    svc = LibraryService(ConversationRepository(db), ModelRepository(db), runner)
    yield svc
    runner.wait()
    db.close()


def fill(service: LibraryService, count: int) -> list[int]:
    repo = service._conversations  # the store the service reads, filled directly
    for c in range(count):
        conversation = repo.create(f"chat {c}")
        for m in range(c % 3):
            repo.add_message(conversation.id, "user" if m % 2 == 0 else "assistant", f"text {m}")
    return [c.id for c in repo.list_recent(limit=100)]


def test_export_all_streams_every_conversation_newest_first(
    qtbot: QtBot, service: LibraryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library, "EXPORT_BATCH", 2)
    ids = fill(service, 5)
    target = tmp_path / "all.md"

    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[tuple[int, int, bool]] = []

        def on_progress(self, done: int, total: int) -> None:
            self.seen.append((done, total, QThread.currentThread() is self.thread()))

    receiver = Receiver()
    service.export_progress.connect(receiver.on_progress)
    with qtbot.waitSignal(service.export_finished, timeout=5000) as finished:
        service.export(target, None)

    assert finished.args == [str(target)]
    assert ids == [5, 4, 3, 2, 1]  # newest first
    assert target.read_bytes() == (EXPECTED / "library_export_five_chats.md").read_bytes()
    qtbot.waitUntil(lambda: len(receiver.seen) == 3)
    assert receiver.seen == [(2, 5, True), (4, 5, True), (5, 5, True)]


def test_export_one_conversation_as_json(
    qtbot: QtBot, service: LibraryService, tmp_path: Path
) -> None:
    ids = fill(service, 3)
    target = tmp_path / "one.json"
    with qtbot.waitSignal(service.export_finished, timeout=5000):
        service.export(target, ids[1])
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["id"] == ids[1]
    assert [m["text"] for m in exported["messages"]] == [m.text for m in service.messages(ids[1])]


def test_a_full_disk_is_reported_in_plain_words_and_leaves_no_file(
    qtbot: QtBot, service: LibraryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(service, 4)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "all.md").write_text("the previous export", encoding="utf-8")

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", no_room)
    with qtbot.waitSignal(service.failed, timeout=5000) as failed:
        service.export(folder / "all.md", None)
    assert failed.args == [
        "The disk is full, so all.md could not be saved. Free some space, then export again."
    ]
    assert [p.name for p in folder.iterdir()] == ["all.md"]
    assert (folder / "all.md").read_text(encoding="utf-8") == "the previous export"
