"""SettingsDialog: presets fill the numbers, edits show Custom, results are new Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from localchat.settings import PRESETS, Sampling, Settings
from localchat.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def original() -> Settings:
    return Settings(
        sampling=Sampling(temperature=0.7, top_p=0.9, max_tokens=700), task_models={"chat": 5}
    )


@pytest.fixture
def dialog(qtbot, original: Settings) -> SettingsDialog:  # noqa: ANN001
    # Not shown: the offscreen platform warns "does not support propagateSizeHints()" when
    # any top-level window with a layout is shown, and warnings fail the tests.
    widget = SettingsDialog(original)
    qtbot.addWidget(widget)
    return widget


def test_loads_settings_and_matching_preset(dialog: SettingsDialog) -> None:
    assert dialog.preset() == "Balanced"
    assert dialog.preset_combo.currentText() == "Balanced — the default"
    assert dialog.temperature_spin.value() == pytest.approx(0.7)
    assert dialog.max_tokens_spin.value() == 700
    assert dialog.threads_spin.text() == "Automatic"


def test_advanced_hidden_by_default_and_toggles(dialog: SettingsDialog) -> None:
    assert not dialog.advanced.isVisibleTo(dialog)
    assert dialog.advanced_toggle.isVisibleTo(dialog)
    dialog.advanced_toggle.click()
    assert dialog.advanced.isVisibleTo(dialog)
    assert dialog.advanced_toggle.accessibleName() == "Hide advanced settings"


def test_choosing_a_preset_fills_the_numbers(dialog: SettingsDialog) -> None:
    index = dialog.preset_combo.findData("Creative")
    dialog.preset_combo.setCurrentIndex(index)
    dialog.preset_combo.activated.emit(index)
    assert dialog.temperature_spin.value() == pytest.approx(PRESETS["Creative"].temperature)
    assert dialog.top_p_spin.value() == pytest.approx(PRESETS["Creative"].top_p)
    assert dialog.preset() == "Creative"
    dialog.select_preset("Precise")
    assert dialog.temperature_spin.value() == pytest.approx(0.2)
    assert dialog.preset() == "Precise"


def test_editing_a_number_switches_to_custom(dialog: SettingsDialog) -> None:
    dialog.temperature_spin.setValue(1.3)
    assert dialog.preset() == "Custom"
    assert dialog.preset_combo.currentText().startswith("Custom")
    dialog.temperature_spin.setValue(0.7)
    assert dialog.preset() == "Balanced"


def test_result_settings_is_a_new_object_with_the_values(
    dialog: SettingsDialog, original: Settings
) -> None:
    dialog.temperature_spin.setValue(1.25)
    dialog.top_p_spin.setValue(0.5)
    dialog.max_tokens_spin.setValue(2048)
    dialog.context_spin.setValue(8192)
    dialog.threads_spin.setValue(1)
    dialog.offline_check.setChecked(True)
    dialog.graphics_combo.setCurrentIndex(dialog.graphics_combo.findData("off"))
    result = dialog.result_settings()
    assert result is not original and result.sampling is not original.sampling
    assert result.sampling.temperature == pytest.approx(1.25)
    assert result.sampling.top_p == pytest.approx(0.5)
    assert result.sampling.max_tokens == 2048
    assert result.context_length == 8192
    assert result.threads == 1
    assert result.offline is True
    assert result.graphics_card == "off" and original.graphics_card == "automatic"
    assert result.task_models == {"chat": 5}  # what the dialog does not show is kept
    assert original.sampling.temperature == pytest.approx(0.7)
    assert original.offline is False


def test_custom_settings_open_as_custom(qtbot) -> None:  # noqa: ANN001
    widget = SettingsDialog(Settings(sampling=Sampling(temperature=1.5, top_p=0.3)))
    qtbot.addWidget(widget)
    assert widget.preset() == "Custom"
    assert widget.result_settings().sampling.temperature == pytest.approx(1.5)


def test_controls_are_named_and_have_buddies(dialog: SettingsDialog) -> None:
    controls = [
        dialog.preset_combo,
        dialog.offline_check,
        dialog.advanced_toggle,
        dialog.temperature_spin,
        dialog.top_p_spin,
        dialog.max_tokens_spin,
        dialog.context_spin,
        dialog.threads_spin,
    ]
    for control in controls:
        assert control.accessibleName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert set(controls) - {dialog.offline_check, dialog.advanced_toggle} <= buddies


def test_choosing_custom_opens_advanced(dialog: SettingsDialog) -> None:
    index = dialog.preset_combo.findData("Custom")
    dialog.preset_combo.setCurrentIndex(index)
    dialog.preset_combo.activated.emit(index)
    assert dialog.advanced.isVisibleTo(dialog)
    assert dialog.temperature_spin.value() == pytest.approx(0.7)
