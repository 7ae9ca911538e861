"""The Models pane end to end: survey, download from the test hub, offline, import, delete."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_server import HubServer, sha256_file
from PySide6.QtCore import Qt

from localchat.catalog.catalog import catalog_path, parse_catalog
from localchat.errors import UserFacingError
from localchat.network import NetworkGate
from localchat.services.background import BackgroundRunner
from localchat.services.models import ModelsService
from localchat.storage import Database, ModelRepository
from localchat.ui.models.catalog_table import COL_FIT, COL_SPEED, COL_STATUS, CatalogFilter
from localchat.ui.models.models_pane import ModelsPane

SMOL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture
def test_catalog(default_model_path: Path):  # noqa: ANN201
    """The real catalog, with SmolLM2 Q4_1 pointed at the test hub's repo."""
    data = json.loads(catalog_path().read_text())
    smol = copy.deepcopy(next(m for m in data["models"] if m["id"] == "smollm2-135m-instruct"))
    smol["variants"] = [
        {
            **smol["variants"][0],
            "repo": "test/smollm2",
            "file": default_model_path.name,
            "sha256": sha256_file(default_model_path),
            "package": None,
        }
    ]
    data["models"] = [smol]
    return parse_catalog(data)


@pytest.fixture
def pane(
    qtbot,
    test_catalog,
    gate: NetworkGate,
    models_dir: Path,
    data_dir: Path,
    manager,  # noqa: ANN001
) -> Iterator[ModelsPane]:
    database = Database.open(data_dir / "localchat.db")
    repository = ModelRepository(database)
    runner = BackgroundRunner()
    service = ModelsService(test_catalog, repository, gate, models_dir, runner, manager=manager)
    widget = ModelsPane(service)
    widget.repository = repository  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    with qtbot.waitSignal(service.surveyed, timeout=20_000):
        service.survey()
    widget.proxy.set_mode("All")
    yield widget
    runner.wait()
    database.close()


def status_of(pane: ModelsPane) -> str:
    return pane.proxy.index(0, COL_STATUS).data()


def test_survey_fills_the_table_with_fit_and_reasons(pane: ModelsPane) -> None:
    assert pane.proxy.rowCount() == 1
    pane.table.selectRow(0)
    assert "Runs well" in pane.details.text()
    assert "free now" in pane.details.text()
    assert "words per second" in pane.details.text()
    assert status_of(pane) == "Available"
    assert pane.action_button.text() == "Download"
    assert "This computer" in pane.hardware.text.text()


@pytest.mark.slow
def test_download_installs_the_model_and_shows_it_installed(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,
    models_dir: Path,
    default_model_path: Path,  # noqa: ANN001
) -> None:
    pane.table.selectRow(0)
    pane.action_button.click()
    qtbot.waitUntil(lambda: status_of(pane) == "Installed", timeout=60_000)
    installed = pane.repository.list()  # type: ignore[attr-defined]
    assert [m.source for m in installed] == ["download"]
    assert installed[0].sha256 == sha256_file(default_model_path)
    assert Path(installed[0].path).parent.parent == models_dir
    assert installed[0].architecture == "llama"
    pane.proxy.set_mode("Installed")
    assert pane.proxy.rowCount() == 1


def test_offline_mode_refuses_plainly_and_makes_no_request(
    qtbot,
    pane: ModelsPane,
    gate: NetworkGate,
    hub: HubServer,  # noqa: ANN001
) -> None:
    gate.offline = True
    pane.table.selectRow(0)
    pane.action_button.click()
    qtbot.waitUntil(pane.error_banner.isVisible, timeout=10_000)
    assert "offline mode" in pane.error_banner.text()
    assert hub.hub.gets() == []


@pytest.mark.slow
def test_import_a_png_is_refused_and_a_real_file_is_added(
    pane: ModelsPane, tmp_path: Path, gemma_model_path: Path, qtbot
) -> None:
    fake = tmp_path / "photo.gguf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pane.import_path(fake)
    qtbot.waitUntil(pane.error_banner.isVisible, timeout=10_000)
    assert "PNG image, not a language model" in pane.error_banner.text()
    assert "Checking" not in pane.details.text()
    pane.import_path(gemma_model_path)
    # The check runs off the GUI thread: the pane says so while it runs.
    assert "Checking gemma-3-270m-q4_k_m.gguf" in pane.details.text()
    assert not pane.error_banner.isVisible()
    qtbot.waitUntil(lambda: "Imported" in pane.details.text(), timeout=60_000)
    assert [m.architecture for m in pane.repository.list()] == ["gemma3"]  # type: ignore[attr-defined]


def test_a_computer_without_a_graphics_card_says_so_plainly(pane: ModelsPane) -> None:
    from localchat.hardware import detect_hardware

    if detect_hardware().gpus:
        pytest.skip("this machine has a graphics card")
    text = pane.hardware.text.text()
    assert "no graphics card," in text and "(not used)" not in text


def test_filter_modes(pane: ModelsPane) -> None:
    pane.proxy.set_mode("Installed")
    assert pane.proxy.rowCount() == 0
    pane.proxy.set_mode("All")
    pane.proxy.set_text("gemma")
    assert pane.proxy.rowCount() == 0
    pane.proxy.set_text("smol")
    assert pane.proxy.rowCount() == 1
    assert CatalogFilter.MODES == ("Recommended", "Installed", "All")


@pytest.mark.slow
def test_delete_asks_then_removes_a_downloaded_file(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,
    monkeypatch,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QMessageBox

    pane.table.selectRow(0)
    pane.action_button.click()
    qtbot.waitUntil(lambda: status_of(pane) == "Installed", timeout=60_000)
    path = Path(pane.repository.list()[0].path)  # type: ignore[attr-defined]
    pane.table.selectRow(0)
    assert pane.delete_button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    pane.delete_button.click()
    qtbot.waitUntil(lambda: status_of(pane) == "Available", timeout=10_000)
    assert "Its file will be deleted." in asked[0]
    assert not path.exists()
    assert pane.repository.list() == []  # type: ignore[attr-defined]


@pytest.mark.slow
def test_hub_search_finds_a_repo_and_downloads_its_file(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,
    default_model_path: Path,  # noqa: ANN001
) -> None:
    from localchat.ui.models.hub_search_dialog import HubSearchDialog

    dialog = HubSearchDialog(pane._service)
    qtbot.addWidget(dialog)
    dialog.query.setText("smollm2")
    with qtbot.waitSignal(pane._service.hub_results, timeout=20_000):
        dialog.search_button.click()
    repo = dialog.results.topLevelItem(0)
    assert repo.text(0) == "test/smollm2"
    assert repo.child(0).text(0) == default_model_path.name
    dialog.results.setCurrentItem(repo.child(0))
    assert dialog.download_button.isEnabled()
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Installed"), timeout=60_000)
    assert [m.source for m in pane.repository.list()] == ["download"]  # type: ignore[attr-defined]


def test_hub_search_in_offline_mode_says_so_and_asks_nothing(
    qtbot,
    pane: ModelsPane,
    hub: HubServer,
    gate: NetworkGate,  # noqa: ANN001
) -> None:
    from localchat.ui.models.hub_search_dialog import HubSearchDialog

    gate.offline = True
    dialog = HubSearchDialog(pane._service)
    qtbot.addWidget(dialog)
    dialog.query.setText("smollm2")
    with qtbot.waitSignal(pane._service.failed, timeout=20_000):
        dialog.search_button.click()
    assert "offline mode" in dialog.status.text()
    assert hub.hub.gets() == []


def test_a_failed_survey_shows_in_a_pane_built_after_it(
    qtbot,
    test_catalog,
    gate: NetworkGate,
    models_dir: Path,
    data_dir: Path,
    manager,
    monkeypatch,  # noqa: ANN001
) -> None:
    """The pane is built on first visit, often after the start-up survey: a failure then
    must not leave it "Checking this computer…" for ever, with no word of why."""
    database = Database.open(data_dir / "localchat.db")
    runner = BackgroundRunner()
    service = ModelsService(
        test_catalog, ModelRepository(database), gate, models_dir, runner, manager=manager
    )

    def unreadable(_self: ModelsService) -> None:
        raise UserFacingError("This computer's memory could not be read.")

    monkeypatch.setattr(ModelsService, "_survey", unreadable)
    with qtbot.waitSignal(service.failed, timeout=20_000):
        service.survey()
    widget = ModelsPane(service)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.error_banner.isVisible()
    assert "memory could not be read" in widget.error_banner.text()
    assert widget.hardware.text.text().startswith("Could not check this computer")
    assert not widget.hardware.bar.isVisible()
    header = widget.table.horizontalHeader()  # the empty table's headers are whole
    fits = header.fontMetrics().horizontalAdvance("Fits this computer?")
    assert header.sectionSize(COL_FIT) > fits
    monkeypatch.undo()  # checked again (a model added, a catalog refresh): it works now
    with qtbot.waitSignal(service.surveyed, timeout=20_000):
        service.survey()
    assert widget.hardware.text.text().startswith("<b>This computer:</b>")
    assert widget.hardware.bar.isVisible()
    assert not widget.error_banner.isVisible()
    runner.wait()
    database.close()


GIB = 1024**3


def resurvey_with_a_graphics_card(
    qtbot,
    pane: ModelsPane,
    monkeypatch,
    offload: bool,  # noqa: ANN001
) -> None:
    """Survey again on a computer with an RTX 3060 (12 GB, 10 GB free)."""
    import localchat.hardware
    from localchat.hardware import GpuInfo, HardwareProfile

    card = GpuInfo("NVIDIA GeForce RTX 3060", 12 * GIB, 10 * GIB, integrated=False)
    profile = HardwareProfile(16 * GIB, 10 * GIB, 4, 8, "Test CPU", ("avx2",), (card,), offload)
    monkeypatch.setattr(localchat.hardware, "detect_hardware", lambda *a, **k: profile)
    with qtbot.waitSignal(pane._service.surveyed, timeout=20_000):
        pane._service.survey()
    pane.table.selectRow(0)


def test_a_model_on_the_graphics_card_says_so_with_its_speed(
    qtbot,
    pane: ModelsPane,
    monkeypatch,  # noqa: ANN001
) -> None:
    resurvey_with_a_graphics_card(qtbot, pane, monkeypatch, offload=True)
    details = pane.details.text()
    assert "Runs on your graphics card (all 31 layers) · writes about" in details
    assert "words per second" in details
    assert "of graphics memory is free on the NVIDIA GeForce RTX 3060" in details
    assert pane.proxy.index(0, COL_SPEED).data(Qt.ItemDataRole.ToolTipRole) == (
        "Runs on your graphics card (all 31 layers)"
    )
    assert "RTX 3060 (used)" in pane.hardware.text.text()
    assert not pane.hardware.gpu_hint.isVisible()


def test_a_card_this_engine_build_cannot_use_gets_one_line_on_how(
    qtbot,
    pane: ModelsPane,
    monkeypatch,  # noqa: ANN001
) -> None:
    resurvey_with_a_graphics_card(qtbot, pane, monkeypatch, offload=False)
    assert "On the processor · writes about" in pane.details.text()
    assert "RTX 3060 (not used)" in pane.hardware.text.text()
    assert pane.hardware.gpu_hint.isVisible()
    assert pane.hardware.gpu_hint.text() == (
        "Your NVIDIA GeForce RTX 3060 could write several times faster with a GPU build of "
        "the engine: see 'Using your graphics card' in the README."
    )
