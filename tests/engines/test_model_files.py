"""Telling model files apart before loading: format, architecture, GGML model types."""

from __future__ import annotations

from pathlib import Path

import pytest
from ggml_writer import write_tiny_gpt2

from localchat.engines.files import describe_model_file, detect_format
from localchat.errors import UserFacingError


def test_gguf_is_described_from_its_header(default_model_path: Path) -> None:
    info = describe_model_file(default_model_path)
    assert (info.format, info.engine, info.architecture) == ("gguf", "llama_cpp", "llama")
    assert info.quantization == "Q4_1"
    assert info.size_bytes == 98_362_432


def test_ggml_file_goes_to_ctransformers_with_its_model_type(tmp_path: Path) -> None:
    path = tmp_path / "tiny-gpt2.bin"
    write_tiny_gpt2(path)
    assert detect_format(path) == "ggml"
    info = describe_model_file(path, model_type="gpt2")
    assert (info.engine, info.architecture, info.context_length) == ("ctransformers", "gpt2", 128)


def test_ggml_file_without_model_type_asks_for_one(tmp_path: Path) -> None:
    path = tmp_path / "tiny-gpt2.bin"
    write_tiny_gpt2(path)
    with pytest.raises(UserFacingError, match="gpt_neox"):
        describe_model_file(path)
