"""Which installed model each pane uses: the user's own choice, else the best for the task."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.errors import UserFacingError
from localchat.model_choice import (
    ModelTraits,
    Suggestion,
    choose_for_task,
    suggest,
    traits,
)
from localchat.services.settings import SettingsService

if TYPE_CHECKING:
    from localchat.catalog.catalog import Catalog
    from localchat.services.library import LibraryService
    from localchat.services.models import ModelsService
    from localchat.storage import InstalledModel

logger = logging.getLogger(__name__)


class ModelChoiceService(QObject):
    """The model for each task, remembered per pane in the settings.

    The catalog is read only when a choice needs it (more than one model installed and no
    choice remembered), so the window's first frame never waits for it.

    Signals:
        changed: The model for a task changed (chosen, forgotten, or models installed or
            removed). args: the task ("chat", "summarize" or "translate").
        download_failed: A model download failed. args: variant key, a sentence for the user.
    """

    changed = Signal(str)
    download_failed = Signal(str, str)

    def __init__(
        self,
        library: LibraryService,
        models: ModelsService,
        settings: SettingsService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._models = models
        self._settings = settings
        models.models_changed.connect(self._on_models_changed)
        models.surveyed.connect(self._on_models_changed)
        models.download_failed.connect(self.download_failed)

    @property
    def catalog(self) -> Catalog | None:
        """The catalog, or None when it cannot be read (choices then go by names)."""
        try:
            return self._models.catalog
        except UserFacingError as error:
            logger.warning("No catalog for choosing models: %s", error)
            return None

    def installed(self) -> list[InstalledModel]:
        """The installed models."""
        return self._library.models()

    def model_for(self, task: str) -> InstalledModel:
        """The model a pane uses for ``task``; UserFacingError when none is installed."""
        installed = self.installed()
        remembered = self._settings.settings.task_models.get(task)
        # Before the survey has read the catalog (just after start), names decide; the
        # survey's arrival emits ``changed`` and the choice is made again with it.
        catalog = self._models.catalog_if_read
        chosen = choose_for_task(task, installed, catalog, remembered)
        if chosen is None:
            raise UserFacingError(
                self.tr("No model is installed."), self.tr("Add one in the Models pane.")
            )
        return chosen

    def traits(self, model: InstalledModel) -> ModelTraits:
        """What LocalChat knows about a model (kind, languages) for warnings.

        Before the survey has read the catalog, names decide (the Chat pane asks while the
        window is built); the survey's ``changed`` has the panes ask again.
        """
        return traits(model, self._models.catalog_if_read)

    def context_tokens(self, model: InstalledModel) -> int:
        """How much the model reads at once with the current settings."""
        configured = self._settings.settings.context_length
        return min(configured, model.context_length) if model.context_length else configured

    def remember(self, task: str, model_id: int) -> None:
        """The user chose this model in a pane: keep it for that pane."""
        if self._settings.settings.task_models.get(task) == model_id:
            return
        self._settings.update(task_models={**self._settings.settings.task_models, task: model_id})
        self.changed.emit(task)

    def forget(self, task: str) -> None:
        """Go back to the best installed model for the task (e.g. one being downloaded)."""
        chosen = self._settings.settings.task_models
        if task in chosen:
            self._settings.update(task_models={k: v for k, v in chosen.items() if k != task})
        self.changed.emit(task)

    def suggestion(
        self,
        task: str,
        current: InstalledModel,
        languages: tuple[str, ...] = (),
        min_context: int = 0,
    ) -> Suggestion | None:
        """A better model for the task from the last survey of this computer, if any."""
        survey = self._models.last_survey
        if survey is None:
            return None
        return suggest(
            task,
            survey.assessments,
            self.installed(),
            languages=languages,
            min_context=min_context,
            exclude_file=current.source_file or None,
        )

    def download(self, suggestion: Suggestion, task: str) -> None:
        """Download a suggested model; the pane switches to it once it is installed."""
        self.forget(task)
        self._models.download(suggestion.assessment.variant)

    def _on_models_changed(self, *_args: object) -> None:
        for task in ("chat", "summarize", "translate"):
            self.changed.emit(task)
