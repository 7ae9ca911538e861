"""Check that a translation keeps the source's facts and that a summary invents no numbers.

Facts are the numbers (in any script and digit grouping), dates, web and e-mail addresses,
inline code and the terms to keep. All checks are pure functions of the texts.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from localchat.i18n import translate
from localchat.tasks.languages import LANGUAGES, detect_language, language_name

log = logging.getLogger(__name__)

__all__ = ["FactProblem", "check_summary", "check_translation", "facts_to_keep"]


@dataclass(frozen=True)
class FactProblem:
    """A fact of the source that the output lost or altered, or one the output made up.

    ``kind`` is "number", "date", "url", "email", "code", "term" or "language"; ``detail``
    the item as the source writes it ("1871"), or the target language's code for
    "language". ``added``: the output has the item and the source (called ``original`` in
    the description) does not: a number a summary or a translation made up.
    """

    kind: str
    detail: str
    added: bool = False
    original: str = "document"

    def describe(self) -> str:
        """The problem as a plain phrase, e.g. "the number 1871 is missing"."""
        if self.kind == "language":
            text = translate("FactCheck", "the text is not in {language}")
            return text.format(language=language_name(self.detail))
        if self.added:  # only numbers are checked for being made up
            if self.original == "original":
                text = translate("FactCheck", "the number {item} is not in the original")
            else:
                text = translate("FactCheck", "the number {item} is not in the document")
            return text.format(item=self.detail)
        return _missing_phrase(self.kind).format(item=self.detail)


def _missing_phrase(kind: str) -> str:
    """The phrase for a lost item of this kind, with an {item} to fill in."""
    phrases = {
        "number": translate("FactCheck", "the number {item} is missing"),
        "date": translate("FactCheck", "the date {item} is missing or changed"),
        "url": translate("FactCheck", "the address {item} is missing or changed"),
        "email": translate("FactCheck", "the e-mail address {item} is missing or changed"),
        "code": translate("FactCheck", "the code `{item}` is missing or changed"),
        "term": translate("FactCheck", 'the term "{item}" is missing'),
    }
    return phrases.get(kind) or translate("FactCheck", "{item} is missing")


# Words for small numbers: a translation may write "onze" for 11, a document "two" where
# its summary says 2. They only ever make a check more lenient, so ambiguous words are fine.
_NUMBER_WORDS: dict[str, int] = {
    word: value
    for words in (
        "zero one two three four five six seven eight nine ten eleven twelve",
        "zéro un deux trois quatre cinq six sept huit neuf dix onze douze",
        "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
        "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici",
        "zero um dois três quatro cinco seis sete oito nove dez onze doze",
        "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    )
    for value, word in enumerate(words.split())
} | {"une": 1, "ein": 1, "eine": 1, "una": 1, "uma": 1, "duas": 2, "één": 1, "dozen": 12}
_NUMBER_WORDS |= {
    word: value
    for words in (
        "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
        "vingt trente quarante cinquante soixante septante huitante nonante cent mille",
        "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend",
        "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien mil",
    )
    for value, word in zip((*range(20, 100, 10), 100, 1000), words.split(), strict=True)
}
_CJK_NUMERALS = {char: value for value, char in enumerate("〇一二三四五六七八九十")}

_CODE = re.compile(r"`([^`\n]+)`")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`]+|\bwww\.[^\s<>\"'`]+", re.I)
# Starts only where an address can start: without the look-behind, a long run of letters
# with no "@" is scanned again from each of its letters (5 MB of "x": 17 minutes).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januar februar märz juni juli oktober dezember "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "januari februari maart mei augustus"
).split()
_MONTH = "(?:" + "|".join(sorted(set(_MONTHS), key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"  # 2024-03-01
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"  # 01/03/2024, 1.3.2024
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"  # March 1, 2024
    r"|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?",  # 2024年3月1日
    re.I,
)
# Digits with grouping or decimal separators between them: 1,000 / 1.000 / 1 000 / 3,5.
_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f\u2009 ]\d+)*")
_SEPARATOR = re.compile(r"[.,'’\u00a0\u202f\u2009 ]")
_LIST_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s+", re.M)
_WORDS = re.compile(r"[^\W\d_]+")

Values = frozenset[Decimal]


@dataclass(frozen=True)
class _Number:
    text: str
    values: Values  # what it may stand for: "1.000" is 1000 or 1.0
    written: str  # the run of digits it came from: "3.11.7" for its 11


def _normalize(text: str) -> str:
    """Compatibility forms folded (full-width), every script's digits as ASCII digits."""
    text = unicodedata.normalize("NFKC", text).translate({0x066B: ".", 0x066C: ","})
    return re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)), text)


def _cut(pattern: re.Pattern[str], text: str, group: int = 0) -> tuple[list[str], str]:
    """The matches of ``pattern`` (trailing punctuation trimmed) and the text without them."""
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        item = match.group(group)
        if pattern is _URL:
            item = item.rstrip(".,;:!?»”’")
            if item.endswith(")") and "(" not in item:
                item = item[:-1]
        elif pattern is _EMAIL:
            item = item.rstrip(".")
        found.append(item)
        return " "

    return found, pattern.sub(take, text)


def _term_pattern(term: str) -> re.Pattern[str]:
    start = r"(?<!\w)" if re.match(r"\w", term) else ""
    end = r"(?!\w)" if re.search(r"\w$", term) else ""
    return re.compile(start + re.escape(term) + end)


def _values(token: str) -> Values:
    """The values a number as written may stand for; empty when it is a run of numbers."""
    groups = _SEPARATOR.split(token)
    separators = _SEPARATOR.findall(token)
    if not separators:
        return frozenset({Decimal(token)})
    values: set[Decimal] = set()
    head, tail = groups[:-1], groups[-1]
    grouped = len(set(separators)) == 1 and len(groups[0]) <= 3
    if grouped and all(len(group) == 3 for group in groups[1:]):
        values.add(Decimal("".join(groups)))  # 1,000 / 1.000 / 1 000 / 1'000
    if separators[-1] in ".," and (len(separators) == 1 or _grouping(head, separators[:-1])):
        if separators[-1] not in separators[:-1]:
            values.add(Decimal("".join(head) + "." + tail))  # 3.5 / 3,5 / 1.234,5
    return frozenset(values)


def _grouping(groups: list[str], separators: list[str]) -> bool:
    return (
        len(set(separators)) == 1
        and len(groups[0]) <= 3
        and all(len(group) == 3 for group in groups[1:])
    )


def _numbers(text: str) -> list[_Number]:
    numbers: list[_Number] = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        values = _values(token)
        if values:
            numbers.append(_Number(token, values, token))
        else:  # 3.11.7, 1,2,3: each part on its own
            parts = _SEPARATOR.split(token)
            numbers.extend(_Number(part, frozenset({Decimal(part)}), token) for part in parts)
    return numbers


def _word_values(text: str) -> Values:
    """Values of the small numbers the text writes as words or CJK numerals."""
    words = {_NUMBER_WORDS.get(word.lower()) for word in _WORDS.findall(text)}
    words |= {_CJK_NUMERALS.get(char) for char in text if char in _CJK_NUMERALS}
    return frozenset(Decimal(value) for value in words if value is not None)


@dataclass(frozen=True)
class _Facts:
    """What a text holds, each kind in order of appearance; ``rest`` is the text without it."""

    code: tuple[str, ...]
    urls: tuple[str, ...]
    emails: tuple[str, ...]
    terms: tuple[str, ...]
    dates: tuple[tuple[str, Values], ...]
    numbers: tuple[_Number, ...]
    rest: str

    def values(self) -> Values:
        """Every value of the text's numbers, their parts (3.11: 3 and 11), dates, number words."""
        found = {value for number in self.numbers for value in number.values}
        found |= {Decimal(p) for n in self.numbers for p in _SEPARATOR.split(n.written)}
        found |= {value for _, values in self.dates for value in values}
        return frozenset(found) | _word_values(self.rest)


def _facts(text: str, keep: tuple[str, ...], dates: bool = True) -> _Facts:
    text = _normalize(text)
    code, text = _cut(_CODE, text, 1)
    urls, text = _cut(_URL, text)
    emails, text = _cut(_EMAIL, text)
    terms: list[str] = []
    for term in sorted({_normalize(t.strip()) for t in keep if t.strip()}, key=len, reverse=True):
        pattern = _term_pattern(term)
        if pattern.search(text):
            terms.append(term)
            text = pattern.sub(" ", text)
    found_dates: list[tuple[str, Values]] = []
    if dates:
        matches, text = _cut(_DATE, text)
        found_dates = [(date, _all_values(date)) for date in matches]
    return _Facts(
        tuple(code),
        tuple(urls),
        tuple(emails),
        tuple(terms),
        tuple(found_dates),
        tuple(_numbers(text)),
        text,
    )


def _all_values(text: str) -> Values:
    return frozenset(value for number in _numbers(text) for value in number.values)


def _unique(items: list[str]) -> Iterator[str]:
    yield from dict.fromkeys(items)


def facts_to_keep(source: str, keep: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The numbers, dates, addresses and code of ``source`` as written, for a prompt.

    Terms to keep are not listed: the glossary has its own instruction.
    """
    facts = _facts(source, keep)
    items = [date for date, _ in facts.dates] + [number.written for number in facts.numbers]
    items += list(facts.urls) + list(facts.emails) + [f"`{code}`" for code in facts.code]
    return tuple(_unique(items))


def check_translation(
    source: str, translation: str, target: str, keep: tuple[str, ...] = ()
) -> tuple[FactProblem, ...]:
    """What of the source's facts the translation lost, and whether it is in ``target``.

    An empty tuple means the translation passed.
    """
    want = _facts(source, keep)
    # The translation's dates are not cut out: their numbers count as the translation's.
    have = _facts(translation, keep, dates=False)
    normalized = _normalize(translation)
    values = have.values()
    problems = [FactProblem("code", c) for c in _unique(list(want.code)) if c not in normalized]
    problems += [FactProblem("url", u) for u in _unique(list(want.urls)) if u not in normalized]
    lower = normalized.lower()
    problems += [
        FactProblem("email", e) for e in _unique(list(want.emails)) if e.lower() not in lower
    ]
    problems += [
        FactProblem("term", t) for t in want.terms if not _term_pattern(t).search(normalized)
    ]
    problems += [FactProblem("date", d) for d, need in want.dates if not need <= values]
    seen: set[Values] = set()
    for number in want.numbers:
        if number.values in seen:
            continue
        seen.add(number.values)
        if not number.values & values:
            problems.append(FactProblem("number", number.text))
    problems += _added_numbers(want, have, "original", MAX_ADDED_NUMBERS)
    if not translation_in_language(have.rest, target):
        problems.append(FactProblem("language", target))
    return tuple(problems)


# A translation that makes numbers up often makes up many (a runaway list of years): a few
# name the problem well enough.
MAX_ADDED_NUMBERS = 3


def _added_numbers(
    source: _Facts, output: _Facts, original: str, limit: int | None = None
) -> list[FactProblem]:
    """The output's numbers that the source has neither as digits nor as words."""
    values = source.values()
    problems: list[FactProblem] = []
    for number in output.numbers:
        problem = FactProblem("number", number.text, added=True, original=original)
        parts = {Decimal(part) for part in _SEPARATOR.split(number.text)}
        known = number.values & values or parts <= values  # 3.11 of a source's 3.11.7
        if not known and problem not in problems:
            problems.append(problem)
    return problems[:limit]


def check_summary(source: str, summary: str) -> tuple[FactProblem, ...]:
    """The numbers a summary gives that the source does not have (list markers aside)."""
    found = _facts(_LIST_MARKER.sub("", summary), (), dates=False)
    return tuple(_added_numbers(_facts(source, ()), found, "document"))


# --- Language -------------------------------------------------------------------------------

# Below this much text a language guess is not acted on: letters of words that do not start
# with a capital (names stay as they are in any language; headings are short), or CJK
# characters. Even 2-word snippets of 8+ such letters were never misjudged by the rule below
# (bench/fact_check.py langid); 12 leaves a margin and still checks "the great storm of".
MIN_LETTERS = 12
MIN_CJK = 6
# A text is taken as in the target language unless the identifier prefers another and gives
# the target less than this. Close languages share probability: correct 4-word Danish and
# Ukrainian got 0.32 and 0.23 (bench/fact_check.py langid); text in a distant language ~0.
MIN_TARGET_PROBABILITY = 0.1

_identifier_lock = threading.Lock()
_identifier: list[Callable[[str, str], bool]] = []


def translation_in_language(text: str, target: str) -> bool:
    """False only when ``text`` is long enough to tell and clearly not in ``target``."""
    if not long_enough_to_identify(text):
        return True
    if target not in {language.code for language in LANGUAGES}:
        return True
    return _language_test()(text, target)


def long_enough_to_identify(text: str) -> bool:
    """Whether ``text`` has enough letters for a language guess worth acting on."""
    words = _WORDS.findall(text)
    cjk = sum(1 for word in words for char in word if _is_cjk(char))
    lower = sum(len(word) for word in words if not (word[0].isupper() or _is_cjk(word[0])))
    return lower >= MIN_LETTERS or cjk >= MIN_CJK


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF


def _language_test() -> Callable[[str, str], bool]:
    """py3langid restricted to LocalChat's languages, loaded once (~0.5 s); else our own."""
    with _identifier_lock:
        if not _identifier:
            _identifier.append(_load_identifier())
        return _identifier[0]


def _load_identifier() -> Callable[[str, str], bool]:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages([language.code for language in LANGUAGES])
    except Exception:  # noqa: BLE001 - a missing or damaged package: fall back, keep working
        log.warning("py3langid is not usable; checking languages by common words", exc_info=True)
        return lambda text, target: detect_language(text) in (None, target)
    labels = list(identifier.nb_classes)

    def in_language(text: str, target: str) -> bool:
        ranked = dict(identifier.rank(text))
        best = max(ranked, key=lambda code: ranked[code])
        return best == target or ranked.get(target, 0.0) >= MIN_TARGET_PROBABILITY

    log.info("Language identifier loaded (%d languages)", len(labels))
    return in_language
