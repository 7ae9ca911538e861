"""DocumentLibraryService: indexing off the GUI thread, progress in order, remove, resume."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from library_helpers import CoreParts
from PySide6.QtCore import Qt

from localchat.document_library import open_document_library
from localchat.services.document_library import DocumentLibraryService
from localchat.tasks.indexing import IndexReport

RUN_TIMEOUT_MS = 120_000


@pytest.fixture
def service(qtbot, core: CoreParts) -> Iterator[DocumentLibraryService]:  # noqa: ANN001
    svc = DocumentLibraryService(lambda: open_document_library(core))
    yield svc
    svc.shutdown()


def _statuses(entries: list) -> dict[str, str]:
    return {Path(entry.path).name: entry.status for entry in entries}


def test_a_folder_is_indexed_off_the_gui_thread_with_progress_then_the_list(
    qtbot,
    service: DocumentLibraryService,
    corpus: Path,  # noqa: ANN001
) -> None:
    threads: set[str] = set()
    seen: list[tuple[str, int, int]] = []
    order: list[str] = []
    service.progress.connect(
        lambda text, done, total, _current: (
            threads.add(threading.current_thread().name),
            seen.append((text, done, total)),
        ),
        Qt.ConnectionType.DirectConnection,
    )
    for name in ("started", "progress", "documents_changed", "finished"):
        getattr(service, name).connect(lambda *_args, name=name: order.append(name))
    lists: list[list] = []
    reports: list[IndexReport] = []
    service.documents_changed.connect(lists.append)
    service.finished.connect(reports.append)
    with qtbot.waitSignals(
        [service.started, service.finished], order="strict", timeout=RUN_TIMEOUT_MS
    ):
        service.add([corpus])
    (report,) = reports

    assert threads == {"library"}
    assert len(report.indexed) == 4 and report.failed == {} and not report.cancelled
    text, done, total = seen[-1]
    assert done == total == report.pages and text == f"{total} of {total} pages"
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    qtbot.waitUntil(lambda: order[-1] == "finished")
    assert order[0] == "started" and order[1] == "progress" and order.count("finished") == 1
    assert order[-2:] == ["documents_changed", "finished"]
    qtbot.waitUntil(lambda: bool(lists) and set(_statuses(lists[-1]).values()) == {"indexed"})
    assert {entry.title for entry in lists[-1]} >= {"The Honey Bee", "The Electric Telegraph"}


def test_a_damaged_file_is_listed_with_its_reason_and_the_rest_indexed(
    qtbot,
    service: DocumentLibraryService,
    corpus: Path,  # noqa: ANN001
) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    with qtbot.waitSignal(service.finished, timeout=RUN_TIMEOUT_MS) as blocker:
        service.add([corpus])
    assert list(map(Path, blocker.args[0].failed)) == [corpus / "broken.pdf"]
    with qtbot.waitSignal(service.documents_changed) as listed:
        service.announce()
    (broken,) = [entry for entry in listed.args[0] if entry.status == "failed"]
    assert broken.reason and "broken.pdf" in broken.reason


def test_remove_keeps_a_file_of_a_folder_out_until_the_folder_is_added_again(
    qtbot,
    service: DocumentLibraryService,
    corpus: Path,  # noqa: ANN001
) -> None:
    with qtbot.waitSignal(service.finished, timeout=RUN_TIMEOUT_MS):
        service.add([corpus])
    with qtbot.waitSignal(service.documents_changed) as listed:
        service.announce()
    glaciers = next(e for e in listed.args[0] if e.path.endswith("glaciers.txt"))
    with qtbot.waitSignal(service.documents_changed) as listed:
        service.remove(glaciers.document_id)
    assert "glaciers.txt" not in _statuses(listed.args[0])
    with qtbot.waitSignal(service.finished, timeout=RUN_TIMEOUT_MS) as ended:
        service.refresh()
    assert ended.args[0].indexed == []  # not indexed again
    with qtbot.waitSignal(service.finished, timeout=RUN_TIMEOUT_MS) as ended:
        service.add([corpus / "glaciers.txt"])
    assert [Path(p).name for p in ended.args[0].indexed] == ["glaciers.txt"]


def test_a_second_service_resumes_without_indexing_saved_documents_again(
    qtbot,
    core: CoreParts,
    corpus: Path,  # noqa: ANN001
) -> None:
    first = DocumentLibraryService(lambda: open_document_library(core))

    def stop_after_the_first_document(_text: str, _done: int, _total: int, current: str) -> None:
        if current and not current.endswith(stopped_at[0]):
            first.cancel()

    stopped_at = [""]
    first.progress.connect(
        lambda *args: stopped_at.__setitem__(0, stopped_at[0] or args[3]) if args[3] else None,
        Qt.ConnectionType.DirectConnection,
    )
    first.progress.connect(stop_after_the_first_document, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(first.finished, timeout=RUN_TIMEOUT_MS) as ended:
        first.add([corpus])
    first.shutdown()
    saved = ended.args[0].indexed
    assert ended.args[0].cancelled and 1 <= len(saved) < 4

    second = DocumentLibraryService(lambda: open_document_library(core))
    try:
        with qtbot.waitSignal(second.finished, timeout=RUN_TIMEOUT_MS) as resumed:
            second.resume()
    finally:
        second.shutdown()
    report = resumed.args[0]
    assert not set(report.indexed) & set(saved) and report.unchanged == len(saved)
    assert len(report.indexed) + len(saved) == 4


def test_nothing_to_do_starts_no_run(qtbot, service: DocumentLibraryService) -> None:  # noqa: ANN001
    with qtbot.waitSignal(service.documents_changed):
        service.resume()
    qtbot.assertNotEmitted(service.progress, wait=300)
    assert not service.running
