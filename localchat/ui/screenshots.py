"""Render the window to PNG files, light and dark, for reviews (see localchat.screenshots)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication

from localchat.ui.main_window import MainWindow
from localchat.ui.style import dark_palette, style_sheet
from localchat.ui.translations import install_language

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


class ShownApp(Protocol):
    """What a screenshot needs of the application: its window, start and shutdown."""

    window: MainWindow

    def start(self) -> None:
        """Begin the work that follows the first paint (model load, survey)."""
        ...

    def shutdown(self) -> None:
        """Stop everything the application started."""
        ...


def shoot_all(
    open_app: Callable[[QApplication], ShownApp],
    conversation_id: int,
    out: Path,
    language: str = "en",
) -> list[Path]:
    """Each scheme's window on a conversation, then its other panes (Models first).

    ``language``: a code of ``localchat.i18n.LANGUAGES``, installed before any window.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qt_app.setStyle("Fusion")
    install_language(qt_app, language)
    written: list[Path] = []
    for name, scheme in SCHEMES.items():
        written += _shoot(qt_app, open_app, conversation_id, out / f"{name}.png", scheme)
    return written


def _wait(milliseconds: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        QCoreApplication.processEvents()


def _shoot(
    qt_app: QApplication,
    open_app: Callable[[QApplication], ShownApp],
    conversation_id: int,
    path: Path,
    scheme: Qt.ColorScheme,
) -> list[Path]:
    qt_app.styleHints().setColorScheme(scheme)
    qt_app.setPalette(
        dark_palette() if scheme == Qt.ColorScheme.Dark else qt_app.style().standardPalette()
    )
    app = open_app(qt_app)
    qt_app.setStyleSheet(style_sheet(qt_app))
    window = app.window
    window.resize(1180, 760)
    window.show()
    window.sidebar.conversation_selected.emit(conversation_id)
    app.start()
    _wait(1500)
    window.grab().save(str(path))
    written = [path]
    for pane in ("Models", "Summarize", "Translate", "Library"):
        window.show_pane(pane)
        _wait(1500 if pane == "Models" else 300)
        written.append(path.with_name(f"{path.stem}-{pane.lower()}.png"))
        window.grab().save(str(written[-1]))
    window.close()
    app.shutdown()
    return written
