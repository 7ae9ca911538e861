"""The Library pane: progress while indexing, the finished list, a failure's reason, remove."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from library_helpers import CoreParts
from PySide6.QtWidgets import QMessageBox

from localchat.document_library import open_document_library
from localchat.services.document_library import DocumentLibraryService
from localchat.ui.library.library_model import COL_STATUS, COL_TITLE
from localchat.ui.library.library_pane import LibraryPane

RUN_TIMEOUT_MS = 120_000


@pytest.fixture
def pane(qtbot, core: CoreParts) -> Iterator[LibraryPane]:  # noqa: ANN001
    service = DocumentLibraryService(lambda: open_document_library(core))
    widget = LibraryPane(service)
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    yield widget
    service.shutdown()


def _column(pane: LibraryPane, column: int) -> list[str]:
    model = pane.proxy
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_empty_pane_explains_the_library_and_the_encoder(qtbot, pane: LibraryPane) -> None:  # noqa: ANN001
    assert pane.empty.isVisible() and "Use my documents" in pane.empty.text()
    qtbot.waitUntil(lambda: "all-MiniLM-L6-v2" in pane.encoder_notice.text())
    assert pane.encoder_notice.text() == "Meaning search uses all-MiniLM-L6-v2."
    assert not pane.download_button.isVisible()


def test_adding_a_folder_shows_progress_then_the_documents_and_a_failure(
    qtbot,
    pane: LibraryPane,
    corpus: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    texts: list[str] = []
    pane._service.progress.connect(lambda text, *_: texts.append(text))
    with qtbot.waitSignal(pane._service.finished, timeout=RUN_TIMEOUT_MS):
        pane.add([corpus])
        assert pane.progress.isVisible() and pane.cancel_button.isVisible()
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 5)
    assert texts and texts[-1].endswith(" pages") and " of " in texts[-1]
    assert not pane.progress.isVisible() and not pane.empty.isVisible()
    statuses = dict(zip(_column(pane, COL_TITLE), _column(pane, COL_STATUS), strict=True))
    assert statuses["The Honey Bee"] == "Indexed"
    assert statuses["broken.pdf"].startswith("Failed: ") and "broken.pdf" in statuses["broken.pdf"]
    assert pane.message.text() == "1 file could not be read: see their status."
    pane.grab().save(str(Path(os.environ.get("LIBRARY_SHOT_DIR", tmp_path)) / "library.png"))


def test_remove_asks_and_takes_the_document_out(
    qtbot,
    pane: LibraryPane,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    with qtbot.waitSignal(pane._service.finished, timeout=RUN_TIMEOUT_MS):
        pane.add([corpus / "glaciers.txt", corpus / "lighthouses.md"])
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 2)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    pane.table.selectRow(0)
    assert pane.remove_button.isEnabled()
    title = pane.selected_entry().title
    pane.remove_button.click()
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 1)
    assert title in asked[0] and title not in _column(pane, COL_TITLE)


def test_every_control_is_reached_by_tab_and_named(qtbot, pane: LibraryPane) -> None:  # noqa: ANN001
    buttons = [pane.add_files_button, pane.add_folder_button, pane.refresh_button]
    for widget in (*buttons, pane.table, pane.remove_button, pane.cancel_button):
        assert widget.focusPolicy() & widget.focusPolicy().TabFocus
        assert widget.accessibleName() or widget.text()
