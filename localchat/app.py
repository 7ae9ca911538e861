"""Composition root: builds the services and the window, and runs the Qt event loop."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from localchat.bootstrap import Core
from localchat.engines.factory import open_engine
from localchat.services.background import BackgroundRunner
from localchat.services.chat import ChatService
from localchat.services.inference import EngineOpener, InferenceService, ModelSpec
from localchat.services.library import LibraryService
from localchat.settings import Settings, save_settings
from localchat.storage import InstalledModel
from localchat.ui.main_window import MainWindow
from localchat.ui.style import style_sheet

logger = logging.getLogger(__name__)


class Application:
    """Everything the window needs, built once and passed in by constructor."""

    def __init__(
        self, core: Core, qt_app: QApplication, opener: EngineOpener = open_engine
    ) -> None:
        self.core = core
        log_file = core.paths.log_file
        self.runner = BackgroundRunner(log_file)
        self.inference = InferenceService(opener, log_file)
        self.library = LibraryService(core.conversations, core.models, self.runner)
        self.chat = ChatService(
            self.library,
            self.inference,
            self.spec_for,
            core.sampling,
            lambda: core.settings.default_model_id,
        )
        qt_app.setStyleSheet(style_sheet(qt_app))
        self.window = MainWindow(
            self.library, self.chat, self.inference, core.settings, self._save_settings
        )

    def spec_for(self, model: InstalledModel) -> ModelSpec:
        """How to load an installed model with the current settings."""
        return ModelSpec(Path(model.path), self.core.load_options(model.model_type), model.name)

    def preload_default_model(self) -> None:
        """Start loading the picked model right after the window shows."""
        model_id = self.window.chat_pane.selected_model_id()
        if model_id is not None:
            self.chat.preload(self.library.model(model_id))

    def _save_settings(self, settings: Settings) -> None:
        save_settings(settings, self.core.paths.settings_file)

    def shutdown(self) -> None:
        """Stop generation, free the model, finish background jobs."""
        self.inference.shutdown()
        self.runner.wait()


def run_app(core: Core, argv: list[str] | None = None) -> int:
    """Show the window and run until it closes."""
    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setApplicationName("LocalChat")
    qt_app.setApplicationDisplayName("LocalChat")
    app = Application(core, qt_app)  # type: ignore[arg-type]
    app.window.show()
    QTimer.singleShot(0, app.preload_default_model)
    try:
        return qt_app.exec()
    finally:
        app.shutdown()
