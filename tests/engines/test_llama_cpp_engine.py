"""The llama.cpp engine on the real default model (SmolLM2) and Gemma 3 270M."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.llama_cpp_engine import LlamaCppEngine
from localchat.errors import UserFacingError

GREEDY = SamplingParams(temperature=0.0, max_tokens=24)
FRUITS = [ChatMessage("user", "Name three fruits.")]


@pytest.fixture(scope="module")
def smol(default_model_path: Path) -> LlamaCppEngine:
    engine = LlamaCppEngine.load(default_model_path, LoadOptions(context_length=2048, threads=2))
    yield engine
    engine.close()


@pytest.mark.slow
def test_metadata_comes_from_the_file(smol: LlamaCppEngine) -> None:
    meta = smol.metadata
    assert meta.architecture == "llama"
    assert meta.context_length_trained == 8192
    assert meta.quantization == "Q4_1"
    assert meta.chat_template and "<|im_start|>" in meta.chat_template
    assert 100_000_000 < (meta.parameter_count or 0) < 200_000_000
    assert (meta.bos_token, meta.eos_token) == ("<|im_start|>", "<|im_end|>")


@pytest.mark.slow
def test_chat_prompt_uses_the_models_own_template(smol: LlamaCppEngine) -> None:
    prompt = smol.render_chat([ChatMessage("system", "Be brief."), *FRUITS])
    assert "<|im_start|>system\nBe brief.<|im_end|>" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")


@pytest.mark.slow
def test_streams_an_answer_in_pieces(smol: LlamaCppEngine) -> None:
    stats = GenerationStats()
    pieces = list(smol.stream_chat(FRUITS, GREEDY, threading.Event(), stats))
    text = "".join(pieces).strip()
    assert len(pieces) > 3
    assert text
    assert "<|im_end|>" not in text
    assert stats.completion_tokens >= len(pieces) - 1
    assert stats.prompt_tokens > 5
    assert stats.tokens_per_second > 0


@pytest.mark.slow
def test_greedy_answers_repeat_exactly(smol: LlamaCppEngine) -> None:
    first = "".join(smol.stream_chat(FRUITS, GREEDY, threading.Event()))
    second = "".join(smol.stream_chat(FRUITS, GREEDY, threading.Event()))
    assert first == second


@pytest.mark.slow
def test_cancel_stops_the_computation_between_tokens(smol: LlamaCppEngine) -> None:
    cancel = threading.Event()
    stats = GenerationStats()
    long_answer = SamplingParams(temperature=0.0, max_tokens=200)
    pieces = []
    for piece in smol.stream_chat(
        [ChatMessage("user", "Write a long story about a dragon.")], long_answer, cancel, stats
    ):
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()
    assert len(pieces) == 3
    assert stats.stop_reason == "cancelled"
    assert stats.completion_tokens <= 4


@pytest.mark.slow
def test_cancel_before_start_yields_nothing(smol: LlamaCppEngine) -> None:
    cancel = threading.Event()
    cancel.set()
    stats = GenerationStats()
    assert list(smol.stream_chat(FRUITS, GREEDY, cancel, stats)) == []
    assert stats.stop_reason == "cancelled"
    assert stats.completion_tokens == 0


@pytest.mark.slow
def test_max_tokens_is_honoured(smol: LlamaCppEngine) -> None:
    stats = GenerationStats()
    params = SamplingParams(temperature=0.0, max_tokens=5)
    list(smol.stream_prompt("Once upon a time", params, threading.Event(), stats))
    assert stats.completion_tokens == 5
    assert stats.stop_reason == "length"


@pytest.mark.slow
def test_count_tokens(smol: LlamaCppEngine) -> None:
    short = smol.count_tokens("Hello")
    longer = smol.count_tokens("Hello, how are you doing today, my friend?")
    assert 0 < short < longer


@pytest.mark.slow
def test_prompt_longer_than_the_context_is_refused_plainly(
    default_model_path: Path,
) -> None:
    engine = LlamaCppEngine.load(default_model_path, LoadOptions(context_length=256, threads=2))
    try:
        with pytest.raises(UserFacingError, match="too long"):
            list(engine.stream_prompt("word " * 400, GREEDY, threading.Event()))
    finally:
        engine.close()


@pytest.mark.slow
def test_base_model_without_template_uses_the_plain_transcript(gemma_model_path: Path) -> None:
    engine = open_engine(gemma_model_path, LoadOptions(context_length=1024, threads=2))
    try:
        assert engine.metadata.architecture == "gemma3"
        assert engine.metadata.chat_template is None
        assert (engine.metadata.bos_token, engine.metadata.eos_token) == ("<bos>", "<eos>")
        prompt = engine.render_chat(FRUITS)
        assert prompt == "User: Name three fruits.\n\nAssistant:"
        stats = GenerationStats()
        text = "".join(engine.stream_chat(FRUITS, GREEDY, threading.Event(), stats))
        assert stats.completion_tokens > 0
        assert "\nUser:" not in text
    finally:
        engine.close()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "PNG image"),
        (b"hello, I am a text file", "not a language model"),
    ],
)
def test_files_that_are_not_models_get_plain_errors(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=expected):
        open_engine(path, LoadOptions())


@pytest.mark.parametrize("keep", [16, 2_000, 50_000_000])
def test_truncated_gguf_is_reported_as_incomplete(
    tmp_path: Path, default_model_path: Path, keep: int
) -> None:
    path = tmp_path / "cut.gguf"
    with open(default_model_path, "rb") as source, open(path, "wb") as target:
        target.write(source.read(keep))
    with pytest.raises(UserFacingError, match="incomplete"):
        open_engine(path, LoadOptions())


@pytest.mark.slow
def test_unknown_architecture_names_the_architecture(
    tmp_path: Path, default_model_path: Path
) -> None:
    path = tmp_path / "alien.gguf"
    shutil.copy(default_model_path, path)
    data = bytearray(path.read_bytes())
    index = data.find(b"general.architecture")
    value = data.find(b"llama", index)
    data[value : value + 5] = b"zorgo"
    path.write_bytes(bytes(data))
    with pytest.raises(UserFacingError, match='"zorgo" is not supported'):
        open_engine(path, LoadOptions(context_length=512))
