"""The Chat pane: model picker, messages, composer; streams answers from the chat service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localchat.errors import UserFacingError
from localchat.model_choice import chat_problem
from localchat.services.chat import ChatService
from localchat.services.inference import InferenceService
from localchat.services.library import LibraryService
from localchat.services.model_choice import ModelChoiceService
from localchat.ui.accessibility import announce, spoken
from localchat.ui.chat.composer import Composer
from localchat.ui.chat.documents_toggle import DocumentsToggle
from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.message_view import MessageView
from localchat.ui.chat.sources import show_source
from localchat.ui.models.download_words import shortcut_text
from localchat.ui.widgets.elided_label import ElidedLabel
from localchat.ui.widgets.task_model import FitNotice
from localchat.ui.widgets.text_dialog import ask_for_text

if TYPE_CHECKING:
    from localchat.tasks.chat import TurnResult

logger = logging.getLogger(__name__)

EMPTY_STATE = QT_TRANSLATE_NOOP(
    "ChatPane", "Ask anything. Your conversation stays on this computer."
)
# The answer's job is queued this long after a click, so after the frame showing the question.
SEND_AFTER_FRAME_MS = 1
REGENERATE_KEY = "Ctrl+R"
ANNOUNCED_CHARS = 400  # of a finished answer, read out once; the rest is in its message


class ChatPane(QWidget):
    """Shows one conversation and sends the user's messages.

    Signals:
        conversation_opened: The pane now shows a conversation. args: id (0 = a new, unsaved chat).
        answer_stats: An answer ended. args: tokens per second, context used, context size.
    """

    conversation_opened = Signal(int)
    answer_stats = Signal(float, int, int)

    def __init__(
        self,
        library: LibraryService,
        chat: ChatService,
        inference: InferenceService,
        choice: ModelChoiceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._chat = chat
        self._inference = inference
        self._choice = choice
        self.conversation_id: int | None = None
        self.request_id: int | None = None
        self._context_size = 0
        self._pending_system_prompt = ""
        self._sending: tuple[int, str] | None = None  # a question shown, its answer not queued
        # A question's answer is queued just after the frame that shows the question, so
        # that the inference thread's first steps do not slow that frame down (both need
        # the GIL); the click then costs one short frame instead of a long one.
        self._send_timer = QTimer(self, singleShot=True, interval=SEND_AFTER_FRAME_MS)
        self._build()
        self._connect()
        self.reload_models()

    def _build(self) -> None:
        self.title_label = ElidedLabel(self.tr("New chat"))
        self.title_label.setObjectName("paneTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_picker = QComboBox()
        self.model_picker.setAccessibleName(self.tr("Model"))
        self.model_picker.setToolTip(self.tr("The model that answers in this conversation"))
        self.model_picker.setMinimumContentsLength(18)
        self.system_button = QPushButton(self.tr("System prompt…"))
        self.system_button.setAccessibleName(self.tr("System prompt"))
        self.system_button.setToolTip(
            self.tr("Instructions the model follows in this conversation")
        )
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Regenerate the last answer"))
        self.regenerate_button.setToolTip(
            self.tr("Write the last answer again ({shortcut})").format(
                shortcut=shortcut_text(REGENERATE_KEY)
            )
        )
        self.regenerate_button.setEnabled(False)
        # Wherever the focus is in the window, while this pane shows (a hidden pane's window
        # shortcut is off, so Translate's Ctrl+R, retranslate, never collides with it).
        self.regenerate_shortcut = QShortcut(QKeySequence(REGENERATE_KEY), self)
        self.regenerate_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        model_label = QLabel(self.tr("Model:"))
        model_label.setBuddy(self.model_picker)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(model_label)
        header.addWidget(self.model_picker)
        header.addWidget(self.system_button)
        header.addWidget(self.regenerate_button)
        self.remote_note = QLabel()
        self.remote_note.setWordWrap(True)
        self.remote_note.hide()
        self.fit_notice = FitNotice(self._choice, "chat")
        self.view = MessageView()
        self.view.set_placeholder(self.tr(EMPTY_STATE))
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_banner.hide()
        self.composer = Composer()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.setMinimumWidth(84)
        compose_row = QHBoxLayout()
        compose_row.addWidget(self.composer, 1)
        # "Use my documents": answers from the Library, with their sources (per conversation).
        self.documents_toggle = DocumentsToggle()
        compose_row.addWidget(self.documents_toggle, 0, Qt.AlignmentFlag.AlignBottom)
        compose_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.remote_note)
        layout.addWidget(self.fit_notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_banner)
        layout.addLayout(compose_row)

    def _connect(self) -> None:
        self.composer.submitted.connect(self._on_composer_submitted)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.regenerate_shortcut.activated.connect(self.regenerate)
        self.composer.edit_last_requested.connect(self._on_composer_edit_last_requested)
        self.system_button.clicked.connect(self._on_system_button_clicked)
        self.model_picker.activated.connect(self._on_model_picker_activated)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.view.source_activated.connect(lambda source: show_source(self, self._chat, source))
        self._chat.answer_text.connect(self._on_chat_answer_text)
        self._chat.answer_ended.connect(self._on_chat_answer_ended)
        self._chat.answer_failed.connect(self._on_chat_answer_failed)
        self._chat.question_stored.connect(self._on_chat_question_stored)
        self._inference.model_loaded.connect(self._on_inference_model_loaded)
        self._library.conversations_changed.connect(self._refresh_title)
        self._send_timer.timeout.connect(self._queue_sent_question)
        self._choice.changed.connect(self._on_choice_changed)

    # --- public -------------------------------------------------------------------------

    @property
    def generating(self) -> bool:
        """Whether an answer is on its way (queued, or about to be)."""
        return self.request_id is not None or self._sending is not None

    @property
    def busy(self) -> bool:
        """Whether the user is typing a question or being answered."""
        return self.generating or bool(self.composer.toPlainText().strip())

    def reload_models(self) -> None:
        """Fill the model picker with the installed models."""
        current = self.model_picker.currentData()
        self.model_picker.clear()
        for model in self._library.models():
            label = model.name
            if model.source == "bundled":
                label = self.tr("{name} (default)").format(name=model.name)
            self.model_picker.addItem(label, model.id)
        index = self.model_picker.findData(current)
        if index < 0 or self.conversation_id is None:
            index = self.model_picker.findData(self._chat_choice_id())
        self.model_picker.setCurrentIndex(max(index, 0))
        self._update_remote_note()

    def _chat_choice_id(self) -> int | None:
        try:
            return self._choice.model_for("chat").id
        except UserFacingError:
            return None

    def _update_remote_note(self) -> None:
        """Say plainly when the chosen model runs on another computer, or chats poorly."""
        model_id = self.selected_model_id()
        model = next((m for m in self._library.models() if m.id == model_id), None)
        remote = model is not None and model.engine == "remote"
        problem = None if model is None else chat_problem(self._choice.traits(model))
        suggestion = None
        if problem is not None and model is not None:
            suggestion = self._choice.suggestion("chat", model)
        self.fit_notice.show_problem(problem, suggestion)
        if remote:
            self.remote_note.setText(
                self.tr(
                    "This model runs on a server ({server}): your messages in this "
                    "conversation are sent there."
                ).format(server=model.source_repo)
            )
        self.remote_note.setVisible(remote)

    def selected_model_id(self) -> int | None:
        """The model chosen in the picker."""
        return self.model_picker.currentData()

    def new_chat(self) -> None:
        """Show an empty, unsaved conversation (it is stored on the first message)."""
        self.open_conversation(None)
        self.composer.setFocus()

    def open_conversation(self, conversation_id: int | None) -> None:
        """Show a stored conversation, or a new one when None."""
        self.conversation_id = conversation_id
        self.documents_toggle.switch_to(conversation_id)
        self.error_banner.hide()
        self._pending_system_prompt = ""
        if conversation_id is None:
            self.view.set_messages([])
            self.title_label.setText(self.tr("New chat"))
            index = self.model_picker.findData(self._chat_choice_id())
            if index >= 0 and not self.generating:
                self.model_picker.setCurrentIndex(index)
            self._update_remote_note()
        else:
            conversation = self._library.conversation(conversation_id)
            self.title_label.setText(conversation.title)
            index = self.model_picker.findData(self._chat.model_for(conversation).id)
            if index >= 0:
                self.model_picker.setCurrentIndex(index)
            self._update_remote_note()
            self._show_messages()
        self._update_buttons()
        self.conversation_opened.emit(conversation_id or 0)

    def send(self, text: str) -> None:
        """Send a message in the open conversation (creating it if new)."""
        if self.generating or not text.strip():
            return
        try:
            if self.conversation_id is None:
                conversation = self._library.create(
                    self.selected_model_id(), self._pending_system_prompt, first_message=text
                )
                self.conversation_id = conversation.id
                self.documents_toggle.adopt(conversation.id)
                self.title_label.setText(conversation.title)
                self.conversation_opened.emit(conversation.id)
        except UserFacingError as error:
            self.show_error(str(error))
            return
        conversation_id = self.conversation_id
        assert conversation_id is not None  # created above
        self.composer.clear()
        # This frame shows the question in its place; the answer is queued in the next.
        self._show_question(text)
        self.view.lay_out_now()
        self._sending = (conversation_id, text)
        self._update_buttons()
        self._send_timer.start()

    def stop(self) -> None:
        """Stop the answer being written (Esc)."""
        if self._sending is not None:  # stopped before it was queued: queued, then stopped
            self._send_timer.stop()
            self._queue_sent_question()
        if self.request_id is not None:
            self._chat.stop(self.request_id)

    def regenerate(self) -> None:
        """Write the last answer again."""
        if self.generating or self.conversation_id is None:
            return
        conversation_id = self.conversation_id
        documents = self.documents_toggle.scope()
        self._start(lambda: self._chat.regenerate(conversation_id, documents))

    def show_error(self, message: str) -> None:
        """Show a plain-words problem above the composer."""
        self.error_banner.setText(message)
        self.error_banner.show()
        announce(self, message, assertive=True)

    # --- internals ----------------------------------------------------------------------

    def _start(
        self,
        queue: Callable[[], int],
        question: str | None = None,
        before: int | None = None,
        shown: bool = False,
    ) -> None:
        """Run a chat call that queues an answer (to ``question``, if any), then show it.

        The question's bubble is made from its text (the chat service stores the question
        on the inference thread; question_stored gives the bubble its id). Unless the view
        already ``shown`` them, it is first brought up to date with storage, showing only
        messages older than ``before`` (an edit deleted those after it; the new question
        may be stored already).
        """
        try:
            request_id = queue()
        except UserFacingError as error:
            self._show_messages()  # whatever was stored before the error
            self._update_buttons()
            self.show_error(str(error))
            return
        self.request_id = request_id
        self.error_banner.hide()
        if not shown:
            self._show_messages(before)
            if question is not None:
                self._show_question(question)
            else:
                self.view.begin_answer()
        self._update_buttons()

    def _show_question(self, text: str) -> None:
        """A question not stored yet, and the empty bubble its answer streams into."""
        self.view.add_message(MessageItem(None, "user", text.strip()))
        self.view.begin_answer()

    def _show_messages(self, before: int | None = None) -> None:
        if self.conversation_id is None:
            return
        records = self._library.messages(self.conversation_id)
        self.view.set_messages(
            [
                MessageItem.from_record(r)
                for r in records
                if (r.text or r.role == "user") and (before is None or r.id < before)
            ]
        )

    def _update_buttons(self) -> None:
        self.send_button.setText(self.tr("Stop") if self.generating else self.tr("Send"))
        self.send_button.setAccessibleName(
            self.tr("Stop the answer") if self.generating else self.tr("Send")
        )
        has_messages = self.conversation_id is not None and self.view.message_count() > 0
        self.regenerate_button.setEnabled(not self.generating and has_messages)
        self.model_picker.setEnabled(not self.generating)

    def _refresh_title(self) -> None:
        if self.conversation_id is None:
            return
        try:
            self.title_label.setText(self._library.conversation(self.conversation_id).title)
        except KeyError:  # deleted: the window opens a new chat next
            pass

    @Slot(str)
    def _on_composer_submitted(self, text: str) -> None:
        self.send(text)

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self.generating:
            self.stop()
        else:
            self.send(self.composer.toPlainText())

    @Slot()
    def _queue_sent_question(self) -> None:
        """Queue the answer to the question send() showed (the frame after the click)."""
        if self._sending is None:
            return
        conversation_id, text = self._sending
        self._sending = None
        documents = self.documents_toggle.scope()
        self._start(lambda: self._chat.send(conversation_id, text, documents), shown=True)

    @Slot(int, int, str)
    def _on_chat_answer_text(self, conversation_id: int, request_id: int, text: str) -> None:
        if request_id == self.request_id and conversation_id == self.conversation_id:
            self.view.append_answer_text(text)

    @Slot(int, int)
    def _on_chat_question_stored(self, conversation_id: int, message_id: int) -> None:
        if conversation_id == self.conversation_id:
            self.view.confirm_question(message_id)

    @Slot(int, int, object)
    def _on_chat_answer_ended(
        self, conversation_id: int, request_id: int, result: TurnResult
    ) -> None:
        if request_id != self.request_id:
            return
        self.request_id = None
        # The result says how the answer was stored: no need to read it back.
        shown = conversation_id == self.conversation_id and self.view.streaming_text()
        if result.message_id is not None and result.text and shown:
            self.view.end_answer(result.status, result.message_id, result.text, result.sources)
        else:
            self._show_messages()
        self._update_buttons()
        announce(self, self._ended_words(result.status, result.text))
        if result.stats.completion_tokens:
            stats = result.stats
            used = stats.prompt_tokens + stats.completion_tokens
            self.answer_stats.emit(stats.tokens_per_second, used, self._context_size)

    def _ended_words(self, status: str, text: str) -> str:
        """What a screen reader says when an answer ends: the answer itself, or how it ended."""
        if status == "complete":
            return self.tr("Answer finished: {text}").format(text=spoken(text, ANNOUNCED_CHARS))
        if status == "stopped":
            return self.tr("Answer stopped.")
        return self.tr("The answer ended before it was finished.")

    @Slot(int, int, str)
    def _on_chat_answer_failed(self, _conversation_id: int, request_id: int, message: str) -> None:
        if request_id != self.request_id:
            return
        self.request_id = None
        self._show_messages()
        self._update_buttons()
        self.show_error(message)

    @Slot(str, int)
    def _on_inference_model_loaded(self, _name: str, context_size: int) -> None:
        self._context_size = context_size

    @Slot(int)
    def _on_model_picker_activated(self, _index: int) -> None:
        model_id = self.selected_model_id()
        if model_id is None:
            return
        self._update_remote_note()
        self._choice.remember("chat", model_id)
        if self.conversation_id is not None:
            self._library.update(self.conversation_id, model_id=model_id)
        self._chat.preload(self._library.model(model_id))

    @Slot(str)
    def _on_choice_changed(self, task: str) -> None:
        """A new chat follows the chat choice (e.g. a model downloaded for chatting)."""
        if task != "chat" or self.generating:
            return
        if self.conversation_id is None:
            index = self.model_picker.findData(self._chat_choice_id())
            if index >= 0:
                self.model_picker.setCurrentIndex(index)
        self._update_remote_note()

    @Slot()
    def _on_system_button_clicked(self) -> None:
        current = (
            self._library.conversation(self.conversation_id).system_prompt
            if self.conversation_id is not None
            else self._pending_system_prompt
        )
        text, ok = ask_for_text(
            self,
            self.tr("System prompt"),
            self.tr(
                "Instructions the model follows in this conversation "
                '(for example: "Answer in French" or "Be brief"):'
            ),
            current,
        )
        if not ok:
            return
        if self.conversation_id is None:
            self._pending_system_prompt = text
        else:
            self._library.update(self.conversation_id, system_prompt=text)

    @Slot()
    def _on_composer_edit_last_requested(self) -> None:
        """Up in the empty composer: edit the last question, as its Edit button does."""
        question = self.view.last_question()
        if question is not None:
            self._on_view_edit_requested(*question)

    @Slot(int, str)
    def _on_view_edit_requested(self, message_id: int, text: str) -> None:
        if self.generating or self.conversation_id is None:
            return
        records = self._library.messages(self.conversation_id)
        later = [r for r in records if r.id > message_id]
        new_text, ok = ask_for_text(self, self.tr("Edit message"), self.tr("Your message:"), text)
        if not ok or not new_text.strip():
            return
        if later:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the later messages?"),
                self.tr(
                    "Sending the edited message replaces the %n message(s) after it.",
                    "",
                    len(later),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        conversation_id = self.conversation_id
        self._start(
            lambda: self._chat.edit_and_resend(
                conversation_id, message_id, new_text, self.documents_toggle.scope()
            ),
            question=new_text,
            before=message_id,
        )
