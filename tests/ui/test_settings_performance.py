"""Settings > Performance: automatic, fastest or quietest, kept in the settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from localchat.settings import Settings
from localchat.ui.settings.settings_dialog import SettingsDialog


def test_performance_choice_round_trips(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(performance="quietest"))
    qtbot.addWidget(dialog)
    combo = dialog.performance_combo
    assert combo.currentData() == "quietest"
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "automatic",
        "fastest",
        "quietest",
    ]
    combo.setCurrentIndex(combo.findData("fastest"))
    assert dialog.result_settings().performance == "fastest"
    assert combo.accessibleName()
