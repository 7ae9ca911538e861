"""localchat.i18n: Qt's plural rules without Qt, .ts catalogs, the language, numbers, the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from localchat import i18n

# How many plural forms each language's messages have (Qt's numerus forms for it).
FORMS = {
    "en": 2,
    "de": 2,
    "es": 2,
    "it": 2,
    "fr": 2,
    "pt_BR": 2,
    "zh_CN": 1,
    "ja": 1,
    "ar": 6,
}
COUNTS = [*range(201), 1000, 1001, 1002, 1003, 1011, 1099, 1100, 1101, 10**6, 2**31 - 1]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every test leaves the process speaking English, as the other tests expect."""
    yield
    i18n.set_language(i18n.ENGLISH)


def write_ts(path: Path, language: str, messages: list[dict[str, object]]) -> Path:
    """A Qt Linguist file; each message: context, source, and translation or forms."""
    contexts: dict[str, list[str]] = {}
    for message in messages:
        parts = [f"<source>{escape(str(message['source']))}</source>"]
        if "comment" in message:
            parts.append(f"<comment>{escape(str(message['comment']))}</comment>")
        kind = f' type="{message["type"]}"' if "type" in message else ""
        numerus = ""
        if "forms" in message:
            numerus = ' numerus="yes"'
            forms = "".join(
                f"<numerusform>{escape(str(form))}</numerusform>"
                for form in message["forms"]  # type: ignore[attr-defined]
            )
            parts.append(f"<translation{kind}>{forms}</translation>")
        else:
            text = escape(str(message.get("translation", "")))
            parts.append(f"<translation{kind}>{text}</translation>")
        contexts.setdefault(str(message["context"]), []).append(
            f"<message{numerus}>{''.join(parts)}</message>"
        )
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in contexts.items()
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">{body}</TS>\n',
        encoding="utf-8",
    )
    return path


# --- plural rules: the same form as Qt picks -------------------------------------------


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
@pytest.mark.parametrize("language", sorted(FORMS))
def test_plural_forms_match_qts(language: str, tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    assert set(FORMS) == set(i18n.LANGUAGES) == set(i18n.PLURAL_RULES)
    forms = [f"form{index} %n" for index in range(FORMS[language])]
    source = "%n file(s)"
    ts = write_ts(
        tmp_path / f"plural_{language}.ts",
        language,
        [{"context": "Plurals", "source": source, "forms": forms}],
    )
    qm = tmp_path / f"plural_{language}.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        i18n.set_language(language, catalog_path=ts)
        for n in COUNTS:
            ours = i18n.translate("Plurals", source, None, n)
            qts = QCoreApplication.translate("Plurals", source, None, n)
            # Qt writes %n without grouping; ours groups digits as the language does.
            assert ours.split(" ")[0] == qts.split(" ")[0], (language, n)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_brazilian_portuguese_and_french_count_zero_and_one_as_singular() -> None:
    for language in ("fr", "pt_BR"):
        rule = i18n.PLURAL_RULES[language]
        assert [rule(n) for n in (0, 1, 2, 100)] == [0, 0, 1, 1]


# --- reading catalogs ------------------------------------------------------------------


def test_catalog_keeps_finished_translations_only(tmp_path: Path) -> None:
    ts = write_ts(
        tmp_path / "de.ts",
        "de",
        [
            {"context": "Ctx", "source": "Finished.", "translation": "Fertig."},
            {
                "context": "Ctx",
                "source": "Unfinished.",
                "translation": "Halb.",
                "type": "unfinished",
            },
            {"context": "Ctx", "source": "Vanished.", "translation": "Weg.", "type": "vanished"},
            {"context": "Ctx", "source": "Obsolete.", "translation": "Alt.", "type": "obsolete"},
            {"context": "Ctx", "source": "Empty.", "translation": ""},
            {"context": "Ctx", "source": "Open", "comment": "a file", "translation": "Öffnen"},
            {"context": "Ctx", "source": "Open", "comment": "a door", "translation": "Aufmachen"},
            {"context": "Ctx", "source": "%n file(s)", "forms": ["%n Datei", "%n Dateien"]},
            {"context": "Other", "source": "Finished.", "translation": "Erledigt."},
        ],
    )
    catalog = i18n.read_catalog(ts)
    assert catalog[("Ctx", "Finished.", "")] == ["Fertig."]
    assert ("Ctx", "Vanished.", "") not in catalog
    assert ("Ctx", "Obsolete.", "") not in catalog
    assert ("Ctx", "Empty.", "") not in catalog
    assert catalog[("Ctx", "%n file(s)", "")] == ["%n Datei", "%n Dateien"]
    i18n.set_language("de", catalog_path=ts)
    assert i18n.translate("Ctx", "Finished.") == "Fertig."
    assert i18n.translate("Other", "Finished.") == "Erledigt."  # the context tells them apart
    assert i18n.translate("Ctx", "Open", "a file") == "Öffnen"
    assert i18n.translate("Ctx", "Open", "a door") == "Aufmachen"
    assert i18n.translate("Ctx", "Open") == "Open"  # no such message without a comment
    assert i18n.translate("Ctx", "Vanished.") == "Vanished."
    assert i18n.translate("Ctx", "Not in the catalog.") == "Not in the catalog."
    assert i18n.translate("Ctx", "%n file(s)", None, 1) == "1 Datei"
    assert i18n.translate("Ctx", "%n file(s)", None, 1234) == "1.234 Dateien"


def test_unfinished_translations_are_used_as_lrelease_compiles_them(tmp_path: Path) -> None:
    # lrelease (without -nounfinished) keeps an unfinished translation that has text; the
    # terminal shows what the window shows. An empty one is English.
    ts = write_ts(
        tmp_path / "de.ts",
        "de",
        [
            {"context": "Ctx", "source": "Draft.", "translation": "Entwurf.", "type": "unfinished"},
            {"context": "Ctx", "source": "New.", "translation": "", "type": "unfinished"},
        ],
    )
    i18n.set_language("de", catalog_path=ts)
    assert i18n.translate("Ctx", "Draft.") == "Entwurf."
    assert i18n.translate("Ctx", "New.") == "New."


def test_english_plurals_need_no_catalog() -> None:
    i18n.set_language(i18n.ENGLISH)
    assert i18n.translate("Ctx", "%n paragraph(s) need a look", None, 1) == (
        "1 paragraph need a look"
    )
    assert i18n.translate("Ctx", "%n paragraph(s) flagged", None, 0) == "0 paragraphs flagged"
    assert i18n.translate("Ctx", "%n paragraph(s) flagged", None, 2500) == (
        "2,500 paragraphs flagged"
    )
    assert i18n.translate("Ctx", "No count (s)") == "No count (s)"  # no n: left alone


def test_unreadable_catalog_falls_back_to_english(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    i18n.set_language("de", catalog_path=broken)
    assert i18n.current_language() == "de"
    assert i18n.translate("Ctx", "Finished.") == "Finished."


def test_unknown_language_is_english() -> None:
    i18n.set_language("xx")
    assert i18n.current_language() == i18n.ENGLISH


# --- which language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LC_ALL": "pt_PT.UTF-8", "LANG": "de_DE.UTF-8"}, "pt_BR"),
        ({"LC_MESSAGES": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "sv_SE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "POSIX"}, "en"),
        ({"LANG": "ja_JP.eucJP@euro"}, "ja"),
        ({}, "en"),
    ],
)
def test_system_language_from_the_environment(
    environment: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == expected


def test_the_settings_choice_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr")
    assert i18n.chosen_language("") == "fr"
    assert i18n.chosen_language("de") == "de"
    assert i18n.chosen_language("pt_BR") == "pt_BR"


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "whole", "decimal", "small"),
    [
        ("en", "32,000", "1,234.5", "7"),
        ("de", "32.000", "1.234,5", "7"),
        ("fr", "32\u202f000", "1\u202f234,5", "7"),
        ("ar", "٣٢٬٠٠٠", "١٬٢٣٤٫٥", "٧"),  # Arabic-Indic digits, as Qt's QLocale writes them
    ],
)
def test_numbers_are_written_as_the_language_writes_them(
    language: str, whole: str, decimal: str, small: str
) -> None:
    i18n.set_language(language)
    assert i18n.number(32000) == whole
    assert i18n.number(1234.5, 1) == decimal
    assert i18n.number(7) == small


def test_sizes_follow_the_language() -> None:
    from localchat.hardware import human_bytes

    assert human_bytes(1536) == "1.5 KB"
    i18n.set_language("de")
    assert human_bytes(1536) == "1,5 KB"


# --- the command line ------------------------------------------------------------------


def test_the_command_line_speaks_the_systems_language(tmp_path: Path) -> None:
    """LANGUAGE=de and a German catalog: a refusal and `--help` come in German."""
    catalog = write_ts(
        tmp_path / "localchat_de.ts",
        "de",
        [
            {
                "context": "CommandLine",
                "source": "The message is empty.",
                "translation": "Die Nachricht ist leer.",
            },
            {
                "context": "CommandLine",
                "source": "Type a question.",
                "translation": "Schreib eine Frage.",
            },
            {
                "context": "CommandLine",
                "source": "show installed models",
                "translation": "installierte Modelle zeigen",
            },
        ],
    )
    # The command line reads resources/translations/localchat_de.ts; a sitecustomize on
    # PYTHONPATH points it at the test's catalog instead.
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "from pathlib import Path\n"
        "import localchat.i18n\n"
        f"localchat.i18n.translation_file = lambda code, suffix='.ts': Path({str(catalog)!r})\n",
        encoding="utf-8",
    )
    root = Path(i18n.__file__).resolve().parents[1]
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environment.update(
        LANGUAGE="de", LANG="C.UTF-8", PYTHONPATH=os.pathsep.join([str(hook), str(root)])
    )

    def localchat(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "localchat", "--data-dir", str(tmp_path / "data")]
        return subprocess.run(
            [*command, *args], capture_output=True, text=True, timeout=120, env=environment
        )

    refused = localchat("chat", "-p", " ")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "localchat: Die Nachricht ist leer. Schreib eine Frage."
    helped = localchat("models", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "installierte Modelle zeigen" in helped.stdout


# --- the engine host -------------------------------------------------------------------


def test_the_engine_host_explains_a_damaged_model_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """German in the window: the host (a process of its own) refuses a cut file in German."""
    from localchat.engines import host_protocol as wire
    from localchat.engines.base import LoadOptions
    from localchat.engines.host_process import HostProcess, _host_environment

    source = "The model file {name} is incomplete (it ends in the middle of its header)."
    catalog = write_ts(
        tmp_path / "localchat_de.ts",
        "de",
        [
            {
                "context": "EngineErrors",
                "source": source,
                "translation": "Die Modelldatei {name} ist unvollständig (sie endet im Kopf).",
            }
        ],
    )
    # The host reads resources/translations/localchat_de.ts; a sitecustomize on its
    # PYTHONPATH (the host's environment keeps the parent's) points German at the test's.
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "from pathlib import Path\n"
        "import localchat.i18n\n"
        "localchat.i18n.translation_file = (\n"
        f"    lambda code, suffix='.ts': Path({str(catalog)!r}) if code == 'de' else None\n"
        ")\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PYTHONPATH", str(hook))
    monkeypatch.delenv("LOCALCHAT_LANGUAGE", raising=False)
    i18n.set_language("de", catalog)
    assert _host_environment()["LOCALCHAT_LANGUAGE"] == "de"

    cut = tmp_path / "cut.gguf"  # the magic, the version, then the header breaks off
    cut.write_bytes(b"GGUF" + (3).to_bytes(4, "little") + (5).to_bytes(8, "little"))
    host = HostProcess(cut.name)
    try:
        options = wire.options_to_wire(LoadOptions(context_length=512, threads=1))
        request_id, inbox = host.request("load", path=str(cut), options=options)
        reply = inbox.get(timeout=120)
        host.forget(request_id)
    finally:
        host.close()
    assert reply["op"] == "error"
    assert reply["message"] == "Die Modelldatei cut.gguf ist unvollständig (sie endet im Kopf)."


@pytest.mark.parametrize("code", [code for code in i18n.LANGUAGES])
def test_numbers_in_core_sentences_are_written_as_qt_writes_them(code: str) -> None:
    """A number in a CLI or core sentence matches the window's (QLocale) in every language."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    i18n.set_language(code)
    try:
        for value in (0, 7, 999, 4096, 12_345, 1_234_567, -4096):
            assert i18n.number(value) == locale.toString(value), (code, value)
        for value in (0.5, 32_000.5, 1_234.75):
            assert i18n.number(value, 1) == locale.toString(value, "f", 1), (code, value)
    finally:
        i18n.set_language(i18n.ENGLISH)
