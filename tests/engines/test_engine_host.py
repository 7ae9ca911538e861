"""The engine host process: the real model in a child process, driven through HostedEngine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine, open_engine_in_process
from localchat.engines.host_client import EngineHostCrashed, HostedEngine
from localchat.engines.llama_cpp_engine import PROMPT_TOKENS_READ
from localchat.errors import UserFacingError

GREEDY = SamplingParams(temperature=0.0, max_tokens=24)
QUESTION = [ChatMessage("user", "Name three fruits.")]
SENTENCE = "The lighthouse keeper walked along the shore and counted the boats. "
LONG_PROMPT = SENTENCE * 240  # ~2,900 tokens: ~20 s to read on a busy 2-core machine
PROMPT = SENTENCE * 80  # ~1,000 tokens


@pytest.fixture
def hosted(default_model_path: Path) -> Iterator[HostedEngine]:
    engine = open_engine(default_model_path, LoadOptions(context_length=4096, threads=2))
    assert isinstance(engine, HostedEngine)
    yield engine
    engine.close()


def _answer(engine: HostedEngine, params: SamplingParams = GREEDY) -> tuple[str, GenerationStats]:
    stats = GenerationStats()
    text = "".join(engine.stream_chat(QUESTION, params, threading.Event(), stats))
    return text, stats


@pytest.mark.slow
def test_the_model_runs_in_another_process_and_answers(hosted: HostedEngine) -> None:
    host = psutil.Process(hosted.pid)
    assert hosted.pid != os.getpid()
    assert "engine-host" in host.cmdline()
    assert host.ppid() == os.getpid()
    text, stats = _answer(hosted)
    assert text.strip()
    assert stats.completion_tokens > 0 and stats.stop_reason in ("stop", "length")
    assert hosted.metadata.architecture == "llama"
    assert hosted.metadata.chat_template and "<|im_start|>" in hosted.metadata.chat_template


@pytest.mark.slow
def test_answers_match_the_in_process_engine(
    hosted: HostedEngine, default_model_path: Path
) -> None:
    local = open_engine_in_process(default_model_path, LoadOptions(context_length=4096, threads=2))
    try:
        expected = "".join(local.stream_chat(QUESTION, GREEDY, threading.Event()))
        sample = "Grüße aus Zürich: 3 Äpfel, <|im_end|> and 日本語."
        assert hosted.count_tokens(sample) == local.count_tokens(sample)
        assert hosted.render_chat(QUESTION) == local.render_chat(QUESTION)
    finally:
        local.close()
    assert _answer(hosted)[0] == expected


@pytest.mark.slow
def test_stop_while_the_prompt_is_read_ends_the_job_before_the_prompt_was_read(
    hosted: HostedEngine,
) -> None:
    params = SamplingParams(temperature=0.0, max_tokens=4)
    full = GenerationStats()
    started = time.perf_counter()
    "".join(hosted.stream_prompt(PROMPT, params, threading.Event(), full))
    full_read = time.perf_counter() - started
    assert full.prompt_tokens > 900
    assert full.extra[PROMPT_TOKENS_READ] == full.prompt_tokens
    "".join(hosted.stream_prompt("Another prompt.", params, threading.Event()))  # no cache

    cancel = threading.Event()
    stats = GenerationStats()
    timer = threading.Timer(full_read / 10, cancel.set)  # a tenth of the way into the prompt
    timer.start()
    pieces = list(hosted.stream_prompt(PROMPT, params, cancel, stats))
    assert pieces == [] and stats.stop_reason == "cancelled"
    assert stats.completion_tokens == 0
    # The job ended before the prompt was read: the engine holds only part of it (how soon
    # after Stop is measured by bench/engine_host.py, "Stop ends the job").
    assert stats.prompt_tokens == full.prompt_tokens
    assert stats.extra[PROMPT_TOKENS_READ] < stats.prompt_tokens
    # The engine is sound afterwards: the same greedy answer as before.
    assert _answer(hosted)[0] == _answer(hosted)[0]


@pytest.mark.slow
def test_an_answer_after_a_stop_during_prompt_reading_is_the_normal_answer(
    hosted: HostedEngine,
) -> None:
    expected = _answer(hosted)[0]
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    list(hosted.stream_prompt(LONG_PROMPT, GREEDY, cancel, GenerationStats()))
    assert cancel.is_set()
    assert _answer(hosted)[0] == expected


@pytest.mark.slow
def test_stop_before_the_request_starts_is_honoured(hosted: HostedEngine) -> None:
    cancel = threading.Event()
    cancel.set()
    stats = GenerationStats()
    assert list(hosted.stream_chat(QUESTION, GREEDY, cancel, stats)) == []
    assert stats.stop_reason == "cancelled"


@pytest.mark.slow
def test_a_killed_host_fails_the_request_plainly_and_the_next_one_starts_a_fresh_host(
    hosted: HostedEngine, default_model_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first_pid = hosted.pid
    assert first_pid is not None
    pieces: list[str] = []
    long_answer = SamplingParams(temperature=0.0, max_tokens=400)
    story = [ChatMessage("user", "Write a long story about a lighthouse keeper.")]
    with pytest.raises(EngineHostCrashed) as crash:
        for piece in hosted.stream_chat(story, long_answer, threading.Event()):
            pieces.append(piece)
            if len(pieces) == 5:
                os.kill(first_pid, signal.SIGKILL)
    assert len(pieces) >= 5  # what came before the crash was delivered
    message = str(crash.value)
    assert default_model_path.name in message and "stopped unexpectedly" in message
    assert "ran out of memory" in message  # SIGKILL, in words
    # The log has what a developer needs: the exit status and the host's last lines.
    ended = [r.getMessage() for r in caplog.records if "ended:" in r.getMessage()]
    assert ended and "signal 9 (SIGKILL)" in ended[0] and "Its last output" in ended[0]
    text, _stats = _answer(hosted)
    assert text.strip()
    assert hosted.pid not in (None, first_pid)
    assert not psutil.pid_exists(first_pid) or psutil.Process(first_pid).status() == "zombie"


@pytest.mark.slow
def test_closing_ends_the_host_and_gives_its_memory_back(default_model_path: Path) -> None:
    engine = open_engine(default_model_path, LoadOptions(context_length=1024, threads=1))
    pid = engine.pid
    assert pid is not None and psutil.Process(pid).memory_info().rss > 50_000_000
    engine.close()
    assert not psutil.pid_exists(pid)


@pytest.mark.slow
def test_the_host_ends_when_its_parent_is_killed(default_model_path: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from localchat.engines.base import LoadOptions
        from localchat.engines.factory import open_engine
        engine = open_engine(Path({str(default_model_path)!r}), LoadOptions(context_length=512))
        print(engine.pid, flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    parent = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert parent.returncode == -signal.SIGKILL, parent.stderr
    host_pid = int(parent.stdout.strip())
    deadline = time.monotonic() + 10
    while psutil.pid_exists(host_pid) and time.monotonic() < deadline:
        try:
            if psutil.Process(host_pid).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    gone = not psutil.pid_exists(host_pid) or (
        psutil.Process(host_pid).status() == psutil.STATUS_ZOMBIE
    )
    assert gone, "an engine host outlived the app that started it"


def test_a_missing_file_is_refused_before_any_process_starts(tmp_path: Path) -> None:
    before = {p.pid for p in psutil.Process().children()}
    with pytest.raises(UserFacingError, match="is missing"):
        open_engine(tmp_path / "gone.gguf", LoadOptions())
    assert {p.pid for p in psutil.Process().children()} == before


def test_a_host_of_another_protocol_version_is_refused_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from localchat.engines import host_protocol
    from localchat.engines.host_process import HostProcess

    monkeypatch.setattr(host_protocol, "PROTOCOL_VERSION", host_protocol.PROTOCOL_VERSION + 1)
    with pytest.raises(UserFacingError, match="another version of LocalChat's protocol"):
        HostProcess("model.gguf")


def test_protocol_lines_round_trip_and_garbage_is_refused() -> None:
    from localchat.engines import host_protocol as wire

    params = SamplingParams(temperature=0.2, stop=("\nUser:",), max_tokens=7)
    line = wire.encode({"op": "stream", "id": 3, "params": wire.params_to_wire(params)})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    message = wire.decode(line)
    assert wire.params_from_wire(message["params"]) == params
    for garbage in (b"not json\n", b"[1, 2]\n", b'{"id": 1}\n'):
        with pytest.raises(ValueError):
            wire.decode(garbage)
