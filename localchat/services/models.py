"""The model browser's service: hardware, catalog fit, downloads, import and delete."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.errors import UserFacingError
from localchat.library import install_model_file
from localchat.model_location import installed_files

# The catalog, its fit and speed estimates, the hardware probe and llama.cpp's GPU check
# are imported when first used: the survey runs off the GUI thread after the window's first
# paint, so none of them slows the start. huggingface_hub waits for the first download.
if TYPE_CHECKING:
    from localchat.catalog.catalog import Catalog, CatalogVariant
    from localchat.catalog.fit import Assessment
    from localchat.downloads import (
        DownloadJob,
        DownloadManager,
        DownloadProgress,
        DownloadResult,
        JobState,
    )
    from localchat.hardware import HardwareProfile
    from localchat.network import NetworkGate
    from localchat.services.background import BackgroundRunner
    from localchat.storage import InstalledModel, ModelRepository

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Survey:
    """What the Models pane shows: this computer, every variant's fit, a pick per task."""

    hardware: HardwareProfile
    assessments: list[Assessment]
    recommended: dict[str, Assessment | None]
    installed: dict[str, InstalledModel]  # by file name


class ModelsService(QObject):
    """Surveys the catalog against this computer and manages model files.

    The catalog may be given as a function that reads it; it is then read on first use.
    The last survey stays in ``last_survey`` (or why it failed, in ``last_survey_error``)
    for a Models pane built after it arrived.

    Signals:
        surveyed: A survey finished. args: Survey.
        models_changed: A model was installed or removed.
        download_progress: args: variant key, bytes done, total (0 if unknown), bytes/s,
            seconds left (-1 if unknown).
        download_state: args: variant key, state name (queued, running, paused, ...).
        download_failed: args: variant key, a sentence for the user.
        hub_results: A hub search finished. args: query, list of HubRepo.
        failed: A background job failed. args: a sentence for the user.
        imported: A model file passed its check and was added. args: InstalledModel.
        import_failed: A model file was refused. args: a sentence for the user.
    """

    surveyed = Signal(object)
    models_changed = Signal()
    download_progress = Signal(str, int, int, float, float)
    download_state = Signal(str, str)
    download_failed = Signal(str, str)
    hub_results = Signal(str, object)
    failed = Signal(str)
    imported = Signal(object)
    import_failed = Signal(str)

    def __init__(
        self,
        catalog: Catalog | Callable[[], Catalog],
        models: ModelRepository,
        gate: NetworkGate,
        models_dir: Path,
        runner: BackgroundRunner,
        context_length: int = 4096,
        measured_bandwidth: float | None = None,
        manager: DownloadManager | None = None,
        parent: QObject | None = None,
        use_graphics_card: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._use_graphics_card = use_graphics_card  # Settings' "Use the graphics card"
        self._catalog = catalog
        self.last_survey: Survey | None = None
        self.last_survey_error: str | None = None  # the last survey failed: why
        self._models = models
        self._gate = gate
        self._runner = runner
        self._context_length = context_length
        self.effective_bandwidth = measured_bandwidth
        self._models_dir = models_dir
        self._job_keys: dict[str, str] = {}  # download job id -> variant key
        # (repo, file) -> variant key, known before the job starts: its first events
        # (queued, an offline refusal) may arrive before download() has the job's id.
        self._request_keys: dict[tuple[str, str], str] = {}
        self._manager = manager
        if manager is not None:
            manager.events = self._events()

    def _events(self):  # noqa: ANN202 - DownloadEvents
        from localchat.downloads import DownloadEvents

        return DownloadEvents(
            progress=self._on_job_progress,
            state=self._on_job_state,
            finished=self._on_job_finished,
            failed=self._on_job_failed,
        )

    @property
    def catalog(self) -> Catalog:
        """The catalog, read on first use (from the GUI or the survey's thread)."""
        catalog = self._catalog
        if callable(catalog):
            catalog = self._catalog = catalog()  # two racing first reads both get a copy
        return catalog

    @property
    def catalog_if_read(self) -> Catalog | None:
        """The catalog when it has been read already (never reads it)."""
        return None if callable(self._catalog) else self._catalog

    @property
    def manager(self) -> DownloadManager:
        """The download manager, created on first use."""
        if self._manager is None:
            from localchat.downloads import DownloadManager

            self._manager = DownloadManager(self._gate, self._models_dir, self._events())
        return self._manager

    def survey(self) -> None:
        """Detect the hardware and assess every catalog variant, off the GUI thread."""
        self._runner.run(self._survey, self._on_survey_done, self._on_survey_failed)

    def _on_survey_done(self, survey: Survey) -> None:
        self.last_survey = survey
        self.last_survey_error = None
        self.surveyed.emit(survey)

    def _survey(self) -> Survey:
        from localchat.catalog.fit import assess, recommend_all
        from localchat.engines.gpu_layers import supports_gpu_offload
        from localchat.hardware import detect_hardware

        hardware = detect_hardware(self._models_dir, gpu_offload=supports_gpu_offload())
        assessments = assess(
            self.catalog,
            hardware,
            n_ctx=self._context_length,
            effective_bandwidth=self.effective_bandwidth,
            use_gpu=self._use_graphics_card(),
        )
        installed = installed_files(self._models.list())
        return Survey(hardware, assessments, recommend_all(assessments), installed)

    def _on_survey_failed(self, message: str) -> None:
        self.last_survey_error = message
        self.failed.emit(message)

    def set_context_length(self, context_length: int) -> None:
        """The context length the fit estimates assume (from Settings; next survey)."""
        self._context_length = context_length

    def calibrate(self, tokens_per_second: float, model_bytes: int) -> None:
        """Use a measured answer speed to predict the others (bandwidth x efficiency)."""
        if tokens_per_second > 0 and model_bytes > 0:
            from localchat.catalog.estimate import calibrate

            self.effective_bandwidth = calibrate(tokens_per_second, model_bytes)

    def download(self, variant: CatalogVariant) -> None:
        """Start (or resume) fetching a catalog variant."""
        if not variant.downloadable or variant.repo is None:
            raise UserFacingError(
                self.tr("{file} is not available for download.").format(file=variant.file)
            )
        from localchat.downloads import DownloadRequest

        request = DownloadRequest(variant.repo, variant.file, "main", variant.sha256)
        self._request_keys[(variant.repo, variant.file)] = variant.key
        job = self.manager.download(request)
        self._job_keys[job.id] = variant.key

    def _key_of(self, job_id: str) -> str:
        """The variant key a job's signals carry."""
        key = self._job_keys.get(job_id)
        if key is not None:
            return key
        job = self.manager.job(job_id) if self._manager is not None else None
        if job is not None:
            request = (job.request.repo_id, job.request.filename)
            return self._request_keys.get(request, job_id)
        return job_id

    def _job_for(self, key: str) -> DownloadJob | None:
        for job_id, job_key in self._job_keys.items():
            if job_key == key:
                return self.manager.job(job_id)
        return None

    def search_hub(self, query: str) -> None:
        """Search the hub for GGUF repositories (only on request); answers with hub_results."""
        from localchat.downloads import search_gguf_repos

        self._runner.run(
            lambda: search_gguf_repos(self._gate, query),
            lambda repos: self.hub_results.emit(query, repos),
            self.failed.emit,
        )

    def download_file(self, repo_id: str, filename: str) -> str:
        """Fetch a file found by a hub search; returns the key its progress signals carry."""
        entry = self.catalog.find_file(filename)
        if entry is not None:
            self.download(entry[1])
            return entry[1].key
        from localchat.catalog.catalog import CatalogVariant

        variant = CatalogVariant(
            model_id=repo_id,
            quant=filename,
            repo=repo_id,
            file=filename,
            size=0,
            size_exact=False,
            sha256=None,
        )
        self.download(variant)
        return variant.key

    def pause(self, key: str) -> None:
        """Pause a download; its partial file is kept."""
        job = self._job_for(key)
        if job is not None:
            job.pause()

    def resume(self, key: str) -> None:
        """Resume a paused or failed download from where it stopped."""
        job = self._job_for(key)
        if job is not None:
            job.resume()

    def cancel(self, key: str) -> None:
        """Stop a download and delete its partial file."""
        job = self._job_for(key)
        if job is not None:
            job.cancel()

    def import_file(self, path: Path, model_type: str | None = None) -> None:
        """Check and add a model file the user already has (it stays where it is).

        The check loads the file in a throwaway engine host (a second or more), so it runs
        on the background runner; ``imported`` or ``import_failed`` tells how it went.
        """
        self._runner.run(
            lambda: install_model_file(self._models, path, source="import", model_type=model_type),
            self._on_import_done,
            self.import_failed.emit,
        )

    def _on_import_done(self, model: object) -> None:
        self.imported.emit(model)
        self.models_changed.emit()

    def delete(self, model: InstalledModel) -> None:
        """Remove a model; a downloaded file is deleted, an imported or bundled one is kept."""
        if model.source == "download":
            try:
                os.remove(model.path)
            except FileNotFoundError:
                pass
        self._models.remove(model.id)
        self.models_changed.emit()

    def shutdown(self) -> None:
        """Pause downloads (partials are resumed next time)."""
        if self._manager is not None:
            self._manager.shutdown()

    # --- download callbacks: called on download threads; signals queue to the GUI thread --

    def _on_job_progress(self, job_id: str, progress: DownloadProgress) -> None:
        key = self._key_of(job_id)
        eta = -1.0 if progress.eta is None else float(progress.eta)
        self.download_progress.emit(key, progress.done, progress.total or 0, progress.speed, eta)

    def _on_job_state(self, job_id: str, state: JobState) -> None:
        if str(state) != "finished":  # "finished" is sent once the model is registered
            self.download_state.emit(self._key_of(job_id), str(state))

    def _on_job_finished(self, job_id: str, result: DownloadResult) -> None:
        key = self._key_of(job_id)
        entry = self.catalog.find_file(result.filename)
        model_type = entry[1].model_type if entry else None
        try:
            install_model_file(
                self._models,
                result.path,
                source="download",
                name=f"{entry[0].name} {entry[1].quant}" if entry else None,
                model_type=model_type,
                source_repo=result.repo_id,
                source_file=result.filename,
                revision=result.commit,
                sha256=result.sha256,
            )
        except UserFacingError as error:
            self.download_failed.emit(key, str(error))
            return
        self.download_state.emit(key, "finished")
        self.models_changed.emit()

    def _on_job_failed(self, job_id: str, error: UserFacingError) -> None:
        self.download_failed.emit(self._key_of(job_id), str(error))
