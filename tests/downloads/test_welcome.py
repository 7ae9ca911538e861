"""The first-start welcome: recommendations per task, one-click download from the test hub."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hub_server import HubServer, sha256_file

from localchat.catalog.catalog import catalog_path, parse_catalog
from localchat.network import NetworkGate
from localchat.services.background import BackgroundRunner
from localchat.services.library import LibraryService
from localchat.services.model_choice import ModelChoiceService
from localchat.services.models import ModelsService
from localchat.services.settings import SettingsService
from localchat.settings import Settings
from localchat.storage import ConversationRepository, Database, ModelRepository
from localchat.ui.welcome.welcome_dialog import WelcomeDialog


@dataclass
class Parts:
    models: ModelsService
    choice: ModelChoiceService
    repository: ModelRepository
    settings: Settings


@pytest.fixture
def hub_catalog(default_model_path: Path):  # noqa: ANN201
    """One multilingual model for every task, its file served by the test hub."""
    data = json.loads(catalog_path().read_text())
    model = copy.deepcopy(next(m for m in data["models"] if m["id"] == "smollm2-135m-instruct"))
    model.update(
        id="helper-3b",
        name="Helper 3B",
        good_at=["chat", "summarize", "translate"],
        languages=["en", "fr", "de", "ja"],
    )
    model["variants"] = [
        {
            **model["variants"][0],
            "repo": "test/smollm2",
            "file": default_model_path.name,
            "sha256": sha256_file(default_model_path),
            "package": None,
        }
    ]
    data["models"] = [model]
    return parse_catalog(data)


@pytest.fixture
def parts(
    qtbot,
    hub_catalog,
    gate: NetworkGate,
    models_dir: Path,
    data_dir: Path,
    manager,  # noqa: ANN001
) -> Iterator[Parts]:
    database = Database.open(data_dir / "localchat.db")
    repository = ModelRepository(database)
    runner = BackgroundRunner()
    models = ModelsService(hub_catalog, repository, gate, models_dir, runner, manager=manager)
    library = LibraryService(ConversationRepository(database), repository, runner)
    settings = Settings()
    choice = ModelChoiceService(library, models, SettingsService(settings, data_dir / "s.json"))
    with qtbot.waitSignal(models.surveyed, timeout=20_000):
        models.survey()
    yield Parts(models, choice, repository, settings)
    runner.wait()
    database.close()


def _open(qtbot, parts: Parts, offline: bool = False) -> WelcomeDialog:  # noqa: ANN001
    assert parts.models.last_survey is not None
    dialog = WelcomeDialog(parts.models.last_survey, parts.models, parts.choice, offline)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_task_shows_its_pick_with_size_time_memory_and_speed(qtbot, parts: Parts) -> None:  # noqa: ANN001
    dialog = _open(qtbot, parts)
    for row in dialog.rows:
        text = row.details.text()
        assert text.startswith("Helper 3B · 93.8 MB download")
        assert "at 50 Mbit/s" in text
        assert "of memory" in text and "words per second" in text
        assert row.button.isEnabled() and row.button.text() == "Download"
    assert "This computer has" in dialog.intro.text()
    assert "processor cores" in dialog.intro.text()


@pytest.mark.slow
def test_one_click_downloads_checks_and_installs_the_model_for_every_task(
    qtbot,
    parts: Parts,
    hub: HubServer,
    default_model_path: Path,  # noqa: ANN001
) -> None:
    parts.settings.task_models["translate"] = 999  # a stale own choice is dropped by the click
    dialog = _open(qtbot, parts)
    translate = dialog.rows[2]
    translate.button.click()
    assert not dialog.rows[0].button.isEnabled()  # the same file serves chat too
    qtbot.waitUntil(lambda: translate.button.text() == "Installed", timeout=60_000)
    assert all(row.button.text() == "Installed" for row in dialog.rows)
    installed = parts.repository.list()
    assert [m.source for m in installed] == ["download"]
    assert installed[0].sha256 == sha256_file(default_model_path)
    assert "translate" not in parts.settings.task_models
    for task in ("chat", "summarize", "translate"):
        assert parts.choice.model_for(task).id == installed[0].id
    assert hub.hub.gets(), "the file came from the hub"


def test_offline_the_welcome_refuses_plainly_and_touches_no_network(
    qtbot,
    parts: Parts,
    gate: NetworkGate,
    hub: HubServer,  # noqa: ANN001
) -> None:
    gate.offline = True
    dialog = _open(qtbot, parts, offline=True)
    assert not dialog.offline_note.isHidden()
    assert "offline" in dialog.offline_note.text()
    assert all(not row.button.isEnabled() for row in dialog.rows)
    # Even a download asked for another way is refused by the gate, in words.
    with qtbot.waitSignal(parts.models.download_failed, timeout=10_000) as failed:
        dialog._download(dialog.rows[0])
    assert "offline mode" in failed.args[1]
    qtbot.waitUntil(lambda: "offline mode" in dialog.rows[0].status.text(), timeout=5_000)
    assert hub.hub.gets() == []


def test_without_a_download_it_says_what_the_installed_model_can_do(
    qtbot,
    parts: Parts,
    default_model_path: Path,  # noqa: ANN001
) -> None:
    from localchat.library import register_model_file

    register_model_file(parts.repository, default_model_path, source="bundled")
    with qtbot.waitSignal(parts.models.surveyed, timeout=20_000):
        parts.models.survey()
    dialog = _open(qtbot, parts)
    note = dialog.bundled_note.text()
    assert "Ready now" in note
    assert "translates poorly" not in note  # the test catalog says this file translates
    assert all(row.button.text() == "Installed" for row in dialog.rows)
