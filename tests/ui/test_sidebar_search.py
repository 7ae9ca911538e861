"""Sidebar search results: painted title + highlighted snippet, no widget per row, click opens."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from localchat.app import Application
from localchat.ui.chat.search_delegate import SnippetRole, TitleRole, split_marks
from localchat.ui.chat.sidebar import Sidebar


@dataclass
class Hit:
    conversation_id: int
    message_id: int | None
    conversation_title: str
    snippet: str


HITS = [
    Hit(1, 11, "Trip to Lisbon", "…walk along the «river» Tagus in the evening…"),
    Hit(2, None, "River names", "«River» names"),
]


@pytest.fixture
def sidebar(qtbot) -> Sidebar:  # noqa: ANN001
    widget = Sidebar()
    widget.resize(260, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def accent_pixels(image: QImage) -> int:
    """Pixels tinted with the (blue) accent colour: the match markers."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            count += colour.blue() > colour.red() + 25
    return count


def test_split_marks_finds_each_match() -> None:
    assert split_marks("a «river» and «River»s") == ("a river and Rivers", [(2, 5), (12, 5)])
    assert split_marks("no marks") == ("no marks", [])
    assert split_marks("open «end") == ("open end", [(5, 3)])


def test_results_show_title_and_highlighted_snippet_without_widgets(
    sidebar: Sidebar,
    qtbot,  # noqa: ANN001
) -> None:
    sidebar.search_box.setText("river")
    sidebar.show_search_results("river", HITS)
    results = sidebar.results
    assert sidebar.stack.currentWidget() is results
    assert results.count() == 2
    assert all(results.itemWidget(results.item(row)) is None for row in range(2))
    first = results.item(0)
    assert first.data(TitleRole) == "Trip to Lisbon"
    plain, marks = first.data(SnippetRole)
    assert [plain[s : s + n] for s, n in marks] == ["river"]
    assert first.text() == "Trip to Lisbon: …walk along the river Tagus in the evening…"
    assert results.visualItemRect(first).height() > 2 * results.fontMetrics().height()

    rect = results.visualItemRect(first)
    marked = results.viewport().grab(rect).toImage()
    sidebar.show_search_results("river", [Hit(1, 11, "Trip to Lisbon", plain)])
    unmarked = results.viewport().grab(rect).toImage()
    assert accent_pixels(marked) > 20 > accent_pixels(unmarked)


def test_no_hits_says_so(sidebar: Sidebar) -> None:
    sidebar.search_box.setText("zebra")
    sidebar.show_search_results("zebra", [])
    assert sidebar.results.item(0).text() == 'Nothing found for "zebra".'


def test_stale_results_are_ignored(sidebar: Sidebar) -> None:
    sidebar.search_box.setText("river")
    sidebar.show_search_results("rive", HITS)
    assert sidebar.results.count() == 0


def test_clicking_a_hit_opens_the_conversation_at_the_message(qtbot, app: Application) -> None:  # noqa: ANN001
    repository = app.core.conversations
    conversation = repository.create(title="Long talk")
    for index in range(30):
        text = "the xylophone lesson" if index == 15 else f"filler message number {index} " * 8
        message = repository.add_message(conversation.id, "user", text)
        if index == 15:
            target = message.id
    app.window.refresh_conversations()
    sidebar = app.window.sidebar
    qtbot.keyClicks(sidebar.search_box, "xylophone")
    qtbot.waitUntil(
        lambda: (
            sidebar.results.count() == 1 and sidebar.results.item(0).data(SnippetRole) is not None
        ),
        timeout=5000,
    )
    rect = sidebar.results.visualItemRect(sidebar.results.item(0))
    qtbot.mouseClick(sidebar.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = app.window.chat_pane
    assert pane.conversation_id == conversation.id
    bubble = next(b for b in pane.view.bubbles() if b.message_id == target)
    qtbot.waitUntil(lambda: not bubble.visibleRegion().isEmpty(), timeout=2000)
    assert pane.view.bubbles()[-1].visibleRegion().isEmpty()  # not left at the newest
