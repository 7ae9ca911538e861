"""Open the core pieces every front end needs: settings, database, repositories, models."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localchat.engines.base import AUTO_GPU_LAYERS, LoadOptions, SamplingParams
from localchat.engines.state_cache import state_folder
from localchat.paths import AppPaths
from localchat.settings import Settings, load_settings

if TYPE_CHECKING:
    from localchat.storage import (
        ConversationRepository,
        Database,
        InstalledModel,
        JobRepository,
        LedgerRepository,
        ModelRepository,
    )
    from localchat.storage.first_page import FirstPage

logger = logging.getLogger(__name__)

# The conversations the window's first frame lists: LibraryService.recent's first page.
FIRST_PAGE = 200


@dataclass
class Core:
    """The opened core: what the CLI and the window are built from.

    A core opened with ``defer_storage`` holds stand-ins for the database and the
    repositories until ``open_storage()`` (see ``_StorageLater``).
    """

    paths: AppPaths
    settings: Settings
    database: Database
    conversations: ConversationRepository
    models: ModelRepository
    jobs: JobRepository
    ledger: LedgerRepository
    _later: _StorageLater | None = field(default=None, repr=False)

    def load_options(self, model_type: str | None = None) -> LoadOptions:
        """Engine load options from the settings."""
        return LoadOptions(
            context_length=self.settings.context_length,
            # 0: the engine picks the threads before each request (engines/threads.py)
            threads=max(0, self.settings.threads),
            gpu_layers=AUTO_GPU_LAYERS if self.settings.graphics_card != "off" else 0,
            model_type=model_type,
            performance=self.settings.performance,
            state_dir=str(state_folder(self.paths.data_dir)),
        )

    def sampling(self) -> SamplingParams:
        """Sampling parameters from the settings."""
        sampling = self.settings.sampling
        return SamplingParams(
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            max_tokens=sampling.max_tokens,
            repeat_penalty=sampling.repeat_penalty,
            seed=sampling.seed,
        )

    @property
    def storage_open(self) -> bool:
        """Whether the database is open (always, unless opened with ``defer_storage``)."""
        return self._later is None or self._later.storage is not None

    def open_storage(self) -> None:
        """Open the database left for after the window's first paint; else do nothing.

        Migrates and marks interrupted answers as ``open_core`` does; raises what it raises.
        """
        if self._later is None:
            return
        storage = self._later.open()
        self.database = storage.database
        self.conversations = storage.conversations
        self.models = storage.models
        self.jobs = storage.jobs
        self.ledger = storage.ledger

    def close(self) -> None:
        """Close the database (if it was opened)."""
        if self.storage_open:
            self.database.close()


@dataclass(frozen=True)
class _Storage:
    database: Database
    conversations: ConversationRepository
    models: ModelRepository
    jobs: JobRepository
    ledger: LedgerRepository


def _open_storage(paths: AppPaths) -> _Storage:
    """Open (and migrate) the database, mark what a crash left half-done, register the model."""
    from localchat.library import ensure_default_model
    from localchat.storage import (
        ConversationRepository,
        Database,
        JobRepository,
        LedgerRepository,
        ModelRepository,
    )

    database = Database.open(paths.database_file)
    conversations = ConversationRepository(database)
    models = ModelRepository(database)
    jobs = JobRepository(database)
    interrupted = conversations.mark_unfinished_as_interrupted()
    stopped_jobs = jobs.mark_unfinished_as_interrupted()
    if interrupted or stopped_jobs:
        logger.info("Marked %d answers and %d jobs as interrupted", interrupted, stopped_jobs)
    ensure_default_model(models)
    return _Storage(database, conversations, models, jobs, LedgerRepository(database))


class _StandIn:
    """Takes the place of a repository (or the database) until the storage is open.

    Until then it answers only the reads the window's first frame and ``Application.start``
    make (the newest conversations, the models), from the first page; anything else opens
    the storage there and then (correct, only not as quick), so that nothing ever reads or
    writes an unmigrated file, nor misses what the opening marks. Afterwards it forwards.
    """

    def __init__(
        self, later: _StorageLater, part: str, early: dict[str, Callable[..., Any]]
    ) -> None:
        self._later = later
        self._part = part
        self._early = early

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        storage = self._later.storage
        if storage is None:
            if name in self._early:
                return self._early[name]
            logger.info("%s.%s used before the window's first paint", self._part, name)
            storage = self._later.open()
        return getattr(getattr(storage, self._part), name)


class _StorageLater:
    """The storage, opened on the first call of ``open`` (from any thread, once)."""

    def __init__(self, paths: AppPaths, page: FirstPage) -> None:
        self._paths = paths
        self._page = page
        self._lock = threading.Lock()
        self.storage: _Storage | None = None

    def open(self) -> _Storage:
        with self._lock:
            if self.storage is None:
                self.storage = _open_storage(self._paths)
            return self.storage

    def stand_in(self, part: str) -> Any:
        early: dict[str, Callable[..., Any]] = {}
        if part == "conversations":
            early["list_recent"] = self._list_recent
        elif part == "models":
            early["list"] = lambda: list(self._page.models)
            early["get"] = self._model
        return _StandIn(self, part, early)

    def _model(self, model_id: int) -> InstalledModel:
        for model in self._page.models:
            if model.id == model_id:
                return model
        return self.open().models.get(model_id)

    def _list_recent(self, limit: int = 50, offset: int = 0) -> list[Any]:
        page = self._page
        if offset == 0 and (limit <= page.limit or len(page.conversations) < page.limit):
            return page.conversations[:limit]
        return self.open().conversations.list_recent(limit=limit, offset=offset)


def _bundled_model_registered(models: list[InstalledModel]) -> bool:
    """Whether ensure_default_model would change nothing (else it runs before the window)."""
    from localchat.bundled import default_model_file

    path = default_model_file()
    if any(m.source == "bundled" and Path(m.path) != path for m in models):
        return False
    return path is None or any(m.path == str(path) for m in models)


def _core_with_storage_later(paths: AppPaths) -> Core | None:
    """A core whose storage opens later, when the first page can be read with sqlite3."""
    from localchat.storage.first_page import read_first_page

    page = read_first_page(paths.database_file, FIRST_PAGE)
    if page is None or not _bundled_model_registered(page.models):
        return None  # a first start, a migration, a moved model, a problem: open it now
    later = _StorageLater(paths, page)
    parts = ("database", "conversations", "models", "jobs", "ledger")
    stand_ins = [later.stand_in(part) for part in parts]
    return Core(paths, load_settings(paths.settings_file), *stand_ins, _later=later)


def open_core(paths: AppPaths, *, defer_storage: bool = False) -> Core:
    """Create folders, open (and migrate) the database, register the bundled model.

    Answers and document jobs left half-done by a crash or kill are marked "interrupted".
    With ``defer_storage`` (the window), all that waits for ``Core.open_storage()``, and
    the first page of conversations and the models are read with plain sqlite3, when the
    file is at this version's schema; otherwise the database opens now, as without it.
    """
    paths.create()
    if defer_storage:
        core = _core_with_storage_later(paths)
        if core is not None:
            return core
    storage = _open_storage(paths)
    settings = load_settings(paths.settings_file)
    return Core(
        paths,
        settings,
        storage.database,
        storage.conversations,
        storage.models,
        storage.jobs,
        storage.ledger,
    )
