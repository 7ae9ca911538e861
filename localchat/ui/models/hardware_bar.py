"""The hardware summary at the top of the Models pane, with a memory bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from localchat.catalog.offload import capable_gpu, gpu_build_hint
from localchat.hardware import HardwareProfile, human_bytes


class HardwareSummary(QWidget):
    """One line about the machine's memory, cores, GPU and disk, and a memory bar.

    Under them, when the graphics card could help but this engine build cannot use it, one
    line saying what a GPU build would give and where to read how to get one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self.tr("Checking this computer…"))
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Memory in use"))
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(18)
        self.gpu_hint = QLabel()
        self.gpu_hint.setObjectName("gpuHint")
        self.gpu_hint.setWordWrap(True)
        self.gpu_hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.gpu_hint)
        layout.addWidget(self.bar)
        self._hardware: HardwareProfile | None = None

    def set_hardware(self, hardware: HardwareProfile) -> None:
        """Show the machine's resources."""
        self._hardware = hardware
        self.bar.show()
        if hardware.gpus:
            names = ", ".join(g.name for g in hardware.gpus)
            if hardware.gpu_offload and capable_gpu(hardware):
                gpu = self.tr("{cards} (used)").format(cards=names)
            else:
                gpu = self.tr("{cards} (not used)").format(cards=names)
        else:
            gpu = self.tr("no graphics card")
        cores = self.tr("%n core(s)", "", hardware.physical_cores)
        self.text.setText(
            self.tr(
                "<b>This computer:</b> {memory} memory ({free} free now), {cores}, "
                "{graphics}, {disk} free disk."
            ).format(
                memory=human_bytes(hardware.ram_total),
                free=human_bytes(hardware.ram_available),
                cores=cores,
                graphics=gpu,
                disk=human_bytes(hardware.disk_free),
            )
        )
        hint = gpu_build_hint(hardware)
        self.gpu_hint.setText(hint or "")
        self.gpu_hint.setVisible(hint is not None)
        self.show_need(0)

    def show_unknown(self) -> None:
        """The check of this computer failed: say so instead of "Checking…"."""
        self._hardware = None
        self.gpu_hint.hide()
        self.text.setText(
            self.tr("Could not check this computer, so no model is marked as fitting.")
        )
        self.bar.hide()

    def show_need(self, needed: int) -> None:
        """The bar: memory in use now, and what the selected model would add to it.

        ``needed`` is the model's share of RAM: what goes to a graphics card is not in it.
        """
        if self._hardware is None:
            return
        total = self._hardware.ram_total
        used = total - self._hardware.ram_available
        mb = 1024 * 1024
        self.bar.setRange(0, total // mb)
        self.bar.setValue(min(total, used + needed) // mb)
        if needed:
            text = self.tr("In use {used} + this model {needed} of {total}")
        else:
            text = self.tr("In use {used} of {total}")
        sizes = {"used": human_bytes(used), "needed": human_bytes(needed)}
        self.bar.setFormat(text.format(total=human_bytes(total), **sizes))
