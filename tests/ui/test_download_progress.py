"""Download progress you can see: the Status cell's bar, the detail pane, the status bar.

Downloads run for real from the loopback hub of tests/downloads (its fixtures are loaded
here by path), slowed down by the hub so that they can be watched mid-way.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStyle

DOWNLOADS = Path(__file__).resolve().parents[1] / "downloads"
if str(DOWNLOADS) not in sys.path:
    sys.path.insert(0, str(DOWNLOADS))  # hub_server, as tests/downloads/conftest.py has it

from hub_server import Faults, HubServer  # noqa: E402

from localchat.catalog.catalog import catalog_path, parse_catalog  # noqa: E402
from localchat.network import NetworkGate  # noqa: E402
from localchat.services.background import BackgroundRunner  # noqa: E402
from localchat.services.models import ModelsService  # noqa: E402
from localchat.storage import Database, ModelRepository  # noqa: E402
from localchat.ui.models import download_panel  # noqa: E402
from localchat.ui.models.catalog_table import (  # noqa: E402
    COL_STATUS,
    HEADERS,
    KeyRole,
    ProgressRole,
)
from localchat.ui.models.download_words import percent  # noqa: E402
from localchat.ui.models.models_pane import ModelsPane  # noqa: E402
from localchat.ui.widgets import download_status  # noqa: E402
from localchat.ui.widgets.download_status import DownloadStatus  # noqa: E402


def _download_fixtures():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("download_fixtures", DOWNLOADS / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _download_fixtures()
hub_files = _fixtures.hub_files
hub = _fixtures.hub
ledger = _fixtures.ledger
gate = _fixtures.gate
settings = _fixtures.settings
models_dir = _fixtures.models_dir
manager = _fixtures.manager

BIG = "smollm2-135m-instruct:Q4_1"  # the real SmolLM2 file, 94 MB
SLICE = "smollm2-slice:Q4_1"  # its first 6 MB: downloads, then fails the file check
BIG_NAME = "SmolLM2 135M Instruct"
SLICE_NAME = "SmolLM2 slice"


@pytest.fixture
def catalog(hub_files: dict):  # noqa: ANN201
    """SmolLM2 on the test hub's test/smollm2, and a 6 MB slice of it on test/small."""
    data = json.loads(catalog_path().read_text())
    smol = next(m for m in data["models"] if m["id"] == "smollm2-135m-instruct")
    models = []
    for model_id, name, repo, (path, sha) in (
        ("smollm2-135m-instruct", BIG_NAME, "test/smollm2", hub_files["big"]),
        ("smollm2-slice", SLICE_NAME, "test/small", hub_files["small"]),
    ):
        model = copy.deepcopy(smol)
        model["id"], model["name"] = model_id, name
        variant = {**smol["variants"][0], "repo": repo, "file": path.name, "package": None}
        model["variants"] = [{**variant, "sha256": sha, "size": path.stat().st_size}]
        models.append(model)
    data["models"] = models
    return parse_catalog(data)


@pytest.fixture
def pane(
    qtbot,
    catalog,
    gate: NetworkGate,
    models_dir: Path,
    data_dir: Path,
    manager,  # noqa: ANN001
) -> Iterator[ModelsPane]:
    database = Database.open(data_dir / "localchat.db")
    runner = BackgroundRunner()
    service = ModelsService(
        catalog, ModelRepository(database), gate, models_dir, runner, manager=manager
    )
    widget = ModelsPane(service)
    widget.status = DownloadStatus(service)  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    qtbot.addWidget(widget.status)  # type: ignore[attr-defined]
    widget.resize(1000, 640)
    widget.show()
    with qtbot.waitSignal(service.surveyed, timeout=20_000):
        service.survey()
    widget.proxy.set_mode("All")
    yield widget
    manager.shutdown(timeout=5)
    runner.wait()
    database.close()


def status_index(pane: ModelsPane, key: str):  # noqa: ANN201
    row = next(
        r for r in range(pane.proxy.rowCount()) if pane.proxy.index(r, 0).data(KeyRole) == key
    )
    return pane.proxy.index(row, COL_STATUS)


def select(pane: ModelsPane, key: str) -> None:
    pane.table.selectRow(status_index(pane, key).row())


def shown(pane: ModelsPane, index) -> str:  # noqa: ANN001
    """The words the Status cell paints (in its bar, or as its text)."""
    rect = pane.table.visualRect(index)
    return pane.status_delegate.shown_text(index, rect, pane.table.fontMetrics())


def row_of(pane: ModelsPane, key: str):  # noqa: ANN201
    return pane.table_model.rows[pane.table_model.row_for(key)]


def test_a_download_shows_its_bar_its_words_and_a_status_bar_line(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,
    monkeypatch,  # noqa: ANN001
) -> None:
    status: DownloadStatus = pane.status  # type: ignore[attr-defined]
    panel = pane.download_panel  # the detail pane: a real bar, its percent and a line
    assert status.isHidden()
    hub.hub.faults = Faults(throttle_bps=4 << 20, once=False)
    select(pane, BIG)
    pane.action_button.click()

    # Each progress report reaches the pane and the status line as separate queued calls:
    # the checks are retried until both have seen the same report.
    def running_is_shown() -> None:
        index = status_index(pane, BIG)  # an index lives until the next event (a survey)
        value = index.data(ProgressRole)  # the row's bar
        assert value is not None and 3 <= value <= 80
        assert index.data() == f"Downloading {value}%"
        assert re.fullmatch(rf"{value}% · .*\d+ (s|min) left", shown(pane, index))
        line = rf"{value}% · [\d.]+ MB of 94 MB · [\d.]+ MB/s · about \d+ (s|min) left"
        assert re.fullmatch(f"Downloading: {line}", index.data(Qt.ItemDataRole.ToolTipRole))
        assert panel.isVisible()
        assert (panel.bar.value(), panel.bar.text()) == (value, f"{value}%")
        assert re.fullmatch(line, panel.line.text())
        assert pane.action_button.text() == "Pause" and pane.cancel_button.isVisible()
        assert re.fullmatch(rf"Downloading {BIG_NAME} · {value}% · \d+ (s|min) left", status.text())
        assert status.bar.value() == value

    qtbot.waitUntil(running_is_shown, timeout=30_000)

    pane.action_button.click()  # Pause
    qtbot.waitUntil(status.isHidden, timeout=10_000)  # a paused download is not running
    index = status_index(pane, BIG)
    value = index.data(ProgressRole)
    assert index.data() == shown(pane, index) == f"Paused at {value}%"
    assert panel.line.text().startswith(f"Paused at {value}% · ")
    assert panel.line.text().endswith("Resume continues from there.")
    assert pane.action_button.text() == "Resume"

    monkeypatch.setattr(download_status, "READY_MS", 300)
    hub.hub.faults = Faults()
    pane.action_button.click()  # Resume, at full speed
    qtbot.waitUntil(lambda: status.text() == f"{BIG_NAME} is ready", timeout=60_000)
    index = status_index(pane, BIG)
    assert index.data() in ("Downloaded", "Installed")  # "Installed" once surveyed again
    assert index.data(ProgressRole) is None
    assert (panel.bar.value(), panel.line.text()) == (100, download_panel.READY)
    qtbot.waitUntil(lambda: status_index(pane, BIG).data() == "Installed", timeout=20_000)
    assert pane.delete_button.isVisible()  # still selected, and still saying so
    assert panel.line.text() == download_panel.READY
    qtbot.waitUntil(status.isHidden, timeout=5_000)


def test_two_downloads_are_summed_up_and_cancelling_hides_the_line(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,  # noqa: ANN001
) -> None:
    status: DownloadStatus = pane.status  # type: ignore[attr-defined]
    hub.hub.faults = Faults(throttle_bps=1 << 20, once=False)
    for key in (BIG, SLICE):
        select(pane, key)
        pane.action_button.click()

    def both_are_summed() -> None:
        rows = [row_of(pane, BIG), row_of(pane, SLICE)]
        assert all(r.total and r.done for r in rows)
        whole = percent(sum(r.done for r in rows), sum(r.total for r in rows))
        assert re.fullmatch(rf"2 downloads · {whole}% · \d+ (s|min) left", status.text())
        assert status.bar.value() == whole

    qtbot.waitUntil(both_are_summed, timeout=30_000)
    assert BIG_NAME in status.toolTip() and SLICE_NAME in status.toolTip()

    select(pane, SLICE)
    pane.cancel_button.click()
    qtbot.waitUntil(lambda: status.text().startswith(f"Downloading {BIG_NAME} · "), timeout=10_000)
    assert status_index(pane, SLICE).data() == "Available"
    assert not pane.download_panel.isVisible()
    assert pane.action_button.text() == "Download"

    select(pane, BIG)
    pane.cancel_button.click()
    qtbot.waitUntil(status.isHidden, timeout=10_000)
    assert status_index(pane, BIG).data() == "Available"


def test_a_failed_download_says_why_in_the_row_the_pane_and_the_status_bar(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,  # noqa: ANN001
) -> None:
    status: DownloadStatus = pane.status  # type: ignore[attr-defined]
    select(pane, SLICE)
    with qtbot.waitSignal(pane._service.download_failed, timeout=60_000) as failed:
        pane.action_button.click()
    message = failed.args[1]
    index = status_index(pane, SLICE)
    assert index.data() == shown(pane, index) == "Download failed"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == message
    assert pane.download_panel.line.text().startswith(f"Download failed: {message}")
    assert pane.action_button.text() == "Resume"
    assert pane.error_banner.text() == message
    assert status.text() == f"Could not download {SLICE_NAME}"
    assert message in status.toolTip()
    with qtbot.waitSignal(status.clicked):
        qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    assert status.isHidden()  # the note was seen; nothing else runs


@pytest.fixture
def service(qtbot, data_dir: Path) -> Iterator[ModelsService]:  # noqa: ANN001
    """A ModelsService on the real catalog; its signals are emitted by hand."""
    database = Database.open(data_dir / "localchat.db")
    runner = BackgroundRunner()
    yield ModelsService(
        parse_catalog(json.loads(catalog_path().read_text())),
        ModelRepository(database),
        NetworkGate(),
        data_dir,
        runner,
    )
    runner.wait()
    database.close()


QWEN = "qwen2.5-1.5b-instruct:Q4_K_M"
LLAMA = "llama-3.2-1b-instruct:Q4_K_M"
MB = 1 << 20


def test_the_status_line_for_each_state(qtbot, service: ModelsService, monkeypatch) -> None:  # noqa: ANN001
    window = QMainWindow()  # in a status bar, as the main window has it
    qtbot.addWidget(window)
    status = DownloadStatus(service)
    window.statusBar().addPermanentWidget(status)
    window.show()
    assert not status.isVisible()
    assert (
        status.accessibleName(),
        status.bar.accessibleName(),
        status.label.accessibleName(),
    ) == (
        "Downloads",
        "Download progress",
        "Download status",
    )
    service.download_state.emit("3f2a9c", "queued")  # a new job, before its key is known
    assert status.isHidden()
    service.download_progress.emit(QWEN, 0, 0, 0.0, -1.0)
    assert status.text() == "Downloading Qwen2.5 1.5B Instruct…"
    assert status.bar.maximum() == 0  # moving: no size yet
    service.download_progress.emit(QWEN, 34 * MB, 100 * MB, 3.1 * MB, 240.0)
    assert status.text() == "Downloading Qwen2.5 1.5B Instruct · 34% · 4 min left"
    assert status.bar.value() == 34
    assert status.accessibleDescription() == status.text()
    service.download_progress.emit(LLAMA, 60 * MB, 100 * MB, 1.0 * MB, 600.0)
    assert status.text() == "2 downloads · 47% · 10 min left"
    service.download_state.emit(LLAMA, "paused")
    assert status.text() == "Downloading Qwen2.5 1.5B Instruct · 34% · 4 min left"
    service.download_state.emit(LLAMA, "queued")  # resumed: waits for a free slot
    assert status.text() == "2 downloads · 47% · 10 min left"
    service.download_state.emit(QWEN, "paused")
    assert status.text() == "Waiting to download Llama 3.2 1B Instruct"
    service.download_state.emit(QWEN, "running")
    service.download_state.emit(LLAMA, "paused")
    service.download_progress.emit(QWEN, 100 * MB, 100 * MB, 3.1 * MB, 0.0)
    assert status.text() == "Checking Qwen2.5 1.5B Instruct…"
    monkeypatch.setattr(download_status, "READY_MS", 100)
    service.download_state.emit(QWEN, "finished")
    assert status.text() == "Qwen2.5 1.5B Instruct is ready"
    qtbot.waitUntil(status.isHidden, timeout=2_000)  # the paused one is not running
    service.download_progress.emit("someone/repo:tiny.Q8_0.gguf", 1, 4, 0.0, 30.0)
    assert status.text() == "Downloading tiny.Q8_0.gguf · 25% · 30 s left"
    service.download_state.emit("someone/repo:tiny.Q8_0.gguf", "cancelled")
    assert status.isHidden()
    service.download_state.emit(LLAMA, "running")
    service.download_failed.emit(LLAMA, "The connection to the hub was lost.")
    assert status.text() == "Could not download Llama 3.2 1B Instruct"
    assert "The connection to the hub was lost." in status.toolTip()
    service.download_progress.emit(LLAMA, 61 * MB, 100 * MB, 1.0 * MB, 60.0)  # tried again
    assert status.text() == "Downloading Llama 3.2 1B Instruct · 61% · 1 min left"
    service.download_failed.emit(LLAMA, "The connection to the hub was lost.")
    status.setFocus()
    with qtbot.waitSignal(status.clicked):
        qtbot.keyClick(status, Qt.Key.Key_Return)
    assert status.isHidden()


def test_the_welcome_button_asks_for_the_welcome_dialog(qtbot, pane: ModelsPane) -> None:
    assert pane.welcome_button.accessibleName() == "What can this computer run?"
    with qtbot.waitSignal(pane.welcome_requested):
        pane.welcome_button.click()


def cut_cells(pane: ModelsPane) -> list[str]:
    """Every cell or header whose words do not fit its column, as a user would see it."""
    table = pane.table
    metrics = table.fontMetrics()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    header = table.horizontalHeader()
    cut = [
        f"header {text!r}"
        for column, text in enumerate(HEADERS)
        if header.fontMetrics().horizontalAdvance(text) + 2 * margin > header.sectionSize(column)
    ]
    for row in range(pane.proxy.rowCount()):
        for column in range(len(HEADERS)):
            index = pane.proxy.index(row, column)
            rect = table.visualRect(index)
            text = shown(pane, index) if column == COL_STATUS else index.data()
            if metrics.horizontalAdvance(text) + 2 * margin > rect.width():
                cut.append(f"{text!r} in {rect.width()} px")
    return cut


def test_no_words_are_cut_in_the_table_at_the_window_s_default_size(qtbot, app) -> None:  # noqa: ANN001
    """The window as it opens, every catalog row, during downloads at their longest."""
    window = app.window
    assert (window.width(), window.height()) == (1180, 760)
    with qtbot.waitSignal(app.models.surveyed, timeout=20_000):
        app.models.survey()
    window.show_pane("Models")
    pane: ModelsPane = window.panes["Models"]
    qtbot.waitExposed(pane)

    def nothing_cut() -> None:
        assert cut_cells(pane) == []

    for button in pane.filters.buttons():
        button.click()
        qtbot.waitUntil(nothing_cut, timeout=2_000)  # once the layout has settled
    assert {r.status_text() for r in pane.table_model.rows} >= {"Available", "Not on the hub"}
    rows = pane.table_model.rows
    keys = [r.key for r in rows if r.assessment.variant.downloadable and not r.installed]
    service = app.models
    service.download_progress.emit(keys[0], 34 * MB, 1000 * MB, 3.1 * MB, 3500.0)
    service.download_progress.emit(keys[1], 100 * MB, 100 * MB, 9.9 * MB, 0.0)
    service.download_state.emit(keys[2], "queued")
    service.download_progress.emit(keys[3], 5 * MB, 10 * MB, 1.0 * MB, 5.0)
    service.download_state.emit(keys[3], "paused")
    service.download_state.emit(keys[4], "running")
    service.download_failed.emit(keys[4], "The hub stopped answering.")
    service.download_progress.emit(keys[5], 99 * MB, 100 * MB, 12.3 * MB, 1.0)
    words = {r.key: shown(pane, status_index(pane, r.key)) for r in pane.table_model.rows}
    assert words[keys[0]] == "3% · 58 min left"  # the time left fits beside the percent
    assert words[keys[1]] == "Checking…"
    assert words[keys[3]] == "Paused at 50%"
    assert words[keys[4]] == "Download failed"
    nothing_cut()
    recommended = next(b for b in pane.filters.buttons() if b.text() == "Recommended")
    recommended.click()  # downloads show in every view: the status bar line leads here
    listed = {pane.proxy.index(r, 0).data(KeyRole) for r in range(pane.proxy.rowCount())}
    assert set(keys[:6]) <= listed
    qtbot.waitUntil(nothing_cut, timeout=2_000)
