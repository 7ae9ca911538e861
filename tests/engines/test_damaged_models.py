"""Damaged copies of the bundled model: each is refused in a plain sentence or works.

Every copy differs from the real model in one header value (see damaged_models.py). The
checks run in this process on purpose: llama.cpp aborts the whole process on some of
these files, so the test process staying alive is itself the point.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import psutil
import pytest
from damaged_models import DAMAGES, DamagedModel, build_damaged_models, hello_answer

from localchat.engines.base import ChatMessage, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.model_check import check_model_file
from localchat.errors import UserFacingError

QUICK = LoadOptions(context_length=512, threads=1)
GREEDY = SamplingParams(temperature=0.0, max_tokens=8)
HELLO = [ChatMessage("user", "Say hello.")]

# Damages llama.cpp takes in its stride: the model loads and answers. Every other kind must
# be refused. Decided by what happens (see the child-process table in the issue note). Not
# here though llama.cpp loads them: rope_freq_base_nan (it writes only "" or "...."), and
# context_length_max (llama-cpp-python's first tokenize fails: the length reads as -1).
TOLERATED = frozenset(
    {
        "context_length_0",
        "vocab_size_0",
        "bos_token_id_out_of_range",
        "eos_token_id_out_of_range",
    }
)
REFUSED = sorted(set(DAMAGES) - TOLERATED)


@pytest.fixture(scope="session")
def damaged_models(tmp_path_factory, default_model_path: Path) -> Iterator[dict[str, DamagedModel]]:
    """The whole corpus, built once per session (about 2 GB of copies, made by the kernel).

    Deleted afterwards: pytest keeps its last three temporary folders, 7 GB of copies.
    """
    folder = tmp_path_factory.mktemp("damaged-models")
    yield {model.kind: model for model in build_damaged_models(default_model_path, folder)}
    shutil.rmtree(folder, ignore_errors=True)


def test_each_copy_differs_from_the_original_in_one_value(
    damaged_models, default_model_path: Path
) -> None:
    """Only the patched bytes differ in the header; the truncated copy is a prefix."""
    original = np.memmap(default_model_path, mode="r")
    for model in damaged_models.values():
        copy = np.memmap(model.path, mode="r")
        patch = model.patch
        if patch.truncate_at is not None:
            assert len(copy) == patch.truncate_at
            assert np.array_equal(copy[-4096:], original[len(copy) - 4096 : len(copy)])
            continue
        assert len(copy) == len(original), model.kind
        header = slice(0, 2_000_000)  # the header is 1.8 MB; the data was copied verbatim
        differ = np.flatnonzero(copy[header] != original[header])
        assert len(differ), model.kind
        assert differ.min() >= patch.offset, model.kind
        assert differ.max() < patch.offset + len(patch.new), model.kind


def assert_plain(message: str, path: Path) -> None:
    """One readable sentence about the file: no traceback, no native jargon."""
    assert message.strip(), "an empty message"
    for jargon in ("Traceback", 'File "', "SIGABRT", "GGML_ASSERT", "llama_model_load", "0x"):
        assert jargon not in message, message
    assert path.name in message or "model" in message.lower(), message
    assert len(message) < 400, message


def _children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True)}


def _wait_for_no_new_children(before: set[int], seconds: float = 10.0) -> set[int]:
    deadline = time.monotonic() + seconds
    while (extra := _children() - before) and time.monotonic() < deadline:
        time.sleep(0.1)
    return extra


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", REFUSED)
def test_damaged_model_is_refused_plainly(damaged_models, kind: str) -> None:
    model = damaged_models[kind]
    with pytest.raises(UserFacingError) as caught:
        check_model_file(model.path)
    assert_plain(str(caught.value), model.path)


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", sorted(TOLERATED))
def test_tolerated_damage_gives_a_working_model(damaged_models, kind: str) -> None:
    model = damaged_models[kind]
    check_model_file(model.path)
    engine = open_engine(model.path, QUICK)
    try:
        answer = "".join(engine.stream_chat(HELLO, GREEDY, threading.Event()))
    finally:
        engine.close()
    assert answer.strip(), f"{kind} ({model.change}) loads but answers nothing"


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_block_count_zero_costs_a_request_not_the_process(
    damaged_models, default_model_path: Path
) -> None:
    """It aborted llama.cpp inside the app's process; now the host ends, not the caller."""
    model = damaged_models["block_count_0"]
    before = _children()
    with pytest.raises(UserFacingError) as caught:
        open_engine(model.path, QUICK)
    assert_plain(str(caught.value), model.path)
    assert not _wait_for_no_new_children(before), "the failed host was left running"
    assert hello_answer(default_model_path).strip()  # the app stays usable


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_crash_while_answering_costs_the_request(
    damaged_models, default_model_path: Path
) -> None:
    """A NaN epsilon loads, then aborts llama.cpp at the first token: the request fails."""
    model = damaged_models["rms_epsilon_nan"]
    engine = open_engine(model.path, QUICK)
    try:
        with pytest.raises(UserFacingError) as caught:
            list(engine.stream_chat(HELLO, GREEDY, threading.Event()))
    finally:
        engine.close()
    assert model.path.name in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert hello_answer(default_model_path).strip()  # the app stays usable


def run_localchat(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_cli_import_refuses_damaged_files_and_lists_none(damaged_models, data_dir: Path) -> None:
    for kind in ("block_count_0", "head_count_0"):
        model = damaged_models[kind]
        result = run_localchat(data_dir, "models", "import", str(model.path), "--name", kind)
        assert result.returncode == 1, (kind, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, result.stderr
        last = result.stderr.strip().splitlines()[-1]  # after a "Checking ..." progress line
        assert last.startswith("localchat: "), result.stderr
        assert_plain(last.removeprefix("localchat: "), model.path)
    listing = run_localchat(data_dir, "models", "list")
    assert listing.returncode == 0, listing.stderr
    rows = listing.stdout.strip().splitlines()[1:]
    assert len(rows) == 1 and "(default)" in rows[0], listing.stdout
    assert "block_count_0" not in listing.stdout and "head_count_0" not in listing.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind", ["block_count_31", "head_count_0", "embedding_length_577", "tensor_dimension_575"]
)
def test_a_damaged_model_of_a_supported_architecture_is_called_damaged(
    damaged_models, kind: str
) -> None:
    """Not "its architecture llama is not supported": llama.cpp runs llama models."""
    model = damaged_models[kind]
    with pytest.raises(UserFacingError) as caught:
        open_engine(model.path, QUICK)
    message = str(caught.value)
    assert f"{model.path.name} is damaged" in message, message
    assert "not supported" not in message, message


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_model_that_writes_nothing_in_time_is_refused_plainly(
    default_model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host stuck in a damaged model is stopped after the check's time, not waited on."""
    monkeypatch.setattr("localchat.engines.model_check.CHECK_SECONDS", 0.01)
    with pytest.raises(UserFacingError) as caught:
        check_model_file(default_model_path)
    assert "did not answer in" in str(caught.value)
    assert default_model_path.name in str(caught.value)
