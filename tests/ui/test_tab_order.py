"""Tab follows the layout: in every pane, left to right and top to bottom (offscreen).

The window's Tab chain (``nextInFocusChain``) is walked over the controls a user can see,
and each control is checked to come after the one before it in reading order: the side
rail, then the sidebar (Chat only), then the pane; inside each, row by row, and left to
right within a row. A widget made after the window (a message's buttons, a pane built on
first visit) joins the end of the chain unless it is put in its place, which this catches.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from localchat.app import Application


def tab_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab can reach (or would, once enabled), in the window's chain order."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.window() is window
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def area(widget: QWidget) -> QRect:
    """Where the widget is, in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def reads_before(first: QWidget, second: QWidget) -> bool:
    """Whether ``first`` comes before ``second`` in reading order (left to right)."""
    if first.isAncestorOf(second):  # a scroll area before what it shows
        return True
    a, b = area(first), area(second)
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    if overlap > min(a.height(), b.height()) // 2:  # one row: left to right
        return a.left() < b.left()
    return a.top() < b.top()


def describe(widget: QWidget) -> str:
    rect = area(widget)
    where = f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"
    return f"{type(widget).__name__} {widget.accessibleName()!r} {where}"


def out_of_order(window: QWidget, regions: list[QWidget]) -> list[str]:
    """Each place where Tab goes against the layout, in words (empty: none)."""
    chain = tab_chain(window)
    region_of = {}
    for widget in chain:
        region_of[widget] = next(i for i, r in enumerate(regions) if r.isAncestorOf(widget))
    problems = []
    for first, second in zip(chain, chain[1:], strict=False):
        ra, rb = region_of[first], region_of[second]
        if ra > rb or (ra == rb and not reads_before(first, second)):
            problems.append(f"{describe(first)} -> {describe(second)}")
    regions_seen = [region_of[w] for w in chain]
    if regions_seen != sorted(regions_seen):
        problems.append(f"regions visited in the order {regions_seen}")
    return problems


def show(qtbot, app: Application, name: str) -> QWidget:  # noqa: ANN001
    window = app.window
    window.show_pane(name)
    pane = window.panes[name]
    qtbot.waitUntil(pane.isVisible)
    return pane


def test_the_chat_pane_with_messages_tabs_in_reading_order(qtbot, app: Application) -> None:  # noqa: ANN001
    window = app.window
    window.chat_pane.send("Name three fruits.")
    qtbot.waitUntil(lambda: not window.chat_pane.generating, timeout=10_000)
    window.chat_pane.send("And vegetables?")
    qtbot.waitUntil(lambda: not window.chat_pane.generating, timeout=10_000)
    qtbot.waitUntil(lambda: window.chat_pane.view.message_count() == 4)
    rail = window.nav_buttons["Chat"].parentWidget().parentWidget()
    problems = out_of_order(window, [rail, window.sidebar, window.chat_pane])
    assert problems == []
    chain = tab_chain(window)
    names = [w.accessibleName() for w in chain if window.chat_pane.view.isAncestorOf(w)]
    assert names[:4] == ["Messages", "Edit message", "Copy message", "You: Name three fruits."]
    last_message = max(i for i, w in enumerate(chain) if window.chat_pane.view.isAncestorOf(w))
    assert chain.index(window.chat_pane.composer) == last_message + 1
    assert chain[-1] is window.chat_pane.send_button


def test_only_the_selected_page_tab_is_a_tab_stop(qtbot, app: Application) -> None:  # noqa: ANN001
    window = app.window
    for name in ("Translate", "Chat"):
        show(qtbot, app, name)
        stops = [b for b in window.nav_buttons.values() if b in tab_chain(window)]
        assert stops == [window.nav_buttons[name]]


def test_summarize_translate_and_models_tab_in_reading_order(qtbot, app: Application) -> None:  # noqa: ANN001
    window = app.window
    rail = window.nav_buttons["Chat"].parentWidget().parentWidget()
    for name in ("Summarize", "Translate", "Models"):
        pane = show(qtbot, app, name)
        if name == "Models":  # the buttons under the table, as for a row chosen
            for button in (pane.action_button, pane.cancel_button, pane.delete_button):
                button.show()
        problems = out_of_order(window, [rail, pane])
        assert problems == [], name


def test_tab_leaves_every_table_and_list(qtbot, app: Application) -> None:  # noqa: ANN001
    """Tab moves on from a table (arrows move inside it): no keyboard trap among cells."""
    from localchat.ui.main_window import PANES

    trapping = []
    for name in PANES:
        show(qtbot, app, name)
        for view in app.window.findChildren(QAbstractItemView):
            if view.isVisibleTo(app.window) and view.tabKeyNavigation():
                trapping.append(f"{name}: {view.accessibleName() or type(view).__name__}")
    assert not trapping
