"""The GGUF header reader: block-wise reading gives the same header wherever blocks end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from localchat.engines import gguf_header
from localchat.engines.gguf_header import ArrayInfo, parse_gguf_header, read_gguf_header


@pytest.fixture(scope="module")
def smol_bytes(default_model_path: Path) -> bytes:
    with open(default_model_path, "rb") as stream:
        return stream.read(4 * 1024 * 1024)  # the whole header and more


@pytest.mark.parametrize("block", [1, 7, 4096, 1 << 20])
def test_small_read_blocks_give_the_same_header(
    smol_bytes: bytes, default_model_path: Path, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = read_gguf_header(default_model_path, keep_tokens=True)
    monkeypatch.setattr(gguf_header, "_BLOCK_BYTES", block)  # strings now cross block ends
    stream = io.BytesIO(smol_bytes)
    header = parse_gguf_header(stream, keep_tokens=True, with_tensors=True)
    assert header == expected
    assert header.fields["tokenizer.ggml.tokens"][:2] == ["<|endoftext|>", "<|im_start|>"]
    assert header.token_text("tokenizer.ggml.eos_token_id") == "<|im_end|>"


def test_long_arrays_are_counted_not_kept(default_model_path: Path) -> None:
    header = read_gguf_header(default_model_path)
    assert header.fields["tokenizer.ggml.tokens"] == ArrayInfo(
        gguf_header.GGUFValueType.STRING, 49152
    )
    assert header.token_text("tokenizer.ggml.eos_token_id") == ""
    assert header.expected_file_size == default_model_path.stat().st_size


def test_the_stream_is_left_just_after_the_header(smol_bytes: bytes) -> None:
    stream = io.BytesIO(b"junk" + smol_bytes)
    stream.seek(4)
    parse_gguf_header(stream)
    after_kv = stream.tell()
    assert 4 < after_kv < len(smol_bytes)  # read ahead in blocks, then wound back
    header = parse_gguf_header(io.BytesIO(smol_bytes[: after_kv - 4]))
    assert header.architecture == "llama"
    with pytest.raises(gguf_header.TruncatedHeader):
        parse_gguf_header(io.BytesIO(smol_bytes[: after_kv - 5]))
