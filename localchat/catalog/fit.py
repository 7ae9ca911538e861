"""Whether each catalog model fits this computer now, and one recommended pick per task."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from localchat.catalog.architectures import SupportCheck, check_support
from localchat.catalog.architectures import (  # re-exported: what an engine build runs
    supported_architectures as supported_architectures,
)
from localchat.catalog.catalog import TASKS, Catalog, CatalogModel, CatalogVariant
from localchat.catalog.estimate import (
    MemoryEstimate,
    SpeedEstimate,
    estimate_variant,
    estimate_variant_speed,
)
from localchat.engines.gguf_header import GgufHeader
from localchat.hardware import GpuInfo, HardwareProfile, human_bytes

DEFAULT_CONTEXT = 4096
RUNS_WELL_SHARE = 0.75  # of the memory free now: leaves room for the OS and the app
TOTAL_SHARE = 0.8  # of all memory: what closing other apps could free at most ...
SYSTEM_RESERVE = 3 * 1024**3 // 2  # ... and never the 1.5 GB the system and desktop keep
VRAM_SHARE = 0.9  # of free graphics memory


MIN_WORDS_PER_SECOND = 5.0  # slower than this feels broken in a chat


class FitLabel(enum.Enum):
    """The three plain verdicts a user sees next to a model."""

    RUNS_WELL = "Runs well"
    TIGHT = "Tight: close other apps"
    TOO_BIG = "Too big for this computer"


@dataclass(frozen=True)
class Fit:
    """A verdict with its reason, e.g. 'Needs about 1.2 GB; 5.3 GB is free now.'."""

    label: FitLabel
    reason: str
    needed: int
    on_gpu: bool = False


@dataclass(frozen=True)
class Assessment:
    """Everything the model browser shows about one variant on this computer."""

    model: CatalogModel
    variant: CatalogVariant
    estimate: MemoryEstimate
    fit: Fit
    support: SupportCheck
    speed: SpeedEstimate

    @property
    def usable(self) -> bool:
        """Runnable by an engine here and not too big."""
        return self.support.runnable and self.fit.label is not FitLabel.TOO_BIG


def _best_gpu(hardware: HardwareProfile) -> GpuInfo | None:
    known = [gpu for gpu in hardware.gpus if (gpu.vram_free or gpu.vram_total)]
    if not hardware.gpu_offload or not known:
        return None
    return max(known, key=lambda gpu: gpu.vram_free or gpu.vram_total or 0)


def fit_memory(needed: int, hardware: HardwareProfile) -> Fit:
    """Label a memory need against what is free now (graphics memory when it can be used).

    Runs well: within 75% of the memory free now. Tight: more than that but within what is
    free, or within what closing other apps could free (80% of all memory, and at most all
    but 1.5 GB for the system). Too big: beyond that. A dedicated GPU is used when the
    engine can offload and the whole model fits in 90% of its free memory; unified memory
    (Apple) is judged like RAM.
    """
    gpu = _best_gpu(hardware)
    if gpu is not None and not gpu.unified_memory:
        free = gpu.vram_free if gpu.vram_free is not None else gpu.vram_total or 0
        if needed <= VRAM_SHARE * free:
            reason = (
                f"Needs about {human_bytes(needed)}; {human_bytes(free)} of graphics memory "
                f"is free on the {gpu.name}."
            )
            return Fit(FitLabel.RUNS_WELL, reason, needed, on_gpu=True)
    on_gpu = gpu is not None and gpu.unified_memory
    available = hardware.ram_available
    reason = f"Needs about {human_bytes(needed)}; {human_bytes(available)} is free now."
    if needed <= RUNS_WELL_SHARE * available:
        return Fit(FitLabel.RUNS_WELL, reason, needed, on_gpu)
    could_free = min(TOTAL_SHARE * hardware.ram_total, hardware.ram_total - SYSTEM_RESERVE)
    if needed <= available or needed <= could_free:
        return Fit(FitLabel.TIGHT, reason, needed, on_gpu)
    reason = (
        f"Needs about {human_bytes(needed)}; this computer has "
        f"{human_bytes(hardware.ram_total)} of memory in all."
    )
    return Fit(FitLabel.TOO_BIG, reason, needed, on_gpu)


def assess(
    catalog: Catalog,
    hardware: HardwareProfile,
    n_ctx: int = DEFAULT_CONTEXT,
    ctransformers_available: bool = True,
    headers: Mapping[str, GgufHeader] | None = None,
    effective_bandwidth: float | None = None,
) -> list[Assessment]:
    """Assess every variant of the catalog on this computer.

    ``headers`` maps a variant key to its GGUF header when one has been read (installed
    file or remote preview), which makes the estimate exact instead of catalog-based.
    """
    headers = headers or {}
    results = []
    for model in catalog.models:
        support = check_support(model, ctransformers_available)
        for variant in model.variants:
            header = headers.get(variant.key)
            estimate = estimate_variant(model, variant, n_ctx, header)
            results.append(
                Assessment(
                    model=model,
                    variant=variant,
                    estimate=estimate,
                    fit=fit_memory(estimate.total, hardware),
                    support=support,
                    speed=estimate_variant_speed(model, variant, effective_bandwidth, header),
                )
            )
    return results


def recommend(assessments: Iterable[Assessment], task: str) -> Assessment | None:
    """One pick for a task: the largest model that runs well.

    When none runs well, the tight one needing the least memory is picked.

    Only current GGUF models (llama.cpp) that list the task are considered; GGML-era models
    stay in the catalog for comparison. Among one model's variants, summarizing prefers the
    one flagged ``fast_prompt`` (it reads long documents faster at about equal quality);
    other tasks prefer the larger file (the higher-quality quantization). A model that
    would write slower than MIN_WORDS_PER_SECOND here is picked only when nothing is quicker:
    memory alone would recommend a 4B model that answers at a word a second.
    """
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}")
    candidates = [
        item
        for item in assessments
        if item.usable and item.model.engine == "llama.cpp" and task in item.model.good_at
    ]
    if not candidates:
        return None

    def preference(item: Assessment) -> tuple[bool, bool, int, bool, int]:
        runs_well = item.fit.label is FitLabel.RUNS_WELL
        quick = item.speed.words_per_second >= MIN_WORDS_PER_SECOND
        # among tight ones, the smallest need is the likeliest to work
        size_rank = item.model.parameters if runs_well else -item.estimate.total
        fast = task == "summarize" and item.variant.fast_prompt
        return (quick, runs_well, size_rank, fast, item.variant.size)

    return max(candidates, key=preference)


def recommend_all(assessments: Iterable[Assessment]) -> dict[str, Assessment | None]:
    """The pick for each task: chat, summarize, translate."""
    items = list(assessments)
    return {task: recommend(items, task) for task in TASKS}
