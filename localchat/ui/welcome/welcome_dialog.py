"""The first-start welcome: what this computer runs, and the model to download for each task."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localchat.errors import UserFacingError
from localchat.model_choice import abilities
from localchat.services.model_choice import ModelChoiceService
from localchat.services.models import ModelsService, Survey
from localchat.ui.widgets.job_progress import time_left

# What "a typical connection" means for the download times the welcome shows: 50 Mbit/s,
# a common home broadband speed. The times say so next to them.
TYPICAL_CONNECTION_BYTES_PER_SECOND = 50_000_000 / 8
TASK_TITLES = {"chat": "Chat", "summarize": "Summarize", "translate": "Translate"}


def download_time(size: int) -> str:
    """E.g. 'about 6 minutes at 50 Mbit/s'."""
    seconds = size / TYPICAL_CONNECTION_BYTES_PER_SECOND
    minutes = round(seconds / 60)
    if minutes < 1:
        shown = "under a minute"
    else:
        shown = f"about {minutes} minute{'s' if minutes != 1 else ''}"
    return f"{shown} at 50 Mbit/s"


def computer_summary(survey: Survey) -> str:
    """One sentence about this computer's memory, cores and graphics card."""
    from localchat.catalog.offload import capable_gpu
    from localchat.hardware import human_bytes

    hardware = survey.hardware
    gpu = capable_gpu(hardware) if hardware.gpu_offload else None
    card = f"a {gpu.name} that LocalChat uses" if gpu else "no graphics card LocalChat can use"
    return (
        f"This computer has {human_bytes(hardware.ram_total)} of memory "
        f"({human_bytes(hardware.ram_available)} free now), {hardware.physical_cores} "
        f"processor cores and {card}."
    )


class _TaskRow:
    """One task's recommendation: the model, its figures, a Download button and progress."""

    def __init__(self, grid: QGridLayout, row: int, task: str, survey: Survey) -> None:
        from localchat.hardware import human_bytes

        self.task = task
        self.assessment = survey.recommended.get(task)
        title = QLabel(f"<b>{TASK_TITLES[task]}</b>")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton("Download")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(f"Download for {TASK_TITLES[task]}")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.details, row, 1)
        grid.addWidget(self.button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.progress, row + 1, 1)
        grid.addWidget(self.status, row + 2, 1)
        item = self.assessment
        if item is None:
            self.details.setText("Nothing in the catalog runs well on this computer for this.")
            self.button.hide()
            return
        size = item.variant.size
        self.details.setText(
            f"{item.model.name} · {human_bytes(size)} download ({download_time(size)}) · "
            f"needs about {human_bytes(item.estimate.total)} of memory · "
            f"writes {item.speed.describe()}"
        )
        self.button.setAccessibleName(f"Download {item.model.name} for {TASK_TITLES[task]}")
        self.button.setToolTip(item.model.note)
        if item.variant.file in survey.installed:
            self.show_installed()

    @property
    def key(self) -> str | None:
        """The variant key its download signals carry."""
        return self.assessment.variant.key if self.assessment else None

    def show_installed(self) -> None:
        self.button.setEnabled(False)
        self.button.setText("Installed")
        self.progress.hide()
        self.status.setText("Ready: the pane uses it.")
        self.status.show()

    def show_progress(self, done: int, total: int, speed: float, eta: float) -> None:
        from localchat.hardware import human_bytes

        self.button.setEnabled(False)
        self.button.setText("Downloading…")
        self.progress.show()
        if total > 0:
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(f"{100 * done / total:.0f}%")
            if done >= total:
                self.status.setText("Checking the file…")
                self.status.show()
                return
        left = time_left(eta)
        self.status.setText(
            f"{human_bytes(done)} of {human_bytes(total) if total else '?'} · "
            f"{human_bytes(speed)}/s" + (f" · {left}" if left else "")
        )
        self.status.show()

    def show_state(self, state: str) -> None:
        words = {
            "queued": "Waiting to start…",
            "paused": "Paused. It continues where it stopped.",
            "cancelled": "Cancelled.",
        }
        if state == "finished":
            self.show_installed()
        elif state in words:
            self.status.setText(words[state])
            self.status.show()

    def show_failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(message)
        self.status.show()
        self.button.setText("Try again")
        self.button.setEnabled(True)


class WelcomeDialog(QDialog):
    """Shown once at first start, and again from the Models pane.

    The bundled model keeps working while downloads run; closing the dialog leaves them
    running (the status bar shows them).
    """

    def __init__(
        self,
        survey: Survey,
        models: ModelsService,
        choice: ModelChoiceService,
        offline: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to LocalChat")
        self.setAccessibleName("Welcome to LocalChat")
        self.setMinimumWidth(680)
        self._models = models
        self._choice = choice
        heading = QLabel("Welcome to LocalChat")
        heading.setObjectName("paneTitle")
        self.intro = intro = QLabel(
            "Everything runs on this computer: your chats and documents never leave it. "
            + computer_summary(survey)
        )
        intro.setWordWrap(True)
        self.bundled_note = QLabel(self._bundled_text())
        self.bundled_note.setWordWrap(True)
        self.bundled_note.setAccessibleName("What the installed model can do")
        recommended = QLabel("<b>Recommended for this computer</b>")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.rows = [
            _TaskRow(grid, index * 3, task, survey)
            for index, task in enumerate(("chat", "summarize", "translate"))
        ]
        self.offline_note = QLabel(
            "LocalChat is set to work offline, so nothing can be downloaded now. Turn off "
            "Offline in Privacy to download a model; until then the installed model does "
            "everything."
        )
        self.offline_note.setObjectName("errorBanner")
        self.offline_note.setWordWrap(True)
        self.offline_note.setVisible(offline)
        later = QLabel("You can come back here from Models › What can this computer run?")
        later.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName("Close the welcome")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        for widget in (heading, intro, self.bundled_note, recommended):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.offline_note)
        layout.addWidget(later)
        layout.addWidget(buttons)
        for row in self.rows:
            row.button.setEnabled(row.button.isEnabled() and not offline)
            row.button.clicked.connect(lambda _checked=False, r=row: self._download(r))
        models.download_progress.connect(self._on_models_download_progress)
        models.download_state.connect(self._on_models_download_state)
        models.download_failed.connect(self._on_models_download_failed)

    def _bundled_text(self) -> str:
        try:
            model = self._choice.model_for("chat")
        except UserFacingError:
            return "No model is installed yet: download one below to start."
        return "Ready now, with no download: " + abilities(self._choice.traits(model))

    def _rows_for(self, key: str) -> list[_TaskRow]:
        return [row for row in self.rows if row.key == key]

    def _download(self, row: _TaskRow) -> None:
        if row.assessment is None:
            return
        try:
            self._models.download(row.assessment.variant)
        except UserFacingError as error:
            row.show_failed(str(error))
            return
        for same in self._rows_for(row.assessment.variant.key):
            self._choice.forget(same.task)  # the pane switches to it once it is installed
            same.show_state("queued")
            same.button.setEnabled(False)
        self.close_button.setText("Close (downloads continue)")

    @Slot(str, int, int, float, float)
    def _on_models_download_progress(
        self, key: str, done: int, total: int, speed: float, eta: float
    ) -> None:
        for row in self._rows_for(key):
            row.show_progress(done, total, speed, eta)

    @Slot(str, str)
    def _on_models_download_state(self, key: str, state: str) -> None:
        for row in self._rows_for(key):
            row.show_state(state)

    @Slot(str, str)
    def _on_models_download_failed(self, key: str, message: str) -> None:
        for row in self._rows_for(key):
            row.show_failed(message)
