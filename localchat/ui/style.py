"""The window's style sheet, built from the current palette so light and dark both work."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


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
    #sidebar {{ background: {rail}; }}
    #paneTitle {{ font-size: 15pt; font-weight: 600; }}
    #placeholderTitle {{ font-size: 18pt; font-weight: 600; padding: 8px; }}
    #errorBanner {{
        background: {error_bg}; color: {error_fg}; border-radius: 6px; padding: 8px 10px;
    }}
    #fitNotice {{ background: {advice_bg}; border-radius: 6px; }}
    #fitNotice QLabel {{ color: {advice_fg}; }}
    QStatusBar QLabel {{ padding: 0 8px; }}
    #sidebar QListView::item {{ padding: 5px 6px; }}
    #sidebar QListView {{ border: none; background: transparent; }}
    """


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
