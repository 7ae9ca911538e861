"""Deleting a conversation deletes the model state kept for it, and no other."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from localchat.engines.state_cache import SavedState, state_file, state_folder, write_state
from localchat.services.background import BackgroundRunner
from localchat.services.library import LibraryService
from localchat.storage import ConversationRepository, Database, ModelRepository


def test_deleting_a_conversation_deletes_its_state(qtbot: QtBot, tmp_path: Path) -> None:
    database = Database.open(tmp_path / "localchat.db")
    runner = BackgroundRunner()
    folder = state_folder(tmp_path)
    library = LibraryService(
        ConversationRepository(database), ModelRepository(database), runner, None, folder
    )
    try:
        kept, deleted = (library._conversations.create(title) for title in ("kept", "deleted"))
        state = SavedState("f", tuple(range(70)), 70, b"kv")
        for conversation in (kept, deleted):
            write_state(state_file(folder, conversation.id), state)
        with qtbot.waitSignal(library.conversations_changed):
            library.delete(deleted.id)
        assert not state_file(folder, deleted.id).exists()
        assert state_file(folder, kept.id).exists()
    finally:
        runner.wait()
        database.close()
