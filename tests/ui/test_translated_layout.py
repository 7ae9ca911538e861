"""In every language LocalChat ships, the window's buttons show their whole words.

A translation is often longer than the English ("Summarize" is "Zusammenfassen"): a button
squeezed below its size hint cuts its text ("Zusam…assen" was seen in the side rail). The
window is built in each language at its default size and every pane is visited.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from localchat import i18n
from localchat.app import Application
from localchat.ui.main_window import PANES
from localchat.ui.translations import InstalledLanguage, install_language

LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.ENGLISH]
DEFAULT_SIZE = (1180, 760)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[InstalledLanguage]:
    installed = install_language(qapp, request.param)
    yield installed
    installed.uninstall()
    install_language(qapp, i18n.ENGLISH)  # the conftest's English, with its plural forms


def squeezed_buttons(window: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs, as 'text (width < needed)'."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        needed = button.sizeHint().width()
        if button.width() < needed:
            found.append(f"{button.text()!r} ({button.width()} < {needed})")
    return found


def test_every_button_shows_its_whole_text(
    language: InstalledLanguage,
    app: Application,  # built after the language: widgets read their words when made
) -> None:
    window = app.window
    window.resize(*DEFAULT_SIZE)
    assert window.nav_buttons["Summarize"].text() != "Summarize"  # the language is in use
    right_to_left = language.code in i18n.RIGHT_TO_LEFT
    expected = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected
    problems = {}
    for name in PANES:
        window.show_pane(name)
        QApplication.processEvents()
        if squeezed := squeezed_buttons(window):
            problems[name] = squeezed
    assert not problems, f"{language.code}: buttons cut short: {problems}"
