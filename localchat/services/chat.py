"""Chat turns for the window: store the question, queue the answer on the inference thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from localchat.engines.base import Engine, SamplingParams
from localchat.errors import UserFacingError
from localchat.services.inference import InferenceService, ModelSpec
from localchat.services.library import LibraryService
from localchat.storage import Conversation, InstalledModel
from localchat.tasks.chat import history_from_records, stream_answer

logger = logging.getLogger(__name__)


class ChatService(QObject):
    """Sends messages, regenerates and edits; every answer is one inference request.

    Signals:
        answer_started: An answer was queued. args: conversation id, request id.
    """

    answer_started = Signal(int, int)

    def __init__(
        self,
        library: LibraryService,
        inference: InferenceService,
        spec_for: Callable[[InstalledModel], ModelSpec],
        sampling: Callable[[], SamplingParams],
        default_model_id: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._inference = inference
        self._spec_for = spec_for
        self._sampling = sampling
        self._default_model_id = default_model_id

    def model_for(self, conversation: Conversation) -> InstalledModel:
        """The conversation's model, falling back to the default, then any installed one."""
        models = self._library.models()
        if not models:
            raise UserFacingError("No model is installed.", "Add one in the Models pane.")
        for wanted in (conversation.model_id, self._default_model_id()):
            for model in models:
                if model.id == wanted:
                    return model
        return next((m for m in models if m.source == "bundled"), models[0])

    def send(self, conversation_id: int, text: str) -> int:
        """Store the user's message and queue the answer. Returns the request id."""
        text = text.strip()
        if not text:
            raise UserFacingError("The message is empty.", "Type a question first.")
        first = not self._library.messages(conversation_id)
        self._library.repository.add_message(conversation_id, "user", text)
        self._library.messages_changed.emit(conversation_id)
        if first:
            self._library.auto_title(conversation_id, text)
        return self._answer(conversation_id)

    def regenerate(self, conversation_id: int) -> int:
        """Replace the last answer with a new one."""
        messages = self._library.messages(conversation_id)
        if not messages or not any(m.role == "user" for m in messages):
            raise UserFacingError("There is nothing to answer again yet.")
        last_user = max(i for i, m in enumerate(messages) if m.role == "user")
        if last_user + 1 < len(messages):
            self._library.delete_messages_from(messages[last_user + 1].id, conversation_id)
        return self._answer(conversation_id)

    def edit_and_resend(self, conversation_id: int, message_id: int, text: str) -> int:
        """Replace a question (and everything after it) with new text, then answer it."""
        if not text.strip():
            raise UserFacingError("The message is empty.", "Type a question first.")
        self._library.delete_messages_from(message_id, conversation_id)
        return self.send(conversation_id, text)

    def stop(self, request_id: int) -> None:
        """Stop an answer now; the part written so far stays, marked as stopped."""
        self._inference.cancel(request_id)

    def _answer(self, conversation_id: int) -> int:
        conversation = self._library.conversation(conversation_id)
        model = self.model_for(conversation)
        history = history_from_records(
            conversation.system_prompt, self._library.messages(conversation_id)
        )
        params = self._sampling()
        repository = self._library.repository

        def job(engine: Engine, cancel: threading.Event, emit: Callable[[str], None]) -> object:
            return stream_answer(
                engine, repository, conversation_id, history, params, cancel, on_text=emit
            )

        request_id = self._inference.submit(self._spec_for(model), job)
        self.answer_started.emit(conversation_id, request_id)
        return request_id

    def preload(self, model: InstalledModel) -> int:
        """Load a model ahead of the first question, so the answer starts sooner."""
        return self._inference.load(self._spec_for(model))
