"""Open the core pieces every front end needs: settings, database, repositories, models."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from localchat.engines.base import AUTO_GPU_LAYERS, LoadOptions, SamplingParams
from localchat.library import ensure_default_model
from localchat.paths import AppPaths
from localchat.settings import Settings, load_settings
from localchat.storage import ConversationRepository, Database, JobRepository, ModelRepository

logger = logging.getLogger(__name__)


@dataclass
class Core:
    """The opened core: what the CLI and the window are built from."""

    paths: AppPaths
    settings: Settings
    database: Database
    conversations: ConversationRepository
    models: ModelRepository
    jobs: JobRepository

    def load_options(self, model_type: str | None = None) -> LoadOptions:
        """Engine load options from the settings."""
        return LoadOptions(
            context_length=self.settings.context_length,
            threads=self.settings.effective_threads(),
            gpu_layers=AUTO_GPU_LAYERS if self.settings.graphics_card != "off" else 0,
            model_type=model_type,
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

    def close(self) -> None:
        """Close the database."""
        self.database.close()


def open_core(paths: AppPaths) -> Core:
    """Create folders, open (and migrate) the database, register the bundled model.

    Answers and document jobs left half-done by a crash or kill are marked "interrupted".
    """
    paths.create()
    database = Database.open(paths.database_file)
    conversations = ConversationRepository(database)
    models = ModelRepository(database)
    jobs = JobRepository(database)
    interrupted = conversations.mark_unfinished_as_interrupted()
    stopped_jobs = jobs.mark_unfinished_as_interrupted()
    if interrupted or stopped_jobs:
        logger.info("Marked %d answers and %d jobs as interrupted", interrupted, stopped_jobs)
    ensure_default_model(models)
    settings = load_settings(paths.settings_file)
    return Core(paths, settings, database, conversations, models, jobs)
