"""The window in the user's language: Qt's translators, the locale and the layout direction.

``install_language`` runs once at start-up, before any widget is built (a widget reads its
strings when it is made). It installs LocalChat's own catalog (``localchat_<code>.qm``)
and Qt's (``qtbase_<code>.qm``, so standard buttons and context menus match), makes the
language's locale the default for numbers and dates, lays Arabic out right to left, and
tells ``localchat.i18n`` so sentences made in the core come in the same language.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from localchat import i18n

logger = logging.getLogger(__name__)


@dataclass
class InstalledLanguage:
    """The language installed, and its translators (kept alive while they are installed)."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)

    def uninstall(self) -> None:
        """Back to English (tests that switch languages)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale("en_US"))
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        i18n.set_language(i18n.ENGLISH)


def qt_locale(code: str) -> QLocale:
    """The QLocale of a LocalChat language code ("pt_BR" -> Portuguese, Brazil)."""
    return QLocale(code)


def _load(translator: QTranslator, path: Path | None) -> bool:
    return path is not None and path.is_file() and translator.load(str(path))


def install_language(
    app: QCoreApplication, code: str, catalog: Path | None = None
) -> InstalledLanguage:
    """Speak ``code`` from now on (``catalog`` overrides LocalChat's own, for tests).

    ``catalog`` is a compiled ``.qm``; the core reads the ``.ts`` next to it.
    """
    code = code if code in i18n.LANGUAGES else i18n.ENGLISH
    installed = InstalledLanguage(code)
    QLocale.setDefault(qt_locale(code))
    if isinstance(app, QApplication):
        right_to_left = code in i18n.RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    ts_file = catalog.with_suffix(".ts") if catalog is not None else None
    i18n.set_language(code, catalog_path=ts_file if ts_file and ts_file.is_file() else None)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = catalog or i18n.translation_file(code, ".qm")  # English: its plural forms
    paths = [ours] if code == i18n.ENGLISH else [qt_dir / f"qtbase_{code}.qm", ours]
    for path in paths:
        translator = QTranslator(app)
        if _load(translator, path):
            app.installTranslator(translator)
            installed.translators.append(translator)
        else:
            logger.info("No translation %s for %s", path, code)
    return installed
