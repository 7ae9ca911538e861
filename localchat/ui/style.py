"""The window's style sheet, built from the current palette so light and dark both work."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFocusFrame,
    QToolButton,
    QWidget,
)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(app: QApplication) -> str:
    """A small style sheet: spacing, rail buttons, banners. Colours follow the palette."""
    palette = app.palette()
    base = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    rail = base.darker(115 if not dark else 90).name() if not dark else base.lighter(120).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    # The focus ring of a selected rail button, which is filled with the highlight colour.
    ring_on_highlight = palette.color(QPalette.ColorRole.WindowText).name()
    error_bg = "#5c1f1f" if dark else "#fdecea"
    error_fg = "#ffd7d2" if dark else "#8a1c12"
    advice_bg = "#4a3b12" if dark else "#fff4d6"  # amber: a poor fit, not an error
    advice_fg = "#ffe9b0" if dark else "#5c4300"
    return f"""
    #rail {{ background: {rail}; }}
    #rail QToolButton {{
        border: none; border-radius: 8px; padding: 8px 4px; min-width: 76px;
        font-weight: 500;
    }}
    #rail QToolButton:checked {{ background: {highlight}; color: white; }}
    #rail QToolButton:focus {{ border: 2px solid {highlight}; padding: 6px 2px; }}
    #rail QToolButton:checked:focus {{ border-color: {ring_on_highlight}; }}
    #sidebar {{ background: {rail}; }}
    #paneTitle {{ font-size: 15pt; font-weight: 600; }}
    #placeholderTitle {{ font-size: 18pt; font-weight: 600; padding: 8px; }}
    #emptyState {{ font-size: 12pt; color: palette(placeholder-text); }}
    #errorBanner {{
        background: {error_bg}; color: {error_fg}; border-radius: 6px; padding: 8px 10px;
    }}
    #fitNotice {{ background: {advice_bg}; border-radius: 6px; }}
    #fitNotice QLabel {{ color: {advice_fg}; }}
    QStatusBar QLabel {{ padding: 0 8px; }}
    #sidebar QListView::item {{ padding: 5px 6px; }}
    #sidebar QListView {{ border: none; background: transparent; }}
    /* A focus ring on the controls whose own look shows none: flat tool buttons (Copy,
       Edit), message text, lists without a frame. */
    QToolButton:focus {{ border: 2px solid {highlight}; border-radius: 4px; }}
    #messageText {{ border: 2px solid transparent; border-radius: 4px; }}
    #messageText:focus {{ border-color: {highlight}; }}
    #sidebar QListView:focus {{ border: 2px solid {highlight}; border-radius: 4px; }}
    /* The ring FocusRing puts around buttons, boxes, text areas, lists and tables. */
    QFocusFrame {{ border: 2px solid {highlight}; border-radius: 4px; }}
    """


class FocusRing(QObject):
    """A ring (a QFocusFrame, drawn by the style sheet) around the focused control.

    Fusion shows the keyboard focus of a push button, a combo box, a check box or a text
    area, list or table as a faint tint or not at all: a keyboard user cannot see where Tab
    went. The ring follows the focus into every window, dialogs too. Line edits keep their
    own (visible) frame; tool buttons and the sidebar list have a style-sheet ring.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._on_app_focus_changed)

    @staticmethod
    def wants_ring(widget: QWidget | None) -> bool:
        """Whether ``widget`` gets the ring when focused."""
        if widget is None or isinstance(widget, QToolButton):
            return False
        if not isinstance(widget, (QAbstractButton, QComboBox, QAbstractScrollArea)):
            return False
        parent = widget.parentWidget()
        while parent is not None:  # the sidebar draws its list's ring itself
            if parent.objectName() == "sidebar":
                return False
            parent = parent.parentWidget()
        return True

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The frame lives in the focused widget's parent and goes when that parent does.
        if self._frame is not None and not shiboken6.isValid(self._frame):
            self._frame = None
        if not self.wants_ring(new):
            if self._frame is not None:
                self._frame.setWidget(None)
                self._frame.hide()
            return
        if self._frame is None:
            self._frame = QFocusFrame()
            self._frame.setObjectName("focusRing")
        self._frame.setWidget(new)


def install_focus_ring(app: QApplication) -> FocusRing:
    """Show a visible ring around the focused control in every window of ``app`` (once)."""
    return app.findChild(FocusRing) or FocusRing(app)


def dark_palette() -> QPalette:
    """A dark palette for platforms that do not supply one (offscreen screenshots)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c30",
        QPalette.ColorRole.AlternateBase: "#323338",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2f3034",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d7be0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#323338",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Mid: "#44464b",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette
