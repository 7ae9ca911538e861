"""A dialog asking for a text of several lines that a keyboard user can leave with Tab.

QInputDialog's multi-line box takes Tab as a character, so without a mouse there is no way
from the text to OK: here Tab moves on (to OK, the default button, which Enter presses) and
Ctrl+Enter accepts from inside the text.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget


def ask_for_text(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    """The text the user confirmed and True, or ("", False) when they cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    box = dialog.findChild(QPlainTextEdit)
    if box is not None:
        box.setTabChangesFocus(True)
        box.selectAll()
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=dialog.accept)
    accepted = bool(dialog.exec())
    value = dialog.textValue() if accepted else ""
    dialog.deleteLater()
    return value, accepted
