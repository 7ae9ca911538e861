"""Keep the UI translations up to date: extract the strings into .ts files, compile .qm files.

Run from the repository root:

    python -m installer.translations update    # localchat/ -> resources/translations/*.ts
    python -m installer.translations compile   # each .ts -> the .qm next to it

``update`` runs Qt's ``lupdate`` over ``localchat/``: new strings are added untranslated,
existing translations are kept, strings no longer in the code are dropped, and locations
are left out (``-locations none``) so a moved line changes nothing. Commit the .ts and the
.qm files together (tests/test_translations.py checks that each .qm matches its .ts).

One thing lupdate does not do for Python: a ``translate(context, "%n file(s)", None, n)``
outside a class comes out as a plain message, not a plural one (only ``self.tr`` with a
count does), and lupdate turns plural messages it did not find as such back into plain
ones, dropping their forms. So every message with ``%n`` in its source is made plural here
after lupdate ran, with the forms it had before.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "localchat"
TRANSLATIONS = ROOT / "resources" / "translations"
# Every language but English (the source language), as in localchat.i18n.LANGUAGES.
CODES = ("de", "fr", "es", "pt_BR", "it", "zh_CN", "ja", "ar")
# How many plural forms lrelease expects per language (Qt's rules; localchat.i18n has them
# as functions): Chinese and Japanese have one, Arabic six, the others two.
PLURAL_FORMS = {"zh_CN": 1, "ja": 1, "ar": 6}

_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.DOTALL)
_MESSAGE = re.compile(r"(\s*)<message( numerus=\"yes\")?>(.*?)</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.DOTALL)
_TRANSLATION = re.compile(
    r"<translation([^>]*)>(.*?)</translation>|<translation([^>]*)/>", re.DOTALL
)


def ts_file(code: str, folder: Path = TRANSLATIONS) -> Path:
    """The .ts file of a language."""
    return folder / f"localchat_{code}.ts"


def qt_tool(name: str) -> str:
    """The path of one of Qt's tools shipped with PySide6 (``lupdate``, ``lrelease``)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is None:
        raise SystemExit(f"Qt's {name} not found: install PySide6 (pyside6-essentials)")
    return wrapper


def _message_key(context: str, body: str) -> tuple[str, str, str]:
    source = _SOURCE.search(body)
    comment = _COMMENT.search(body)
    return (context, source.group(1) if source else "", comment.group(1) if comment else "")


def plural_translations(text: str) -> dict[tuple[str, str, str], str]:
    """The ``<translation>`` elements of a .ts file's plural messages, by message."""
    found = {}
    for context in _CONTEXT.finditer(text):
        for message in _MESSAGE.finditer(context.group(4)):
            translation = _TRANSLATION.search(message.group(3))
            if message.group(2) and translation:
                found[_message_key(context.group(2), message.group(3))] = translation.group(0)
    return found


def _empty_plural(forms: int, indent: str) -> str:
    lines = [f"{indent}    <numerusform></numerusform>" for _ in range(forms)]
    return '<translation type="unfinished">\n' + "\n".join(lines) + f"\n{indent}</translation>"


def drop_false_contexts(text: str) -> str:
    """Without what lupdate took for a translation and is not (``str.translate({...})``)."""
    return _CONTEXT.sub(
        lambda match: match.group(0) if re.fullmatch(r"[A-Za-z_]\w*", match.group(2)) else "",
        text,
    ).replace("\n\n<context>", "\n<context>")


def make_plurals(text: str, forms: int, before: dict[tuple[str, str, str], str]) -> str:
    """Every message with ``%n`` in its source made plural, with its earlier forms if any."""

    def message(match: re.Match[str], context: str) -> str:
        body = match.group(3)
        key = _message_key(context, body)
        if match.group(2) or "%n" not in key[1]:
            return match.group(0)
        indent = "        "
        translation = before.get(key) or _empty_plural(forms, indent)
        body = _TRANSLATION.sub(lambda _m: translation, body, count=1)
        return f'{match.group(1)}<message numerus="yes">{body}</message>'

    def context(match: re.Match[str]) -> str:
        messages = _MESSAGE.sub(lambda m: message(m, match.group(2)), match.group(4))
        return match.group(1) + match.group(2) + match.group(3) + messages + match.group(5)

    return _CONTEXT.sub(context, text)


def python_files(sources: Iterable[Path]) -> list[Path]:
    """The Python files under ``sources`` (folders or files), in a stable order."""
    found = []
    for source in sources:
        found += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return found


def update(ts_files: Iterable[Path], sources: Sequence[Path] = (SOURCES,)) -> str:
    """Run lupdate into ``ts_files`` (created when missing) and fix their plural messages.

    Returns lupdate's report (how many strings it found).
    """
    reports = []
    for path in ts_files:
        code = path.stem.removeprefix("localchat_")
        before = plural_translations(path.read_text(encoding="utf-8")) if path.exists() else {}
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            listing = Path(folder) / "sources.lst"  # lupdate scans no .py in a folder itself
            listing.write_text("\n".join(map(str, python_files(sources))), encoding="utf-8")
            command = [qt_tool("lupdate"), f"@{listing}", "-locations", "none", "-no-obsolete"]
            command += ["-source-language", "en", "-target-language", code, "-ts", str(path)]
            result = subprocess.run(command, capture_output=True, text=True, check=True)
        reports.append(result.stdout + result.stderr)
        forms = PLURAL_FORMS.get(code, 2)
        text = make_plurals(drop_false_contexts(path.read_text(encoding="utf-8")), forms, before)
        if code == "en":
            text = english_plurals(text)
        path.write_text(text, encoding="utf-8")
    return "".join(reports)


def compile_ts(ts: Path, qm: Path | None = None) -> Path:
    """Compile one .ts file into a .qm file (next to it unless told)."""
    qm = qm or ts.with_suffix(".qm")
    command = [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, capture_output=True, text=True, check=True)
    return qm


# English plural forms that "(s)" does not give (the other ones: "file(s)" -> file, files).
ENGLISH_FORMS = {
    "Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. "
    "Select one and press Retranslate.": (
        "Done. %n paragraph needs a look (⚠ {rows}): a number, name or address may be lost. "
        "Select one and press Retranslate.",
        "Done. %n paragraphs need a look (⚠ {rows}): a number, name or address may be lost. "
        "Select one and press Retranslate.",
    ),
    '%n repositories with GGUF files for "{query}".': (
        '%n repository with GGUF files for "{query}".',
        '%n repositories with GGUF files for "{query}".',
    ),
}


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def english_plurals(text: str) -> str:
    """The English catalog: only plural messages, their two forms filled in.

    English is the source language, but Qt shows "%n file(s)" as written unless a
    catalog gives the forms ("1 file", "2 files"); ``localchat_en`` is that catalog.
    """
    by_source = {_xml(source): forms for source, forms in ENGLISH_FORMS.items()}

    def message(match: re.Match[str]) -> str:
        if not match.group(2):
            return ""
        source = _SOURCE.search(match.group(3))
        raw = source.group(1) if source else ""
        one, other = by_source.get(raw, (raw.replace("(s)", ""), raw.replace("(s)", "s")))
        indent = "        "
        forms = (
            f"<translation>\n{indent}    <numerusform>{one}</numerusform>\n"
            f"{indent}    <numerusform>{other}</numerusform>\n{indent}</translation>"
        )
        body = _TRANSLATION.sub(lambda _m: forms, match.group(3), count=1)
        return f'{match.group(1)}<message numerus="yes">{body}</message>'

    text = _CONTEXT.sub(
        lambda m: (
            m.group(1) + m.group(2) + m.group(3) + _MESSAGE.sub(message, m.group(4)) + m.group(5)
        ),
        text,
    )
    # Contexts left with no message.
    return re.sub(r"\n<context>\s*<name>[^<]*</name>\s*</context>", "", text)


def main(argv: list[str] | None = None) -> int:
    """``update`` the .ts files from the code, or ``compile`` them into .qm files."""
    parser = argparse.ArgumentParser(prog="python -m installer.translations")
    parser.add_argument("action", choices=("update", "compile", "all"))
    args = parser.parse_args(argv)
    files = [ts_file(code) for code in (*CODES, "en")]
    if args.action in ("update", "all"):
        sys.stdout.write(update(files))
    if args.action in ("compile", "all"):
        for path in files:
            sys.stdout.write(f"{compile_ts(path).relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
