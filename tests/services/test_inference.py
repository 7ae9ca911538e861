"""The inference service: strict signal order, cancel, cancel before start, queueing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.engines.base import Engine, LoadOptions, SamplingParams
from localchat.engines.fake import FakeEngine
from localchat.errors import UserFacingError
from localchat.model_location import LocalFile, ModelLocation, RemoteModel
from localchat.services.inference import NO_RESULT, InferenceService, ModelSpec

SPEC = ModelSpec(LocalFile(Path("fake.gguf")), LoadOptions(), "Fake model")


def stream_job(max_tokens: int = 100):  # noqa: ANN201
    def job(engine: Engine, cancel: threading.Event, emit) -> str:  # noqa: ANN001
        text = ""
        for piece in engine.stream_prompt("hi", SamplingParams(max_tokens=max_tokens), cancel):
            emit(piece)
            text += piece
        return text

    return job


@pytest.fixture
def service(qtbot) -> Iterator[InferenceService]:  # noqa: ANN001
    engine = FakeEngine(reply=" ".join(f"w{i}" for i in range(40)), token_delay=0.01)
    svc = InferenceService(lambda path, options: engine)
    svc.engine = engine  # type: ignore[attr-defined]
    yield svc
    svc.shutdown()


def test_a_request_streams_then_finishes_in_order(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    service.engine.token_delay = 0  # type: ignore[attr-defined]  # the first text, then a batch
    seen: list[str] = []
    for name in ("model_loaded", "started", "token", "finished"):
        getattr(service, name).connect(lambda *_args, name=name: seen.append(name))
    with qtbot.waitSignal(service.finished, timeout=5000):
        service.submit(SPEC, stream_job())
    tokens = seen.count("token")
    assert tokens >= 1
    assert seen == ["model_loaded", "started"] + ["token"] * tokens + ["finished"]


def test_fast_tokens_are_batched(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    tokens: list[str] = []
    service.token.connect(lambda _rid, text: tokens.append(text))
    with qtbot.waitSignal(service.finished, timeout=5000) as blocker:
        request_id = service.submit(SPEC, stream_job())
    finished_args = blocker.args
    assert finished_args[0] == request_id
    assert finished_args[1] == " ".join(f"w{i}" for i in range(40))
    assert "".join(tokens) == finished_args[1]
    assert 1 <= len(tokens) < 40  # batched: fewer signals than tokens


def test_the_first_text_is_not_held_back_for_a_batch(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    """The answer's first words show as soon as they exist, not when a batch fills."""
    tokens: list[str] = []
    service.token.connect(lambda _rid, text: tokens.append(text))

    def job(engine: Engine, cancel: threading.Event, emit) -> str:  # noqa: ANN001
        emit("First")
        emit(" words")
        return "First words"

    with qtbot.waitSignal(service.finished, timeout=5000):
        service.submit(SPEC, job)
    assert tokens == ["First", " words"]


def test_cancel_stops_generation_and_no_token_follows(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    with qtbot.waitSignal(service.token, timeout=5000) as first:
        request_id = service.submit(SPEC, stream_job())
    assert first.args[0] == request_id
    with qtbot.waitSignal(service.cancelled, timeout=5000) as cancelled:
        service.cancel(request_id)
    partial = cancelled.args[1]
    assert cancelled.args[0] == request_id
    assert 0 < len(partial.split()) < 40
    with qtbot.assertNotEmitted(service.token, wait=100):
        pass


def test_cancel_before_start_is_not_lost(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    service.engine.token_delay = 0.02  # type: ignore[attr-defined]
    outcomes: list[tuple[str, int, object]] = []
    service.started.connect(lambda rid: outcomes.append(("started", rid, None)))
    service.finished.connect(lambda rid, result: outcomes.append(("finished", rid, result)))
    service.cancelled.connect(lambda rid, result: outcomes.append(("cancelled", rid, result)))
    first = service.submit(SPEC, stream_job())
    second = service.submit(SPEC, stream_job())
    service.cancel(second)  # still queued behind the first
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=5000)
    assert [(kind, rid) for kind, rid, _ in outcomes] == [
        ("started", first),
        ("finished", first),
        ("cancelled", second),
    ]
    assert outcomes[2][2] is NO_RESULT  # the second never started


def test_two_requests_run_one_after_the_other(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    order: list[tuple[str, int]] = []
    service.started.connect(lambda rid: order.append(("started", rid)))
    service.finished.connect(lambda rid, _r: order.append(("finished", rid)))
    a = service.submit(SPEC, stream_job(5))
    b = service.submit(SPEC, stream_job(5))
    qtbot.waitUntil(lambda: len(order) == 4, timeout=5000)
    assert order == [("started", a), ("finished", a), ("started", b), ("finished", b)]


def test_user_errors_and_bugs_reach_the_ui_as_sentences(qtbot) -> None:  # noqa: ANN001
    def broken_opener(location: ModelLocation, options: LoadOptions) -> Engine:
        raise UserFacingError("The model file x.gguf is incomplete.", "Download it again.")

    svc = InferenceService(broken_opener, log_file=Path("/tmp/localchat.log"))
    try:
        with qtbot.waitSignals([svc.model_failed, svc.failed], timeout=5000, order="strict"):
            svc.submit(SPEC, stream_job())
        with qtbot.waitSignal(svc.failed, timeout=5000) as failed:
            svc.submit(SPEC, stream_job())
        assert failed.args[1] == "The model file x.gguf is incomplete. Download it again."
    finally:
        svc.shutdown()

    def buggy_job(engine: Engine, cancel: threading.Event, emit) -> str:  # noqa: ANN001
        raise ZeroDivisionError

    svc = InferenceService(lambda p, o: FakeEngine(), log_file=Path("/tmp/localchat.log"))
    try:
        with qtbot.waitSignal(svc.failed, timeout=5000) as failed:
            svc.submit(SPEC, buggy_job)
        assert failed.args[1].startswith("Something went wrong.")
        assert "/tmp/localchat.log" in failed.args[1]
    finally:
        svc.shutdown()


def test_generation_runs_off_the_gui_thread(qtbot, service: InferenceService) -> None:  # noqa: ANN001
    threads: list[threading.Thread] = []

    def job(engine: Engine, cancel: threading.Event, emit) -> None:  # noqa: ANN001
        threads.append(threading.current_thread())

    with qtbot.waitSignal(service.finished, timeout=5000):
        service.submit(SPEC, job)
    assert threads and threads[0] is not threading.main_thread()


def test_the_opener_gets_the_typed_location_and_the_engine_reports_itself(qtbot) -> None:  # noqa: ANN001
    opened: list[ModelLocation] = []
    engine = FakeEngine(context_length=777)
    engine.offload_note = "Only 3 of 30 layers fit on the graphics card."

    def opener(location: ModelLocation, options: LoadOptions) -> Engine:
        opened.append(location)
        return engine

    svc = InferenceService(opener)
    said: list[tuple[object, ...]] = []
    svc.model_loaded.connect(lambda name, context: said.append((name, context)))
    svc.model_notice.connect(lambda note: said.append((note,)))
    remote = ModelSpec(RemoteModel("GPU box", "/models/qwen.gguf"), LoadOptions(), "qwen")
    try:
        with qtbot.waitSignals(
            [svc.model_loading, svc.model_loaded, svc.model_notice, svc.finished],
            timeout=5000,
            order="strict",
        ):
            svc.load(remote)
        assert said == [("qwen", 777), ("Only 3 of 30 layers fit on the graphics card.",)]
        assert opened == [RemoteModel("GPU box", "/models/qwen.gguf")]
    finally:
        svc.shutdown()
