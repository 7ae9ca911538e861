"""The remote engine against a real llama-cpp-python server, and the saved server list."""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from llama_server import LlamaServer, free_port, start_llama_server

from localchat.engines import remote_http
from localchat.engines.base import ChatMessage, GenerationStats, SamplingParams
from localchat.engines.remote import RemoteEngine, RemoteTimeouts, list_models, server_label
from localchat.engines.remote_http import normalize_base_url
from localchat.engines.sse import StreamError, iter_sse_data, parse_chunk
from localchat.errors import UserFacingError
from localchat.network import OFFLINE_MESSAGE, NetworkGate
from localchat.servers import (
    REFUSED_NOTE,
    SESSION_ONLY_NOTE,
    KeyringSecretStore,
    MemorySecretStore,
    ServerList,
    default_secret_store,
)

KEY = "team-secret-key"
GREEDY = SamplingParams(temperature=0.0, max_tokens=16)
FRUITS = [ChatMessage("user", "Name three fruits.")]
QUICK = RemoteTimeouts(connect=2.0, read=60.0, retries=2, backoff=0.05)


class Ledger:
    """A gate record hook that keeps every (host, purpose, bytes)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int]] = []

    def __call__(self, host: str, purpose: str, nbytes: int) -> None:
        self.calls.append((host, purpose, nbytes))


# The server loads the real model: the tests that use it are slow ones.
needs_server = pytest.mark.slow


@pytest.fixture(scope="module")
def server(default_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> LlamaServer:
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    running = start_llama_server(default_model_path, log, api_key=KEY)
    yield running
    running.stop()


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


@pytest.fixture
def gate(ledger: Ledger) -> NetworkGate:
    return NetworkGate(record=ledger, environ={})


@pytest.fixture
def model_id(server: LlamaServer, gate: NetworkGate) -> str:
    return list_models(server.base_url, KEY, gate)[0]


@pytest.fixture
def engine(server: LlamaServer, gate: NetworkGate, model_id: str) -> Iterator[RemoteEngine]:
    remote = RemoteEngine.connect(server.base_url, model_id, KEY, gate, QUICK)
    yield remote
    remote.close()


@needs_server
def test_list_models_returns_the_served_model(
    server: LlamaServer, gate: NetworkGate, default_model_path: Path
) -> None:
    assert list_models(server.base_url, KEY, gate) == [str(default_model_path)]


@needs_server
def test_connect_describes_the_remote_model(engine: RemoteEngine, model_id: str) -> None:
    assert engine.name == "remote"
    assert engine.path == Path("remote") / f"127.0.0.1:{engine.base_url.split(':')[2][:-3]}"
    assert engine.metadata.architecture == "remote"
    assert engine.metadata.name == model_id
    assert engine.metadata.context_length_trained == 4096  # llama-cpp-python does not say
    assert "User: Name three fruits." in engine.render_chat(FRUITS)


@needs_server
def test_streams_an_answer_in_pieces(engine: RemoteEngine, ledger: Ledger) -> None:
    stats = GenerationStats()
    before = len(ledger.calls)
    pieces = list(engine.stream_chat(FRUITS, GREEDY, threading.Event(), stats))
    assert len(pieces) > 3
    assert "".join(pieces).strip()
    assert stats.completion_tokens == len(pieces)
    assert stats.first_token_seconds is not None and stats.first_token_seconds > 0
    assert stats.stop_reason in ("stop", "length")
    host, purpose, nbytes = ledger.calls[before]
    assert (host, purpose) == ("127.0.0.1", "remote-chat") and nbytes > 100


@needs_server
def test_greedy_answers_repeat_and_the_prompt_route_streams(engine: RemoteEngine) -> None:
    first = "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert first == "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event()))
    stats = GenerationStats()
    params = SamplingParams(temperature=0.0, max_tokens=6)
    text = "".join(
        engine.stream_prompt("The capital of France is", params, threading.Event(), stats)
    )
    assert text.strip() and stats.stop_reason == "length" and stats.completion_tokens == 6


@needs_server
def test_cancel_after_the_first_piece_closes_the_stream(
    engine: RemoteEngine, server: LlamaServer
) -> None:
    cancel = threading.Event()
    stats = GenerationStats()
    long = SamplingParams(temperature=0.0, max_tokens=600)
    story = [ChatMessage("user", "Write a very long story about a dragon and a knight.")]
    log_before = server.log_text().count("Disconnected from client")
    pieces = []
    for piece in engine.stream_chat(story, long, cancel, stats):
        pieces.append(piece)
        cancel.set()
    assert len(pieces) == 1
    assert stats.stop_reason == "cancelled"
    deadline = time.monotonic() + 10
    while server.log_text().count("Disconnected from client") == log_before:
        assert time.monotonic() < deadline, "the server never saw the client leave"
        time.sleep(0.05)
    # The server stopped generating (its log says the client left) and serves the next one.
    assert "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event()))


@needs_server
def test_cancel_before_start_makes_no_request(engine: RemoteEngine, ledger: Ledger) -> None:
    cancel = threading.Event()
    cancel.set()
    stats = GenerationStats()
    before = len(ledger.calls)
    assert list(engine.stream_chat(FRUITS, GREEDY, cancel, stats)) == []
    assert stats.stop_reason == "cancelled"
    assert len(ledger.calls) == before


@needs_server
def test_count_tokens_asks_the_servers_tokenizer(engine: RemoteEngine, ledger: Ledger) -> None:
    text = "1 2 3 4 5 6 7 8 9"  # one token per digit and space here; the estimate says 5
    before = len(ledger.calls)
    count = engine.count_tokens(text)
    assert count >= 9
    assert len(ledger.calls) > before
    calls = len(ledger.calls)
    assert engine.count_tokens(text) == count
    assert len(ledger.calls) == calls  # cached


@needs_server
def test_wrong_and_missing_keys_are_refused(server: LlamaServer, gate: NetworkGate) -> None:
    for key in (None, "wrong-key"):
        with pytest.raises(UserFacingError, match="The server refused the API key."):
            list_models(server.base_url, key, gate)


@needs_server
def test_a_wrong_key_refuses_a_chat(server: LlamaServer, gate: NetworkGate, model_id: str) -> None:
    remote = RemoteEngine(server.base_url, model_id, "wrong-key", gate, QUICK)
    with pytest.raises(UserFacingError, match="refused the API key"):
        list(remote.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert remote.count_tokens("abcdefgh") == 2  # falls back to the estimate
    remote.close()


@needs_server
def test_unknown_model_names_what_the_server_offers(
    server: LlamaServer, gate: NetworkGate, model_id: str
) -> None:
    with pytest.raises(UserFacingError) as caught:
        RemoteEngine.connect(server.base_url, "llama-9000", KEY, gate)
    assert (
        caught.value.message == f"The server has no model named llama-9000. It offers: {model_id}."
    )


@needs_server
def test_a_wrong_path_does_not_look_like_a_server(server: LlamaServer, gate: NetworkGate) -> None:
    url = f"http://127.0.0.1:{server.port}/nothing"
    with pytest.raises(UserFacingError, match="does not look like an OpenAI-compatible server"):
        RemoteEngine.connect(url, "m", KEY, gate)


def test_a_web_page_does_not_look_like_a_server(gate: NetworkGate) -> None:
    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body>Router admin</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(UserFacingError, match="does not look like"):
            list_models(f"http://127.0.0.1:{httpd.server_port}/v1", None, gate)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_dead_server_is_tried_three_times_then_reported_plainly(
    gate: NetworkGate,
    ledger: Ledger,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(remote_http, "time", SimpleNamespace(sleep=waits.append))
    url = f"http://127.0.0.1:{free_port()}/v1"
    with caplog.at_level(logging.INFO, logger=remote_http.__name__):
        with pytest.raises(UserFacingError) as caught:
            RemoteEngine.connect(url, "m", None, gate)
    assert caught.value.message == (
        f"LocalChat could not reach the server at {url}. "
        "Check the address and that the server is running."
    )
    tries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Could not")]
    assert [t.split("(try ")[1][0] for t in tries] == ["1", "2", "3"]
    assert waits == [0.25, 0.5]  # two retries with backoff, then it gives up
    assert ledger.calls == []


def test_no_retry_once_output_arrived(gate: NetworkGate) -> None:
    """A server that dies mid-answer: one connection only, the piece kept, a plain error."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(1)
            conn.recv(65536)
            chunk = {"choices": [{"delta": {"content": "Hello"}, "finish_reason": None}]}
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
            )
            event = f"data: {json.dumps(chunk)}\n\n".encode()
            conn.sendall(f"{len(event):x}\r\n".encode() + event + b"\r\n")
            time.sleep(0.1)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    remote = RemoteEngine(f"http://127.0.0.1:{listener.getsockname()[1]}/v1", "m", None, gate)
    pieces: list[str] = []
    with pytest.raises(UserFacingError, match="connection to the server .* was lost"):
        for piece in remote.stream_chat(FRUITS, GREEDY, threading.Event()):
            pieces.append(piece)
    assert pieces == ["Hello"]
    assert connections == [1]
    listener.close()
    remote.close()


@needs_server
def test_offline_refuses_without_a_request(
    server: LlamaServer, engine: RemoteEngine, gate: NetworkGate, ledger: Ledger
) -> None:
    before = len(ledger.calls)
    gate.offline = True
    with pytest.raises(UserFacingError, match=OFFLINE_MESSAGE):
        list_models(server.base_url, KEY, gate)
    with pytest.raises(UserFacingError, match=OFFLINE_MESSAGE):
        list(engine.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert engine.count_tokens("x" * 40) == 10  # estimated, no request
    assert len(ledger.calls) == before


def test_plain_http_to_another_machine_is_refused(gate: NetworkGate, ledger: Ledger) -> None:
    with pytest.raises(UserFacingError, match="only secure \\(https\\) addresses"):
        list_models("http://192.0.2.1:8000/v1", None, gate)
    assert ledger.calls == []


def test_addresses_are_completed_and_labelled() -> None:
    assert normalize_base_url("gpu-box:8000") == "http://gpu-box:8000/v1"
    assert normalize_base_url("https://llm.example.org/v1/") == "https://llm.example.org/v1"
    assert server_label("https://llm.example.org/v1") == Path("remote") / "llm.example.org"


def test_sse_events_and_chunks() -> None:
    lines = [": ping", "event: x", "data: a", "data: b", "", "data:[DONE]"]
    assert list(iter_sse_data(lines)) == ["a\nb", "[DONE]"]
    chunk = parse_chunk('{"choices":[{"text":"hi","finish_reason":"length"}]}', "completion")
    assert (chunk.text, chunk.finish_reason) == ("hi", "length")
    usage = parse_chunk('{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":9}}', "chat")
    assert (usage.prompt_tokens, usage.completion_tokens) == (3, 9)
    with pytest.raises(StreamError, match="overloaded"):
        parse_chunk('{"error":{"message":"overloaded"}}', "chat")


# --- saved servers ---------------------------------------------------------------------


class DictKeyring:
    """The three functions of the keyring API, kept in a dict (the real keyring untouched)."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.saved.get((service, account))

    def set_password(self, service: str, account: str, secret: str) -> None:
        self.saved[(service, account)] = secret

    def delete_password(self, service: str, account: str) -> None:
        del self.saved[(service, account)]


def test_servers_are_saved_without_their_keys(tmp_path: Path) -> None:
    file = tmp_path / "servers.json"
    keyring = DictKeyring()
    servers = ServerList(file, KeyringSecretStore(keyring))
    servers.add("GPU box", "http://gpu-box:8000/v1", api_key=KEY, model="qwen")
    servers.add("Ollama", "http://localhost:11434/v1")
    assert servers.key_note == ""
    assert KEY not in file.read_text()
    reopened = ServerList(file, KeyringSecretStore(keyring))
    assert [s.name for s in reopened.list()] == ["GPU box", "Ollama"]
    assert reopened.get("gpu box").model == "qwen"
    assert reopened.api_key("GPU box") == KEY
    assert reopened.api_key("Ollama") is None
    reopened.remove("GPU box")
    reopened.remove("GPU box")  # twice is harmless
    assert [s.name for s in ServerList(file, MemorySecretStore()).list()] == ["Ollama"]
    assert keyring.saved == {}


def test_without_keyring_keys_last_for_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # as if not installed
    store = default_secret_store()
    assert isinstance(store, MemorySecretStore)
    file = tmp_path / "servers.json"
    servers = ServerList(file, store)
    servers.add("vLLM", "https://llm.example.org/v1", api_key=KEY)
    assert servers.key_note == SESSION_ONLY_NOTE
    assert servers.api_key("vLLM") == KEY
    assert KEY not in file.read_text()
    assert ServerList(file, MemorySecretStore()).api_key("vLLM") is None
    servers.set_api_key("vLLM", None)
    assert servers.api_key("vLLM") is None
    with pytest.raises(UserFacingError):
        servers.add(" ", "http://x")


class LockedKeyring(DictKeyring):
    """A keyring that will not take a key (locked, its unlock prompt dismissed)."""

    def set_password(self, service: str, account: str, secret: str) -> None:
        raise RuntimeError("Cannot unlock the collection")


def test_a_key_the_keyring_refuses_is_kept_for_the_session_and_said_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    file = tmp_path / "servers.json"
    servers = ServerList(file, KeyringSecretStore(LockedKeyring()))
    assert servers.key_note == ""
    servers.add("GPU box", "http://gpu-box:8000/v1", api_key=KEY)
    assert servers.api_key("GPU box") == KEY  # used for this session's requests
    assert servers.key_note == REFUSED_NOTE
    assert "refused the API key of gpu box" in caplog.text
    assert KEY not in file.read_text()
    servers.set_api_key("GPU box", None)
    assert servers.api_key("GPU box") is None


def test_the_keyring_is_looked_up_when_a_key_is_first_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing keyring and finding its backend takes 0.3-0.5 s: not at start-up."""
    chosen: list[MemorySecretStore] = []

    def choose() -> MemorySecretStore:
        chosen.append(MemorySecretStore())
        return chosen[-1]

    monkeypatch.setattr("localchat.servers.default_secret_store", choose)
    servers = ServerList(tmp_path / "servers.json")
    servers.add("Ollama", "http://localhost:11434/v1")
    assert chosen == []
    servers.add("vLLM", "https://llm.example.org/v1", api_key=KEY)
    assert servers.api_key("vLLM") == KEY
    assert len(chosen) == 1


def test_a_keyring_with_no_backend_keeps_keys_for_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """What a headless Linux gets: keyring installed, no Secret Service to talk to."""
    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    with caplog.at_level(logging.INFO, logger="localchat.servers"):
        store = default_secret_store()
    assert "No usable keyring backend; API keys last for this session only" in caplog.text
    servers = ServerList(tmp_path / "servers.json", store)
    servers.add("vLLM", "https://llm.example.org/v1", api_key=KEY)
    assert servers.key_note == SESSION_ONLY_NOTE
    assert servers.api_key("vLLM") == KEY
