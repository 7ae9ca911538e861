"""The names of the languages a document can be translated from and into, in the user's language.

Qt knows each language's own name (``QLocale.nativeLanguageName``) but not its name in
another language, so the names are LocalChat's strings, translated with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# By the codes of localchat.tasks.languages.LANGUAGES (a test checks that both agree).
LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("LanguageNames", "Arabic"),
    "bn": QT_TRANSLATE_NOOP("LanguageNames", "Bengali"),
    "bg": QT_TRANSLATE_NOOP("LanguageNames", "Bulgarian"),
    "zh": QT_TRANSLATE_NOOP("LanguageNames", "Chinese"),
    "cs": QT_TRANSLATE_NOOP("LanguageNames", "Czech"),
    "da": QT_TRANSLATE_NOOP("LanguageNames", "Danish"),
    "nl": QT_TRANSLATE_NOOP("LanguageNames", "Dutch"),
    "en": QT_TRANSLATE_NOOP("LanguageNames", "English"),
    "fi": QT_TRANSLATE_NOOP("LanguageNames", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("LanguageNames", "French"),
    "de": QT_TRANSLATE_NOOP("LanguageNames", "German"),
    "el": QT_TRANSLATE_NOOP("LanguageNames", "Greek"),
    "he": QT_TRANSLATE_NOOP("LanguageNames", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("LanguageNames", "Hindi"),
    "hu": QT_TRANSLATE_NOOP("LanguageNames", "Hungarian"),
    "id": QT_TRANSLATE_NOOP("LanguageNames", "Indonesian"),
    "it": QT_TRANSLATE_NOOP("LanguageNames", "Italian"),
    "ja": QT_TRANSLATE_NOOP("LanguageNames", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("LanguageNames", "Korean"),
    "no": QT_TRANSLATE_NOOP("LanguageNames", "Norwegian"),
    "fa": QT_TRANSLATE_NOOP("LanguageNames", "Persian"),
    "pl": QT_TRANSLATE_NOOP("LanguageNames", "Polish"),
    "pt": QT_TRANSLATE_NOOP("LanguageNames", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("LanguageNames", "Romanian"),
    "ru": QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    "es": QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    "sv": QT_TRANSLATE_NOOP("LanguageNames", "Swedish"),
    "ta": QT_TRANSLATE_NOOP("LanguageNames", "Tamil"),
    "th": QT_TRANSLATE_NOOP("LanguageNames", "Thai"),
    "tr": QT_TRANSLATE_NOOP("LanguageNames", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("LanguageNames", "Urdu"),
    "vi": QT_TRANSLATE_NOOP("LanguageNames", "Vietnamese"),
}


def language_label(code: str, native_name: str) -> str:
    """'Deutsch — German': the language's own name, then its name in the user's language."""
    name = QCoreApplication.translate("LanguageNames", LANGUAGE_NAMES.get(code, code))
    if name == native_name:
        return name
    return QCoreApplication.translate("LanguageNames", "{native} — {name}").format(
        native=native_name, name=name
    )
