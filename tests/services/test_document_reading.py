"""Reading a document in the window: progress reaches the GUI at a bounded rate, and 1.0."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import localchat.services.documents as documents_module
from localchat.services.documents import DocumentJobsService, _read_progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_passes_at_most_once_per_interval_and_always_the_end() -> None:
    clock, sent = Clock(), []
    throttle = _read_progress(sent.append, interval=0.05, clock=clock)
    for step, fraction in enumerate([0.01, 0.02, 0.03, 0.04, 0.5, 0.6, 1.0]):
        clock.now = 100.0 + step * 0.03  # a value every 30 ms
        throttle(fraction)
    assert sent == [0.01, 0.03, 0.5, 1.0]  # the first, then every 60 ms, then the end


@pytest.fixture
def documents(reading_service: DocumentJobsService) -> DocumentJobsService:
    return reading_service


def test_reading_reports_progress_up_to_one_through_the_throttle(
    qtbot,  # noqa: ANN001
    documents,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader's reports pass the throttle (timed above with its own clock); with a clock
    that stands still, only the first report and the end reach the window."""
    reported: list[float] = []

    def still_throttle(send: Callable[[float], None]) -> Callable[[float], None]:
        throttled = _read_progress(send, clock=lambda: 100.0)

        def progress(fraction: float) -> None:
            reported.append(fraction)
            throttled(fraction)

        return progress

    monkeypatch.setattr(documents_module, "_read_progress", still_throttle)
    path = tmp_path / "long.txt"
    path.write_bytes(b"A line of plain text to read.\n" * 400_000)  # 12 chunks of 1 MiB
    seen: list[float] = []
    documents.read_progress.connect(seen.append)
    with qtbot.waitSignal(documents.document_read, timeout=20_000):
        documents.read(path)
    qtbot.waitUntil(lambda: seen[-1:] == [1.0], timeout=5000)
    assert len(reported) > 10 and reported == sorted(reported)  # a report per chunk or more
    assert seen == [reported[0], 1.0]  # not one signal per chunk
