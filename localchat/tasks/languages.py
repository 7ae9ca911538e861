"""Languages for translation: names in English and in the language, and an offline detector."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from localchat.i18n import translate


@dataclass(frozen=True)
class Language:
    """A language by ISO 639-1 code, its English name and its own name."""

    code: str
    english_name: str
    native_name: str


LANGUAGES: tuple[Language, ...] = tuple(
    Language(*row)
    for row in (
        ("ar", "Arabic", "العربية"),
        ("bn", "Bengali", "বাংলা"),
        ("bg", "Bulgarian", "Български"),
        ("zh", "Chinese", "中文"),
        ("cs", "Czech", "Čeština"),
        ("da", "Danish", "Dansk"),
        ("nl", "Dutch", "Nederlands"),
        ("en", "English", "English"),
        ("fi", "Finnish", "Suomi"),
        ("fr", "French", "Français"),
        ("de", "German", "Deutsch"),
        ("el", "Greek", "Ελληνικά"),
        ("he", "Hebrew", "עברית"),
        ("hi", "Hindi", "हिन्दी"),
        ("hu", "Hungarian", "Magyar"),
        ("id", "Indonesian", "Bahasa Indonesia"),
        ("it", "Italian", "Italiano"),
        ("ja", "Japanese", "日本語"),
        ("ko", "Korean", "한국어"),
        ("no", "Norwegian", "Norsk"),
        ("fa", "Persian", "فارسی"),
        ("pl", "Polish", "Polski"),
        ("pt", "Portuguese", "Português"),
        ("ro", "Romanian", "Română"),
        ("ru", "Russian", "Русский"),
        ("es", "Spanish", "Español"),
        ("sv", "Swedish", "Svenska"),
        ("ta", "Tamil", "தமிழ்"),
        ("th", "Thai", "ไทย"),
        ("tr", "Turkish", "Türkçe"),
        ("uk", "Ukrainian", "Українська"),
        ("ur", "Urdu", "اردو"),
        ("vi", "Vietnamese", "Tiếng Việt"),
    )
)
_BY_CODE = {language.code: language for language in LANGUAGES}


def language(code: str) -> Language:
    """The language with this code; KeyError when LocalChat does not know it."""
    return _BY_CODE[code.lower()]


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself when unknown."""
    known = _BY_CODE.get(code.lower())
    return known.english_name if known else code


# Frequent short words, distinctive enough to tell Latin-script languages apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to is in that it was for with are this be have not you they from "
        "which would there their what been has were will",
        "fr": "le la les des est et une un du que qui dans pour pas sur au avec ce sont "
        "ne se il elle nous vous aux mais était cette",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
        "auch es wird sie ich wir sind oder aber wie",
        "es": "el la los las de que y en es por un una con para del se no su al lo "
        "como más pero sus fue está son muy",
        "it": "il la di che e è un una per non sono del della con si le gli da lo "
        "anche nel alla come più questo ma",
        "pt": "o a os as de que e do da em um uma para com não no na se por mais "
        "dos das ao como é são está foi",
        "nl": "de het een en van is dat op te in niet zijn met voor er maar ook "
        "aan bij wordt deze door naar hij zij",
        "sv": "och att det som en är av för på med den till inte har de jag om var "
        "ett men hon han så",
        "da": "og at det som en er af for på med den til ikke har de jeg om var et "
        "men hun han så også",
        "pl": "i w nie na się z że do to jest jak ale po co tak za od jego już przez oraz być są",
        "tr": "ve bir bu da de için ile çok ne gibi daha olan ama ben sen o var değil mi olarak",
        "id": "dan yang di itu dengan untuk tidak ini dari dalam akan pada juga ke "
        "karena ada adalah saya mereka",
        "cs": "a v je se na to že s z do jsou jako ale by o pro který jeho ve není také",
        "ro": "și în de la cu nu se pe că o un este din mai care sunt pentru ca fost lui",
        "fi": "ja on ei se että oli hän mutta ovat kun tai joka myös sen niin kuin ole olla",
        "hu": "a az és hogy nem egy is van meg de ez csak mint már volt vagy ki azt még",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            counts["hangul"] += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["han"] += 1
        else:
            name = unicodedata.name(char, "")
            counts[name.split(" ", 1)[0] if name else "other"] += 1
    return counts


def _from_script(script: str, counts: Counter[str], text: str) -> str | None:
    if script in ("han", "kana"):
        return "ja" if counts["kana"] else "zh"
    if script == "ARABIC":
        if any(char in text for char in "ٹڈڑںے"):
            return "ur"
        return "fa" if any(char in text for char in "پچژگی") else "ar"
    if script == "CYRILLIC":
        if any(char in text.lower() for char in "іїєґ"):
            return "uk"
        return "bg" if "ъ" in text.lower() and "ы" not in text.lower() else "ru"
    return {
        "hangul": "ko",
        "DEVANAGARI": "hi",
        "GREEK": "el",
        "HEBREW": "he",
        "THAI": "th",
        "BENGALI": "bn",
        "TAMIL": "ta",
    }.get(script)


def _from_stopwords(text: str) -> str | None:
    words = [word.lower() for word in _WORD.findall(text)]
    if not words:
        return None
    if any(char in text for char in "ăâđêôơư") and any(
        word in ("của", "và", "là", "không", "những", "được", "có") for word in words
    ):
        return "vi"
    scores = {
        code: sum(word in stopwords for word in words) for code, stopwords in _STOPWORDS.items()
    }
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 0 else None


def detect_language(text: str, sample_chars: int = 5000) -> str | None:
    """Guess the language of ``text``: by script, then by common words for Latin script.

    Returns a code from LANGUAGES, or None when the text gives too little to go on.
    """
    sample = text[:sample_chars]
    counts = _script_counts(sample)
    if not counts:
        return None
    cjk = counts["han"] + counts["kana"]
    script = (
        "han" if cjk and cjk >= counts.most_common(1)[0][1] / 2 else counts.most_common(1)[0][0]
    )
    if script == "LATIN":
        return _from_stopwords(sample)
    return _from_script(script, counts, sample)


def model_language_warning(catalog_languages: list[str] | None, target: str) -> str | None:
    """A plain-words warning when the model may write poorly in the target language.

    ``catalog_languages`` are the codes the catalog lists for the model, or None when the
    model is not in the catalog.
    """
    name = language_name(target)
    if catalog_languages is None:
        if target == "en":
            return None
        return translate(
            "Languages",
            "LocalChat doesn't know how well this model writes {language}. Check the "
            "translation carefully, or pick a model from the catalog that lists it.",
        ).format(language=name)
    if target in catalog_languages:
        return None
    known = ", ".join(language_name(code) for code in catalog_languages[:4]) or "English"
    return translate(
        "Languages",
        "This model was trained mostly on {languages}, so its {language} may be poor. For a "
        "better translation, choose a model that lists {language} among its languages.",
    ).format(languages=known, language=name)
