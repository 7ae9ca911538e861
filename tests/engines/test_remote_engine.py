"""The remote engine against a real llama-cpp-python server, and the saved server list."""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from llama_server import LlamaServer, free_port, start_llama_server

from localchat.engines.base import ChatMessage, GenerationStats, SamplingParams
from localchat.engines.remote import RemoteEngine, RemoteTimeouts, list_models, server_label
from localchat.engines.remote_http import normalize_base_url
from localchat.engines.sse import StreamError, iter_sse_data, parse_chunk
from localchat.errors import UserFacingError
from localchat.network import OFFLINE_MESSAGE, NetworkGate
from localchat.servers import (
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


def test_list_models_returns_the_served_model(
    server: LlamaServer, gate: NetworkGate, default_model_path: Path
) -> None:
    assert list_models(server.base_url, KEY, gate) == [str(default_model_path)]


def test_connect_describes_the_remote_model(engine: RemoteEngine, model_id: str) -> None:
    assert engine.name == "remote"
    assert engine.path == Path("remote") / f"127.0.0.1:{engine.base_url.split(':')[2][:-3]}"
    assert engine.metadata.architecture == "remote"
    assert engine.metadata.name == model_id
    assert engine.metadata.context_length_trained == 4096  # llama-cpp-python does not say
    assert "User: Name three fruits." in engine.render_chat(FRUITS)


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


def test_greedy_answers_repeat_and_the_prompt_route_streams(engine: RemoteEngine) -> None:
    first = "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert first == "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event()))
    stats = GenerationStats()
    params = SamplingParams(temperature=0.0, max_tokens=6)
    text = "".join(
        engine.stream_prompt("The capital of France is", params, threading.Event(), stats)
    )
    assert text.strip() and stats.stop_reason == "length" and stats.completion_tokens == 6


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


def test_cancel_before_start_makes_no_request(engine: RemoteEngine, ledger: Ledger) -> None:
    cancel = threading.Event()
    cancel.set()
    stats = GenerationStats()
    before = len(ledger.calls)
    assert list(engine.stream_chat(FRUITS, GREEDY, cancel, stats)) == []
    assert stats.stop_reason == "cancelled"
    assert len(ledger.calls) == before


def test_count_tokens_asks_the_servers_tokenizer(engine: RemoteEngine, ledger: Ledger) -> None:
    text = "1 2 3 4 5 6 7 8 9"  # one token per digit and space here; the estimate says 5
    before = len(ledger.calls)
    count = engine.count_tokens(text)
    assert count >= 9
    assert len(ledger.calls) > before
    calls = len(ledger.calls)
    assert engine.count_tokens(text) == count
    assert len(ledger.calls) == calls  # cached


def test_wrong_and_missing_keys_are_refused(server: LlamaServer, gate: NetworkGate) -> None:
    for key in (None, "wrong-key"):
        with pytest.raises(UserFacingError, match="The server refused the API key."):
            list_models(server.base_url, key, gate)


def test_a_wrong_key_refuses_a_chat(server: LlamaServer, gate: NetworkGate, model_id: str) -> None:
    remote = RemoteEngine(server.base_url, model_id, "wrong-key", gate, QUICK)
    with pytest.raises(UserFacingError, match="refused the API key"):
        list(remote.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert remote.count_tokens("abcdefgh") == 2  # falls back to the estimate
    remote.close()


def test_unknown_model_names_what_the_server_offers(
    server: LlamaServer, gate: NetworkGate, model_id: str
) -> None:
    with pytest.raises(UserFacingError) as caught:
        RemoteEngine.connect(server.base_url, "llama-9000", KEY, gate)
    assert (
        caught.value.message == f"The server has no model named llama-9000. It offers: {model_id}."
    )


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


def test_a_dead_server_is_reported_quickly(gate: NetworkGate, ledger: Ledger) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    started = time.monotonic()
    with pytest.raises(UserFacingError) as caught:
        RemoteEngine.connect(url, "m", None, gate)
    elapsed = time.monotonic() - started
    assert caught.value.message == (
        f"LocalChat could not reach the server at {url}. "
        "Check the address and that the server is running."
    )
    assert 0.7 <= elapsed < 5  # two retries with backoff (0.25 s, 0.5 s), then give up
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
    """The three functions of the keyring API, kept in a dict (no keyring package here)."""

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
