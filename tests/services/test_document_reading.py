"""Reading a document in the window: progress reaches the GUI at a bounded rate, and 1.0."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from localchat.services.documents import (
    READ_PROGRESS_SECONDS,
    DocumentJobsService,
    _ProgressThrottle,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_passes_at_most_once_per_interval_and_always_the_end() -> None:
    clock, sent = Clock(), []
    throttle = _ProgressThrottle(sent.append, interval=0.05, clock=clock)
    for step, fraction in enumerate([0.01, 0.02, 0.03, 0.04, 0.5, 0.6, 1.0]):
        clock.now = 100.0 + step * 0.03  # a value every 30 ms
        throttle(fraction)
    assert sent == [0.01, 0.03, 0.5, 1.0]  # the first, then every 60 ms, then the end


@pytest.fixture
def documents(reading_service: DocumentJobsService) -> DocumentJobsService:
    return reading_service


def test_reading_reports_progress_up_to_one(qtbot, documents, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "long.txt"
    path.write_bytes(b"A line of plain text to read.\n" * 400_000)  # 12 chunks of 1 MiB
    seen: list[float] = []
    documents.read_progress.connect(seen.append)
    began = time.monotonic()
    with qtbot.waitSignal(documents.document_read, timeout=20_000):
        documents.read(path)
    qtbot.waitUntil(lambda: seen[-1:] == [1.0], timeout=5000)
    elapsed = time.monotonic() - began
    assert seen == sorted(seen)
    assert len(seen) <= 2 + elapsed / READ_PROGRESS_SECONDS  # not one signal per chunk
