"""Asks for a team server's name, address and API key, saying plainly what leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "AddServerDialog",
    "Models on a server run on that computer, not yours: every message of a conversation "
    "that uses them is sent to the server. Local models keep everything here.",
)


class AddServerDialog(QDialog):
    """Name, address (e.g. https://gpu-box.example.org/v1) and an optional API key."""

    def __init__(self, key_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a server"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Server name"))
        self.name.setPlaceholderText(self.tr("Team GPU server"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setPlaceholderText("https://gpu-box.example.org/v1")
        self.api_key = QLineEdit()
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("Leave empty if the server has none"))
        form = QFormLayout()
        for label, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Address:"), self.address),
            (self.tr("API &key:"), self.api_key),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        note = QLabel(self.tr(PRIVACY_NOTE) + (f"\n\n{key_note}" if key_note else ""))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str | None]:
        """Name, address and key (None when empty)."""
        return self.name.text(), self.address.text(), self.api_key.text() or None
