"""A one-line label that shortens its text to fit, instead of widening its layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_WIDTH = 60


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, ending in "…"; the whole text is its tool tip.

    A plain QLabel asks for the width of its whole text, so a long conversation title
    would push the buttons beside it away and re-lay out the window when it changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_WIDTH)
        self.setText(text)

    def text(self) -> str:
        """The whole text, not the shortened one shown."""
        return self._full_text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show ``text``, shortened to the label's width."""
        self._full_text = text
        self._show_fitting()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._show_fitting()

    def _show_fitting(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full_text if shown != self._full_text else "")
