"""Composition root: builds the services and the window, and runs the Qt event loop."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from localchat import i18n
from localchat.bootstrap import Core
from localchat.engines.state_cache import state_folder
from localchat.model_location import ModelLocation, RemoteModel, location_of
from localchat.network import NetworkGate
from localchat.servers import ServerList
from localchat.services.background import BackgroundRunner
from localchat.services.chat import ChatService
from localchat.services.chat_documents import ChatDocuments
from localchat.services.document_library import DocumentLibraryService
from localchat.services.documents import DocumentJobsService
from localchat.services.inference import EngineOpener, InferenceService, ModelSpec
from localchat.services.library import LibraryService
from localchat.services.model_choice import ModelChoiceService
from localchat.services.models import ModelsService
from localchat.services.privacy import PrivacyService
from localchat.services.servers import ServersService
from localchat.services.settings import SettingsService
from localchat.settings import Settings
from localchat.storage import InstalledModel
from localchat.ui.app_icon import app_icon
from localchat.ui.chat.markdown import warm_up_highlighting
from localchat.ui.first_paint import after_first_paint
from localchat.ui.main_window import MainWindow
from localchat.ui.style import install_focus_ring, style_sheet
from localchat.ui.translations import install_language

if TYPE_CHECKING:
    from localchat.catalog.catalog import Catalog
    from localchat.document_library import DocumentLibrary
    from localchat.engines.base import Engine, LoadOptions
    from localchat.storage.message_index import MessageIndexRepository

# Start-up imports only what the window's first frame needs (bench/RESULTS.md section 4).
# The catalog is read by the survey that follows the first paint; the Summarize, Translate
# and Models panes, with their readers and tasks, are built when first opened; engines are
# imported on the inference thread when a model is loaded.

logger = logging.getLogger(__name__)

CALIBRATION_SAVE_DELAY_MS = 2000
LIBRARY_RESUME_DELAY_MS = 2000
# How long a thread may hold the GIL while another waits for it. Python's 5 ms default lets
# a background job (reading a document, an export) keep the window's thread waiting 5 ms at
# a time: 99th-percentile gaps of ~10 ms and longest ones of 10-15 ms in those jobs; 1 ms
# brings them to ~6-7 ms (bench/RESULTS.md sections 3d and 10g). The model runs in an
# engine host process now, so this no longer matters for answers (10e), only for the
# Python jobs still on the window's threads.
GIL_SWITCH_INTERVAL_SECONDS = 0.001
WELCOME_LATER = QT_TRANSLATE_NOOP(
    "Application", "To see which models suit this computer: Models › What can this computer run?"
)


class Application:
    """Everything the window needs, built once and passed in by constructor."""

    def __init__(
        self, core: Core, qt_app: QApplication, opener: EngineOpener | None = None
    ) -> None:
        self.core = core
        self._when_warm: Callable[[], None] = lambda: None  # see start()
        log_file = core.paths.log_file
        self.runner = BackgroundRunner(log_file)
        self.settings = SettingsService(core.settings, core.paths.settings_file)
        self.inference = InferenceService(opener or self.open_model, log_file)
        states = state_folder(core.paths.data_dir)
        self.library = LibraryService(core.conversations, core.models, self.runner, None, states)
        self.chat_documents = ChatDocuments(
            lambda: _open_document_library(core), lambda: _open_message_index(core)
        )
        self.chat = ChatService(
            self.library,
            core.conversations,
            self.inference,
            self.spec_for,
            core.sampling,
            lambda: self.choice.model_for("chat"),
            documents=self.chat_documents,
        )
        # Meaning search in chat history: the messages' vectors, made after each answer.
        self.library.set_meaning_search(self.chat_documents.search_history)
        self.chat.answer_ended.connect(self._index_history)
        self.gate = NetworkGate(
            offline=core.settings.offline,
            record=lambda host, purpose, nbytes: self.privacy.record(host, purpose, nbytes),
        )
        self.privacy = PrivacyService(
            core.ledger, self.gate, lambda offline: self.settings.update(offline=offline)
        )
        self.models = ModelsService(
            _load_catalog,
            core.models,
            self.gate,
            core.paths.models_dir,
            self.runner,
            context_length=core.settings.context_length,
            measured_bandwidth=core.settings.speed_calibration,
            use_graphics_card=lambda: core.settings.graphics_card != "off",
        )
        self.choice = ModelChoiceService(self.library, self.models, self.settings)
        self.settings.changed.connect(self._on_settings_changed)
        self.servers = ServersService(
            ServerList(core.paths.config_dir / "servers.json"), core.models, self.gate, self.runner
        )
        self.documents = DocumentJobsService(self.inference, self.runner, core.jobs, self.spec_for)
        self.document_library = DocumentLibraryService(
            lambda: _open_document_library(core), log_file
        )
        self.models.models_changed.connect(self.document_library.reload)
        self.models.models_changed.connect(self.chat_documents.reload)
        qt_app.setStyleSheet(style_sheet(qt_app))
        self.focus_ring = install_focus_ring(qt_app)
        qt_app.styleHints().colorSchemeChanged.connect(  # light/dark follows the system
            lambda _scheme: qt_app.setStyleSheet(style_sheet(qt_app))
        )
        self.window = MainWindow(
            self.library,
            self.chat,
            self.inference,
            self.settings,
            panes={
                "Summarize": self._build_summarize_pane,
                "Translate": self._build_translate_pane,
                "Library": self._build_library_pane,
                "Models": self._build_models_pane,
            },
            choice=self.choice,
            models=self.models,
            privacy=self.privacy,
        )
        self.models.models_changed.connect(self.window.chat_pane.reload_models)
        self.document_library.documents_changed.connect(
            self.window.chat_pane.documents_toggle.set_documents
        )
        self.servers.models_changed.connect(self.window.chat_pane.reload_models)
        self.window.chat_pane.answer_stats.connect(self._on_chat_answer_stats)
        # An answer's speed calibrates the estimates a moment after it ends, not in the frame
        # that ends it (a database read, the estimate and a settings file write).
        self._measured_speed: tuple[int, float] | None = None  # model id, tokens/s
        self._calibration_save = QTimer(singleShot=True, interval=CALIBRATION_SAVE_DELAY_MS)
        self._calibration_save.timeout.connect(self._calibrate)

    def _build_summarize_pane(self) -> QWidget:
        from localchat.ui.summarize.summarize_pane import SummarizePane

        return SummarizePane(self.documents, self.choice)

    def _build_translate_pane(self) -> QWidget:
        from localchat.ui.translate.translate_pane import TranslatePane

        return TranslatePane(self.documents, self.choice)

    def _build_library_pane(self) -> QWidget:
        from localchat.ui.library.library_pane import LibraryPane

        return LibraryPane(self.document_library, self.models)

    def _build_models_pane(self) -> QWidget:
        from localchat.ui.models.models_pane import ModelsPane

        pane = ModelsPane(self.models, self.servers)
        pane.welcome_requested.connect(self.window.show_welcome)
        return pane

    def open_model(self, location: ModelLocation, options: LoadOptions) -> Engine:
        """Open a local model file, or connect to a model on a saved server."""
        if isinstance(location, RemoteModel):
            return self.servers.open(location)
        from localchat.engines.factory import open_engine

        return open_engine(location.path, options)

    def spec_for(self, model: InstalledModel) -> ModelSpec:
        """How to load an installed model with the current settings."""
        return ModelSpec(location_of(model), self.core.load_options(model.model_type), model.name)

    def start(self, when_warm: Callable[[], None] = lambda: None) -> None:
        """Work that follows the window's first paint, off the GUI thread.

        Load the model, survey the catalog, and once the model is loaded make code
        highlighting and the document readers ready (their first use would stall the
        window 16-40 ms; done during the load, such Python slowed the load by ~80 ms).
        ``when_warm`` runs on the GUI thread once that is over (run_app freezes the
        start-up objects then).
        """
        self._when_warm = when_warm
        self.gate.install()
        if self.window.chat_pane.selected_model_id() is None:
            self._warm_up()
        else:
            self.inference.model_loaded.connect(self._on_inference_first_model_loaded)
            self.preload_default_model()
        if not self.core.settings.welcome_shown:
            self.models.surveyed.connect(self._on_models_first_survey)
        self.models.survey()
        # A library run cut short (a kill, a closed window) goes on, once the model is loading.
        QTimer.singleShot(LIBRARY_RESUME_DELAY_MS, self.document_library.resume)

    def _on_models_first_survey(self, _survey: object) -> None:
        """The first start's welcome, once the survey knows what this computer runs.

        Not while the user is already typing or being answered (it would take the keys);
        it then comes at the next start.
        """
        self.models.surveyed.disconnect(self._on_models_first_survey)
        if self.window.chat_pane.busy:
            later = QCoreApplication.translate("Application", WELCOME_LATER)
            self.window.statusBar().showMessage(later, 20_000)
            return
        self.settings.update(welcome_shown=True)
        self.window.show_welcome()

    def _on_inference_first_model_loaded(self, _name: str, _context: int) -> None:
        self.inference.model_loaded.disconnect(self._on_inference_first_model_loaded)
        self._warm_up()

    def _warm_up(self) -> None:
        self.runner.run(_warm_up_libraries, self._on_warm_up_done, self._on_warm_up_failed)

    def _on_warm_up_done(self, _result: object) -> None:
        self._when_warm()

    def _on_warm_up_failed(self, message: str) -> None:
        logger.warning("Warming up failed: %s", message)
        self._when_warm()

    def preload_default_model(self) -> None:
        """Start loading the picked model."""
        model_id = self.window.chat_pane.selected_model_id()
        if model_id is not None:
            self.chat.preload(self.library.model(model_id))

    def _on_chat_answer_stats(self, tokens_per_second: float, _used: int, _size: int) -> None:
        """Keep the answer's speed: it calibrates the catalog's estimates a moment later."""
        model_id = self.window.chat_pane.selected_model_id()
        if model_id is None or tokens_per_second <= 0:
            return
        self._measured_speed = (model_id, tokens_per_second)
        self._calibration_save.start()

    def _calibrate(self) -> None:
        """Turn the last answer's speed into the estimates' bandwidth, and save it."""
        if self._measured_speed is None:
            return
        model_id, tokens_per_second = self._measured_speed
        self._measured_speed = None
        try:
            model_bytes = self.library.model(model_id).size_bytes
        except KeyError:  # removed meanwhile
            return
        self.models.calibrate(tokens_per_second, model_bytes)
        self.settings.update(speed_calibration=self.models.effective_bandwidth)

    def _on_settings_changed(self, settings: Settings, names: frozenset[str]) -> None:
        """Pass changed settings to what copied them: the network gate, the Models fit."""
        if "offline" in names:
            self.privacy.offline = settings.offline
        if names & {"context_length", "graphics_card"}:
            self.models.set_context_length(settings.context_length)
            self.models.survey()  # the fit and the per-task picks depend on both

    def _index_history(self, *_answer: object) -> None:
        """Embed the new question and answer for meaning search, off the GUI thread."""
        self.runner.run(
            self.chat_documents.index_history,
            lambda _count: None,
            lambda message: logger.info("Message vectors not made: %s", message),
        )

    def shutdown(self) -> None:
        """Stop generation, free the model, finish background jobs, save what is pending."""
        self._calibration_save.stop()
        self._calibrate()
        self.inference.shutdown()
        self.document_library.shutdown()
        self.models.shutdown()
        self.runner.wait()
        self.chat_documents.close()


def _load_catalog() -> Catalog:
    from localchat.catalog.catalog import load_catalog

    return load_catalog()


def _open_message_index(core: Core) -> MessageIndexRepository:
    """Answers' sources and message vectors (imported when first used: SQLAlchemy)."""
    from localchat.storage.message_index import MessageIndexRepository

    return MessageIndexRepository(core.database)


def _open_document_library(core: Core) -> DocumentLibrary:
    """The document library (imported when first used: its readers and numpy are large)."""
    from localchat.document_library import open_document_library

    return open_document_library(core)


def _warm_up_libraries() -> None:
    """Code highlighting and the document readers, made ready on a worker thread."""
    from localchat.documents import warm_up_readers

    warm_up_highlighting()
    warm_up_readers()


def freeze_start_up_objects() -> None:
    """Move what loading the model and warming up made out of the collector's reach.

    llama.cpp's bindings, numpy, pygments and the document readers live as long as the
    process; left in the collector's care, every full collection walked them: a 15-20 ms
    pause in the window now and then, the worst gap of a long streamed answer
    (bench/RESULTS.md section 3e).
    """
    gc.freeze()


def run_app(core: Core, argv: list[str] | None = None) -> int:
    """Show the window and run until it closes.

    Once the window's first frame is out, ``Application.start`` begins loading the model
    (in its engine host process) and the storage opens meanwhile (``Core.open_storage``:
    a core opened with ``defer_storage`` migrates and marks interrupted answers then; else
    nothing to do). Storage that fails to open ends the loop, and its error is raised
    here, as ``open_core`` would have raised it.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_SECONDS)
    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setApplicationName("LocalChat")
    qt_app.setApplicationDisplayName("LocalChat")
    qt_app.setDesktopFileName("localchat")  # Wayland matches the window to localchat.desktop
    qt_app.setWindowIcon(app_icon())
    install_language(qt_app, i18n.chosen_language(core.settings.language))  # before widgets
    app = Application(core, qt_app)  # type: ignore[arg-type]
    app.window.show()
    # Everything built so far lives as long as the window. Moving it out of the collector's
    # reach keeps full collections (which hold the GIL, so freeze the window, for 60-80 ms
    # on a large history) down to the objects made since.
    gc.freeze()
    gc.enable()  # __main__ leaves it off until here
    failures: list[Exception] = []

    def start_and_open_storage() -> None:
        # What start() reads until then comes from the first page; a write would open it.
        app.start(when_warm=freeze_start_up_objects)
        try:
            core.open_storage()
        except Exception as error:  # raised again below, once the loop has ended
            failures.append(error)
            qt_app.exit(1)

    after_first_paint(app.window, start_and_open_storage)
    try:
        code = qt_app.exec()
    finally:
        app.shutdown()
    if failures:
        raise failures[0]
    return code
