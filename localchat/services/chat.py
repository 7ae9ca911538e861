"""Chat turns for the window: queue the question and its answer on the inference thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams
from localchat.errors import UserFacingError
from localchat.services.background import BackgroundRunner
from localchat.services.inference import InferenceService, ModelSpec
from localchat.services.library import NEW_CHAT_TITLE, LibraryService
from localchat.storage import Conversation, InstalledModel, Message
from localchat.tasks.chat import TurnResult, history_from_records, stream_answer
from localchat.tasks.document_scope import DocumentScope

if TYPE_CHECKING:
    from localchat.services.chat_documents import ChatDocuments
    from localchat.storage import ConversationRepository
    from localchat.storage.source_records import Source

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Question:
    """A question queued with its answer, stored by the answer's job on the worker."""

    conversation_id: int
    text: str
    job_ran: threading.Event


class ChatService(QObject):
    """Sends messages, regenerates and edits; every answer is one inference request.

    The Chat pane's one source for an answer's life: each signal names the conversation
    and the request, and an answer's end comes typed (TurnResult).

    A new question is stored by the answer's job on the inference thread, before the
    answer: nothing touches the database on the GUI thread while a message is sent, and
    as every request runs on that one thread, the question is in the database before any
    later request reads it. The window shows the question at once from its text.

    Signals:
        answer_started: An answer was queued. args: conversation id, request id.
        question_stored: A sent question is in the database (its conversation was titled
            from it if it was the first). args: conversation id, message id.
        answer_text: A piece of an answer was written. args: conversation id, request id,
            text.
        answer_ended: An answer finished or was stopped; a question whose answer never
            started is stored by then. args: conversation id, request id, TurnResult
            (``message_id`` None when nothing was written; ``sources`` the passages of an
            answer from the documents, already stored with it).
        answer_failed: An answer failed; what it wrote is kept, marked failed.
            args: conversation id, request id, a sentence for the user.
        source_read: A cited passage was read in its document (read_source).
            args: PassageContext.
    """

    answer_started = Signal(int, int)
    question_stored = Signal(int, int)
    answer_text = Signal(int, int, str)
    answer_ended = Signal(int, int, object)
    answer_failed = Signal(int, int, str)
    source_read = Signal(object)
    # Emitted on the inference thread; connected to a slot of self, so delivered queued.
    _question_saved = Signal(int, int, bool)

    def __init__(
        self,
        library: LibraryService,
        conversations: ConversationRepository,
        inference: InferenceService,
        spec_for: Callable[[InstalledModel], ModelSpec],
        sampling: Callable[[], SamplingParams],
        default_model: Callable[[], InstalledModel],
        parent: QObject | None = None,
        *,
        documents: ChatDocuments | None = None,
    ) -> None:
        super().__init__(parent)
        # "Use my documents": the library's retriever, and where answers keep their sources.
        self._documents = documents
        self._runner = BackgroundRunner()
        self._library = library
        self._conversations = conversations  # written by the answers' jobs, off this thread
        self._inference = inference
        self._spec_for = spec_for
        self._sampling = sampling
        self._default_model = default_model  # the Chat pane's choice (ModelChoiceService)
        self._unsaved: dict[int, _Question] = {}  # request id -> question not stored yet
        self._answers: dict[int, int] = {}  # request id -> its conversation
        self._question_saved.connect(self._on_question_saved)
        self._inference.token.connect(self._on_inference_token)
        self._inference.finished.connect(self._on_inference_ended)
        self._inference.failed.connect(self._on_inference_failed)
        self._inference.cancelled.connect(self._on_inference_ended)

    def model_for(self, conversation: Conversation) -> InstalledModel:
        """The conversation's model while it is installed, else the Chat pane's choice."""
        for model in self._library.models():
            if model.id == conversation.model_id:
                return model
        return self._default_model()

    def send(self, conversation_id: int, text: str, documents: DocumentScope | None = None) -> int:
        """Queue a question and its answer; the question is stored first, on the worker.

        ``documents``: answer from the user's documents (all, or the chosen ones), with
        sources; None answers without them. Returns the request id; question_stored
        follows once the question is saved.
        """
        text = text.strip()
        if not text:
            raise self._empty_message()
        try:
            return self._answer(conversation_id, text, documents)
        except UserFacingError:
            self._save_question(conversation_id, text)  # kept, as if the answer failed
            raise

    def _empty_message(self) -> UserFacingError:
        return UserFacingError(self.tr("The message is empty."), self.tr("Type a question first."))

    def regenerate(self, conversation_id: int, documents: DocumentScope | None = None) -> int:
        """Replace the last answer with a new one (from the documents, when given)."""
        messages = self._library.messages(conversation_id)
        if not messages or not any(m.role == "user" for m in messages):
            raise UserFacingError(self.tr("There is nothing to answer again yet."))
        last_user = max(i for i, m in enumerate(messages) if m.role == "user")
        if last_user + 1 < len(messages):
            self._conversations.delete_messages_from(messages[last_user + 1].id)
        return self._answer(conversation_id, None, documents)

    def edit_and_resend(
        self,
        conversation_id: int,
        message_id: int,
        text: str,
        documents: DocumentScope | None = None,
    ) -> int:
        """Replace a question (and everything after it) with new text, then answer it."""
        if not text.strip():
            raise self._empty_message()
        self._conversations.delete_messages_from(message_id)
        return self.send(conversation_id, text, documents)

    def stop(self, request_id: int) -> None:
        """Stop an answer now; the part written so far stays, marked as stopped."""
        self._inference.cancel(request_id)

    def _answer(
        self,
        conversation_id: int,
        question: str | None = None,
        documents: DocumentScope | None = None,
    ) -> int:
        """Queue a job that stores ``question`` (if any), then streams the answer."""
        conversation = self._library.conversation(conversation_id)
        model = self.model_for(conversation)
        system_prompt = conversation.system_prompt
        # Only a conversation still untitled may take its title from this question.
        untitled = conversation.title_is_auto and conversation.title == NEW_CHAT_TITLE
        params = self._sampling()
        repository = self._conversations
        job_ran = threading.Event()
        stream = self._streamer(documents)

        def job(engine: Engine, cancel: threading.Event, emit: Callable[[str], None]) -> object:
            job_ran.set()
            records = repository.messages(conversation_id)
            history = history_from_records(system_prompt, records)
            if question is not None:
                history.append(ChatMessage("user", question))
            first = untitled and not records

            def store_question() -> None:
                # Stored while the engine host reads the prompt, not before sending it:
                # the store (~10 ms) is no longer part of the wait for the first token.
                if question is not None:
                    stored, titled = self._store_question(conversation_id, question, first)
                    self._question_saved.emit(conversation_id, stored.id, titled)

            return stream(
                engine,
                repository,
                conversation_id,
                history,
                params,
                cancel,
                on_text=emit,
                while_reading=store_question,
            )

        request_id = self._inference.submit(self._spec_for(model), job)
        self._answers[request_id] = conversation_id
        if question is not None:
            self._unsaved[request_id] = _Question(conversation_id, question, job_ran)
        self.answer_started.emit(conversation_id, request_id)
        return request_id

    def _streamer(self, documents: DocumentScope | None) -> Callable[..., TurnResult]:
        """stream_answer, or its grounded form when the answer is to use the documents."""
        if documents is None or self._documents is None:
            return stream_answer
        chat_documents = self._documents

        def grounded(
            engine: Engine,
            store: ConversationRepository,
            conversation_id: int,
            history: list[ChatMessage],
            params: SamplingParams,
            cancel: threading.Event,
            **hooks: Callable[..., None],
        ) -> TurnResult:
            # On the inference thread: opening the library, starting its encoder and the
            # search never hold up the window.
            from localchat.tasks.grounded_turn import stream_grounded_answer

            try:
                retriever = chat_documents.retriever()
            except BaseException:
                hooks["while_reading"]()  # the question is kept, as when an answer fails
                raise
            return stream_grounded_answer(
                engine, store, chat_documents, conversation_id, history, (retriever, documents),
                params, cancel, **hooks,
            )  # fmt: skip

        return grounded

    def _save_question(self, conversation_id: int, text: str) -> None:
        """Store a question on this thread (its answer never ran), then say so."""
        first = not self._library.messages(conversation_id)
        stored, titled = self._store_question(conversation_id, text, first)
        self._announce(conversation_id, stored.id, titled)

    def _store_question(self, conversation_id: int, text: str, first: bool) -> tuple[Message, bool]:
        """Store a question; the first of a conversation also titles it. Any thread."""
        stored = self._conversations.add_message(conversation_id, "user", text)
        return stored, first and self._library.store_auto_title(conversation_id, text)

    def _announce(self, conversation_id: int, message_id: int, titled: bool) -> None:
        if titled:
            self._library.retitled(conversation_id)
        self.question_stored.emit(conversation_id, message_id)

    @Slot(int, int, bool)
    def _on_question_saved(self, conversation_id: int, message_id: int, titled: bool) -> None:
        self._announce(conversation_id, message_id, titled)

    @Slot(int, str)
    def _on_inference_token(self, request_id: int, text: str) -> None:
        conversation_id = self._answers.get(request_id)
        if conversation_id is not None:
            self.answer_text.emit(conversation_id, request_id, text)

    @Slot(int, object)
    def _on_inference_ended(self, request_id: int, result: object) -> None:
        conversation_id = self._answers.pop(request_id, None)
        if conversation_id is None:
            return
        self._keep_unsaved_question(request_id)
        if not isinstance(result, TurnResult):  # stopped before it started: nothing written
            result = TurnResult(None, "", "stopped", GenerationStats())
        self.answer_ended.emit(conversation_id, request_id, result)

    @Slot(int, str)
    def _on_inference_failed(self, request_id: int, message: str) -> None:
        conversation_id = self._answers.pop(request_id, None)
        if conversation_id is None:
            return
        self._keep_unsaved_question(request_id)
        self.answer_failed.emit(conversation_id, request_id, message)

    def _keep_unsaved_question(self, request_id: int) -> None:
        """A request failed or was stopped: a question whose job never ran is stored now."""
        question = self._unsaved.pop(request_id, None)
        if question is None or question.job_ran.is_set():
            return
        try:
            self._save_question(question.conversation_id, question.text)
        except KeyError:  # the conversation was deleted meanwhile
            logger.info("Question not kept: conversation %d is gone", question.conversation_id)

    def read_source(self, source: Source) -> None:
        """Read a cited passage's document off this thread; source_read follows."""
        from localchat.tasks.grounded_context import PassageContext, passage_in_context

        def failed(_message: str) -> None:  # a bug, logged: the passage as stored
            self.source_read.emit(PassageContext(source, "", source.text, "", current=False))

        self._runner.run(lambda: passage_in_context(source), self.source_read.emit, failed)

    def preload(self, model: InstalledModel) -> int:
        """Load a model ahead of the first question, so the answer starts sooner."""
        return self._inference.load(self._spec_for(model))
