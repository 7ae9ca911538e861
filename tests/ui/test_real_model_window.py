"""End to end on the real default model: ask in the window, restart, the conversation is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

pytestmark = pytest.mark.slow  # the real model, in its engine host


def test_ask_in_the_window_then_restart_and_find_the_conversation(
    qtbot,
    qapp,
    data_dir: Path,  # noqa: ANN001
) -> None:
    core = open_core(resolve_paths(data_dir))
    core.settings.sampling.max_tokens = 24
    app = Application(core, qapp)
    qtbot.addWidget(app.window)
    app.window.show()
    pane = app.window.chat_pane
    tokens: list[str] = []
    app.inference.token.connect(lambda _rid, text: tokens.append(text))
    qtbot.keyClicks(pane.composer, "Name three fruits.")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.generating, timeout=120_000)
    assert pane.error_banner.isHidden(), pane.error_banner.text()
    answer = app.library.messages(pane.conversation_id)[-1]
    assert answer.role == "assistant" and answer.status == "complete"
    assert answer.text.strip()
    assert "".join(tokens).strip() == answer.text.strip()
    assert "ready" in app.window.model_status.text()
    conversation_id = pane.conversation_id
    app.window.close()
    app.shutdown()
    core.close()

    core = open_core(resolve_paths(data_dir))
    app = Application(core, qapp)
    qtbot.addWidget(app.window)
    try:
        titles = [c.title for c in app.library.recent()]
        assert titles == ["Name three fruits."]
        app.window.sidebar.conversation_selected.emit(conversation_id)
        assert pane is not app.window.chat_pane
        assert app.window.chat_pane.view.message_count() == 2
    finally:
        app.window.close()
        app.shutdown()
        core.close()
