"""A remote GGUF header is parsed from a growing prefix fetched through a callable."""

from __future__ import annotations

import pytest

from localchat.catalog.remote_header import MIB, HeaderTooLarge, read_remote_header
from localchat.engines.gguf_header import read_gguf_header
from localchat.errors import UserFacingError


class CountingFetch:
    """Serves a file's bytes like an HTTP Range request, recording every call."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.calls: list[tuple[int, int]] = []

    def __call__(self, start: int, end: int) -> bytes:
        self.calls.append((start, end))
        return self.data[start:end]


def _prefix(path, size=16 * MIB) -> bytes:
    with open(path, "rb") as stream:
        return stream.read(size)


def test_smollm2_header_needs_a_second_range(default_model_path):
    fetch = CountingFetch(_prefix(default_model_path))
    header = read_remote_header(fetch)
    assert fetch.calls == [(0, MIB), (MIB, 4 * MIB)]  # only the missing bytes are fetched
    local = read_gguf_header(default_model_path)
    assert header.architecture == "llama"
    assert header.arch_value("block_count") == local.arch_value("block_count") == 30
    assert header.quantization == "Q4_1"
    assert header.fields.keys() == local.fields.keys()


def test_gemma_header_with_a_262k_vocabulary_grows_to_16_mib(gemma_model_path):
    fetch = CountingFetch(_prefix(gemma_model_path))
    header = read_remote_header(fetch)
    assert [end for _, end in fetch.calls] == [MIB, 4 * MIB, 16 * MIB]
    assert header.architecture == "gemma3"
    assert header.arch_value("attention.key_length") == 256


def test_an_already_fetched_prefix_is_enough_when_long_enough(default_model_path):
    header = read_remote_header(_prefix(default_model_path, 2 * MIB))
    assert header.context_length == 8192


def test_a_prefix_too_short_says_so(default_model_path):
    with pytest.raises(HeaderTooLarge, match="longer than the 1 MB"):
        read_remote_header(_prefix(default_model_path, MIB))


def test_a_file_that_ends_inside_its_header_is_damaged(default_model_path):
    fetch = CountingFetch(_prefix(default_model_path, 1_500_000))
    with pytest.raises(UserFacingError, match="damaged"):
        read_remote_header(fetch)
    assert len(fetch.calls) == 2


def test_a_file_that_is_not_gguf_is_refused():
    with pytest.raises(UserFacingError, match="not a GGUF model"):
        read_remote_header(CountingFetch(b"PK\x03\x04" + bytes(100)))


def test_a_header_beyond_the_largest_range_is_refused(default_model_path):
    fetch = CountingFetch(_prefix(default_model_path))
    with pytest.raises(HeaderTooLarge):
        read_remote_header(fetch, ranges=(1000, 2000))
    assert fetch.calls == [(0, 1000), (1000, 2000)]
