"""Tests of the ctransformers engine against a tiny random GGML gpt-2 written on the fly."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from ggml_writer import tiny_vocab, write_tiny_gpt2

from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.ctransformers_engine import CTransformersEngine
from localchat.engines.ggml_format import (
    SUPPORTED_MODEL_TYPES,
    check_ggml_file,
    normalize_model_type,
    read_ggml_header,
)
from localchat.engines.streaming import TokenText
from localchat.errors import UserFacingError

pytest.importorskip("ctransformers")

OPTIONS = LoadOptions(context_length=128, threads=2, model_type="gpt2")
PARAMS = SamplingParams(temperature=0.8, max_tokens=8, seed=7)


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_gpt2(tmp_path_factory.mktemp("ggml") / "tiny-gpt2.bin")


@pytest.fixture(scope="module")
def engine(model_file: Path) -> CTransformersEngine:
    loaded = CTransformersEngine.load(model_file, OPTIONS)
    yield loaded
    loaded.close()


def test_header_is_sniffed(model_file: Path) -> None:
    header = read_ggml_header(model_file)
    assert header.magic_name == "ggml"
    assert header.version is None
    assert header.hparams[:6] == (len(tiny_vocab()), 128, 32, 2, 2, 0)


def test_walk_reports_size_and_context(model_file: Path) -> None:
    info = check_ggml_file(model_file, "gpt2")
    assert info is not None
    assert (info.n_vocab, info.n_ctx, info.quantization) == (261, 128, "F32")
    assert info.parameter_count and info.parameter_count > 2 * 261 * 32


def test_loads_with_metadata(engine: CTransformersEngine) -> None:
    assert engine.name == "ctransformers"
    assert engine.metadata.architecture == "gpt2"
    assert engine.metadata.context_length_trained == 128
    assert engine.metadata.chat_template is None
    assert engine.context_length == 128


def test_streams_up_to_max_tokens(engine: CTransformersEngine) -> None:
    stats = GenerationStats()
    pieces = list(engine.stream_prompt("Hello world", PARAMS, threading.Event(), stats))
    assert pieces and all(pieces)
    assert stats.prompt_tokens == engine.count_tokens("Hello world") == 2
    assert stats.completion_tokens == PARAMS.max_tokens
    assert stats.stop_reason == "length"
    assert stats.first_token_seconds is not None
    assert stats.total_seconds >= stats.first_token_seconds


def test_same_seed_same_text(engine: CTransformersEngine) -> None:
    first = "".join(engine.stream_prompt("Hello", PARAMS, threading.Event()))
    second = "".join(engine.stream_prompt("Hello", PARAMS, threading.Event()))
    assert first == second


def test_greedy_with_temperature_zero(engine: CTransformersEngine) -> None:
    params = SamplingParams(temperature=0.0, max_tokens=6)
    first = "".join(engine.stream_prompt("the", params, threading.Event()))
    second = "".join(engine.stream_prompt("the", params, threading.Event()))
    assert first == second


def test_cancel_after_first_piece_stops_computation(engine: CTransformersEngine) -> None:
    cancel = threading.Event()
    stats = GenerationStats()
    params = SamplingParams(temperature=0.8, max_tokens=50, seed=3)
    pieces = []
    for piece in engine.stream_prompt("Hello world", params, cancel, stats):
        pieces.append(piece)
        cancel.set()
    assert len(pieces) <= 2
    assert stats.completion_tokens <= 2
    assert stats.stop_reason == "cancelled"


def test_cancel_before_the_call_yields_nothing(engine: CTransformersEngine) -> None:
    cancel = threading.Event()
    cancel.set()
    stats = GenerationStats()
    assert list(engine.stream_prompt("Hello world", PARAMS, cancel, stats)) == []
    assert (stats.prompt_tokens, stats.completion_tokens) == (0, 0)
    assert stats.stop_reason == "cancelled"


def test_chat_uses_plain_transcript(engine: CTransformersEngine) -> None:
    messages = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hello")]
    prompt = engine.render_chat(messages)
    assert prompt.startswith("System: Be brief.") and prompt.endswith("Assistant:")
    stats = GenerationStats()
    text = "".join(engine.stream_chat(messages, PARAMS, threading.Event(), stats))
    assert "\nUser:" not in text
    assert stats.prompt_tokens == engine.count_tokens(prompt)
    assert stats.stop_reason in ("stop", "length")


def test_count_tokens(engine: CTransformersEngine) -> None:
    assert engine.count_tokens("Hello world, the User!") > 0
    assert engine.count_tokens("日本語") == len("日本語".encode())  # byte tokens, no overflow


def test_empty_prompt_still_generates(engine: CTransformersEngine) -> None:
    stats = GenerationStats()
    list(engine.stream_prompt("", PARAMS, threading.Event(), stats))
    assert stats.prompt_tokens == 1
    assert stats.completion_tokens > 0


def test_prompt_longer_than_context_is_refused(engine: CTransformersEngine) -> None:
    with pytest.raises(UserFacingError, match="more than this model can read"):
        list(engine.stream_prompt("x" * 300, PARAMS, threading.Event()))


def test_generation_stops_at_context_end(engine: CTransformersEngine) -> None:
    stats = GenerationStats()
    params = SamplingParams(temperature=0.8, max_tokens=500, seed=1)
    list(engine.stream_prompt("x" * 120, params, threading.Event(), stats))
    assert stats.prompt_tokens + stats.completion_tokens <= 128
    assert stats.stop_reason in ("length", "stop")


def test_missing_model_type_names_the_supported_ones(model_file: Path) -> None:
    with pytest.raises(UserFacingError) as info:
        CTransformersEngine.load(model_file, LoadOptions(context_length=128))
    for name in SUPPORTED_MODEL_TYPES:
        assert name in str(info.value)


def test_unknown_model_type_is_refused(model_file: Path) -> None:
    with pytest.raises(UserFacingError, match='"bert" is not'):
        CTransformersEngine.load(model_file, LoadOptions(model_type="bert"))


def test_model_type_spellings() -> None:
    assert normalize_model_type("GPT-NeoX") == "gpt_neox"
    assert normalize_model_type("dollyv2") == "dolly-v2"
    assert normalize_model_type("bert") is None


@pytest.mark.parametrize("size", [0, 3, 20, 100, 5000, -7])
def test_truncated_file_is_refused(model_file: Path, tmp_path: Path, size: int) -> None:
    data = model_file.read_bytes()
    short = tmp_path / "short.bin"
    short.write_bytes(data[:size])
    with pytest.raises(UserFacingError, match="incomplete or damaged"):
        CTransformersEngine.load(short, OPTIONS)


def test_not_ggml_is_refused(tmp_path: Path) -> None:
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(UserFacingError, match="GGUF"):
        CTransformersEngine.load(gguf, OPTIONS)
    other = tmp_path / "notes.bin"
    other.write_bytes(b"hello there, not a model at all")
    with pytest.raises(UserFacingError, match="not a GGML"):
        CTransformersEngine.load(other, OPTIONS)


def test_wrong_architecture_layout_is_refused(model_file: Path) -> None:
    with pytest.raises(UserFacingError):
        CTransformersEngine.load(model_file, LoadOptions(context_length=128, model_type="mpt"))


def test_stop_strings_and_split_utf8() -> None:
    run = TokenText(stops=("\nUser:",))
    assert run.feed("é".encode()[:1]) == ""
    assert run.feed("é".encode()[1:]) == "é"
    assert run.feed(b"ok\nUs") == "ok"
    assert run.feed(b"er: more") == ""
    assert run.stopped


@pytest.mark.slow
def test_a_ggml_era_model_runs_in_an_engine_host_like_any_other(model_file: Path) -> None:
    import os

    from localchat.engines.factory import open_engine
    from localchat.engines.host_client import HostedEngine
    from localchat.engines.model_check import check_model_file

    check_model_file(model_file, "gpt2")  # the import check passes it
    hosted = open_engine(model_file, OPTIONS)
    local = CTransformersEngine.load(model_file, OPTIONS)
    try:
        assert isinstance(hosted, HostedEngine) and hosted.pid != os.getpid()
        assert hosted.name == "ctransformers"
        greedy = SamplingParams(temperature=0.0, max_tokens=8)
        expected = "".join(local.stream_prompt("Hello world", greedy, threading.Event()))
        assert "".join(hosted.stream_prompt("Hello world", greedy, threading.Event())) == expected
        assert hosted.count_tokens("Hello world") == local.count_tokens("Hello world")
        cancel = threading.Event()
        stats = GenerationStats()
        pieces = []
        for piece in hosted.stream_prompt("Hello world", PARAMS, cancel, stats):
            pieces.append(piece)
            cancel.set()
        assert stats.stop_reason == "cancelled" and len(pieces) <= 3
    finally:
        hosted.close()
        local.close()
