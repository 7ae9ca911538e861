"""MessageView: bubbles, copy and edit, links, coalesced streaming, empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from localchat.ui.chat.items import MessageItem
from localchat.ui.chat.markdown import render_markdown
from localchat.ui.chat.message_bubble import COPY_CODE_PREFIX
from localchat.ui.chat.message_view import (
    MAX_RENDER_INTERVAL_MS,
    RENDER_INTERVAL_MS,
    MessageView,
    render_interval_ms,
)

ANSWER = (
    "Try this:\n\n```python\nprint('hi')\n```\n\n- one\n- two\n\nSee [docs](https://example.com/d)."
)


@pytest.fixture
def view(qtbot) -> MessageView:  # noqa: ANN001
    widget = MessageView()
    widget.set_placeholder("Ask anything.")
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def conversation() -> list[MessageItem]:
    return [
        MessageItem(1, "user", "How do I print <hi>?"),
        MessageItem(2, "assistant", ANSWER),
        MessageItem(3, "user", "Thanks"),
    ]


def test_set_messages_shows_one_bubble_each(view: MessageView) -> None:
    view.set_messages(conversation())
    assert view.message_count() == 3
    bubbles = view.bubbles()
    assert [b.role_label.text() for b in bubbles] == ["You", "Assistant", "You"]
    assert "How do I print &lt;hi&gt;?" in bubbles[0].body.text()
    assert "Copy code" in bubbles[1].body.text()
    assert "<li>one</li>" in bubbles[1].body.text()
    view.set_messages([MessageItem(9, "user", "again")])
    assert view.message_count() == 1


def test_copy_button_copies_raw_text(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages(conversation())
    with qtbot.waitSignal(view.copied) as blocker:
        view.bubbles()[1].copy_button.click()
    assert blocker.args == ["message"]
    assert QGuiApplication.clipboard().text() == ANSWER


def test_code_copy_link_copies_the_code(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages(conversation())
    body = view.bubbles()[1].body
    with qtbot.waitSignal(view.copied) as blocker:
        body.linkActivated.emit("copy-code:0")
    assert blocker.args == ["code"]
    assert QGuiApplication.clipboard().text() == "print('hi')"
    with qtbot.assertNotEmitted(view.copied):
        body.linkActivated.emit("copy-code:7")


def test_web_link_emits_link_activated_and_others_do_nothing(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages(conversation())
    body = view.bubbles()[1].body
    with qtbot.waitSignal(view.link_activated) as blocker:
        body.linkActivated.emit("https://example.com/d")
    assert blocker.args == ["https://example.com/d"]
    with qtbot.assertNotEmitted(view.link_activated):
        body.linkActivated.emit("file:///etc/passwd")


def test_edit_emits_id_and_text_for_user_messages_only(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages(conversation())
    user, assistant = view.bubbles()[0], view.bubbles()[1]
    assert assistant.edit_button.isHidden()
    assert not user.edit_button.isHidden()
    with qtbot.waitSignal(view.edit_requested) as blocker:
        user.edit_button.click()
    assert blocker.args == [1, "How do I print <hi>?"]


def test_streaming_coalesces_renders(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages(conversation()[:1])
    view.begin_answer()
    bubble = view.bubbles()[-1]
    assert bubble.status_label.text() == "Writing…"
    for index in range(500):
        view.append_answer_text(f"tok{index} ")
    assert view.streaming_text().endswith("tok499 ")
    qtbot.wait(100)
    qtbot.waitUntil(lambda: "tok499" in bubble.body.text(), timeout=1000)
    assert view.render_count < 20
    assert view.message_count() == 2


def test_end_answer_shows_status(view: MessageView) -> None:
    view.begin_answer()
    view.append_answer_text("Partial **answer**")
    view.end_answer("stopped")
    bubble = view.bubbles()[-1]
    assert bubble.status_label.text() == "Stopped"
    assert "<strong>answer</strong>" in bubble.body.text()
    assert view.streaming_text() == ""
    view.begin_answer()
    view.end_answer("complete")
    assert view.bubbles()[-1].status_label.isHidden()


def test_placeholder_only_when_empty(view: MessageView) -> None:
    assert view.placeholder.isVisible()
    assert view.placeholder.text() == "Ask anything."
    view.set_messages(conversation())
    assert not view.placeholder.isVisible()
    view.set_messages([])
    assert view.placeholder.isVisible()


def test_stays_pinned_to_bottom_unless_scrolled_up(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages([MessageItem(i, "user", "line " * 80) for i in range(12)])
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    view.begin_answer()
    view.append_answer_text("more text\n\n" * 40)
    qtbot.waitUntil(lambda: view.render_count > 0)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    bar.setValue(0)
    view.append_answer_text("still more\n\n" * 40)
    old_maximum = bar.maximum()
    qtbot.waitUntil(lambda: bar.maximum() > old_maximum)
    assert bar.value() == 0


def test_scroll_to_message_highlights(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.set_messages([MessageItem(i, "assistant", "para\n\n" * 10) for i in range(12)])
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    view.scroll_to_message(2)
    bubble = view.bubbles()[2]
    assert bubble._highlighted
    assert 0 < bar.value() < bar.maximum()
    assert bubble.visibleRegion().boundingRect().height() > 0
    qtbot.waitUntil(lambda: not bubble._highlighted, timeout=3000)


def test_controls_have_accessible_names(view: MessageView) -> None:
    view.set_messages(conversation())
    bubble = view.bubbles()[0]
    for widget in (bubble.copy_button, bubble.edit_button, bubble.body):
        assert widget.accessibleName()
        assert widget.focusPolicy() != widget.focusPolicy().NoFocus


def test_adding_bubbles_never_opens_a_window(view: MessageView, qtbot) -> None:  # noqa: ANN001
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.set_messages(conversation())
    view.begin_answer()
    view.end_answer("failed")
    qtbot.wait(20)
    assert view.isActiveWindow()


def test_long_answer_streams_in_pieces_and_ends_as_one_text(view: MessageView, qtbot) -> None:  # noqa: ANN001
    paragraphs = [f"Paragraph {n} says **something** about step {n}.\n\n" for n in range(6)]
    code = "```python\nprint('piece')\n```\n\n"
    view.begin_answer()
    bubble = view.bubbles()[-1]
    view.append_answer_text(paragraphs[0] + code + paragraphs[1])
    qtbot.waitUntil(lambda: len(bubble._pieces) == 2, timeout=1000)
    first_piece = bubble._pieces[0]
    assert "Paragraph 0" in first_piece.text()
    with qtbot.waitSignal(view.copied):  # a finished piece's copy link finds its code
        bubble._pieces[1].linkActivated.emit("copy-code:0")
    assert QGuiApplication.clipboard().text() == "print('piece')"
    for paragraph in paragraphs[2:]:
        view.append_answer_text(paragraph)
    qtbot.waitUntil(lambda: "Paragraph 5" in bubble.body.text(), timeout=1000)
    assert bubble._pieces[0] is first_piece  # laid out once, not again at every render
    assert "Paragraph 5" not in first_piece.text()
    qtbot.wait(50)
    streaming_height = bubble.height()

    view.end_answer("complete")
    qtbot.wait(50)
    assert bubble._pieces == []
    assert "Paragraph 0" in bubble.body.text() and "Paragraph 5" in bubble.body.text()
    assert abs(bubble.height() - streaming_height) <= 4  # no visible jump when it ends


def test_a_long_answer_keeps_its_pieces_when_it_ends(view: MessageView, qtbot) -> None:  # noqa: ANN001
    """Joining a long answer into one label would lay it all out again: the window stalls."""
    paragraphs = [f"Paragraph {n}: " + "the river runs on " * 12 + "\n\n" for n in range(12)]
    view.begin_answer()
    bubble = view.bubbles()[-1]
    view.append_answer_text("".join(paragraphs))
    view.end_answer("complete")
    assert len(bubble.text()) > 1500
    shown = [label.text() for label in bubble._pieces] + [bubble.body.text()]
    assert len(shown) == len(paragraphs)
    assert "".join(shown) == render_markdown("".join(paragraphs), COPY_CODE_PREFIX).html
    bubble.render()  # a palette change renders again: still each paragraph once
    assert sum("Paragraph 3:" in label.text() for label in bubble._pieces) == 1
    assert "Paragraph 3:" not in bubble.body.text()


def _laid_out_tightly(view: MessageView) -> None:
    """Each bubble exactly as tall as its content needs at its width; none overlap."""
    bubbles = view.bubbles()
    for bubble in bubbles:
        assert bubble.height() == bubble.heightForWidth(bubble.width())
        for label in [*bubble._pieces, bubble.body]:
            assert label.height() == label.heightForWidth(label.width())
    for above, below in zip(bubbles, bubbles[1:], strict=False):
        assert below.geometry().top() > above.geometry().bottom()
    content = view.widget()
    room = max(view.viewport().height(), bubbles[-1].geometry().bottom() + 40)
    assert content.height() <= room  # no blank space below the last message


def test_bubbles_fit_their_text_at_every_width(view: MessageView, qtbot) -> None:  # noqa: ANN001
    """Bubbles size themselves from their height at their width (not Qt's narrow hints)."""
    steps = "".join(f"{n}. Step {n}: " + "dig, water and wait " * 4 + "\n" for n in range(1, 30))
    nested = "".join(f"- item {n}\n\t- detail {n} " + "and more " * 6 + "\n" for n in range(15))
    view.set_messages(
        [
            MessageItem(1, "user", "How do I start a garden?"),
            MessageItem(2, "assistant", steps),
            MessageItem(3, "user", "And the details?"),
            MessageItem(4, "assistant", nested),
        ]
    )
    for width in (700, 420, 1100, 700):
        view.resize(width, 500)
        qtbot.wait(20)
        _laid_out_tightly(view)
    view.begin_answer()  # a streaming answer in pieces, too
    view.append_answer_text("First paragraph.\n\n" + steps + "\nLast paragraph.\n\n" + nested)
    qtbot.waitUntil(lambda: bool(view.bubbles()[-1]._pieces), timeout=1000)
    qtbot.wait(20)
    _laid_out_tightly(view)


def test_a_long_unfinished_end_is_rendered_less_often(view: MessageView, qtbot) -> None:  # noqa: ANN001
    """A long list cannot be cut into pieces, and each render lays all of it out again."""
    assert render_interval_ms(0) == render_interval_ms(1000) == RENDER_INTERVAL_MS
    assert render_interval_ms(3000) > RENDER_INTERVAL_MS
    assert render_interval_ms(100_000) == MAX_RENDER_INTERVAL_MS
    view.begin_answer()
    long_list = "".join(f"- point {n}: " + "the river runs on " * 5 + "\n" for n in range(60))
    view.append_answer_text(long_list)
    qtbot.waitUntil(lambda: view.render_count == 1, timeout=1000)
    bubble = view.bubbles()[-1]
    assert bubble.unfinished_chars == len(long_list)  # one piece: the whole list
    renders = view.render_count
    # A clock on the same event loop ticks at the longest interval: a busy machine slows
    # both alike, so renders can be counted against its ticks instead of wall time.
    ticks: list[int] = []
    clock = QTimer(interval=MAX_RENDER_INTERVAL_MS, timerType=Qt.TimerType.PreciseTimer)
    clock.timeout.connect(lambda: ticks.append(view.render_count))
    clock.start()
    for n in range(20):  # the list grows for ~400 ms: 8 renders at 50 ms, fewer now
        view.append_answer_text(f"- more {n}\n")
        qtbot.wait(20)
    qtbot.waitUntil(lambda: "more 19" in bubble.body.text(), timeout=5000)
    clock.stop()
    assert 0 < view.render_count - renders <= len(ticks) + 1
    view.end_answer("complete")
    view.begin_answer()  # the next answer starts at the usual pace
    view.append_answer_text("Hello")
    qtbot.waitUntil(
        lambda: "Hello" in view.bubbles()[-1].body.text(), timeout=MAX_RENDER_INTERVAL_MS
    )
