"""The window survives its engine: a killed host costs one answer, never the window."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import psutil
from PySide6.QtCore import Qt

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths


def _engine_hosts() -> list[psutil.Process]:
    return [
        child for child in psutil.Process().children() if "engine-host" in " ".join(child.cmdline())
    ]


def _ask(qtbot, pane, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(pane.composer, text)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)


def test_killing_the_engine_mid_answer_keeps_the_part_and_the_next_question_is_answered(
    qtbot,
    qapp,
    data_dir: Path,  # noqa: ANN001
) -> None:
    core = open_core(resolve_paths(data_dir))
    core.settings.sampling.max_tokens = 400
    app = Application(core, qapp)
    qtbot.addWidget(app.window)
    app.window.show()
    pane = app.window.chat_pane
    shown: list[str] = []
    app.inference.token.connect(lambda _rid, text: shown.append(text))
    try:
        _ask(qtbot, pane, "Write a very long story about a lighthouse keeper.")
        qtbot.waitUntil(lambda: len("".join(shown)) > 40, timeout=120_000)
        hosts = _engine_hosts()
        assert len(hosts) == 1
        os.kill(hosts[0].pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: not pane.generating, timeout=30_000)

        assert app.window.isVisible()
        banner = pane.error_banner.text()
        assert pane.error_banner.isVisible()
        assert "SmolLM2-135M-Instruct" in banner and "stopped unexpectedly" in banner
        assert "already written is kept" in banner
        question, answer = app.library.messages(pane.conversation_id)
        assert answer.status == "failed"
        assert len(answer.text) > 20 and "".join(shown).startswith(answer.text[:20])
        assert pane.view.message_count() == 2  # the part stays on screen, marked

        core.settings.sampling.max_tokens = 16
        _ask(qtbot, pane, "Name three fruits.")
        qtbot.waitUntil(lambda: not pane.generating, timeout=120_000)
        *_earlier, last = app.library.messages(pane.conversation_id)
        assert last.role == "assistant" and last.status == "complete" and last.text.strip()
        assert pane.error_banner.isHidden()
        new_hosts = _engine_hosts()
        assert len(new_hosts) == 1 and new_hosts[0].pid != hosts[0].pid
    finally:
        app.window.close()
        app.shutdown()
        core.close()
    assert _engine_hosts() == []  # quitting ends the host
