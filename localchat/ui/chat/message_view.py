"""The conversation as a scrolling column of message bubbles, with streaming answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.message_bubble import HIGHLIGHT_MS, MessageBubble

RENDER_INTERVAL_MS = 50  # a streaming answer is re-rendered at most this often
# ...and less often while its unfinished end is long (a long list cannot be cut into
# pieces, and each render lays all of it out again: ~4 ms per 1,000 characters here).
RENDER_INTERVAL_PER_1000_CHARS_MS = 40
MAX_RENDER_INTERVAL_MS = 250
MAX_COLUMN_WIDTH = 820  # a comfortable reading width, in pixels
SPACING = 14
BOTTOM_SLACK = 24  # within this many pixels of the end counts as "at the bottom"


def render_interval_ms(unfinished_chars: int) -> int:
    """How long a streaming answer waits before its next render, given its unfinished end."""
    by_length = unfinished_chars * RENDER_INTERVAL_PER_1000_CHARS_MS // 1000
    return max(RENDER_INTERVAL_MS, min(MAX_RENDER_INTERVAL_MS, by_length))


class MessageView(QScrollArea):
    """The messages of one conversation, newest at the bottom; streams the answer in place.

    Signals:
        edit_requested: The user wants to edit a message of theirs. args: message id, its text.
        link_activated: A web link was clicked; the window asks before opening it. args: URL.
        source_activated: An answer's citation or source was clicked. args: the source.
        copied: Something was put on the clipboard. args: "message" or "code".
    """

    edit_requested = Signal(int, str)
    link_activated = Signal(str)
    source_activated = Signal(object)
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
        self.setAccessibleName(self.tr("Messages"))
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
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
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
        self,
        status: str,
        message_id: int | None = None,
        text: str | None = None,
        sources: tuple[object, ...] | None = None,
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
        if sources is not None:  # an answer from the documents: its citations become links
            self._stream.set_sources(sources)
        self._render_stream()
        self._stream = None

    def lay_out_now(self) -> None:
        """Place new bubbles now, so that the next frame shows them where they stay."""
        self._list.activate()
        self.widget().layout().activate()

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

    def last_question(self) -> tuple[int, str] | None:
        """The id and text of the user's last stored message shown, if any."""
        for bubble in reversed(self._bubbles):
            if bubble.role == "user" and bubble.message_id is not None:
                return bubble.message_id, bubble.text()
        return None

    def bubbles(self) -> list[MessageBubble]:
        """The bubbles shown, oldest first."""
        return list(self._bubbles)

    # --- helpers ------------------------------------------------------------------------

    def _add_bubble(self, item: MessageItem) -> MessageBubble:
        bubble = MessageBubble(item, self._column)
        bubble.copied.connect(self.copied)
        bubble.edit_requested.connect(self.edit_requested)
        bubble.link_activated.connect(self.link_activated)
        bubble.source_activated.connect(self.source_activated)
        # Bubbles go before the placeholder and the closing stretch.
        self._list.insertWidget(len(self._bubbles), bubble)
        # Tab reaches them in reading order, after the view and before the composer
        # (a widget made later would otherwise join the end of the window's Tab chain).
        previous = self._bubbles[-1].last_in_tab_order() if self._bubbles else self
        for widget in bubble.tab_order():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._bubbles.append(bubble)
        return bubble

    def _render_stream(self) -> None:
        if self._stream is not None:
            self._stream.render()
            self.render_count += 1
            self._render_timer.setInterval(render_interval_ms(self._stream.unfinished_chars))

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
