"""The network ledger with real traffic, through the app's own gate.

A model downloaded from the loopback hub and a chat with a team server (llama-cpp-python's
own server on 127.0.0.1) are in the ledger, one entry for every request each server saw;
chatting with the downloaded model and summarizing a text add nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub.utils import set_client_factory
from huggingface_hub.utils._http import default_client_factory
from PySide6.QtCore import Qt

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.paths import resolve_paths

# The loopback hub of the download tests and the server of the remote-engine tests.
for folder in ("downloads", "engines"):
    if str(Path(__file__).parents[1] / folder) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parents[1] / folder))
from hub_server import Hub, HubServer, sha256_file  # noqa: E402
from llama_server import LlamaServer, start_llama_server  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

KEY = "team-secret"
REPO, FILE = "test/smollm2", "smollm2-copy.gguf"  # not a catalog file: fetched as found
TIMEOUT_MS = 180_000  # a model load and an answer on a slow, loaded machine
# uvicorn's access log: one line per request the team server answered.
SERVED = re.compile(r'"(GET|POST) /\S* HTTP/1\.1" \d{3}')


@pytest.fixture
def hub(default_model_path: Path) -> Iterator[HubServer]:
    content = Hub()
    content.add(REPO, FILE, default_model_path, sha256_file(default_model_path))
    with HubServer(content) as server:
        yield server


@pytest.fixture
def server(default_model_path: Path, tmp_path: Path) -> Iterator[LlamaServer]:
    running = start_llama_server(default_model_path, tmp_path / "server.log", api_key=KEY)
    yield running
    running.stop()


@pytest.fixture
def app(
    qtbot,  # noqa: ANN001
    qapp,  # noqa: ANN001
    data_dir: Path,
    hub: HubServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Application]:
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)  # the app's gate reads it
    core = open_core(resolve_paths(data_dir))
    core.settings.sampling.temperature = 0.0
    core.settings.sampling.max_tokens = 16
    application = Application(core, qapp)
    qtbot.addWidget(application.window)
    application.window.show()
    application.start()  # installs the gate into huggingface_hub, loads the model
    yield application
    application.window.close()
    application.shutdown()
    core.close()
    set_client_factory(default_client_factory)  # later tests get huggingface_hub's own


def served_requests(server: LlamaServer) -> int:
    return len(SERVED.findall(server.log_text()))


def ledger(app: Application) -> list[tuple[str, str, int]]:
    """The ledger as the Privacy view reads it, oldest first."""
    return [(e.host, e.purpose, e.nbytes) for e in reversed(app.privacy.entries())]


def test_downloads_and_server_chats_are_recorded_and_offline_work_is_not(
    qtbot,  # noqa: ANN001
    app: Application,
    hub: HubServer,
    server: LlamaServer,
    default_model_path: Path,
) -> None:
    qtbot.waitUntil(lambda: "ready" in app.window.model_status.text(), timeout=TIMEOUT_MS)
    assert ledger(app) == []  # starting and loading the bundled model: no connection
    probes = served_requests(server)  # the fixture's own "is it up?" requests

    # A download from the hub, through the real gate.
    with qtbot.waitSignal(app.models.models_changed, timeout=TIMEOUT_MS):
        key = app.models.download_file(REPO, FILE)
    downloaded = next(m for m in app.library.models() if m.source == "download")
    assert Path(downloaded.path).read_bytes() == default_model_path.read_bytes()
    after_download = ledger(app)
    assert len(after_download) == len(hub.hub.requests) > 0  # every request the hub saw
    assert {purpose for _host, purpose, _n in after_download} == {"download-metadata", "download"}
    assert all(host == "127.0.0.1" for host, _purpose, _n in after_download)
    body = [n for _host, purpose, n in after_download if purpose == "download"]
    assert body == [default_model_path.stat().st_size], key

    # A chat with the team server's model.
    with qtbot.waitSignal(app.servers.server_added, timeout=TIMEOUT_MS):
        app.servers.add("Team", server.base_url, KEY)
    ask(qtbot, app, "(on Team)", "Name three fruits.")
    remote = ledger(app)[len(after_download) :]
    assert remote and all(entry[:2] == ("127.0.0.1", "remote-chat") for entry in remote)
    assert len(remote) == served_requests(server) - probes  # every request the app made
    assert "/v1/chat/completions" in server.log_text()

    # Offline work: a chat with the downloaded model, then a summary.
    everything = ledger(app)
    hub_requests, server_requests = len(hub.hub.requests), served_requests(server)
    app.window.new_chat()
    ask(qtbot, app, downloaded.name, "Name three colours.")
    summarize(qtbot, app)
    assert ledger(app) == everything
    assert (len(hub.hub.requests), served_requests(server)) == (hub_requests, server_requests)
    # The Privacy view counts since the latest install: the server chat's requests.
    sentence = app.privacy.summary_sentence()
    assert sentence.startswith(f"{len(remote)} connections (") and sentence.endswith(
        "all to 127.0.0.1 for chats with your team server."
    )


def ask(qtbot, app: Application, model_text: str, question: str) -> None:  # noqa: ANN001
    """Pick the model whose name holds ``model_text`` and ask it ``question``."""
    pane = app.window.chat_pane
    index = next(
        i for i in range(pane.model_picker.count()) if model_text in pane.model_picker.itemText(i)
    )
    pane.model_picker.setCurrentIndex(index)
    pane.model_picker.activated.emit(index)
    qtbot.keyClicks(pane.composer, question)
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.generating, timeout=TIMEOUT_MS)
    assert pane.error_banner.isHidden(), pane.error_banner.text()
    answer = app.library.messages(pane.conversation_id)[-1]
    assert answer.role == "assistant" and answer.status == "complete" and answer.text.strip()


def summarize(qtbot, app: Application) -> None:  # noqa: ANN001
    app.window.show_pane("Summarize")
    pane = app.window.panes["Summarize"]
    pane.source.paste_box.setPlainText(
        "The council approved the library budget.\n\nThe library opens next spring."
    )
    pane.source.use_paste_button.click()
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=TIMEOUT_MS)
    assert [job.status for job in app.core.jobs.list_recent("summarize")] == ["finished"]
