"""The user's language: which one it is, and core and command-line sentences in it.

The window's own strings go through Qt's translation system (``self.tr`` and compiled
``.qm`` files, see ``ui/translations.py``). Sentences made outside Qt (errors, advice about
models, the command line) go through :func:`translate` here, which reads the same Qt
Linguist ``.ts`` files with the standard library, so one catalog serves the window and the
terminal and the core stays free of Qt. Its signature is Qt's, so ``pyside6-lupdate``
extracts these calls too.
"""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from localchat.resources import find_resource

logger = logging.getLogger(__name__)

ENGLISH = "en"
# The languages LocalChat speaks, by code, each named in itself (how a language menu shows it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "it": "Italiano",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _french(n: int) -> int:
    return 0 if n <= 1 else 1


def _single(n: int) -> int:
    return 0


def _arabic(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 > 2:
        return 4
    return 5


# Which of a message's plural forms a count takes: the rules Qt's lrelease writes into .qm
# files for these languages (a test compares the two).
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _one_other,
    "de": _one_other,
    "es": _one_other,
    "it": _one_other,
    "fr": _french,
    "pt_BR": _french,
    "zh_CN": _single,
    "ja": _single,
    "ar": _arabic,
}

# How numbers are grouped and what marks the decimals, per language (CLDR's choices).
_NUMBER_SYMBOLS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "es": (".", ","),
    "pt_BR": (".", ","),
    "it": (".", ","),
    "zh_CN": (",", "."),
    "ja": (",", "."),
    "ar": ("\u066c", "\u066b"),
}
_GROUP_FROM_FIVE_DIGITS = frozenset({"es", "it"})  # CLDR's minimum grouping digits: 2
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

Catalog = dict[tuple[str, str, str], list[str]]

_language = ENGLISH
_catalog: Catalog = {}


def supported(code: str) -> str:
    """The supported language closest to a locale name ("de_AT.UTF-8" -> "de"), or English."""
    name = code.split(".")[0].split("@")[0].replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else ENGLISH


def system_language() -> str:
    """The language the operating system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return supported(value.split(":")[0])
    return ENGLISH


def chosen_language(setting: str) -> str:
    """The language to use: the one chosen in Settings, or the system's when none is."""
    return supported(setting) if setting else system_language()


def translation_file(code: str, suffix: str = ".ts") -> Path | None:
    """Where the translation of LocalChat into ``code`` is, if it ships one."""
    return find_resource(f"translations/localchat_{code}{suffix}")


def read_catalog(path: Path) -> Catalog:
    """The translations in a Qt Linguist .ts file, by (context, source, comment).

    As lrelease compiles them by default: unfinished ones that have text are kept; vanished,
    obsolete and empty ones are left out.
    """
    catalog: Catalog = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if all(forms):
                key = (
                    context_name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                )
                catalog[key] = forms
    return catalog


def set_language(code: str, catalog_path: Path | None = None) -> None:
    """Speak ``code`` from now on; ``catalog_path`` overrides the shipped file (tests)."""
    global _language, _catalog
    _language = code if code in LANGUAGES else ENGLISH
    # English too: its catalog holds the plural forms ("1 file", "2 files") of "%n file(s)".
    path = catalog_path or translation_file(_language)
    _catalog = {}
    if path is not None:
        try:
            _catalog = read_catalog(path)
        except (OSError, ElementTree.ParseError) as exc:
            logger.warning("Translation %s unreadable (%s); using English", path, exc)


def current_language() -> str:
    """The language sentences are translated into."""
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language, with ``%n`` replaced by ``n`` (Qt's signature)."""
    forms = _catalog.get((context, source, disambiguation or ""))
    text = source
    if forms:
        index = PLURAL_RULES.get(_language, _one_other)(n) if n >= 0 and len(forms) > 1 else 0
        text = forms[min(index, len(forms) - 1)]
    elif n >= 0:
        # The English source marks its plurals "paragraph(s)": English needs no catalog.
        text = source.replace("(s)", "" if n == 1 else "s")
    return text.replace("%n", number(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Mark ``source`` for the catalog without translating it (a constant, translated later).

    Use: ``ERROR = QT_TRANSLATE_NOOP("Ctx", "...")``, then ``translate("Ctx", ERROR)`` when the
    sentence is shown, so that a language chosen at start-up applies.
    """
    return source


def number(value: float, decimals: int = 0) -> str:
    """A number written the way the current language writes it, as Qt's QLocale writes it.

    1,234.5 / 1.234,5 / 1 234,5; Spanish and Italian leave four digits ungrouped (4096);
    Arabic uses Arabic-Indic digits (٤٬٠٩٦).
    """
    group, point = _NUMBER_SYMBOLS.get(_language, (",", "."))
    text = f"{value:,.{decimals}f}"
    if _language in _GROUP_FROM_FIVE_DIGITS and abs(value) < 10_000:
        text = text.replace(",", "")
    text = text.replace(",", "\0").replace(".", point).replace("\0", group)
    if _language == "ar":  # digits, and the minus sign marked left to right as Qt does
        return text.translate(_ARABIC_DIGITS).replace("-", "\u061c-")
    return text
