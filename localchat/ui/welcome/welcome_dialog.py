"""The first-start welcome: what this computer runs, and the model to download for each task."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
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
from localchat.ui.models.download_words import percent_text
from localchat.ui.widgets.job_progress import time_left

# What "a typical connection" means for the download times the welcome shows: 50 Mbit/s,
# a common home broadband speed. The times say so next to them.
TYPICAL_CONNECTION_BYTES_PER_SECOND = 50_000_000 / 8
# Each task's title, and its Download button's and progress bar's names.
TASK_WORDS = {
    "chat": (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Chat"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download {model} for Chat"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download for Chat"),
    ),
    "summarize": (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Summarize"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download {model} for Summarize"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download for Summarize"),
    ),
    "translate": (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Translate"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download {model} for Translate"),
        QT_TRANSLATE_NOOP("WelcomeDialog", "Download for Translate"),
    ),
}


def download_time(size: int) -> str:
    """E.g. 'about 6 minutes at 50 Mbit/s'."""
    seconds = size / TYPICAL_CONNECTION_BYTES_PER_SECOND
    minutes = round(seconds / 60)
    if minutes < 1:
        return WelcomeDialog.tr("under a minute at 50 Mbit/s")
    return WelcomeDialog.tr("about %n minute(s) at 50 Mbit/s", "", minutes)


def computer_summary(survey: Survey) -> str:
    """One sentence about this computer's memory, cores and graphics card."""
    from localchat.catalog.offload import capable_gpu
    from localchat.hardware import human_bytes

    hardware = survey.hardware
    gpu = capable_gpu(hardware) if hardware.gpu_offload else None
    if gpu:
        card = WelcomeDialog.tr("a {card} that LocalChat uses").format(card=gpu.name)
    else:
        card = WelcomeDialog.tr("no graphics card LocalChat can use")
    return WelcomeDialog.tr(
        "This computer has {memory} of memory ({free} free now), %n processor core(s) and "
        "{graphics}.",
        "",
        hardware.physical_cores,
    ).format(
        memory=human_bytes(hardware.ram_total),
        free=human_bytes(hardware.ram_available),
        graphics=card,
    )


class _TaskRow:
    """One task's recommendation: the model, its figures, a Download button and progress."""

    def __init__(self, grid: QGridLayout, row: int, task: str, survey: Survey) -> None:
        from localchat.hardware import human_bytes

        self.task = task
        self.assessment = survey.recommended.get(task)
        title_words, button_name, progress_name = TASK_WORDS[task]
        title = QLabel(f"<b>{WelcomeDialog.tr(title_words)}</b>")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(WelcomeDialog.tr("Download"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(WelcomeDialog.tr(progress_name))
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
            self.details.setText(
                WelcomeDialog.tr("Nothing in the catalog runs well on this computer for this.")
            )
            self.button.hide()
            return
        size = item.variant.size
        self.details.setText(
            WelcomeDialog.tr(
                "{model} · {size} download ({time}) · needs about {memory} of memory · "
                "writes {speed}"
            ).format(
                model=item.model.name,
                size=human_bytes(size),
                time=download_time(size),
                memory=human_bytes(item.estimate.total),
                speed=item.speed.describe(),
            )
        )
        self.button.setAccessibleName(WelcomeDialog.tr(button_name).format(model=item.model.name))
        self.button.setToolTip(item.model.note)
        if item.variant.file in survey.installed:
            self.show_installed()

    @property
    def key(self) -> str | None:
        """The variant key its download signals carry."""
        return self.assessment.variant.key if self.assessment else None

    def show_installed(self) -> None:
        self.button.setEnabled(False)
        self.button.setText(WelcomeDialog.tr("Installed"))
        self.progress.hide()
        self.status.setText(WelcomeDialog.tr("Ready: the pane uses it."))
        self.status.show()

    def show_progress(self, done: int, total: int, speed: float, eta: float) -> None:
        from localchat.hardware import human_bytes

        self.button.setEnabled(False)
        self.button.setText(WelcomeDialog.tr("Downloading…"))
        self.progress.show()
        if total > 0:
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(percent_text(round(100 * done / total)))
            if done >= total:
                self.status.setText(WelcomeDialog.tr("Checking the file…"))
                self.status.show()
                return
        left = time_left(eta)
        sizes = {
            "done": human_bytes(done),
            "total": human_bytes(total) if total else "?",
            "speed": human_bytes(speed),
        }
        if left:
            text = WelcomeDialog.tr("{done} of {total} · {speed}/s · {time_left}")
        else:
            text = WelcomeDialog.tr("{done} of {total} · {speed}/s")
        self.status.setText(text.format(time_left=left, **sizes))
        self.status.show()

    def show_state(self, state: str) -> None:
        words = {
            "queued": WelcomeDialog.tr("Waiting to start…"),
            "paused": WelcomeDialog.tr("Paused. It continues where it stopped."),
            "cancelled": WelcomeDialog.tr("Cancelled."),
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
        self.button.setText(WelcomeDialog.tr("Try again"))
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
        self.setWindowTitle(self.tr("Welcome to LocalChat"))
        self.setAccessibleName(self.tr("Welcome to LocalChat"))
        self.setMinimumWidth(680)
        self._models = models
        self._choice = choice
        heading = QLabel(self.tr("Welcome to LocalChat"))
        heading.setObjectName("paneTitle")
        self.intro = intro = QLabel(
            self.tr(
                "Everything runs on this computer: your chats and documents never leave it. "
                "{computer}"
            ).format(computer=computer_summary(survey))
        )
        intro.setWordWrap(True)
        self.bundled_note = QLabel(self._bundled_text())
        self.bundled_note.setWordWrap(True)
        self.bundled_note.setAccessibleName(self.tr("What the installed model can do"))
        recommended = QLabel(self.tr("<b>Recommended for this computer</b>"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.rows = [
            _TaskRow(grid, index * 3, task, survey)
            for index, task in enumerate(("chat", "summarize", "translate"))
        ]
        self.offline_note = QLabel(
            self.tr(
                "LocalChat is set to work offline, so nothing can be downloaded now. Turn off "
                "Offline in Privacy to download a model; until then the installed model does "
                "everything."
            )
        )
        self.offline_note.setObjectName("errorBanner")
        self.offline_note.setWordWrap(True)
        self.offline_note.setVisible(offline)
        later = QLabel(self.tr("You can come back here from Models › What can this computer run?"))
        later.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Close the welcome"))
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
            return self.tr("No model is installed yet: download one below to start.")
        return self.tr("Ready now, with no download: {abilities}").format(
            abilities=abilities(self._choice.traits(model))
        )

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
        self.close_button.setText(self.tr("Close (downloads continue)"))

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
