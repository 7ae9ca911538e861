"""The settings dialog: answer-style presets in plain words, raw numbers under Advanced."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localchat.i18n import LANGUAGES
from localchat.settings import PRESETS, Sampling, Settings

CUSTOM = "Custom"
PRESET_LABELS = {  # by preset name (settings.PRESETS), translated where shown
    "Precise": QT_TRANSLATE_NOOP("SettingsDialog", "Precise — focused, repeatable answers"),
    "Balanced": QT_TRANSLATE_NOOP("SettingsDialog", "Balanced — the default"),
    "Creative": QT_TRANSLATE_NOOP("SettingsDialog", "Creative — more varied"),
    CUSTOM: QT_TRANSLATE_NOOP("SettingsDialog", "Custom — your own numbers"),
}
TOLERANCE = 1e-6


def matching_preset(sampling: Sampling) -> str:
    """The preset whose numbers these are, or "Custom"."""
    for name, preset in PRESETS.items():
        if (
            abs(preset.temperature - sampling.temperature) < TOLERANCE
            and abs(preset.top_p - sampling.top_p) < TOLERANCE
        ):
            return name
    return CUSTOM


class SettingsDialog(QDialog):
    """Edits a copy of the settings; result_settings() gives the new ones after OK.

    A preset fills temperature and top-p; editing either number shows "Custom" (or the
    preset they happen to match). Other settings are kept as they are.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._filling = False
        self.setWindowTitle(self.tr("Settings"))
        self._build()
        self._load(settings)
        self._connect()

    def _build(self) -> None:
        self.preset_combo = QComboBox()
        for name, label in PRESET_LABELS.items():
            self.preset_combo.addItem(self.tr(label), name)
        self.preset_combo.setAccessibleName(self.tr("Answer style"))
        self.preset_combo.setToolTip(self.tr("How focused or varied the answers are"))
        self.offline_check = QCheckBox(self.tr("&Offline mode — never use the network"))
        self.offline_check.setAccessibleName(self.tr("Offline mode"))
        self.offline_check.setToolTip(
            self.tr("Model downloads and catalog updates are turned off; everything else works.")
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():  # each in itself: findable whatever is shown
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language"))
        language_note = QLabel(self.tr("Applies when LocalChat next starts."))
        self.performance_combo = self._performance_combo()
        basic = QFormLayout()
        basic.addRow(self._label(self.tr("Answer &style:"), self.preset_combo), self.preset_combo)
        basic.addRow(
            self._label(self.tr("&Performance:"), self.performance_combo), self.performance_combo
        )
        basic.addRow("", self.offline_check)
        basic.addRow(self._label(self.tr("&Language:"), self.language_combo), self.language_combo)
        basic.addRow("", language_note)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("&Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setChecked(False)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.advanced_toggle.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced = QWidget()
        self.advanced.setLayout(self._build_advanced())
        self.advanced.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(basic)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _build_advanced(self) -> QFormLayout:
        self.temperature_spin = QDoubleSpinBox()
        self.temperature_spin.setRange(0.0, 2.0)
        self.temperature_spin.setSingleStep(0.05)
        self.temperature_spin.setDecimals(2)
        self.top_p_spin = QDoubleSpinBox()
        self.top_p_spin.setRange(0.0, 1.0)
        self.top_p_spin.setSingleStep(0.05)
        self.top_p_spin.setDecimals(2)
        self.max_tokens_spin = QSpinBox()
        self.max_tokens_spin.setRange(16, 8192)
        self.max_tokens_spin.setSingleStep(64)
        self.max_tokens_spin.setSuffix(self.tr(" tokens"))
        self.context_spin = QSpinBox()
        self.context_spin.setRange(512, 131072)
        self.context_spin.setSingleStep(512)
        self.context_spin.setSuffix(self.tr(" tokens"))
        self.threads_spin = QSpinBox()
        self.threads_spin.setRange(0, max(os.cpu_count() or 1, self._settings.threads))
        self.threads_spin.setSpecialValueText(self.tr("Automatic"))
        self.graphics_combo = QComboBox()
        self.graphics_combo.addItem(self.tr("Automatic"), "automatic")
        self.graphics_combo.addItem(self.tr("Off (processor only)"), "off")
        form = QFormLayout()
        rows = [
            (self.tr("&Temperature:"), self.temperature_spin, self.tr("Temperature"),
             self.tr("Higher gives more varied answers, lower more predictable ones")),
            (self.tr("Top-&p:"), self.top_p_spin, self.tr("Top-p"),
             self.tr("Only the likeliest words adding up to this share are considered")),
            (self.tr("Max answer &length:"), self.max_tokens_spin,
             self.tr("Maximum answer length"),
             self.tr("The longest answer, in tokens (a token is about three quarters of a word)")),
            (self.tr("&Context length:"), self.context_spin, self.tr("Context length"),
             self.tr("How much of the conversation the model sees; more uses more memory")),
            (self.tr("T&hreads:"), self.threads_spin, self.tr("Threads"),
             self.tr("Processor threads used to answer; Automatic follows the Performance choice")),
            (self.tr("Use the &graphics card:"), self.graphics_combo,
             self.tr("Use the graphics card"),
             self.tr("Automatic puts as much of the model on the graphics card as its free "
                     "memory holds, when this engine can use one; applies to the next model "
                     "loaded")),
        ]  # fmt: skip
        for text, spin, name, tip in rows:
            spin.setAccessibleName(name)
            spin.setToolTip(tip)
            form.addRow(self._label(text, spin), spin)
        return form

    def _performance_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Automatic — adapts to other programs and the battery"), "automatic")
        combo.addItem(self.tr("Fastest — every processor core"), "fastest")
        combo.addItem(self.tr("Quietest — one core, cooler and quieter"), "quietest")
        combo.setAccessibleName(self.tr("Performance"))
        combo.setToolTip(
            self.tr(
                "How much of the processor answers may use; applies to the next model loaded. "
                "A thread count set under Advanced takes precedence."
            )
        )
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _load(self, settings: Settings) -> None:
        sampling = settings.sampling
        self.temperature_spin.setValue(sampling.temperature)
        self.top_p_spin.setValue(sampling.top_p)
        self.max_tokens_spin.setValue(sampling.max_tokens)
        self.context_spin.setValue(settings.context_length)
        self.threads_spin.setValue(settings.threads)
        self.graphics_combo.setCurrentIndex(
            max(0, self.graphics_combo.findData(settings.graphics_card))
        )
        self.offline_check.setChecked(settings.offline)
        performance = self.performance_combo.findData(settings.performance)
        self.performance_combo.setCurrentIndex(max(0, performance))
        language = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, language))
        self._show_preset(matching_preset(sampling))

    def _connect(self) -> None:
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.temperature_spin.valueChanged.connect(self._on_sampling_spin_value_changed)
        self.top_p_spin.valueChanged.connect(self._on_sampling_spin_value_changed)
        self.advanced_toggle.toggled.connect(self._on_advanced_toggle_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- API ----------------------------------------------------------------------------

    def preset(self) -> str:
        """The preset shown: "Precise", "Balanced", "Creative" or "Custom"."""
        return str(self.preset_combo.currentData())

    def select_preset(self, name: str) -> None:
        """Choose a preset as the user would: its numbers fill the fields."""
        self._show_preset(name)
        self._apply_preset(name)

    def result_settings(self) -> Settings:
        """New settings with the dialog's values; the ones passed in are left untouched."""
        sampling = replace(
            self._settings.sampling,
            temperature=round(self.temperature_spin.value(), 2),
            top_p=round(self.top_p_spin.value(), 2),
            max_tokens=self.max_tokens_spin.value(),
        )
        if self.preset() in PRESETS:
            sampling = replace(sampling, repeat_penalty=PRESETS[self.preset()].repeat_penalty)
        return replace(
            self._settings,
            sampling=sampling,
            context_length=self.context_spin.value(),
            threads=self.threads_spin.value(),
            performance=str(self.performance_combo.currentData()),
            graphics_card=str(self.graphics_combo.currentData()),
            offline=self.offline_check.isChecked(),
            language=str(self.language_combo.currentData()),
        )

    # --- helpers ------------------------------------------------------------------------

    def _show_preset(self, name: str) -> None:
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(name)))

    def _apply_preset(self, name: str) -> None:
        preset = PRESETS.get(name)
        if preset is None:
            return
        self._filling = True
        try:
            self.temperature_spin.setValue(preset.temperature)
            self.top_p_spin.setValue(preset.top_p)
        finally:
            self._filling = False

    # --- slots --------------------------------------------------------------------------

    @Slot(int)
    def _on_preset_combo_activated(self, index: int) -> None:
        name = str(self.preset_combo.itemData(index))
        if name == CUSTOM:
            self.advanced_toggle.setChecked(True)
        else:
            self._apply_preset(name)

    @Slot(float)
    def _on_sampling_spin_value_changed(self, _value: float) -> None:
        if self._filling:
            return
        sampling = Sampling(
            temperature=self.temperature_spin.value(), top_p=self.top_p_spin.value()
        )
        self._show_preset(matching_preset(sampling))

    @Slot(bool)
    def _on_advanced_toggle_toggled(self, checked: bool) -> None:
        self.advanced.setVisible(checked)
        arrow = Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        self.advanced_toggle.setArrowType(arrow)
        self.advanced_toggle.setAccessibleName(
            self.tr("Hide advanced settings") if checked else self.tr("Show advanced settings")
        )
        self.adjustSize()
