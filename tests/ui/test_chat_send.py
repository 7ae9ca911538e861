"""Sending from the Chat pane: the question shows at once, the sidebar reloads once."""

from __future__ import annotations

import pytest

from localchat.app import Application
from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.message_view import MessageView


def wait_idle(qtbot, app: Application) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not app.window.chat_pane.generating, timeout=10_000)


@pytest.fixture
def resets(app: Application) -> list[int]:
    """One entry per reload of the sidebar's conversation list."""
    seen: list[int] = []
    app.window.sidebar.model.modelReset.connect(lambda: seen.append(1))
    return seen


def test_sending_shows_the_question_at_once_and_reloads_the_sidebar_once(
    qtbot,
    app: Application,
    resets: list[int],  # noqa: ANN001
) -> None:
    pane = app.window.chat_pane
    pane.send("Name three fruits.")
    # Before the event loop runs again: the question is shown, with the answer bubble below.
    bubbles = pane.view.bubbles()
    assert [(b.role, b.text(), b.status) for b in bubbles] == [
        ("user", "Name three fruits.", "complete"),
        ("assistant", "", "partial"),
    ]
    assert bubbles[0].message_id is not None and bubbles[0].edit_button.isVisibleTo(bubbles[0])
    assert pane.title_label.text() == "Name three fruits."
    qtbot.wait(50)
    # create + auto-title are two changes in one turn: one reload, with the new title first.
    assert len(resets) == 1
    sidebar = app.window.sidebar
    assert [sidebar.model.index(r).data() for r in range(2)] == ["Today", "Name three fruits."]
    assert sidebar.list_view.currentIndex().row() == 1
    wait_idle(qtbot, app)


def test_a_second_question_appends_instead_of_rebuilding(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    pane.send("Name three fruits.")
    wait_idle(qtbot, app)
    first = pane.view.bubbles()
    pane.send("And three vegetables?")
    after = pane.view.bubbles()
    assert after[:2] == first  # the same widgets: nothing re-rendered
    assert [b.text() for b in after[2:]] == ["And three vegetables?", ""]
    wait_idle(qtbot, app)
    final = pane.view.bubbles()
    assert final[:3] == after[:3]
    stored = app.library.messages(pane.conversation_id)
    assert [(b.message_id, b.text(), b.status) for b in final] == [
        (m.id, m.text, m.status) for m in stored
    ]
    # The finished answer looks exactly as it does when the conversation is opened later.
    fresh = MessageView()
    qtbot.addWidget(fresh)
    fresh.set_messages([MessageItem.from_record(m) for m in stored])
    assert final[-1].body.text() == fresh.bubbles()[-1].body.text()


def test_sending_reads_the_messages_once_in_the_pane(
    qtbot,
    app: Application,
    monkeypatch,  # noqa: ANN001
) -> None:
    pane = app.window.chat_pane
    pane.send("Name three fruits.")
    wait_idle(qtbot, app)
    reads: list[int] = []
    real = app.library.messages
    monkeypatch.setattr(app.library, "messages", lambda cid: reads.append(cid) or real(cid))
    pane.send("And three vegetables?")
    # ChatService.send reads twice itself (first-message check, history); the pane once
    # (it used to read, and rebuild every bubble, twice).
    assert len(reads) <= 3
    wait_idle(qtbot, app)


def test_several_quick_changes_reload_the_sidebar_once(
    qtbot,
    app: Application,
    resets: list[int],  # noqa: ANN001
) -> None:
    library = app.library
    ids = [library.create(None).id for _ in range(3)]
    library.rename(ids[0], "First")
    library.rename(ids[2], "Third")
    assert resets == []  # nothing reloaded inside this turn
    qtbot.waitUntil(lambda: len(resets) == 1)
    qtbot.wait(30)
    assert len(resets) == 1
    titles = [app.window.sidebar.model.index(r).data() for r in range(4)]
    assert titles[0] == "Today"
    assert sorted(titles[1:]) == ["First", "New chat", "Third"]
