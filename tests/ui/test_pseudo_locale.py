"""Every string the user reads goes through the translation: a pseudo-language finds the rest.

The strings are extracted from the code now (lupdate, as ``installer/translations.py
update`` does) into a catalog where every letter of every message is changed ("Chat" ->
"[Ĉĥåţ]"), with ``{placeholders}``, ``%n`` and markup left alone. With that catalog
installed (Qt's translator for the window, ``localchat.i18n`` for the core's sentences)
the real window is built, every pane and dialog is visited in a few states, and every
text on screen is collected: any plain English word left is a string not marked for
translation.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from localchat import i18n
from localchat.app import Application
from localchat.errors import UserFacingError
from localchat.tasks.languages import LANGUAGES as DOCUMENT_LANGUAGES
from localchat.ui.main_window import PANES
from localchat.ui.translations import InstalledLanguage, install_language

ROOT = Path(__file__).resolve().parents[2]
LOOKALIKES = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What a translation keeps as it is: {placeholders}, %n / %Ln / %p (Qt's own), markup and
# entities (rich text), and Qt's "&&" for a literal ampersand.
KEPT = re.compile(r"\{[^{}]*\}|%L?n|%[pvm]|<[^>]+>|&[a-zA-Z#0-9]+;|&&")
WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
# Data, not LocalChat's words: names of products, formats and file types that stay the same
# in every language (resources/translations/GLOSSARY.md), and key names.
NEVER_TRANSLATED = (
    "LocalChat", "GGUF", "GGML", "llama.cpp", "Hugging Face", "vLLM", "Ollama", "LM Studio",
    "Mbit/s", "Ctrl", "Shift", "Enter", "Esc",
    # Qt's own German (qtbase_de.qm, installed with the pseudo catalog, which stands in for
    # German here): key names and standard buttons. Their being German proves that Qt's
    # catalog is installed too.
    "Strg", "Abbrechen", "Schließen",
)  # fmt: skip
DATA_PATTERNS = re.compile(
    r"https?://\S+"  # addresses
    r"|[\w.-]+\.(?:gguf|bin|md|txt|json|docx|pdf|html?|markdown)\b"  # file names and types
    r"|\*\.\w+"  # file filters' patterns
    r"|[\w-]+\.(?:co|org|com|io|hf\.co)\b"  # host names
    r"|(?:/[\w.-]+)+"  # paths
)


def pseudo(text: str) -> str:
    """Every letter changed, what a translation keeps left alone, in brackets."""
    pieces, last = [], 0
    for match in KEPT.finditer(text):
        pieces.append(text[last : match.start()].translate(LOOKALIKES))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(text[last:].translate(LOOKALIKES))
    return "[" + "".join(pieces) + "]"


def _tooling() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tr_tool", ROOT / "installer" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill_with_pseudo(ts: Path) -> None:
    """Give every message of a .ts file its pseudo translation (all plural forms too)."""
    tree = ElementTree.parse(ts)
    for message in tree.getroot().iter("message"):
        source = pseudo(message.findtext("source", ""))
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = source
        if not forms:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="module")
def pseudo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compiled catalog of every string in the code, all in the pseudo-language."""
    tool = _tooling()
    ts = tmp_path_factory.mktemp("pseudo") / "localchat_de.ts"
    report = tool.update([ts])
    assert "Found" in report
    fill_with_pseudo(ts)
    return tool.compile_ts(ts)


@pytest.fixture
def pseudo_language(qapp: QApplication, pseudo_catalog: Path) -> Iterator[InstalledLanguage]:
    installed = install_language(qapp, "de", catalog=pseudo_catalog)
    yield installed
    installed.uninstall()
    install_language(qapp, "en")  # the conftest's English, with its plural forms


# --- collecting what the user reads -------------------------------------------------------


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its count not public
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(columns):
            index = model.index(row, column)
            texts += [str(model.data(index, role) or "") for role in roles]
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """What one widget shows or says to a screen reader."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(index) for index in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        texts += [widget.tabText(index) for index in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget.model())
    elif isinstance(widget, QProgressBar) and widget.isTextVisible():
        texts.append(widget.format())
    if isinstance(widget, QMainWindow):
        texts.append(widget.statusBar().currentMessage())
    for action in widget.actions():
        texts += [action.text(), action.toolTip()]
    if isinstance(widget, QMenu):
        texts += [action.text() for action in widget.actions()]
    return texts


def window_texts(window: QWidget) -> dict[str, str]:
    """Every text of a window and its children, by where it was found."""
    found = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.objectName() == "messageText":
            continue  # a message of the conversation: the user's or the model's words
        for text in widget_texts(widget):
            if text and text.strip():
                where = f"{type(widget).__name__}({widget.objectName() or ''})"
                found.setdefault(text, where)
    return found


class Data:
    """The data on screen (model names, conversation text, ...) that is not LocalChat's."""

    def __init__(self, app: Application) -> None:
        self.strings: set[str] = set(NEVER_TRANSLATED)
        for model in app.library.models():
            self.strings |= {model.name, model.architecture or "", model.source_repo or ""}
        self.strings |= {language.native_name for language in DOCUMENT_LANGUAGES}
        self.strings |= set(i18n.LANGUAGES.values())
        survey = app.models.last_survey
        if survey is not None:
            for gpu in survey.hardware.gpus:
                self.strings.add(gpu.name)
            for assessment in survey.assessments:
                model, variant = assessment.model, assessment.variant
                # The catalog's own texts (resources/catalog.json): names, licences and
                # notes are data of the catalog, which is not translated.
                self.strings |= {model.name, model.family, model.licence, model.note or ""}
                self.strings |= {variant.quant, variant.file}

    def add(self, *texts: str) -> None:
        """More data: what the test typed, the fake model's answer."""
        self.strings |= set(texts)

    def english_words(self, text: str) -> list[str]:
        """The plain English words left in a text once data and markup are taken out."""
        text = re.sub(r"<[^>]+>|&[a-zA-Z#0-9]+;", " ", text)
        for data in sorted((s for s in self.strings if s), key=len, reverse=True):
            text = text.replace(data, " ")
        text = DATA_PATTERNS.sub(" ", text)
        text = text.replace("&", "")  # mnemonics: "&Offline" is "Offline"
        return WORD.findall(text)


def untranslated(texts: dict[str, str], data: Data) -> list[str]:
    return [
        f"{where}: {text!r} ({', '.join(words)})"
        for text, where in texts.items()
        if (words := data.english_words(text))
    ]


# --- the test -----------------------------------------------------------------------------


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's message boxes and input dialogs would say (they are not opened)."""
    said: list[str] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> object:
        said.extend([title, text])
        return QMessageBox.StandardButton.Cancel

    def get_text(_parent: object, title: str, label: str, *_args: object, **_kw: object):  # noqa: ANN202
        said.extend([title, label])
        return "", False

    # A menu is read, not popped up (offscreen, a popup warns that it cannot grab the keys).
    monkeypatch.setattr(QMenu, "popup", lambda *_args, **_kw: None)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr("localchat.ui.chat.chat_pane.ask_for_text", get_text)
    return said


def test_pseudo_strings_are_pseudo(pseudo_language: InstalledLanguage) -> None:
    assert pseudo("Chat with {name}: %n file(s)") == "[Çĥåţ ŵîţĥ {name}: %n ƒîĺé(š)]"
    from localchat.ui.chat.sidebar import Sidebar

    sidebar = Sidebar()
    assert sidebar.new_button.text() == pseudo("New chat")
    assert i18n.current_language() == "de"


def visit_library_pane(window: QMainWindow, qtbot, look) -> None:  # noqa: ANN001
    """The Library pane empty, then with files indexed, waiting and failed, mid-run and after."""
    from localchat.document_library import LibraryEntry
    from localchat.tasks.indexing import IndexProgress, IndexReport, unreadable_reason

    window.show_pane("Library")
    pane = window.panes["Library"]
    looking = pane.encoder_notice.text()
    qtbot.waitUntil(lambda: pane.encoder_notice.text() != looking)
    look(window, "Library pane, its encoder notice")
    reason = unreadable_reason(Path("/tmp/broken.pdf"), ValueError())
    pane._show_entries([
        LibraryEntry(1, "R2", "/tmp/report.pdf", 3, 9, "indexed"),  # titles are data
        LibraryEntry(None, "notes.md", "/tmp/notes.md", 0, 0, "waiting"),
        LibraryEntry(2, "broken.pdf", "/tmp/broken.pdf", 0, 0, "failed", reason),
        LibraryEntry(3, "Q4", "/tmp/old.txt", 1, 2, "changed"),
        LibraryEntry(4, "K9", "/tmp/gone.txt", 1, 2, "deleted"),
    ])  # fmt: skip
    state = IndexProgress(1, 4, 312, 1040, "/tmp/notes.md")
    pane._on_service_progress(state.describe(), 312, 1040, state.current)
    look(window, "Library pane indexing")
    pane._on_service_finished(IndexReport(failed={"/tmp/broken.pdf": reason}))
    look(window, "Library pane after a run")
    pane._on_service_finished(IndexReport(cancelled=True))
    look(window, "Library pane stopped")
    pane.table.selectRow(0)
    pane.remove_selected()


def visit_documents_in_chat(window: QMainWindow, look) -> None:  # noqa: ANN001
    """The "Use my documents" toggle and its menu, answers with sources, the viewer."""
    from localchat.document_library import LibraryEntry
    from localchat.storage.source_records import Source
    from localchat.ui.chat.items import MessageItem
    from localchat.ui.chat.sources import SourceViewer

    pane = window.chat_pane
    toggle = pane.documents_toggle
    look(window, "documents toggle off")
    toggle.set_documents([LibraryEntry(1, "R2", "/tmp/q4.pdf", 3, 9, "indexed")])
    look(toggle.menu(), "documents menu")
    toggle.setChecked(True)
    look(window, "documents toggle on")
    toggle.document_actions[1].trigger()
    look(window, "one document chosen")
    toggle.setChecked(False)
    source = Source(1, 1, "/tmp/q4.pdf", "R2", 2, None, "K9 Q4.", 0, 6)
    headed = Source(2, 1, "/tmp/q4.md", "R2", None, "K9", "K9 Q4.", 0, 6)
    answer = MessageItem(None, "assistant", "K9 [1] [2].", "complete", (source, headed))
    pane.view.add_message(answer)
    pane.view.add_message(MessageItem(None, "assistant", "Q4.", "complete", ()))
    look(window, "answers with sources, and with none found")
    viewer = SourceViewer(source, window)
    look(viewer, "source viewer reading")
    viewer.show_context("", source.text, "", current=False)
    look(viewer, "source viewer, the file changed")
    viewer.deleteLater()


def test_no_english_left_in_any_pane_or_dialog(  # noqa: PLR0915
    pseudo_language: InstalledLanguage,
    qtbot,
    app: Application,
    asked: list[str],  # noqa: ANN001
) -> None:
    window = app.window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    seen: dict[str, str] = {}

    def look(widget: QWidget, state: str) -> None:
        for text, where in window_texts(widget).items():
            seen.setdefault(text, f"{state}: {where}")

    # The empty chat, and every pane (each built on first visit).
    look(window, "empty chat")
    for name in PANES:
        window.show_pane(name)
        look(window, f"{name} pane")
    visit_library_pane(window, qtbot, look)
    # The Models pane with the catalog surveyed, a model selected, and the welcome.
    with qtbot.waitSignal(app.models.surveyed, timeout=30_000):
        app.models.survey()
    models = window.panes["Models"]
    window.show_pane("Models")
    for row in range(min(models.proxy.rowCount(), 12)):
        models.table.selectRow(row)
        look(window, f"Models row {row}")
    window.show_welcome()
    assert window.welcome is not None
    look(window.welcome, "welcome")
    window.welcome.reject()
    # A finished answer, and what its conversation's menu and dialogs say.
    window.show_pane("Chat")
    pane = window.chat_pane
    pane.send("Name three fruits.")
    qtbot.waitUntil(lambda: not pane.generating, timeout=10_000)
    look(window, "finished answer")
    visit_documents_in_chat(window, look)
    conversation_id = pane.conversation_id
    assert conversation_id is not None
    window.sidebar._on_list_context_menu(
        window.sidebar.list_view.visualRect(
            window.sidebar.model.index(window.sidebar.model.row_of(conversation_id))
        ).center()
    )
    for menu in window.sidebar.findChildren(QMenu):
        look(menu, "conversation menu")
        menu.close()
    window.rename_conversation(conversation_id)
    window.delete_conversation(conversation_id)
    pane._on_system_button_clicked()
    window._on_view_link_activated("https://example.org/")
    # An error shown in the chat, as the chat service words it.
    with pytest.raises(UserFacingError) as error:
        app.chat.send(conversation_id, "   ")
    pane.show_error(str(error.value))
    look(window, "error shown")
    # A document read in each document pane.
    for name in ("Summarize", "Translate"):
        window.show_pane(name)
        document_pane = window.panes[name]
        document_pane.source.paste_box.setPlainText("A lighthouse stands on the rock.")
        document_pane.source.use_paste_button.click()
        look(window, f"{name} with a document")
    # The dialogs.
    from localchat.ui.models.add_server_dialog import AddServerDialog
    from localchat.ui.models.hub_search_dialog import HubSearchDialog
    from localchat.ui.privacy.privacy_view import PrivacyDialog
    from localchat.ui.settings.settings_dialog import SettingsDialog

    for dialog in (
        SettingsDialog(app.settings.settings, window),
        AddServerDialog("", window),
        HubSearchDialog(app.models, window),
        PrivacyDialog(app.privacy, window),
    ):
        if isinstance(dialog, SettingsDialog):
            dialog.advanced_toggle.click()
        look(dialog, type(dialog).__name__)
        dialog.deleteLater()

    data = Data(app)
    typed = ("Name three fruits.", "A lighthouse stands on the rock.")
    data.add(*typed, "Apples, bananas and cherries.")
    for message in app.library.messages(conversation_id):
        data.add(message.text)
    data.add(*(c.title for c in app.library.recent()))
    said = {text: "message box or input dialog" for text in asked}
    problems = untranslated(seen, data) + untranslated(said, data)
    assert not problems, "Not translated:\n" + "\n".join(problems)


def test_arabic_is_laid_out_right_to_left(qapp: QApplication) -> None:
    installed = install_language(qapp, "ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert i18n.current_language() == "ar"
        assert QDialog().layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        installed.uninstall()
        install_language(qapp, "en")
