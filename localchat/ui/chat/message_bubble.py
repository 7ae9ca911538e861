"""One message as a rounded bubble: Markdown, a status tag, copy and edit buttons."""

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
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localchat.tasks.export import ROLE_NAMES
from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.markdown import render_markdown
from localchat.ui.style import is_dark

logger = logging.getLogger(__name__)

COPY_CODE_PREFIX = "copy-code:"
STATUS_TAGS = {
    "partial": "Writing…",
    "stopped": "Stopped",
    "interrupted": "Interrupted",
    "failed": "Failed",
}
HIGHLIGHT_MS = 1500
PADDING = 12
RADIUS = 10
USER_INDENT = 64  # user bubbles sit towards the right


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
            rendered = render_markdown(self._text, COPY_CODE_PREFIX, dark=is_dark(self.palette()))
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
