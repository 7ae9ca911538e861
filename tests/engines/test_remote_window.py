"""A team server in the window: add it, chat with its model, offline refuses plainly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_server import LlamaServer, start_llama_server
from PySide6.QtCore import Qt

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

pytestmark = pytest.mark.slow  # the server and the window load the real model

KEY = "team-secret"


@pytest.fixture(scope="module")
def server(
    default_model_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlamaServer]:
    running = start_llama_server(
        default_model_path, tmp_path_factory.mktemp("srv") / "log.txt", api_key=KEY
    )
    yield running
    running.stop()


@pytest.fixture
def app(qtbot, qapp, data_dir: Path) -> Iterator[Application]:  # noqa: ANN001
    core = open_core(resolve_paths(data_dir))
    core.settings.sampling.max_tokens = 12
    application = Application(core, qapp)
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    application.window.close()
    application.shutdown()
    core.close()


def add_server(qtbot, app: Application, server: LlamaServer) -> None:  # noqa: ANN001
    with qtbot.waitSignal(app.servers.server_added, timeout=30_000):
        app.servers.add("Team", server.base_url, KEY)


def test_a_server_model_answers_in_the_chat(qtbot, app: Application, server: LlamaServer) -> None:  # noqa: ANN001
    add_server(qtbot, app, server)
    pane = app.window.chat_pane
    index = next(
        i for i in range(pane.model_picker.count()) if "(on Team)" in pane.model_picker.itemText(i)
    )
    pane.model_picker.setCurrentIndex(index)
    pane.model_picker.activated.emit(index)
    assert not pane.remote_note.isHidden()
    assert "sent there" in pane.remote_note.text()
    qtbot.keyClicks(pane.composer, "Name three fruits.")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.generating, timeout=60_000)
    assert pane.error_banner.isHidden(), pane.error_banner.text()
    answer = app.library.messages(pane.conversation_id)[-1]
    assert answer.role == "assistant" and answer.text.strip() and answer.status == "complete"
    used = app.library.model(app.library.conversation(pane.conversation_id).model_id)
    assert (used.engine, used.source) == ("remote", "remote")
    assert "/v1/chat/completions" in server.log_text()  # the answer came from the server
    assert [m.source for m in app.library.models()].count("bundled") == 1
    saved = (app.core.paths.config_dir / "servers.json").read_text()
    assert KEY not in saved  # the key is never written to LocalChat's files


def test_offline_mode_refuses_the_server_plainly(
    qtbot, app: Application, server: LlamaServer
) -> None:  # noqa: ANN001
    add_server(qtbot, app, server)
    app.gate.offline = True
    pane = app.window.chat_pane
    index = next(
        i for i in range(pane.model_picker.count()) if "(on Team)" in pane.model_picker.itemText(i)
    )
    pane.model_picker.setCurrentIndex(index)
    qtbot.keyClicks(pane.composer, "Hello?")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.generating, timeout=30_000)
    assert "offline" in pane.error_banner.text().lower()


def test_a_wrong_key_is_a_plain_error(qtbot, app: Application, server: LlamaServer) -> None:  # noqa: ANN001
    with qtbot.waitSignal(app.servers.failed, timeout=30_000) as failed:
        app.servers.add("Team", server.base_url, "wrong")
    assert "refused the API key" in failed.args[0]


def test_summarize_and_translate_run_through_a_server(server: LlamaServer) -> None:
    from localchat.documents import read_pasted_text
    from localchat.engines.base import SamplingParams
    from localchat.engines.remote import RemoteEngine, list_models
    from localchat.network import NetworkGate
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions
    from localchat.tasks.translate import TranslateJob, TranslateOptions

    gate = NetworkGate(environ={})
    model = list_models(server.base_url, KEY, gate)[0]
    engine = RemoteEngine.connect(server.base_url, model, KEY, gate)
    try:
        document = read_pasted_text(
            "The council approved the library budget.\n\nThe library opens next spring."
        )
        summary = SummaryJob(
            JobContext(engine, params=SamplingParams(temperature=0.0, max_tokens=96)),
            document,
            SummaryOptions("short"),
        ).run()
        assert summary.status == "finished" and summary.text.strip()
        translation = TranslateJob(
            JobContext(engine, params=SamplingParams(max_tokens=24)),
            document,
            TranslateOptions("en", "fr"),
        ).run()
        assert translation.status == "finished"
        assert len(translation.blocks) == len(document.blocks)
        assert all(block.text.strip() for block in translation.blocks)
    finally:
        engine.close()
