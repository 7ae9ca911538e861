"""The window survives its engine: a killed host costs one answer, never the window."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.slow  # the real model, in its engine host


def _engine_hosts() -> list[psutil.Process]:
    return [
        child for child in psutil.Process().children() if "engine-host" in " ".join(child.cmdline())
    ]


def _ask(qtbot, pane, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(pane.composer, text)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)


def test_killing_the_engine_mid_answer_keeps_the_part_and_the_next_question_is_answered(
    qtbot,
    core,
    open_real_app,  # noqa: ANN001
) -> None:
    core.settings.sampling.max_tokens = 400
    app = open_real_app()
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
        assert "stopped; it starts again" in app.window.model_status.text()

        core.settings.sampling.max_tokens = 16
        _ask(qtbot, pane, "Name three fruits.")
        qtbot.waitUntil(lambda: not pane.generating, timeout=120_000)
        *_earlier, last = app.library.messages(pane.conversation_id)
        assert last.role == "assistant" and last.status == "complete" and last.text.strip()
        assert pane.error_banner.isHidden()
        assert "ready" in app.window.model_status.text()
        new_hosts = _engine_hosts()
        assert len(new_hosts) == 1 and new_hosts[0].pid != hosts[0].pid
    finally:
        app.window.close()
        app.shutdown()
    assert _engine_hosts() == []  # quitting ends the host


def _block_count_zero_copy(source: Path, target: Path) -> Path:
    """The bundled model with llama.block_count set to 0: it aborts llama.cpp when loaded."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "engines"))
    from damaged_models import apply_patch, plan_damages

    return apply_patch(source, target, plan_damages(source)["block_count_0"])


def test_picking_a_model_that_aborts_the_engine_costs_one_load_not_the_window(
    qtbot,
    core,
    open_real_app,
    default_model_path: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    # Installed by an older LocalChat, before imports were checked.
    broken = _block_count_zero_copy(default_model_path, tmp_path / "broken.gguf")
    from localchat.library import register_model_file

    bad = register_model_file(core.models, broken, source="import", name="Broken copy")
    app = open_real_app()
    pane = app.window.chat_pane
    picker = pane.model_picker
    with qtbot.waitSignal(app.inference.model_failed, timeout=60_000) as failed:
        picker.setCurrentIndex(picker.findData(bad.id))
        picker.activated.emit(picker.currentIndex())
    message = failed.args[0]
    assert "broken.gguf" in message and "damaged" in message
    assert app.window.isVisible()
    assert app.window.model_status.text() == "The model could not be loaded"
    assert "broken.gguf" in pane.error_banner.text()

    good = next(m for m in app.library.models() if m.source == "bundled")
    picker.setCurrentIndex(picker.findData(good.id))
    picker.activated.emit(picker.currentIndex())
    core.settings.sampling.max_tokens = 12
    _ask(qtbot, pane, "Name three fruits.")
    qtbot.waitUntil(lambda: not pane.generating, timeout=120_000)
    answer = app.library.messages(pane.conversation_id)[-1]
    assert answer.role == "assistant" and answer.status == "complete"
