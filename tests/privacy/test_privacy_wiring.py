"""The window's wiring: the gate reports to the ledger, Offline is shared and saved."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.app import Application
from localchat.bootstrap import open_core
from localchat.engines.fake import FakeEngine
from localchat.paths import resolve_paths


@pytest.fixture
def app(qtbot, qapp, data_dir: Path) -> Iterator[Application]:  # noqa: ANN001
    core = open_core(resolve_paths(data_dir))
    application = Application(core, qapp, opener=lambda path, options: FakeEngine(reply="Hi."))
    qtbot.addWidget(application.window)
    yield application
    application.shutdown()
    core.close()


@pytest.fixture
def wired_app(app: Application) -> Application:
    return app


def test_the_gate_records_into_the_ledger(qtbot, wired_app: Application) -> None:
    with qtbot.waitSignal(wired_app.privacy.recorded):
        wired_app.gate.record("huggingface.co", "download", 2048)
    (entry,) = wired_app.privacy.entries(5)
    assert (entry.host, entry.nbytes) == ("huggingface.co", 2048)
    sentence = wired_app.privacy.summary_sentence()
    assert sentence.startswith("1 connection (2.0 KB) since you installed")


def test_offline_from_the_privacy_view_is_saved_and_closes_the_gate(wired_app: Application) -> None:
    wired_app.privacy.offline = True
    assert wired_app.gate.offline is True
    assert wired_app.core.settings.offline is True
    saved = json.loads(wired_app.core.paths.settings_file.read_text())
    assert saved["offline"] is True


def test_offline_from_the_settings_dialog_reaches_the_privacy_view(wired_app: Application) -> None:
    # What MainWindow.open_settings does with the dialog's result.
    dialog_result = dataclasses.replace(wired_app.core.settings, offline=True)
    wired_app.settings.replace(dialog_result)
    assert wired_app.privacy.offline is True
    assert wired_app.gate.offline is True
    assert json.loads(wired_app.core.paths.settings_file.read_text())["offline"] is True


def test_the_rail_has_a_privacy_button(wired_app: Application) -> None:
    from PySide6.QtWidgets import QToolButton

    names = [b.accessibleName() for b in wired_app.window.findChildren(QToolButton)]
    assert "Privacy" in names
