"""How the window's own widgets read to a screen reader: page tabs, messages, announcements.

Qt reads a checkable tool button as a check box ("Chat pane, check box, checked"). A widget
given a role with ``set_role`` is read with that role instead, through an accessible
interface made by the factory ``install`` puts in place: the side rail reads as a list of
page tabs, the selected one "selected". ``announce`` has a screen reader speak a sentence
(an answer finished, an error, a download ready) without moving the focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

logger = logging.getLogger(__name__)

ROLE_PROPERTY = "localchatAccessibleRole"  # a QAccessible.Role value, as an int
NAME_LIMIT = 2000  # characters of a message read as its name; the rest is in the text


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Read ``widget`` with ``role``; call before the widget is first shown."""
    widget.setProperty(ROLE_PROPERTY, int(role.value))


class _RoleAccessible(QAccessibleWidget):
    """A plain widget read with the role its property gives."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)


class _PageTabAccessible(QAccessibleWidget):
    """A checkable button read as a page tab: selected when checked, pressed to open."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.PageTab)
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:
        """Its name is its accessible name, or else its text."""
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        """Selectable; selected while its page shows (not "checked", as a check box is)."""
        state = super().state()
        state.selectable = True
        state.selected = self._button.isChecked()
        state.checkable = False
        state.checked = False
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        """Press (opens the page), then what every widget offers."""
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, action: str) -> None:  # noqa: N802 - Qt override
        """Press opens the page."""
        if action == QAccessibleActionInterface.pressAction():
            self._button.click()
            return
        super().doAction(action)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    """The interface for a widget given a role with set_role; None leaves it to Qt."""
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(ROLE_PROPERTY)
    if role is None:
        return None
    role = QAccessible.Role(int(role))
    if role == QAccessible.Role.PageTab and isinstance(obj, QAbstractButton):
        return _PageTabAccessible(obj)
    return _RoleAccessible(obj, role)


_installed: list[bool] = []


def install() -> None:
    """Put the factory in place (once per process); before any window is shown."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` (politely: after what it is saying now)."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    logger.debug("Announced: %s", message)


def first_control(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach, if any."""
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(container)
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def spoken(text: str, limit: int = NAME_LIMIT) -> str:
    """The text on one line, cut short after ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def message_name(who: str, text: str) -> str:
    """'You: <text>' as a screen reader reads a message (long ones cut short)."""
    return QCoreApplication.translate("Accessibility", "{who}: {text}").format(
        who=who, text=spoken(text)
    )
