"""The LocalChat window: a side rail (Chat, Summarize, Translate, Library, Models) and the panes."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAccessible,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localchat.errors import UserFacingError
from localchat.services.chat import ChatService
from localchat.services.inference import InferenceService
from localchat.services.library import DeletedConversation, LibraryService
from localchat.services.model_choice import ModelChoiceService
from localchat.services.models import ModelsService
from localchat.services.privacy import PrivacyService
from localchat.services.settings import SettingsService
from localchat.ui import accessibility
from localchat.ui.accessibility import first_control, set_role
from localchat.ui.chat.chat_pane import ChatPane
from localchat.ui.chat.sidebar import Sidebar
from localchat.ui.models.download_words import decimal, shortcut_text, whole
from localchat.ui.pane_stack import PaneFactory, PaneStack
from localchat.ui.widgets.download_status import DownloadStatus

logger = logging.getLogger(__name__)
# Rail buttons share the rail's width: a vertical layout gives each the smallest maximum
# width among fixed-width buttons, which would cut the longest word of a translation.
RAIL_BUTTON_POLICY = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

PANES = ("Chat", "Summarize", "Translate", "Library", "Models")
# Each pane's button text and accessible name, by its name in PANES.
PANE_WORDS = {
    "Chat": (QT_TRANSLATE_NOOP("MainWindow", "Chat"), QT_TRANSLATE_NOOP("MainWindow", "Chat pane")),
    "Summarize": (
        QT_TRANSLATE_NOOP("MainWindow", "Summarize"),
        QT_TRANSLATE_NOOP("MainWindow", "Summarize pane"),
    ),
    "Translate": (
        QT_TRANSLATE_NOOP("MainWindow", "Translate"),
        QT_TRANSLATE_NOOP("MainWindow", "Translate pane"),
    ),
    "Library": (
        QT_TRANSLATE_NOOP("MainWindow", "Library"),
        QT_TRANSLATE_NOOP("MainWindow", "Library pane"),
    ),
    "Models": (
        QT_TRANSLATE_NOOP("MainWindow", "Models"),
        QT_TRANSLATE_NOOP("MainWindow", "Models pane"),
    ),
}
# A new conversation joins the sidebar this much later (every row of the list moves down:
# the whole list is repainted), after the frame that shows its first question and after the
# answer's first steps in Python on the inference thread, which would slow that paint down.
NEW_CONVERSATION_DELAY_MS = 40


class MainWindow(QMainWindow):
    """The main window; it receives every service it uses from app.py.

    A pane given as a factory (a function returning the widget) is built the first time it
    is shown or looked up in ``panes``.
    """

    def __init__(
        self,
        library: LibraryService,
        chat: ChatService,
        inference: InferenceService,
        settings: SettingsService,
        panes: Mapping[str, QWidget | PaneFactory],
        choice: ModelChoiceService,
        models: ModelsService,
        privacy: PrivacyService | None = None,
    ) -> None:
        super().__init__()
        self._choice = choice
        self._models = models
        self.welcome: QDialog | None = None  # the welcome, while it is open
        self._privacy = privacy
        self._library = library
        self._inference = inference
        self._settings = settings
        self._last_deleted: DeletedConversation | None = None
        # Several changes in one event-loop turn (sending a first message creates and titles
        # a conversation) reload the sidebar once, on the next turn.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_conversations)
        self._created: list[object] = []  # conversations created, not in the sidebar yet
        self._created_timer = QTimer(self, singleShot=True, interval=NEW_CONVERSATION_DELAY_MS)
        self._created_timer.timeout.connect(self._on_created_timer_timeout)
        self.setWindowTitle("LocalChat")
        self.resize(1180, 760)
        self.sidebar = Sidebar()
        self.chat_pane = ChatPane(library, chat, inference, choice)
        self.stack = QStackedWidget()
        self.panes = PaneStack(
            self.stack, {name: self.chat_pane if name == "Chat" else panes[name] for name in PANES}
        )
        self._build_layout()
        self._build_status_bar()
        self._build_shortcuts()
        self._connect()
        self.refresh_conversations()
        self.chat_pane.new_chat()

    def _build_layout(self) -> None:
        rail = QWidget()
        rail.setObjectName("rail")
        # As wide as its longest word in every language ("Zusammenfassen"), never squeezed.
        rail.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(6, 10, 6, 10)
        rail_layout.setSpacing(4)
        accessibility.install()
        # The pane buttons read as page tabs to a screen reader, in a list of their own.
        tabs = QWidget()
        tabs.setAccessibleName(self.tr("Pages"))
        set_role(tabs, QAccessible.Role.PageTabList)
        tabs_layout = QVBoxLayout(tabs)
        tabs_layout.setContentsMargins(0, 0, 0, 0)
        tabs_layout.setSpacing(4)
        rail_layout.addWidget(tabs)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        for index, name in enumerate(PANES):
            button = QToolButton()
            set_role(button, QAccessible.Role.PageTab)
            text, accessible_name = PANE_WORDS[name]
            button.setText(self.tr(text))
            button.setCheckable(True)
            button.setAccessibleName(self.tr(accessible_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(RAIL_BUTTON_POLICY)
            button.setToolTip(shortcut_text(f"Ctrl+{index + 1}"))
            self.nav.addButton(button, index)
            self.nav_buttons[name] = button
            tabs_layout.addWidget(button)
        rail_layout.addStretch(1)
        if self._privacy is not None:
            privacy_button = QToolButton()
            privacy_button.setText(self.tr("Privacy"))
            privacy_button.setAccessibleName(self.tr("Privacy"))
            privacy_button.setToolTip(
                self.tr("What has left this computer, and the Offline switch")
            )
            privacy_button.setSizePolicy(RAIL_BUTTON_POLICY)
            privacy_button.clicked.connect(self.open_privacy)
            rail_layout.addWidget(privacy_button)
        settings_button = QToolButton()
        settings_button.setText(self.tr("Settings"))
        settings_button.setAccessibleName(self.tr("Settings"))
        settings_button.setToolTip(
            self.tr("Answer style, context length, threads, offline mode ({shortcut})").format(
                shortcut=shortcut_text("Ctrl+,")
            )
        )
        settings_button.setSizePolicy(RAIL_BUTTON_POLICY)
        settings_button.clicked.connect(self.open_settings)
        rail_layout.addWidget(settings_button)
        self.nav_buttons["Chat"].setChecked(True)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.model_status = QLabel(self.tr("No model loaded yet"))
        self.model_status.setAccessibleName(self.tr("Model status"))
        self.speed_status = QLabel("")
        self.context_status = QLabel("")
        bar = self.statusBar()
        bar.addWidget(self.model_status, 1)
        bar.addPermanentWidget(self.speed_status)
        bar.addPermanentWidget(self.context_status)
        # Downloads show from every pane; a click opens the Models pane, where they are.
        self.download_status = DownloadStatus(self._models)
        bar.addPermanentWidget(self.download_status)
        self.download_status.clicked.connect(lambda: self.show_pane("Models"))

    def _build_shortcuts(self) -> None:
        bindings = {
            QKeySequence.StandardKey.New: self.new_chat,
            QKeySequence.StandardKey.Find: self.focus_search,
            QKeySequence("Ctrl+Return"): self._send_from_composer,
            QKeySequence("Ctrl+Enter"): self._send_from_composer,
            QKeySequence("Esc"): self.chat_pane.stop,
            QKeySequence("Ctrl+,"): self.open_settings,
            QKeySequence.StandardKey.Undo: self.undo_delete,
        }
        for sequence, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        # Ctrl+1 to Ctrl+5 open the panes in the side rail's order.
        for index, name in enumerate(PANES):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(partial(self.open_pane_from_keys, name))

    def _connect(self) -> None:
        self.nav.idClicked.connect(self._on_nav_clicked)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_selected.connect(self._on_sidebar_selected)
        self.sidebar.search_requested.connect(self._on_sidebar_search)
        self.sidebar.search_result_chosen.connect(self._on_sidebar_result_chosen)
        self.sidebar.rename_requested.connect(self.rename_conversation)
        self.sidebar.delete_requested.connect(self.delete_conversation)
        self.sidebar.export_requested.connect(self.export_conversation)
        self.sidebar.export_all_requested.connect(lambda: self.export_conversation(None))
        self._library.conversations_changed.connect(self._on_library_conversations_changed)
        self._library.conversation_created.connect(self._on_library_conversation_created)
        self._library.search_finished.connect(self.sidebar.show_search_results)
        self._library.export_progress.connect(self._on_library_export_progress)
        self._library.export_finished.connect(self._on_library_export_finished)
        self._library.failed.connect(self.chat_pane.show_error)
        self.chat_pane.conversation_opened.connect(self._on_chat_conversation_opened)
        self.chat_pane.answer_stats.connect(self._on_chat_answer_stats)
        self.chat_pane.view.link_activated.connect(self._on_view_link_activated)
        self._inference.model_loading.connect(self._on_inference_model_loading)
        self._inference.model_loaded.connect(self._on_inference_model_loaded)
        self._inference.model_failed.connect(self._on_inference_model_failed)
        self._inference.model_stopped.connect(self._on_inference_model_stopped)
        self._inference.model_notice.connect(self._on_inference_model_notice)

    # --- actions ------------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        """Reload the sidebar list now (a pending coalesced reload is then not needed)."""
        self._refresh_timer.stop()
        self._created_timer.stop()
        self._created.clear()  # the reload has them
        self.sidebar.set_conversations(self._library.recent())
        self.sidebar.select_conversation(self.chat_pane.conversation_id)

    def show_pane(self, name: str) -> None:
        """Switch to a pane by name."""
        self.nav_buttons[name].setChecked(True)
        # Tab stops at the selected page tab only (the arrow keys move between tabs, as in
        # a tab bar); Qt moves that stop when a tab takes the focus, not when one is checked.
        for button in self.nav_buttons.values():
            tab = Qt.FocusPolicy.TabFocus if button.isChecked() else Qt.FocusPolicy.NoFocus
            policy = button.focusPolicy().value & ~Qt.FocusPolicy.TabFocus.value
            button.setFocusPolicy(Qt.FocusPolicy(policy | tab.value))
        self.stack.setCurrentWidget(self.panes[name])
        self.sidebar.setVisible(name == "Chat")

    def open_pane_from_keys(self, name: str) -> None:
        """Ctrl+1 to Ctrl+5: show a pane, the keyboard focus on its first control."""
        self.show_pane(name)
        pane = self.panes[name]
        target = self.chat_pane.composer if name == "Chat" else first_control(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_chat(self) -> None:
        """Ctrl+N: an empty conversation in the Chat pane."""
        self.show_pane("Chat")
        self.chat_pane.new_chat()

    def focus_search(self) -> None:
        """Ctrl+F: search all conversations."""
        self.sidebar.focus_search()

    def rename_conversation(self, conversation_id: int) -> None:
        """Ask for a new title."""
        current = self._library.conversation(conversation_id).title
        title, ok = QInputDialog.getText(
            self, self.tr("Rename conversation"), self.tr("Title:"), text=current
        )
        if ok and title.strip():
            self._library.rename(conversation_id, title)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete after asking; the status bar offers Undo."""
        title = self._library.conversation(conversation_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete conversation?"),
            self.tr('Delete "{title}" and all its messages?').format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._last_deleted = self._library.delete(conversation_id)
        if self.chat_pane.conversation_id == conversation_id:
            self.chat_pane.new_chat()
        undo = shortcut_text(QKeySequence.StandardKey.Undo)
        deleted = self.tr('Deleted "{title}". Press {shortcut} to undo.')
        self.statusBar().showMessage(deleted.format(title=title, shortcut=undo), 10_000)

    def undo_delete(self) -> None:
        """Bring back the conversation deleted last."""
        if self._last_deleted is not None:
            restored = self._library.undo_delete(self._last_deleted)
            self._last_deleted = None
            self.chat_pane.open_conversation(restored.id)
            restored_text = self.tr('Restored "{title}".').format(title=restored.title)
            self.statusBar().showMessage(restored_text, 5000)

    def export_conversation(self, conversation_id: int | None) -> None:
        """Export one conversation, or all when None, to Markdown or JSON."""
        if conversation_id is None:
            suggested = self.tr("localchat-conversations.md")
        else:
            suggested = self.tr("conversation.md")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(Path.home() / suggested),
            self.tr("Markdown (*.md);;JSON (*.json)"),
        )
        if path:
            self._library.export(Path(path), conversation_id)

    def open_settings(self) -> None:
        """Ctrl+,: answer style presets and the raw numbers."""
        from localchat.ui.settings.settings_dialog import SettingsDialog  # when first opened

        dialog = SettingsDialog(self._settings.settings, self)
        if dialog.exec():
            self._settings.replace(dialog.result_settings())

    def show_welcome(self) -> None:
        """What this computer runs and the model to get for each task (first start, Models)."""
        survey = self._models.last_survey
        if survey is None:
            message = self._models.last_survey_error or self.tr(
                "Still checking this computer; try again."
            )
            self.statusBar().showMessage(message, 8000)
            return
        from localchat.ui.welcome.welcome_dialog import WelcomeDialog

        privacy = self._privacy
        offline = privacy.offline if privacy is not None else self._settings.settings.offline
        dialog = WelcomeDialog(survey, self._models, self._choice, offline, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(self._on_welcome_rejected)
        dialog.open()
        self.welcome = dialog

    @Slot()
    def _on_welcome_rejected(self) -> None:
        """Closed: say what the model in use is good and poor at, so nothing surprises."""
        from localchat.model_choice import abilities

        try:
            model = self._choice.model_for("chat")
        except UserFacingError:
            return
        self.statusBar().showMessage(abilities(self._choice.traits(model)), 30_000)

    def open_privacy(self) -> None:
        """The network ledger in plain words, and the Offline switch."""
        if self._privacy is not None:
            from localchat.ui.privacy.privacy_view import PrivacyDialog  # when first opened

            PrivacyDialog(self._privacy, self).exec()

    def _send_from_composer(self) -> None:
        self.chat_pane.send(self.chat_pane.composer.toPlainText())

    # --- slots --------------------------------------------------------------------------

    @Slot(int)
    def _on_nav_clicked(self, index: int) -> None:
        self.show_pane(PANES[index])

    @Slot(int)
    def _on_sidebar_selected(self, conversation_id: int) -> None:
        self.show_pane("Chat")
        self.chat_pane.open_conversation(conversation_id)

    @Slot(str)
    def _on_sidebar_search(self, query: str) -> None:
        self._library.search(query)

    @Slot(int, int)
    def _on_sidebar_result_chosen(self, conversation_id: int, message_id: int) -> None:
        self._on_sidebar_selected(conversation_id)
        if message_id:
            self.chat_pane.view.scroll_to_message(message_id)

    @Slot(int)
    def _on_chat_conversation_opened(self, conversation_id: int) -> None:
        self.sidebar.select_conversation(conversation_id or None)

    @Slot(float, int, int)
    def _on_chat_answer_stats(self, tokens_per_second: float, used: int, size: int) -> None:
        speed = decimal(tokens_per_second)
        self.speed_status.setText(self.tr("{speed} tokens/s").format(speed=speed))
        context = self.tr("Context {used} / {size}").format(used=whole(used), size=whole(size))
        self.context_status.setText(context if size else "")

    @Slot()
    def _on_library_conversations_changed(self) -> None:
        self._refresh_timer.start()

    @Slot(object)
    def _on_library_conversation_created(self, conversation: object) -> None:
        # Added at the top without reading the list again: no query on the GUI thread.
        self._created.append(conversation)
        self._created_timer.start()

    @Slot()
    def _on_created_timer_timeout(self) -> None:
        for conversation in self._created:
            self.sidebar.add_conversation(conversation)  # type: ignore[arg-type]
        self._created.clear()
        self.sidebar.select_conversation(self.chat_pane.conversation_id)

    @Slot(int, int)
    def _on_library_export_progress(self, done: int, total: int) -> None:
        exporting = self.tr("Exporting… {done} of %n conversation(s)", "", total)
        self.statusBar().showMessage(exporting.format(done=whole(done)))

    @Slot(str)
    def _on_library_export_finished(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)

    @Slot(str)
    def _on_inference_model_loading(self, name: str) -> None:
        self.model_status.setText(self.tr("Loading {name}…").format(name=name))

    @Slot(str, int)
    def _on_inference_model_loaded(self, name: str, context_size: int) -> None:
        self.model_status.setText(self.tr("{name} · ready").format(name=name))
        self.context_status.setText(self.tr("Context {size}").format(size=whole(context_size)))

    @Slot(str)
    def _on_inference_model_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 20_000)

    @Slot(str)
    def _on_inference_model_stopped(self, name: str) -> None:
        self.model_status.setText(
            self.tr("{name} · stopped; it starts again with your next question").format(name=name)
        )

    @Slot(str)
    def _on_inference_model_failed(self, message: str) -> None:
        self.model_status.setText(self.tr("The model could not be loaded"))
        self.chat_pane.show_error(message)

    @Slot(str)
    def _on_view_link_activated(self, url: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this address in your web browser?\n\n{address}").format(address=url),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl(url))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Ask for the keyboard focus when shown, as a window manager would give it."""
        super().showEvent(event)
        # Qt runs a shortcut (Esc, Ctrl+N, ...) only in the active window, and on X11 a
        # window becomes active only when given the focus. With no window manager (Xvfb, a
        # bare X session) nobody gives it until a click: typed keys follow the pointer into
        # the composer and Enter sends, but Esc and Ctrl+N do nothing.
        if not event.spontaneous() and QGuiApplication.platformName() == "xcb":
            self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop any answer (it is saved as stopped) before the window closes."""
        self._inference.cancel_all()
        super().closeEvent(event)
