"""The encoder in the engine host: same vectors as in process; a crash costs one request."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import numpy as np
import pytest

from localchat.embeddings.encoder import Encoder
from localchat.engines.host_encoder import HostedEncoder
from localchat.errors import UserFacingError

TEXTS = ["Bees dance to tell the hive where flowers are.", "The telegraph sent words by wire."]


def test_vectors_match_the_in_process_encoder(minilm_gguf: Path) -> None:
    hosted = HostedEncoder(minilm_gguf, threads=1)
    local = Encoder.load(minilm_gguf, threads=1)
    try:
        far, near = hosted.embed(TEXTS), local.embed(TEXTS)
        assert hosted.dimensions == 384 and hosted.pid != os.getpid()
        assert far.token_counts == near.token_counts
        np.testing.assert_array_equal(far.vectors, near.vectors)
    finally:
        hosted.close()
        local.close()


def test_a_damaged_file_fails_with_a_sentence_and_the_window_goes_on(
    minilm_gguf: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.gguf"
    damaged.write_bytes(minilm_gguf.read_bytes()[:5_000_000])  # cut short
    hosted = HostedEncoder(damaged)
    with pytest.raises(UserFacingError) as error:
        hosted.embed(TEXTS)
    assert "damaged.gguf" in str(error.value) and "Traceback" not in str(error.value)
    hosted.close()


def test_a_host_that_dies_mid_request_fails_it_and_the_next_starts_a_fresh_one(
    minilm_gguf: Path,
) -> None:
    hosted = HostedEncoder(minilm_gguf, threads=1)
    try:
        hosted.embed(TEXTS[:1])
        first = hosted.pid
        assert first is not None
        long_texts = [" ".join(TEXTS * 40)] * 64  # a few seconds of work on one thread
        killer = threading.Timer(0.5, os.kill, (first, signal.SIGKILL))
        killer.start()
        with pytest.raises(UserFacingError) as error:
            hosted.embed(long_texts)
        killer.join()
        assert "stopped unexpectedly" in str(error.value)
        assert hosted.embed(TEXTS).vectors.shape == (2, 384)
        assert hosted.pid not in (None, first)
    finally:
        hosted.close()
