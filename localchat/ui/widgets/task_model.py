"""A pane's model picker, and the notice that says when the chosen model fits the task poorly."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from localchat.errors import UserFacingError
from localchat.model_choice import Suggestion
from localchat.services.model_choice import ModelChoiceService

# Each task's picker: its accessible name and tool tip.
PICKER_WORDS = {
    "chat": (
        QT_TRANSLATE_NOOP("TaskModelPicker", "Model for chat"),
        QT_TRANSLATE_NOOP("TaskModelPicker", "The model that answers in the chat"),
    ),
    "summarize": (
        QT_TRANSLATE_NOOP("TaskModelPicker", "Model for summaries"),
        QT_TRANSLATE_NOOP("TaskModelPicker", "The model that writes the summary"),
    ),
    "translate": (
        QT_TRANSLATE_NOOP("TaskModelPicker", "Model for translation"),
        QT_TRANSLATE_NOOP("TaskModelPicker", "The model that translates"),
    ),
}


class TaskModelPicker(QComboBox):
    """The installed models, set to the one the pane uses for its task.

    Signals:
        model_changed: The pane's model changed (the user's pick, or a new best one).
    """

    model_changed = Signal()

    def __init__(
        self, choice: ModelChoiceService, task: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choice = choice
        self._task = task
        name, tip = PICKER_WORDS.get(task, PICKER_WORDS["chat"])
        self.setAccessibleName(self.tr(name))
        self.setToolTip(self.tr(tip))
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reload()
        self.activated.connect(self._on_activated)
        choice.changed.connect(self._on_choice_changed)

    def reload(self) -> None:
        """Fill with the installed models and select the pane's model."""
        previous = self.currentData()
        self.blockSignals(True)
        self.clear()
        for model in self._choice.installed():
            label = model.name
            if model.source == "bundled":
                label = self.tr("{name} (default)").format(name=model.name)
            self.addItem(label, model.id)
        try:
            chosen = self._choice.model_for(self._task).id
        except UserFacingError:
            chosen = None
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
        if self.currentData() != previous:
            self.model_changed.emit()

    def current_model(self):  # noqa: ANN201 - InstalledModel (ui never imports storage)
        """The chosen installed model; UserFacingError when none is installed."""
        model_id = self.currentData()
        for model in self._choice.installed():
            if model.id == model_id:
                return model
        return self._choice.model_for(self._task)

    @Slot(int)
    def _on_activated(self, _index: int) -> None:
        model_id = self.currentData()
        if model_id is not None:
            self._choice.remember(self._task, model_id)
        self.model_changed.emit()

    @Slot(str)
    def _on_choice_changed(self, task: str) -> None:
        if task == self._task:
            self.reload()


class FitNotice(QFrame):
    """'SmolLM2 135M knows only English, so this translation will be poor.' and an action.

    The action switches to a better installed model, or downloads the suggested one.
    """

    def __init__(
        self, choice: ModelChoiceService, task: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fitNotice")
        self._choice = choice
        self._task = task
        self._suggestion: Suggestion | None = None
        self._downloading: str | None = None  # the variant key of a download started here
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.action.clicked.connect(self._on_action_clicked)
        choice.download_failed.connect(self._on_choice_download_failed)
        self.hide()

    def show_problem(self, problem: str | None, suggestion: Suggestion | None = None) -> None:
        """Show the problem and what would do better; hide when there is no problem."""
        self._suggestion = suggestion if problem else None
        if not problem:
            self.label.clear()
            self.setAccessibleDescription("")
            self.hide()
            return
        text = problem
        if suggestion is not None:
            text += " " + suggestion.sentence(self._task)
            if suggestion.installed is not None:
                self.action.setText(self.tr("Use {name}").format(name=suggestion.name))
                self.action.setAccessibleName(self.action.text())
            else:
                size = suggestion.download_size
                self.action.setText(self.tr("Download ({size})").format(size=size))
                self.action.setAccessibleName(self.tr("Download {size}").format(size=size))
            self.action.setEnabled(True)
        self.action.setVisible(suggestion is not None)
        self.label.setText(text)
        if suggestion is not None and suggestion.assessment.variant.key == self._downloading:
            self._show_downloading(suggestion)
        self.setAccessibleName(self.tr("Model advice"))
        self.setAccessibleDescription(text)
        self.show()

    @Slot()
    def _on_action_clicked(self) -> None:
        suggestion = self._suggestion
        if suggestion is None:
            return
        if suggestion.installed is not None:
            self._choice.remember(self._task, suggestion.installed.id)
            return
        try:
            self._choice.download(suggestion, self._task)
        except UserFacingError as error:
            self.label.setText(str(error))
            return
        self._downloading = suggestion.assessment.variant.key
        self._show_downloading(suggestion)

    def _show_downloading(self, suggestion: Suggestion) -> None:
        self.action.setEnabled(False)
        text = self.tr(
            "Downloading {name} ({size}); the status bar shows how far it is. This pane "
            "switches to it when it is ready."
        ).format(name=suggestion.name, size=suggestion.download_size)
        self.label.setText(text)
        self.setAccessibleDescription(text)

    @Slot(str, str)
    def _on_choice_download_failed(self, key: str, message: str) -> None:
        if key != self._downloading:
            return
        self._downloading = None
        self.label.setText(message)
        self.setAccessibleDescription(message)
        self.action.setText(self.tr("Try again"))
        self.action.setAccessibleName(self.tr("Try the download again"))
        self.action.setEnabled(True)
