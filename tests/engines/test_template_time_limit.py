"""Chat templates that run away: given up after about a second, and the app goes on.

A template is code from the model file. Two nested ``range(100000)`` loops stay inside
every sandbox limit and render for hours; so does a loop that keeps copying a growing
string. Both are written into real copies of the bundled model.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from damaged_models import (
    RUNAWAY_TEMPLATE,
    STRING_BUILDER_TEMPLATE,
    hello_answer,
    looping_template_model,
)
from gguf import GGUFReader, Keys

from localchat.engines import templates
from localchat.engines.base import ChatMessage, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.model_check import check_model_file
from localchat.engines.templates import RENDER_SECONDS, render_chat
from localchat.errors import UserFacingError

QUICK = LoadOptions(context_length=512, threads=1)
GREEDY = SamplingParams(temperature=0.0, max_tokens=8)
HELLO = [ChatMessage("user", "Say hello.")]
TEMPLATES = {"nested_loops": RUNAWAY_TEMPLATE, "string_builder": STRING_BUILDER_TEMPLATE}


@pytest.fixture(scope="module", params=sorted(TEMPLATES))
def looping_model(request, tmp_path_factory, default_model_path: Path) -> Path:
    """The bundled model with a runaway chat template, one per template."""
    folder = tmp_path_factory.mktemp("looping-templates")
    return looping_template_model(
        default_model_path, folder / f"{request.param}.gguf", TEMPLATES[request.param]
    )


def _children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True)}


def _wait_for_no_new_children(before: set[int], seconds: float = 10.0) -> set[int]:
    deadline = time.monotonic() + seconds
    while (extra := _children() - before) and time.monotonic() < deadline:
        time.sleep(0.1)
    return extra


def _busy_seconds(window: float = 2.0) -> float:
    """CPU seconds this process and its children spend in ``window`` seconds of waiting."""
    me = psutil.Process()

    def total() -> float:
        processes = [me, *me.children(recursive=True)]
        spent = 0.0
        for process in processes:
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            spent += times.user + times.system
        return spent

    start = total()
    time.sleep(window)
    return total() - start


class Clock:
    """The render's clock: a millisecond passes at every reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 0.001
        return self.now


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_rendering_gives_up_once_its_time_is_up(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(templates, "time", clock)
    threads = threading.active_count()
    with pytest.raises(UserFacingError) as caught:
        render_chat(HELLO, TEMPLATES[name])
    assert "chat template" in str(caught.value)
    assert f"more than {RENDER_SECONDS:g} s" in str(caught.value)
    # Checked at every line the template runs: it ended on the first reading past the limit.
    assert RENDER_SECONDS < clock.now <= RENDER_SECONDS + 0.002
    # Nothing goes on in the background: no thread was left, tracing is off again.
    assert threading.active_count() == threads
    assert sys.gettrace() is None


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_the_same_rewrite_with_the_real_template_passes_the_check(
    tmp_path: Path, default_model_path: Path
) -> None:
    """The same rewrite with the model's own template gives a model that passes the check."""
    template = GGUFReader(default_model_path).fields[Keys.Tokenizer.CHAT_TEMPLATE].contents()
    copy = looping_template_model(default_model_path, tmp_path / "same.gguf", template)
    check_model_file(copy)


@pytest.mark.slow
@pytest.mark.timeout(60)  # the runaway template alone would run for hours
def test_check_refuses_the_model_and_leaves_no_process(looping_model: Path) -> None:
    before = _children()
    with pytest.raises(UserFacingError) as caught:
        check_model_file(looping_model)
    assert "chat template" in str(caught.value)
    assert f"more than {RENDER_SECONDS:g} s" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert _wait_for_no_new_children(before) == set()  # the throwaway engine host ended


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_chat_ends_plainly_and_the_app_stays_usable(
    looping_model: Path, default_model_path: Path
) -> None:
    engine = open_engine(looping_model, QUICK)
    try:
        with pytest.raises(UserFacingError) as caught:
            list(engine.stream_chat(HELLO, GREEDY, threading.Event()))
        assert "chat template" in str(caught.value)
        assert f"more than {RENDER_SECONDS:g} s" in str(caught.value)
        # The host's thread is free again: the next request is answered (the same refusal),
        # not queued behind a render that goes on.
        with pytest.raises(UserFacingError, match="chat template"):
            engine.render_chat(HELLO)
    finally:
        engine.close()
    assert _busy_seconds() < 1.0, "the runaway render goes on in the background"
    assert hello_answer(default_model_path).strip()  # the app stays usable
