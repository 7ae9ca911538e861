"""The left column: New chat, search over every conversation, and the conversation list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from localchat.ui.chat.conversation_model import (
    ConversationIdRole,
    ConversationLike,
    ConversationListModel,
)
from localchat.ui.chat.search_delegate import (
    HitRole,
    SearchHitDelegate,
    SnippetRole,
    TitleRole,
    split_marks,
)
from localchat.ui.models.download_words import shortcut_text

SEARCH_DELAY_MS = 200


class _ListWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list: no row asks for the width of its whole text."""

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The usual height, and no width of its own (the list gives each row its width)."""
        size = super().sizeHint(option, index)
        size.setWidth(0)
        return size


class Sidebar(QWidget):
    """Conversations, newest first, and a search box over all of them.

    Signals:
        conversation_selected: A conversation was clicked. args: conversation id.
        new_chat_requested: The New chat button was pressed.
        search_requested: The search text settled. args: query ('' clears).
        search_result_chosen: A hit was clicked. args: conversation id, message id (0: title).
        rename_requested: args: conversation id.
        delete_requested: args: conversation id.
        export_requested: args: conversation id.
        export_all_requested: Export every conversation.
    """

    conversation_selected = Signal(int)
    new_chat_requested = Signal()
    search_requested = Signal(str)
    search_result_chosen = Signal(int, int)
    rename_requested = Signal(int)
    delete_requested = Signal(int)
    export_requested = Signal(int)
    export_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.model = ConversationListModel()
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setToolTip(
            self.tr("Start a new conversation ({shortcut})").format(
                shortcut=shortcut_text(QKeySequence.StandardKey.New)
            )
        )
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search conversations"))
        self.search_box.setAccessibleName(self.tr("Search conversations"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(
            self.tr(
                "Search every conversation ({shortcut}). Down moves into the results; "
                "Enter opens the one selected."
            ).format(shortcut=shortcut_text(QKeySequence.StandardKey.Find))
        )
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Conversations"))
        self.list_view.setModel(self.model)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.setUniformItemSizes(True)
        # A long title is cut short with "…" (its tool tip is the whole title) instead of
        # widening the rows past the list and bringing up a horizontal scroll bar.
        self.list_view.setItemDelegate(_ListWidthDelegate(self.list_view))
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        # Rows are painted by a delegate (no widget per hit) and all have one height, so
        # filling the list with 50 hits costs about a millisecond on the GUI thread.
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = QLabel(self.tr("No conversations yet.\nYour chats will appear here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        for page in (self.list_view, self.results, self.empty_label):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.stack, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._connect()

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_chat_requested)
        self.list_view.clicked.connect(self._on_list_clicked)
        self.list_view.activated.connect(self._on_list_clicked)
        self.list_view.customContextMenuRequested.connect(self._on_list_context_menu)
        self.search_box.textChanged.connect(self._on_search_box_changed)
        self.search_box.installEventFilter(self)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.results.itemActivated.connect(self._on_results_chosen)
        self.results.itemClicked.connect(self._on_results_chosen)

    def set_conversations(self, conversations: Sequence[ConversationLike]) -> None:
        """Show the conversations (newest first)."""
        self.model.set_conversations(conversations)
        if not self.search_box.text().strip():
            self.stack.setCurrentWidget(self.list_view if conversations else self.empty_label)

    def add_conversation(self, conversation: ConversationLike) -> None:
        """Show a conversation just created at the top of the list."""
        self.model.add_conversation(conversation)
        if not self.search_box.text().strip():
            self.stack.setCurrentWidget(self.list_view)

    def select_conversation(self, conversation_id: int | None) -> None:
        """Mark the open conversation in the list."""
        row = -1 if conversation_id is None else self.model.row_of(conversation_id)
        if row < 0:
            self.list_view.clearSelection()
            return
        self.list_view.setCurrentIndex(self.model.index(row))

    def show_search_results(self, query: str, hits: Sequence[object]) -> None:
        """Fill the results list with highlighted snippets (ignores stale answers)."""
        if query != self.search_box.text().strip():
            return
        self.results.clear()
        for hit in hits:
            plain, marks = split_marks(hit.snippet)
            title = hit.conversation_title
            # Found by meaning, under the word hits: no word of it matched.
            if getattr(hit, "related", False):  # plain hits of other front ends have none
                title = self.tr("{title} · related").format(title=title)
            item = QListWidgetItem(self.tr("{title}: {text}").format(title=title, text=plain))
            item.setData(HitRole, (hit.conversation_id, hit.message_id or 0))
            item.setData(TitleRole, title)
            item.setData(SnippetRole, (plain, marks))
            item.setToolTip(plain)
            self.results.addItem(item)
        if not hits:
            nothing = self.tr('Nothing found for "{query}".').format(query=query)
            self.results.addItem(QListWidgetItem(nothing))
        self.stack.setCurrentWidget(self.results)

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the search box, Down moves into the list below and Enter opens a hit."""
        if watched is self.search_box and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down:
                return self._focus_list()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._showing_results():
                item = self.results.currentItem() or self.results.item(0)
                if item is not None:
                    self._on_results_chosen(item)
                return True
        return super().eventFilter(watched, event)

    def _showing_results(self) -> bool:
        return self.stack.currentWidget() is self.results and self.results.count() > 0

    def _focus_list(self) -> bool:
        """Put the focus on the list shown (results or conversations), on its first row."""
        view = self.stack.currentWidget()
        if view not in (self.results, self.list_view) or view.model().rowCount() == 0:
            return False
        if not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _on_list_clicked(self, index: QModelIndex) -> None:
        conversation_id = index.data(ConversationIdRole)
        if conversation_id is not None:
            self.conversation_selected.emit(conversation_id)

    def _on_list_context_menu(self, point: QPoint) -> None:
        conversation_id = self.list_view.indexAt(point).data(ConversationIdRole)
        menu = QMenu(self)
        if conversation_id is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(conversation_id))
            menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(conversation_id))
            menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(conversation_id))
            menu.addSeparator()
        menu.addAction(self.tr("Export all conversations…"), self.export_all_requested)
        menu.popup(self.list_view.viewport().mapToGlobal(point))

    def _on_search_box_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            has_rows = self.model.rowCount() > 0
            self.stack.setCurrentWidget(self.list_view if has_rows else self.empty_label)
            return
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.search_requested.emit(self.search_box.text().strip())

    def _on_results_chosen(self, item: QListWidgetItem) -> None:
        target = item.data(HitRole)
        if target:
            self.search_result_chosen.emit(*target)
