"""The window with a scripted engine: send, stream, stop, regenerate, edit, rename, delete,
search, export, keyboard and accessibility."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

import localchat.documents
from localchat.app import Application
from localchat.engines.fake import FakeEngine
from localchat.settings import load_settings
from localchat.ui.chat.markdown import COMMON_CODE_LANGUAGES, _lexer
from localchat.ui.chat.search_delegate import SnippetRole


def send(qtbot, app: Application, text: str) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    qtbot.keyClicks(pane.composer, text)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)


def wait_idle(qtbot, app: Application) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not app.window.chat_pane.generating, timeout=10_000)


def stored(app: Application) -> list[tuple[str, str, str]]:
    conversation_id = app.window.chat_pane.conversation_id
    assert conversation_id is not None
    return [(m.role, m.text, m.status) for m in app.library.messages(conversation_id)]


def test_first_start_shows_an_empty_chat_and_every_pane(app: Application) -> None:
    window = app.window
    assert window.sidebar.stack.currentWidget() is window.sidebar.empty_label
    assert window.chat_pane.view.message_count() == 0
    assert "SmolLM2" in window.chat_pane.model_picker.currentText()
    kinds = {name: type(pane).__name__ for name, pane in window.panes.items()}
    assert kinds == {
        "Chat": "ChatPane",
        "Summarize": "SummarizePane",
        "Translate": "TranslatePane",
        "Library": "LibraryPane",
        "Models": "ModelsPane",
    }
    summarize = window.panes["Summarize"]
    assert not summarize.start_button.isEnabled()  # nothing to summarize yet


def test_enter_sends_and_the_answer_streams_into_the_view(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    send(qtbot, app, "Name three fruits.")
    assert pane.generating
    assert pane.send_button.text() == "Stop"
    wait_idle(qtbot, app)
    assert stored(app) == [
        ("user", "Name three fruits.", "complete"),
        ("assistant", "Apples, **bananas** and cherries.", "complete"),
    ]
    assert pane.view.message_count() == 2
    assert pane.composer.toPlainText() == ""
    titles = [app.window.sidebar.model.index(r).data() for r in range(2)]
    assert titles == ["Today", "Name three fruits."]
    assert "tokens/s" in app.window.speed_status.text()


def test_shift_enter_makes_a_new_line_instead_of_sending(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    qtbot.keyClicks(pane.composer, "line one")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(pane.composer, "line two")
    assert pane.composer.toPlainText() == "line one\nline two"
    assert not pane.generating


def test_escape_stops_the_answer_and_keeps_the_part_marked_stopped(
    qtbot,
    app: Application,
    fake_engine: FakeEngine,  # noqa: ANN001
) -> None:
    fake_engine.reply = " ".join(f"word{i}" for i in range(400))
    fake_engine.token_delay = 0.01
    send(qtbot, app, "Tell me a long story.")
    qtbot.waitUntil(lambda: len(app.window.chat_pane.view.streaming_text()) > 20, timeout=5000)
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)
    wait_idle(qtbot, app)
    role, text, status = stored(app)[1]
    assert (role, status) == ("assistant", "stopped")
    assert 0 < len(text.split()) < 400


def test_regenerate_replaces_the_last_answer(qtbot, app: Application, fake_engine) -> None:  # noqa: ANN001
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    fake_engine.reply = "Pears, plums and figs."
    qtbot.mouseClick(app.window.chat_pane.regenerate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert stored(app) == [
        ("user", "Name three fruits.", "complete"),
        ("assistant", "Pears, plums and figs.", "complete"),
    ]


def test_edit_and_resend_replaces_later_messages_after_confirming(
    qtbot,
    app: Application,
    monkeypatch,  # noqa: ANN001
) -> None:
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    first_id = app.library.messages(app.window.chat_pane.conversation_id)[0].id
    monkeypatch.setattr(
        "localchat.ui.chat.chat_pane.ask_for_text", lambda *a, **k: ("Name two fruits.", True)
    )
    asked: list[str] = []

    def confirm(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[1])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    app.window.chat_pane.view.edit_requested.emit(first_id, "Name three fruits.")
    wait_idle(qtbot, app)
    assert asked == ["Replace the later messages?"]
    assert [m[:2] for m in stored(app)] == [
        ("user", "Name two fruits."),
        ("assistant", "Apples, **bananas** and cherries."),
    ]


def test_rename_delete_and_undo(qtbot, app: Application, monkeypatch) -> None:  # noqa: ANN001
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    conversation_id = app.window.chat_pane.conversation_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fruit ideas", True))
    app.window.rename_conversation(conversation_id)
    # The sidebar reloads on the next event-loop turn (changes are coalesced).
    qtbot.waitUntil(lambda: app.window.sidebar.model.index(1).data() == "Fruit ideas")
    assert app.window.chat_pane.title_label.text() == "Fruit ideas"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    app.window.delete_conversation(conversation_id)
    assert app.library.recent() == []
    assert app.window.chat_pane.conversation_id is None
    app.window.undo_delete()
    assert [c.title for c in app.library.recent()] == ["Fruit ideas"]
    assert len(app.library.messages(conversation_id)) == 2


def test_search_finds_a_message_and_opens_its_conversation(qtbot, app: Application) -> None:  # noqa: ANN001
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    found = app.window.chat_pane.conversation_id
    app.window.new_chat()
    sidebar = app.window.sidebar
    qtbot.keyClicks(sidebar.search_box, "banan")
    qtbot.waitUntil(lambda: sidebar.stack.currentWidget() is sidebar.results, timeout=5000)
    assert sidebar.results.count() == 1
    plain, marks = sidebar.results.item(0).data(SnippetRole)
    assert [plain[start : start + length] for start, length in marks] == ["bananas"]
    sidebar.results.itemClicked.emit(sidebar.results.item(0))
    assert app.window.chat_pane.conversation_id == found


def test_export_writes_the_conversation_text(qtbot, app: Application, tmp_path: Path) -> None:  # noqa: ANN001
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    target = tmp_path / "chat.md"
    with qtbot.waitSignal(app.library.export_finished, timeout=5000):
        app.library.export(target, app.window.chat_pane.conversation_id)
    assert target.read_text(encoding="utf-8") == (
        "# Name three fruits.\n"
        "\n"
        "## You\n"
        "\n"
        "Name three fruits.\n"
        "\n"
        "## Assistant\n"
        "\n"
        "Apples, **bananas** and cherries.\n"
    )


def test_export_all_reports_progress_then_where_it_wrote(
    qtbot, app: Application, tmp_path: Path
) -> None:
    for question in ("Name three fruits.", "Name three colours."):
        app.window.new_chat()
        send(qtbot, app, question)
        wait_idle(qtbot, app)
    shown: list[str] = []
    app.window.statusBar().messageChanged.connect(shown.append)
    target = tmp_path / "all.md"
    with qtbot.waitSignal(app.library.export_finished, timeout=5000):
        app.library.export(target, None)
    qtbot.waitUntil(lambda: any(m.startswith("Exported to") for m in shown))
    assert "Exporting… 2 of 2 conversations" in shown
    assert "# Name three colours." in target.read_text()


def test_keyboard_shortcuts(qtbot, app: Application) -> None:  # noqa: ANN001
    send(qtbot, app, "Name three fruits.")
    wait_idle(qtbot, app)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert app.window.chat_pane.conversation_id is None
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app.window.sidebar.search_box.hasFocus()


def test_every_focusable_control_has_an_accessible_name(app: Application) -> None:
    unnamed = [
        widget
        for widget in app.window.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName()
        and widget.metaObject().className()
        not in ("QScrollBar", "QSplitterHandle", "QStackedWidget", "QLabel", "QScrollArea")
    ]
    assert unnamed == []


def test_an_answers_speed_calibration_is_saved_after_it_ends(qtbot, app: Application) -> None:  # noqa: ANN001
    """Worked out and saved a moment later (not in the frame that ends the answer), and on
    quitting."""
    settings_file = app.core.paths.settings_file
    pane = app.window.chat_pane
    assert pane.selected_model_id() is not None
    before = app.core.settings.speed_calibration
    pane.answer_stats.emit(50.0, 100, 4096)
    assert app.core.settings.speed_calibration == before  # nothing done in the answer's frame
    qtbot.waitUntil(
        lambda: load_settings(settings_file).speed_calibration not in (None, before),
        timeout=5000,
    )
    calibrated = app.core.settings.speed_calibration
    assert calibrated == load_settings(settings_file).speed_calibration
    pane.answer_stats.emit(25.0, 100, 4096)  # slower now: a new calibration
    app.shutdown()  # quitting before the delay still works it out and saves it
    recalibrated = load_settings(settings_file).speed_calibration
    assert recalibrated is not None and recalibrated < calibrated
    assert app.core.settings.speed_calibration == recalibrated


def test_highlighting_and_readers_are_made_ready_once_the_model_has_loaded(
    qtbot,
    app: Application,
    monkeypatch,  # noqa: ANN001
) -> None:
    """After the load, not during it: the warm-up's Python would slow the load down."""
    monkeypatch.setattr(app.gate, "install", lambda: app.gate)  # keep hub clients as they are
    warmed: list[bool] = []
    monkeypatch.setattr(
        localchat.documents, "warm_up_readers", lambda: warmed.append(loaded.is_set())
    )
    loaded = threading.Event()
    app.inference.model_loaded.connect(lambda *_args: loaded.set())
    _lexer.cache_clear()
    with qtbot.waitSignal(app.inference.model_loaded, timeout=10_000):
        app.start()
    qtbot.waitUntil(
        lambda: _lexer.cache_info().currsize == len(COMMON_CODE_LANGUAGES), timeout=10_000
    )
    qtbot.waitUntil(lambda: warmed == [True], timeout=10_000)
    app.runner.wait()


def test_the_edit_dialog_is_left_with_tab_and_accepted_with_ctrl_enter(
    qtbot,
    app: Application,  # noqa: ANN001
) -> None:
    """A keyboard user gets from the text to OK: Tab moves on instead of typing a tab."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from localchat.ui.widgets.text_dialog import ask_for_text

    seen: dict[str, object] = {}

    def use_the_keys() -> None:
        box = QApplication.activeModalWidget().findChild(QPlainTextEdit)
        seen["selected"] = box.textCursor().selectedText()
        qtbot.keyClicks(box, "Name two fruits.")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        seen["after tab"] = QApplication.focusWidget()
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(100, use_the_keys)
    text, ok = ask_for_text(app.window, "Edit message", "Your message:", "Name three fruits.")
    assert ok and text == "Name two fruits."  # the old text was selected, so typing replaced it
    assert seen["selected"] == "Name three fruits."
    assert seen["after tab"] is not None and not isinstance(seen["after tab"], QPlainTextEdit)
