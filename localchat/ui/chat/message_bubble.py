"""One message as a rounded bubble: Markdown, a status tag, copy and edit buttons."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
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
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localchat.ui.accessibility import message_name
from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.markdown import StreamingMarkdown, render_markdown
from localchat.ui.chat.sources import (
    SOURCE_LINK_PREFIX,
    SourcesList,
    link_citations,
    sources_to_show,
)
from localchat.ui.style import is_dark

logger = logging.getLogger(__name__)

COPY_CODE_PREFIX = "copy-code:"
STATUS_TAGS = {
    "partial": QT_TRANSLATE_NOOP("MessageBubble", "Writing…"),
    "stopped": QT_TRANSLATE_NOOP("MessageBubble", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("MessageBubble", "Interrupted"),
    "failed": QT_TRANSLATE_NOOP("MessageBubble", "Failed"),
}
ROLE_NAMES = {
    "user": QT_TRANSLATE_NOOP("MessageBubble", "You"),
    "assistant": QT_TRANSLATE_NOOP("MessageBubble", "Assistant"),
    "system": QT_TRANSLATE_NOOP("MessageBubble", "System"),
}
HIGHLIGHT_MS = 1500
PADDING = 12
RADIUS = 10
USER_INDENT = 64  # user bubbles sit towards the right
# A streamed answer up to this long becomes one label when it ends; a longer one keeps its
# pieces (joining took 4 ms for 1,500 characters, 26 ms for 3,000 and 46 ms for 9,000).
JOIN_LIMIT_CHARS = 1500
PIECE_SPACING = 12  # the gap Qt leaves between paragraphs, which separate labels lack


def size_at_own_width(widget: QWidget) -> QSize:
    """A height-for-width widget's hint: its height at the width it has.

    Before its first layout a widget's width means nothing yet, so its parent's is used.
    """
    width = widget.width()
    parent = widget.parentWidget()
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized) and parent is not None:
        width = parent.width()
    width = max(width, widget.minimumSizeHint().width())
    return QSize(width, widget.heightForWidth(width))


class _TextLabel(QLabel):
    """A rich-text label that remembers its height per width until its text changes.

    Qt asks a word-wrapped label for its height many times per layout pass, and a label
    answers each time by laying its document out again; a long answer in finished pieces
    would otherwise be laid out in full at every streaming render.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.shown_text = ""  # as given to setText, without a copy back from Qt

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show new text; the remembered heights no longer hold."""
        self._heights.clear()
        self.shown_text = text
        super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height the text needs at this width."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The height at its own width (see size_at_own_width).

        QLabel's own hint for word-wrapped rich text searches for a good width, laying the
        text out several times (5 ms for 3,000 characters at every streaming render); the
        label ignores its width hint anyway (its horizontal size policy is Ignored).
        """
        return size_at_own_width(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One line: the height proper comes from heightForWidth.

        (QLabel's own minimum lays the whole text out again, as its size hint does.)
        """
        return QSize(self.minimumWidth(), self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font or style changes every height."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class MessageBubble(QFrame):
    """One message: a header (who, status, Copy, Edit) above its rendered text.

    Signals:
        copied: Something was put on the clipboard. args: "message" or "code".
        edit_requested: The user wants to edit this message. args: message id, its text.
        link_activated: A web link in the text was clicked. args: the URL.
        source_activated: A citation [n] or a listed source was clicked. args: the source.
    """

    copied = Signal(str)
    edit_requested = Signal(int, str)
    link_activated = Signal(str)
    source_activated = Signal(object)

    def __init__(self, item: MessageItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id = item.message_id
        self.role = item.role
        self.render_count = 0
        self.unfinished_chars = 0  # how much of a streaming answer each render lays out
        self._text = item.text
        self._sources = item.sources  # an answer from the documents: what [n] cite
        self._code_blocks: list[str] = []
        self._streaming: StreamingMarkdown | None = None  # while the answer is being written
        self._highlighted = False
        self._highlight_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._on_highlight_timer_timeout)
        self._build()
        self.set_status(item.status)
        self.set_sources(item.sources)
        self.render()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The height the bubble needs at its own width (see size_at_own_width).

        Qt's own hint asks the text for its height at the header's width, since the text
        labels leave their width to the layout: laying a long answer out at 200 pixels
        (a deep list all but one word per line) at every streaming render, only for a hint.
        """
        return size_at_own_width(self)

    def _build(self) -> None:
        role_name = self.tr(ROLE_NAMES[self.role]) if self.role in ROLE_NAMES else self.role
        self.role_label = QLabel(role_name, self)
        bold = self.role_label.font()
        bold.setBold(True)
        self.role_label.setFont(bold)
        self.status_label = QLabel(self)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit_button = self._tool_button(
            self.tr("Edit"),
            self.tr("Edit message"),
            self.tr("Edit and send again (Up in the empty message box edits the last one)"),
        )
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.edit_button.setVisible(self.role == "user" and self.message_id is not None)
        self.copy_button = self._tool_button(
            self.tr("Copy"), self.tr("Copy message"), self.tr("Copy this message's text")
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.role_label)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        header.addWidget(self.copy_button)

        self.body = self._text_label(self.tr("Message from {role}").format(role=role_name))
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pieces: list[_TextLabel] = []  # finished parts of an answer still being written
        self._text_column = QVBoxLayout()
        self._text_column.setContentsMargins(0, 0, 0, 0)
        self._text_column.setSpacing(PIECE_SPACING)
        self._text_column.addWidget(self.body)

        left = PADDING + (USER_INDENT if self.role == "user" else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(left, PADDING - 4, PADDING, PADDING)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(self._text_column)
        self.sources_list = SourcesList(self)
        self.sources_list.source_chosen.connect(self._on_source_chosen)
        layout.addWidget(self.sources_list)

    def _text_label(self, accessible_name: str) -> _TextLabel:
        label = _TextLabel(self)
        label.setObjectName("messageText")  # the style sheet draws its focus ring
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        label.setAccessibleName(accessible_name)
        # Long words or code lines wrap or clip instead of widening the whole column.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(120)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.linkActivated.connect(self._on_body_link_activated)
        return label

    def _tool_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def tab_order(self) -> list[QWidget]:
        """Its controls in the order Tab reaches them: as laid out, Edit, Copy, the text."""
        return [self.edit_button, self.copy_button, self.body, self.sources_list]

    def last_in_tab_order(self) -> QWidget:
        """The control Tab reaches last in this bubble."""
        return self.sources_list

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
        elif self._streaming is not None or self.status == "partial":
            # Streaming: finished pieces keep their labels, only the end is laid out again
            # (one label for a long answer costs a full re-layout, 50-70 ms, per render).
            dark = is_dark(self.palette())
            if self._streaming is None:
                self._streaming = StreamingMarkdown(COPY_CODE_PREFIX, dark=dark)
            streamed = self._streaming.render(self._text, dark=dark)
            self.unfinished_chars = streamed.tail_chars
            if self.status != "partial" and len(self._text) <= JOIN_LIMIT_CHARS:
                # Written in full and short: one label, so that a selection spans it all.
                self._streaming = None
                self._show_pieces([])
                self.body.setText(self._linked(streamed.html))
            else:  # a long answer stays in pieces: joining them would stall the window
                self._show_pieces(streamed.finished)
                self.body.setText(streamed.tail)
            self._code_blocks = streamed.code_blocks
        else:
            rendered = render_markdown(self._text, COPY_CODE_PREFIX, dark=is_dark(self.palette()))
            self.body.setText(self._linked(rendered.html))
            self._code_blocks = rendered.code_blocks
        self._update_accessible_text()
        self.render_count += 1

    def _update_accessible_text(self) -> None:
        """Read as "You: <text>" or "Assistant: <text>", and how it ended if not in full."""
        who = self.tr(ROLE_NAMES[self.role]) if self.role in ROLE_NAMES else self.role
        # A name that changed with every streamed word would be read again and again.
        text = self.tr("Writing…") if self.status == "partial" else self._text
        if self._sources is not None and self.status != "partial":
            text = f"{text}\n{self.sources_list.spoken()}"
        self.body.setAccessibleName(message_name(who, text))
        tag = self.tr(STATUS_TAGS[self.status]) if self.status in STATUS_TAGS else ""
        self.body.setAccessibleDescription(tag)

    def _show_pieces(self, pieces: list[str]) -> None:
        """One label per finished piece of a streaming answer, above the body's end."""
        for label in self._pieces[len(pieces) :]:
            self._text_column.removeWidget(label)
            label.deleteLater()
        del self._pieces[len(pieces) :]
        for label, piece in zip(self._pieces, pieces, strict=False):
            if label.shown_text is not piece and label.shown_text != piece:
                label.setText(piece)
        for piece in pieces[len(self._pieces) :]:
            label = self._text_label(self.tr("Part of the answer"))
            # Without the text's ring border: the finished answer is one text with one
            # border, and must not change height when its parts become that text.
            label.setObjectName("messagePiece")
            label.setText(piece)
            self._text_column.insertWidget(len(self._pieces), label)
            self._pieces.append(label)

    def set_status(self, status: str) -> None:
        """Show a tag such as "Stopped" unless the message is complete."""
        self.status = status
        tag = self.tr(STATUS_TAGS[status]) if status in STATUS_TAGS else ""
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
            tint.setAlphaF(0.22 if is_dark(palette) else 0.14)
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

    def set_sources(self, sources: tuple[object, ...] | None) -> None:
        """The passages the answer was given (its [n] become links); call render() next."""
        self._sources = sources
        shown = sources_to_show(self._text, sources or ())
        self.sources_list.set_sources(shown, nothing_found=sources == ())

    def _linked(self, rendered: str) -> str:
        """The answer's HTML with its citations as links to its sources."""
        if not self._sources:
            return rendered
        return link_citations(rendered, {source.number for source in self._sources})

    def _source(self, number: int) -> object | None:
        return next((s for s in self._sources or () if s.number == number), None)

    @Slot(int)
    def _on_source_chosen(self, number: int) -> None:
        source = self._source(number)
        if source is not None:
            self.source_activated.emit(source)

    @Slot(str)
    def _on_body_link_activated(self, url: str) -> None:
        if url.startswith(SOURCE_LINK_PREFIX):
            number = url.removeprefix(SOURCE_LINK_PREFIX)
            if number.isdigit():
                self._on_source_chosen(int(number))
            return
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
