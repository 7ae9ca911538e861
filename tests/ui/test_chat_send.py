"""Sending from the Chat pane: the question shows at once and is stored on the inference
thread; a new conversation shows in the sidebar at once, without reloading the list."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

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


def test_sending_shows_the_question_and_the_new_conversation_at_once(
    qtbot,
    app: Application,
    resets: list[int],  # noqa: ANN001
) -> None:
    pane = app.window.chat_pane
    stored: list[tuple[int, int]] = []
    app.chat.question_stored.connect(lambda *args: stored.append(args))
    pane.send("Name three fruits.")
    # Before the event loop runs again: the question is shown, with the answer bubble below,
    # and the new conversation is titled; the sidebar shows it first, selected, a turn later.
    bubbles = pane.view.bubbles()
    assert [(b.role, b.text(), b.status) for b in bubbles] == [
        ("user", "Name three fruits.", "complete"),
        ("assistant", "", "partial"),
    ]
    assert pane.title_label.text() == "Name three fruits."
    sidebar = app.window.sidebar
    qtbot.waitUntil(lambda: sidebar.model.rowCount() == 2)  # on the next event-loop turn
    assert [sidebar.model.index(r).data() for r in range(2)] == ["Today", "Name three fruits."]
    assert sidebar.list_view.currentIndex().row() == 1
    assert sidebar.stack.currentWidget() is sidebar.list_view
    # The question is stored on the inference thread; then its bubble can be edited.
    qtbot.waitUntil(lambda: stored != [])
    question = app.library.messages(pane.conversation_id)[0]
    assert stored == [(pane.conversation_id, question.id)]
    assert (question.role, question.text) == ("user", "Name three fruits.")
    assert bubbles[0].message_id == question.id
    assert bubbles[0].edit_button.isVisibleTo(bubbles[0])
    wait_idle(qtbot, app)
    assert resets == []  # the list was never read again meanwhile
    assert [sidebar.model.index(r).data() for r in range(2)] == ["Today", "Name three fruits."]
    assert app.library.conversation(pane.conversation_id).title == "Name three fruits."


def test_the_answer_is_queued_after_the_frame_that_shows_the_question(
    qtbot,
    app: Application,  # noqa: ANN001
) -> None:
    """The click paints the question first; the inference thread starts a moment later,
    so its first steps do not hold up that frame (both need the GIL)."""
    pane = app.window.chat_pane
    order: list[str] = []

    class PaintSpy(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in order:
                order.append("painted")
            return False

    spy = PaintSpy()
    app.chat.answer_started.connect(lambda *_args: order.append("queued"))
    pane.send("Name three fruits.")
    question = pane.view.bubbles()[0]
    question.installEventFilter(spy)
    # Sending already: the button stops, a second send is refused, nothing is queued yet.
    assert pane.generating
    assert pane.send_button.text() == "Stop"
    assert pane.request_id is None and order == []
    pane.send("A second question while the first is on its way.")
    assert len(pane.view.bubbles()) == 2
    qtbot.waitUntil(lambda: "queued" in order)
    assert order == ["painted", "queued"]
    assert pane.request_id is not None
    wait_idle(qtbot, app)
    stored = app.library.messages(pane.conversation_id)
    assert [(m.role, m.text) for m in stored] == [
        ("user", "Name three fruits."),
        ("assistant", "Apples, **bananas** and cherries."),
    ]


def test_a_long_title_is_shortened_instead_of_widening_the_pane(
    qtbot,
    app: Application,  # noqa: ANN001
) -> None:
    pane = app.window.chat_pane
    hints = (pane.minimumSizeHint().width(), pane.sizeHint().width())
    title = "Notes on " + "the history of lighthouses and their keepers, " * 6
    pane.title_label.setText(title)  # a conversation renamed at length, say
    qtbot.wait(10)  # laid out again
    assert pane.title_label.text() == title
    # The pane asks for no more room (a plain label asked for 3,200 pixels here).
    assert (pane.minimumSizeHint().width(), pane.sizeHint().width()) == hints
    shown = QLabel.text(pane.title_label)
    assert shown.endswith("…") and title.startswith(shown[:-1])
    assert pane.title_label.toolTip() == title
    pane.title_label.setText("Short title")
    assert QLabel.text(pane.title_label) == "Short title"
    assert pane.title_label.toolTip() == ""


def test_the_first_question_titles_an_untitled_conversation(qtbot, app: Application) -> None:  # noqa: ANN001
    """A conversation that exists but was never titled gets its title from the first
    question, once that question is stored; the title bar and the sidebar follow."""
    conversation = app.library.create(None)
    app.window.chat_pane.open_conversation(conversation.id)
    with qtbot.waitSignal(app.chat.question_stored):
        app.window.chat_pane.send("What is the tallest mountain?")
    assert app.window.chat_pane.title_label.text() == "What is the tallest mountain?"
    sidebar = app.window.sidebar
    qtbot.waitUntil(lambda: sidebar.model.index(1).data() == "What is the tallest mountain?")
    wait_idle(qtbot, app)
    pane = app.window.chat_pane
    pane.send("And the deepest lake?")  # not the first: the title stays
    wait_idle(qtbot, app)
    assert app.library.conversation(conversation.id).title == "What is the tallest mountain?"
    assert [m.text for m in app.library.messages(conversation.id) if m.role == "user"] == [
        "What is the tallest mountain?",
        "And the deepest lake?",
    ]


def test_a_question_stopped_before_its_answer_starts_is_still_stored(
    qtbot,
    app: Application,  # noqa: ANN001
) -> None:
    pane = app.window.chat_pane
    busy = threading.Event()
    release = threading.Event()

    def hold(_engine: object, _cancel: object, _emit: object) -> str:
        busy.set()
        release.wait(10)
        return "done"

    model = app.library.model(pane.selected_model_id())
    app.inference.submit(app.spec_for(model), hold)  # keeps the inference thread busy
    assert busy.wait(10)
    pane.send("Name three fruits.")
    pane.stop()  # the answer's job never runs, so it never stores the question
    release.set()
    wait_idle(qtbot, app)
    stored = app.library.messages(pane.conversation_id)
    assert [(m.role, m.text) for m in stored] == [("user", "Name three fruits.")]
    assert [(b.message_id, b.text()) for b in pane.view.bubbles()] == [
        (stored[0].id, "Name three fruits.")
    ]
    assert app.library.conversation(pane.conversation_id).title == "Name three fruits."


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


def test_sending_reads_no_messages_on_the_gui_thread(
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
    # The pane reads nothing on the GUI thread: the question's bubble is made from its
    # text, the answer's from the job's result. (It used to read, and rebuild every bubble,
    # twice, and the chat service twice more.)
    assert reads == []
    wait_idle(qtbot, app)
    assert reads in ([], [pane.conversation_id])  # the worker reads the history once


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
