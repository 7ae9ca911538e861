"""The conversation as a scrolling column of message bubbles, with streaming answers."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.markdown import render_markdown

logger = logging.getLogger(__name__)

COPY_CODE_PREFIX = "copy-code:"
ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}
STATUS_TAGS = {
    "partial": "Writing…",
    "stopped": "Stopped",
    "interrupted": "Interrupted",
    "failed": "Failed",
}
RENDER_INTERVAL_MS = 50  # a streaming answer is re-rendered at most this often
HIGHLIGHT_MS = 1500
MAX_COLUMN_WIDTH = 820  # a comfortable reading width, in pixels
SPACING = 14
PADDING = 12
RADIUS = 10
USER_INDENT = 64  # user bubbles sit towards the right
BOTTOM_SLACK = 24  # within this many pixels of the end counts as "at the bottom"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class MessageBubble(QFrame):
    """One message: a header (who, status, Copy, Edit) above its rendered text.

    Signals:
        copied: Something was put on the clipboard. args: "message" or "code".
        edit_requested: The user wants to edit this message. args: message id, its text.
        link_activated: A web link in the text was clicked. args: the URL.
    """

    copied = Signal(str)
    edit_requested = Signal(int, str)
    link_activated = Signal(str)

    def __init__(self, item: MessageItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id = item.message_id
        self.role = item.role
        self.render_count = 0
        self._text = item.text
        self._code_blocks: list[str] = []
        self._highlighted = False
        self._highlight_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._on_highlight_timer_timeout)
        self._build()
        self.set_status(item.status)
        self.render()

    def _build(self) -> None:
        role_name = ROLE_NAMES.get(self.role, self.role.title())
        self.role_label = QLabel(role_name, self)
        bold = self.role_label.font()
        bold.setBold(True)
        self.role_label.setFont(bold)
        self.status_label = QLabel(self)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit_button = self._tool_button("Edit", "Edit message", "Edit and send again")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.edit_button.setVisible(self.role == "user" and self.message_id is not None)
        self.copy_button = self._tool_button("Copy", "Copy message", "Copy this message's text")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.role_label)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        header.addWidget(self.copy_button)

        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.setAccessibleName(f"Message from {role_name}")
        # Long words or code lines wrap or clip instead of widening the whole column.
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body.setMinimumWidth(120)
        font = self.body.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.body.setFont(font)
        self.body.linkActivated.connect(self._on_body_link_activated)

        left = PADDING + (USER_INDENT if self.role == "user" else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(left, PADDING - 4, PADDING, PADDING)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.body)

    def _tool_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def text(self) -> str:
        """The message's raw text (Markdown as the model wrote it)."""
        return self._text

    def shows(self, item: MessageItem) -> bool:
        """Whether this bubble already shows exactly this message."""
        return (self.message_id, self.role, self._text, self.status) == (
            item.message_id,
            item.role,
            item.text,
            item.status,
        )

    def set_message_id(self, message_id: int) -> None:
        """The message is stored now: it can be edited (the user's) and kept on reloads."""
        self.message_id = message_id
        self.edit_button.setVisible(self.role == "user")

    def set_text(self, text: str) -> None:
        """Replace the raw text; call render() to show it."""
        self._text = text

    def render(self) -> None:
        """Show the current text: Markdown for answers, plain text for the user's words."""
        if self.role == "user":
            escaped = html.escape(self._text)
            self.body.setText(f'<p style="white-space: pre-wrap;">{escaped}</p>')
            self._code_blocks = []
        else:
            rendered = render_markdown(self._text, COPY_CODE_PREFIX, dark=_is_dark(self.palette()))
            self.body.setText(rendered.html)
            self._code_blocks = rendered.code_blocks
        self.body.setAccessibleDescription(self._text[:2000])
        self.render_count += 1

    def set_status(self, status: str) -> None:
        """Show a tag such as "Stopped" unless the message is complete."""
        self.status = status
        tag = STATUS_TAGS.get(status, "")
        self.status_label.setText(tag)
        self.status_label.setVisible(bool(tag))

    def highlight(self) -> None:
        """Draw attention to this bubble for a moment (a search result, for instance)."""
        self._highlighted = True
        self._highlight_timer.start()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint a rounded card in palette colours; the user's is tinted with the accent."""
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        indent = USER_INDENT if self.role == "user" else 0
        width = 2.0 if self._highlighted else 1.0
        border = QColor(accent) if self._highlighted else palette.color(QPalette.ColorRole.Mid)
        border.setAlpha(255 if self._highlighted else 90)
        rect = QRectF(self.rect()).adjusted(indent + width / 2, width / 2, -width / 2, -width / 2)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        if self.role == "user":
            tint = QColor(accent)
            tint.setAlphaF(0.22 if _is_dark(palette) else 0.14)
            painter.fillPath(path, tint)
        painter.setPen(QPen(border, width))
        painter.drawPath(path)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """Re-render when the palette flips between light and dark (code colours follow)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.role != "user":
            self.render()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copied.emit("message")

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        if self.message_id is not None:
            self.edit_requested.emit(self.message_id, self._text)

    @Slot(str)
    def _on_body_link_activated(self, url: str) -> None:
        if url.startswith(COPY_CODE_PREFIX):
            index = url.removeprefix(COPY_CODE_PREFIX)
            if index.isdigit() and int(index) < len(self._code_blocks):
                QGuiApplication.clipboard().setText(self._code_blocks[int(index)])
                self.copied.emit("code")
            return
        if QUrl(url).scheme().lower() in ("http", "https"):
            self.link_activated.emit(url)
            return
        logger.debug("Ignored a link with an unsupported address: %s", url)

    @Slot()
    def _on_highlight_timer_timeout(self) -> None:
        self._highlighted = False
        self.update()


class MessageView(QScrollArea):
    """The messages of one conversation, newest at the bottom; streams the answer in place.

    Signals:
        edit_requested: The user wants to edit a message of theirs. args: message id, its text.
        link_activated: A web link was clicked; the window asks before opening it. args: URL.
        copied: Something was put on the clipboard. args: "message" or "code".
    """

    edit_requested = Signal(int, str)
    link_activated = Signal(str)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.render_count = 0  # renders of streaming answers (coalesced, see RENDER_INTERVAL_MS)
        self._bubbles: list[MessageBubble] = []
        self._stream: MessageBubble | None = None
        self._pinned = True
        self._anchor: MessageBubble | None = None  # a search hit kept in view while laid out
        self._anchor_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._anchor_timer.timeout.connect(self._on_anchor_timer_timeout)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._on_render_timer_timeout)
        self._build()
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrollbar_value_changed)
        bar.rangeChanged.connect(self._on_scrollbar_range_changed)

    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Messages")
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.placeholder.setFont(font)

        self._column = QWidget()
        self._column.setMaximumWidth(MAX_COLUMN_WIDTH)
        self._list = QVBoxLayout(self._column)
        self._list.setContentsMargins(0, SPACING, 0, SPACING)
        self._list.setSpacing(SPACING)
        # While it shows, the placeholder takes (nearly) all the height, so it sits centred.
        self._list.addWidget(self.placeholder, 100)
        self._list.addStretch(1)

        content = QWidget()
        content.setBackgroundRole(QPalette.ColorRole.Window)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(SPACING, 0, SPACING, 0)
        outer.addStretch(0)
        outer.addWidget(self._column, 1)
        outer.addStretch(0)
        self.setWidget(content)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.placeholder.setVisible(not self._bubbles)

    # --- API ----------------------------------------------------------------------------

    def set_placeholder(self, text: str) -> None:
        """The friendly text shown while there are no messages."""
        self.placeholder.setText(text)

    def set_messages(self, items: list[MessageItem]) -> None:
        """Show these messages instead of the current ones and scroll to the newest.

        Bubbles already showing the same leading messages are kept, so a new question or a
        finished answer adds one bubble instead of rebuilding (and re-rendering) them all.
        """
        self._render_timer.stop()
        self._stream = None
        keep = 0
        for bubble, item in zip(self._bubbles, items, strict=False):
            if bubble.message_id is None or not bubble.shows(item):
                break
            keep += 1
        for bubble in self._bubbles[keep:]:
            self._list.removeWidget(bubble)
            bubble.deleteLater()
        del self._bubbles[keep:]
        for item in items[keep:]:
            self._add_bubble(item)
        self.placeholder.setVisible(not self._bubbles)
        self._scroll_to_bottom()

    def add_message(self, item: MessageItem) -> None:
        """Show one more message at the end (a question just sent) and scroll to it."""
        self._add_bubble(item)
        self.placeholder.setVisible(False)
        self._scroll_to_bottom()

    def confirm_question(self, message_id: int) -> None:
        """Give the newest question not stored yet its id, once it is stored."""
        for bubble in reversed(self._bubbles):
            if bubble.role == "user" and bubble.message_id is None:
                bubble.set_message_id(message_id)
                return

    def begin_answer(self) -> None:
        """Add an empty assistant bubble that the coming answer streams into."""
        self._render_timer.stop()
        self._stream = self._add_bubble(MessageItem(None, "assistant", "", "partial"))
        self.placeholder.setVisible(not self._bubbles)
        self._scroll_to_bottom()

    def append_answer_text(self, text: str) -> None:
        """Add streamed text to the answer; rendering is coalesced, at most every 50 ms."""
        if self._stream is None:
            self.begin_answer()
        assert self._stream is not None
        self._stream.set_text(self._stream.text() + text)
        if not self._render_timer.isActive():
            self._render_timer.start()

    def end_answer(
        self, status: str, message_id: int | None = None, text: str | None = None
    ) -> None:
        """The answer is over: render it in full and show how it ended ("stopped", …).

        With ``message_id`` and ``text`` (as stored), the bubble becomes that stored
        message, exactly as it shows when the conversation is opened again.
        """
        if self._stream is None:
            return
        self._render_timer.stop()
        if text is not None:
            self._stream.set_text(text)
        if message_id is not None:
            self._stream.set_message_id(message_id)
        self._stream.set_status(status)
        self._render_stream()
        self._stream = None

    def scroll_to_message(self, message_id: int) -> None:
        """Bring a message into view and highlight it briefly."""
        bubble = next((b for b in self._bubbles if b.message_id == message_id), None)
        if bubble is None:
            return
        self._pinned = False
        self.widget().layout().activate()
        self._list.activate()
        # A conversation opened just now is not laid out yet (the scroll range is still 0):
        # the range changes follow, and each brings the message back to the top.
        self._anchor = bubble
        self._anchor_timer.start()
        self._scroll_to_anchor()
        bubble.highlight()

    def message_count(self) -> int:
        """How many messages are shown (a streaming answer counts)."""
        return len(self._bubbles)

    def streaming_text(self) -> str:
        """The raw text of the answer streaming now, or "" when none is."""
        return self._stream.text() if self._stream is not None else ""

    def bubbles(self) -> list[MessageBubble]:
        """The bubbles shown, oldest first."""
        return list(self._bubbles)

    # --- helpers ------------------------------------------------------------------------

    def _add_bubble(self, item: MessageItem) -> MessageBubble:
        bubble = MessageBubble(item, self._column)
        bubble.copied.connect(self.copied)
        bubble.edit_requested.connect(self.edit_requested)
        bubble.link_activated.connect(self.link_activated)
        # Bubbles go before the placeholder and the closing stretch.
        self._list.insertWidget(len(self._bubbles), bubble)
        self._bubbles.append(bubble)
        return bubble

    def _render_stream(self) -> None:
        if self._stream is not None:
            self._stream.render()
            self.render_count += 1

    def _scroll_to_anchor(self) -> None:
        if self._anchor is not None:
            top = self._anchor.mapTo(self.widget(), self._anchor.rect().topLeft()).y()
            self.verticalScrollBar().setValue(max(0, top - SPACING))

    def _scroll_to_bottom(self) -> None:
        self._anchor = None
        self._pinned = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_render_timer_timeout(self) -> None:
        self._render_stream()

    @Slot()
    def _on_anchor_timer_timeout(self) -> None:
        self._anchor = None

    @Slot(int)
    def _on_scrollbar_value_changed(self, value: int) -> None:
        self._pinned = value >= self.verticalScrollBar().maximum() - BOTTOM_SLACK

    @Slot(int, int)
    def _on_scrollbar_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._anchor is not None:
            self._scroll_to_anchor()
        elif self._pinned:
            self.verticalScrollBar().setValue(maximum)
