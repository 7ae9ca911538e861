"""An answer's sources: [n] citations as links, the Sources list, and the passage viewer."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localchat.tasks.citations import sources_to_show

__all__ = ["SourceViewer", "SourcesList", "link_citations", "sources_to_show"]

SOURCE_LINK_PREFIX = "source:"
# A citation in rendered HTML: [3] or [1, 2], outside tags (the text between > and <).
_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


class SourceLike(Protocol):
    """What the window shows of a source (storage.source_records.Source has it)."""

    number: int
    path: str
    page: int | None
    heading: str | None
    text: str


def link_citations(rendered: str, numbers: set[int]) -> str:
    """The answer's HTML with each [n] of a known source made a link to it.

    Only text between tags is touched, and never inside a link or code (which keep
    brackets as they are, e.g. list indexing in code).
    """
    if not numbers:
        return rendered
    out: list[str] = []
    skip = 0  # depth inside <a>, <code> or <pre>
    for part in _TAG_OR_TEXT.split(rendered):
        if part.startswith("<"):
            name = part[1:].split(None, 1)[0].rstrip(">").lower() if len(part) > 2 else ""
            if name in ("a", "code", "pre"):
                skip += 1
            elif name in ("/a", "/code", "/pre"):
                skip = max(0, skip - 1)
            out.append(part)
        elif skip or "[" not in part:
            out.append(part)
        else:
            out.append(_CITATION.sub(lambda m: _cited(m, numbers), part))
    return "".join(out)


def _cited(match: re.Match[str], numbers: set[int]) -> str:
    parts = [p.strip() for p in re.split(r"([,;])", match.group(1))]
    linked = [
        f'<a href="{SOURCE_LINK_PREFIX}{p}">{p}</a>' if p.isdigit() and int(p) in numbers else p
        for p in parts
    ]
    return "[" + "".join(f"{p} " if p in ",;" else p for p in linked) + "]"


def file_name(source: SourceLike) -> str:
    """The source's file name without its folder."""
    return PurePath(source.path).name


class SourcesList(QLabel):
    """The "Sources" under an answer: one link per source ("[1] notes.pdf, page 3").

    Signals:
        source_chosen: A source was clicked (or chosen with the keyboard). args: its number.
    """

    source_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageSources")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.linkActivated.connect(self._on_link_activated)
        self.labels: list[str] = []
        self.hide()

    def label(self, source: SourceLike) -> str:
        """A source as listed: its number, file, and page or heading."""
        if source.page is not None:
            return self.tr("[{number}] {file}, page {page}").format(
                number=source.number, file=file_name(source), page=source.page
            )
        if source.heading:
            return self.tr("[{number}] {file}, {heading}").format(
                number=source.number, file=file_name(source), heading=source.heading
            )
        return self.tr("[{number}] {file}").format(number=source.number, file=file_name(source))

    def set_sources(self, sources: Sequence[SourceLike], nothing_found: bool) -> None:
        """Show these sources; or that nothing was found; or nothing (hidden)."""
        self.labels = [self.label(source) for source in sources]
        if nothing_found:
            self.setText(html.escape(self.tr("Nothing in your documents matched this question.")))
        elif sources:
            links = "<br>".join(
                f'<a href="{SOURCE_LINK_PREFIX}{s.number}">{html.escape(label)}</a>'
                for s, label in zip(sources, self.labels, strict=True)
            )
            heading = html.escape(self.tr("Sources"))
            self.setText(f"<b>{heading}</b><br>{links}")
        self.setAccessibleName(self.spoken())
        self.setVisible(nothing_found or bool(sources))

    def spoken(self) -> str:
        """The list as a screen reader says it."""
        if not self.labels:
            return self.text() and self.tr("Nothing in your documents matched this question.")
        return self.tr("Sources: {sources}").format(sources="; ".join(self.labels))

    @Slot(str)
    def _on_link_activated(self, url: str) -> None:
        number = url.removeprefix(SOURCE_LINK_PREFIX)
        if url.startswith(SOURCE_LINK_PREFIX) and number.isdigit():
            self.source_chosen.emit(int(number))


class SourceViewer(QDialog):
    """A cited passage in its document: the text around it, the passage highlighted."""

    def __init__(self, source: SourceLike, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Source [{number}]").format(number=source.number))
        self.place_label = QLabel(self._place(source))
        self.place_label.setWordWrap(True)
        self.place_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self.tr("Reading the document…"))
        self.note_label.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName(self.tr("The passage in its document"))
        self.text_view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.place_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.show_passage("", source.text, "")

    def _place(self, source: SourceLike) -> str:
        if source.page is not None:
            return self.tr("{file}, page {page} · {path}").format(
                file=file_name(source), page=source.page, path=source.path
            )
        if source.heading:
            return self.tr("{file}, {heading} · {path}").format(
                file=file_name(source), heading=source.heading, path=source.path
            )
        return self.tr("{file} · {path}").format(file=file_name(source), path=source.path)

    def show_context(self, before: str, passage: str, after: str, current: bool) -> None:
        """The document's text around the passage (or, not current, the passage as stored)."""
        self.show_passage(before, passage, after)
        self.note_label.setText(
            ""
            if current
            else self.tr(
                "The document could not be read again or has changed since: this is the "
                "passage as the answer saw it."
            )
        )
        self.note_label.setVisible(not current)

    def show_passage(self, before: str, passage: str, after: str) -> None:
        """Show the text with the passage highlighted, scrolled into view."""
        # A plain format first: the text would otherwise take the cursor's format, which is
        # the highlight when the passage was shown before the document was read.
        self.text_view.setCurrentCharFormat(QTextCharFormat())
        self.text_view.setPlainText(before + passage + after)
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(len(before))
        cursor.setPosition(len(before) + len(passage), QTextCursor.MoveMode.KeepAnchor)
        marked = QTextCharFormat()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlphaF(0.3)
        marked.setBackground(tint)
        cursor.mergeCharFormat(marked)
        self.highlighted = (len(before), len(before) + len(passage))
        end = QTextCursor(self.text_view.document())
        end.setPosition(len(before) + len(passage))
        self.text_view.setTextCursor(end)
        self.text_view.ensureCursorVisible()
        start = QTextCursor(self.text_view.document())
        start.setPosition(len(before))
        self.text_view.setTextCursor(start)
        self.text_view.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The text shown highlighted (tests)."""
        first, last = self.highlighted
        return self.text_view.toPlainText()[first:last]


class SourceReading(Protocol):
    """What the viewer needs to read a passage's document (services.chat.ChatService)."""

    source_read: SignalInstance

    def read_source(self, source: Any) -> None:
        """Read the document off the GUI thread; source_read(PassageContext) follows."""
        ...


def show_source(parent: QWidget, reader: SourceReading, source: SourceLike) -> SourceViewer:
    """Open the viewer on a source: the stored passage at once, its document when read."""
    viewer = SourceViewer(source, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_read(context: Any) -> None:
        if context.source == source:
            viewer.show_context(context.before, context.passage, context.after, context.current)

    reader.source_read.connect(on_read)
    viewer.finished.connect(lambda _result: reader.source_read.disconnect(on_read))
    reader.read_source(source)
    viewer.open()
    return viewer
