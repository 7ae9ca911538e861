"""Conversations and models for the window: short reads here, long scans on the pool."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.engines.state_cache import delete_state
from localchat.services.background import BackgroundRunner
from localchat.storage import Conversation, InstalledModel, Message, SearchHit
from localchat.tasks.export import export_conversations

if TYPE_CHECKING:  # the repositories bring SQLAlchemy: not before the window's first paint
    from localchat.storage import ConversationRepository, ModelRepository

logger = logging.getLogger(__name__)

# Meaning search in history: (query, word hits, title of a conversation) -> fused hits.
MeaningSearch = Callable[[str, list[SearchHit], Callable[[int], str]], list[SearchHit]]

NEW_CHAT_TITLE = "New chat"
AUTO_TITLE_LENGTH = 48
EXPORT_BATCH = 200  # conversations read per query; also how often export_progress fires


@dataclass(frozen=True)
class DeletedConversation:
    """What is needed to undo a delete."""

    conversation: Conversation
    messages: list[Message]


def title_from_message(text: str) -> str:
    """A short title from the first line of the first question."""
    line = " ".join(text.split())
    if len(line) <= AUTO_TITLE_LENGTH:
        return line or NEW_CHAT_TITLE
    return line[: AUTO_TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


class LibraryService(QObject):
    """The user's conversations and installed models.

    Signals:
        conversations_changed: The list of conversations or a title changed.
        conversation_created: A new conversation exists (lists may add it at the top
            instead of reloading; conversations_changed is not emitted for it).
            args: the Conversation.
        search_finished: A search completed. args: the query, list of SearchHit.
        export_progress: An export of every conversation moved on (on the GUI thread,
            every EXPORT_BATCH conversations and at the end). args: done, total.
        export_finished: An export was written. args: the file path.
        failed: A background job failed. args: a sentence for the user.
    """

    conversations_changed = Signal()
    conversation_created = Signal(object)
    search_finished = Signal(str, object)
    export_progress = Signal(int, int)
    export_finished = Signal(str)
    failed = Signal(str)
    # Emitted on the export thread; connected to a slot of self, so delivered queued.
    _export_progressed = Signal(int, int)

    def __init__(
        self,
        conversations: ConversationRepository,
        models: ModelRepository,
        runner: BackgroundRunner,
        parent: QObject | None = None,
        state_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._models = models
        self._runner = runner
        self._state_dir = state_dir  # the model states kept per conversation (state_cache)
        self._meaning: MeaningSearch | None = None
        self._export_progressed.connect(self._on_export_progressed)

    def recent(self, limit: int = 200, offset: int = 0) -> list[Conversation]:
        """Newest conversations first."""
        return self._conversations.list_recent(limit=limit, offset=offset)

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation."""
        return self._conversations.get(conversation_id)

    def messages(self, conversation_id: int) -> list[Message]:
        """A conversation's messages, oldest first."""
        return self._conversations.messages(conversation_id)

    def create(
        self, model_id: int | None, system_prompt: str = "", first_message: str = ""
    ) -> Conversation:
        """Start a new conversation, titled from ``first_message`` when it comes with one.

        (Titled now, rather than once the question is stored on the inference thread, so
        that the sidebar shows the new conversation at once, with its title.)
        """
        conversation = self._conversations.create(
            title=title_from_message(first_message),
            model_id=model_id,
            system_prompt=system_prompt,
            title_is_auto=True,
        )
        self.conversation_created.emit(conversation)
        return conversation

    def rename(self, conversation_id: int, title: str) -> None:
        """Give a conversation the user's own title."""
        self._conversations.rename(conversation_id, title.strip() or NEW_CHAT_TITLE)
        self.conversations_changed.emit()

    def store_auto_title(self, conversation_id: int, first_message: str) -> bool:
        """Title a new conversation from its first question, unless the user named it.

        Callable from any thread; True if it was titled. ``retitled`` then tells the window.
        """
        return self._conversations.retitle_untitled(
            conversation_id, NEW_CHAT_TITLE, title_from_message(first_message)
        )

    def update(self, conversation_id: int, **changes: object) -> Conversation:
        """Change a conversation's model, system prompt or settings."""
        conversation = self._conversations.update(conversation_id, **changes)  # type: ignore[arg-type]
        self.conversations_changed.emit()
        return conversation

    def delete(self, conversation_id: int) -> DeletedConversation:
        """Delete a conversation; the returned value can undo it."""
        deleted = DeletedConversation(
            self._conversations.get(conversation_id), self._conversations.messages(conversation_id)
        )
        self._conversations.delete(conversation_id)
        if self._state_dir is not None:  # what the model computed for it goes too
            delete_state(self._state_dir, conversation_id)
        self.conversations_changed.emit()
        return deleted

    def undo_delete(self, deleted: DeletedConversation) -> Conversation:
        """Bring a deleted conversation back with its messages."""
        conversation = self._conversations.restore(deleted.conversation, deleted.messages)
        self.conversations_changed.emit()
        return conversation

    def retitled(self, _conversation_id: int) -> None:
        """A conversation got its title from its first question (see store_auto_title)."""
        self.conversations_changed.emit()

    def models(self) -> list[InstalledModel]:
        """Installed models."""
        return self._models.list()

    def model(self, model_id: int) -> InstalledModel:
        """One installed model."""
        return self._models.get(model_id)

    def search(self, query: str) -> None:
        """Search all conversations off the GUI thread; answers with search_finished.

        With meaning search set (set_meaning_search), the word hits come first and the
        hits fused with conversations found by meaning follow, for the same query.
        """
        meaning = self._meaning

        def found(hits: list[SearchHit]) -> None:
            self.search_finished.emit(query, hits)
            if meaning is not None:
                self._runner.run(
                    lambda: meaning(query, hits, lambda chat: self._conversations.get(chat).title),
                    lambda fused: self.search_finished.emit(query, fused),
                    lambda message: logger.info("Meaning search failed: %s", message),
                )

        self._runner.run(lambda: self._conversations.search(query), found, self.failed.emit)

    def set_meaning_search(self, meaning: MeaningSearch | None) -> None:
        """Find conversations by meaning too: (query, word hits, title of) -> fused hits."""
        self._meaning = meaning

    def export(self, path: Path, conversation_id: int | None = None) -> None:
        """Export one conversation (or all when None) off the GUI thread."""

        def work() -> Path:
            if conversation_id is not None:
                one = self._conversations.get(conversation_id)
                return export_conversations(
                    path, [(one, self._conversations.messages(conversation_id))]
                )
            return self._export_all(path)

        self._runner.run(
            work, lambda written: self.export_finished.emit(str(written)), self.failed.emit
        )

    def _export_all(self, path: Path) -> Path:
        """Stream every conversation, newest first, reading a batch at a time."""
        ids = self._conversations.recent_ids()
        total = len(ids)

        def progress(done: int) -> None:
            if done % EXPORT_BATCH == 0 or done == total:
                self._export_progressed.emit(done, total)

        items = self._conversations.with_messages(ids, batch_size=EXPORT_BATCH)
        return export_conversations(path, items, progress)

    def _on_export_progressed(self, done: int, total: int) -> None:
        self.export_progress.emit(done, total)
