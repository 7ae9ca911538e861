"""The message box: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class Composer(QPlainTextEdit):
    """A growing text box for the user's message.

    Signals:
        submitted: The user pressed Enter (or Ctrl+Enter). args: the text.
        edit_last_requested: Up was pressed in the empty box: edit the last question.
    """

    submitted = Signal(str)
    edit_last_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr("Message LocalChat…  (Enter sends, Shift+Enter for a new line)")
        )
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter and Ctrl+Enter send; Shift+Enter a line break; Up (box empty) edits."""
        if (
            event.key() == Qt.Key.Key_Up
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.toPlainText()
        ):
            self.edit_last_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)
