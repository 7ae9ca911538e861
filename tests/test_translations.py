"""The shipped translations: each .qm is its .ts compiled, and translations keep placeholders."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

from localchat import i18n

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("localchat_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


def _tooling() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tr_tool", ROOT / "installer" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_language_has_its_catalog() -> None:
    codes = {path.stem.removeprefix("localchat_") for path in TS_FILES}
    assert codes == set(i18n.LANGUAGES)  # English: its plural forms


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_each_qm_is_its_ts_compiled(ts: Path, tmp_path: Path) -> None:
    """Nobody forgot `python -m installer.translations compile` after changing a .ts."""
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} missing: python -m installer.translations compile"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    fresh = _tooling().compile_ts(copy)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is out of date: python -m installer.translations compile"
    )


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, finished translations) of every message with a translation."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = [text for text in (forms or [translation.text or ""]) if text]
            if texts:
                found.append((name, message.findtext("source", ""), texts))
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_translations_keep_placeholders_and_counts(ts: Path) -> None:
    """A translation names the same {fields} and keeps %n, or the code's format() breaks."""
    wrong = []
    for context, source, texts in _messages(ts):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            got = sorted(set(PLACEHOLDER.findall(text)))
            # One plural form may leave the count out ("one file" instead of "1 file").
            if got != wanted and sorted(set(wanted) - {"%n", "%Ln"}) != got:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_english_gives_plural_forms() -> None:
    """English is the source, but "%n file(s)" needs its catalog to say "1 file"."""
    catalog = i18n.read_catalog(TRANSLATIONS / "localchat_en.ts")
    assert catalog, "python -m installer.translations update"
    for (_context, source, _comment), forms in catalog.items():
        assert len(forms) == 2 and "(s)" not in "".join(forms), source


def test_plural_messages_are_plural_in_every_catalog() -> None:
    """Messages counting with %n are plural ones, whatever lupdate made of them."""
    for ts in TS_FILES:
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source", "")
            if "%n" in source or "%Ln" in source:
                assert message.get("numerus") == "yes", f"{ts.name}: {source}"


def test_the_translate_pane_names_every_document_language() -> None:
    from localchat.tasks.languages import LANGUAGES
    from localchat.ui.translate.language_names import LANGUAGE_NAMES

    assert {language.code: language.english_name for language in LANGUAGES} == LANGUAGE_NAMES
