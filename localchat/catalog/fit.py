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
    variant_dims,
)
from localchat.catalog.offload import (
    OffloadPlan,
    device_free,
    on_processor,
    plan_offload,
    ram_capacity,
)
from localchat.engines.gguf_header import GgufHeader
from localchat.hardware import HardwareProfile, human_bytes
from localchat.i18n import translate

DEFAULT_CONTEXT = 4096
RUNS_WELL_SHARE = 0.75  # of the memory free now: leaves room for the OS and the app


MIN_WORDS_PER_SECOND = 5.0  # slower than this feels broken in a chat


class FitLabel(enum.Enum):
    """The three plain verdicts a user sees next to a model."""

    RUNS_WELL = "Runs well"
    TIGHT = "Tight: close other apps"
    TOO_BIG = "Too big for this computer"

    def text(self) -> str:
        """The verdict in the user's language (``value`` stays the English key)."""
        if self is FitLabel.RUNS_WELL:
            return translate("FitLabel", "Runs well")
        if self is FitLabel.TIGHT:
            return translate("FitLabel", "Tight: close other apps")
        return translate("FitLabel", "Too big for this computer")


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
    plan: OffloadPlan  # where it runs: processor, graphics card or both

    @property
    def usable(self) -> bool:
        """Runnable by an engine here and not too big."""
        return self.support.runnable and self.fit.label is not FitLabel.TOO_BIG

    @property
    def ram_needed(self) -> int:
        """What the model takes from RAM: all it needs less what the plan puts on the card."""
        return max(self.estimate.total - self.plan.device_bytes, 0)


def _ram_label(needed: int, hardware: HardwareProfile) -> FitLabel:
    if needed <= RUNS_WELL_SHARE * hardware.ram_available:
        return FitLabel.RUNS_WELL
    if needed <= ram_capacity(hardware):
        return FitLabel.TIGHT
    return FitLabel.TOO_BIG


def fit_memory(needed: int, hardware: HardwareProfile, plan: OffloadPlan | None = None) -> Fit:
    """Label a memory need against what is free now, with the part on the card if planned.

    Runs well: within 75% of the memory free now. Tight: more than that but within what is
    free, or within what closing other apps could free (80% of all memory, and at most all
    but 1.5 GB for the system). Too big: beyond that.

    With a ``plan`` (catalog.offload) that puts layers on a discrete card, only what stays
    off the card (``needed`` less ``plan.device_bytes``) is judged against RAM; the card's
    part fits its free memory by construction of the plan. Unified memory (Apple) is judged
    like RAM: the GPU's memory is the RAM. Without a plan, everything is judged against RAM.
    """
    plan = plan or on_processor(0)
    on_gpu = plan.gpu_layers > 0 and plan.device is not None
    gpu = plan.device
    if not on_gpu or gpu is None or gpu.unified_memory:
        return _fit_in_ram(needed, hardware, on_gpu)
    card, free = plan.device_bytes, device_free(gpu)
    in_ram = max(needed - card, 0)
    label = _ram_label(in_ram, hardware)
    if plan.gpu_layers >= plan.total_layers and label is FitLabel.RUNS_WELL:
        reason = translate(
            "Fit", "Needs about {needed}; {free} of graphics memory is free on the {card}."
        ).format(needed=human_bytes(needed), free=human_bytes(free), card=gpu.name)
        return Fit(label, reason, needed, on_gpu=True)
    if label is FitLabel.TOO_BIG:
        reason = translate(
            "Fit",
            "Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) "
            "and {in_memory} in memory (this computer has {total} in all).",
        )
    else:
        reason = translate(
            "Fit",
            "Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) "
            "and {in_memory} in memory ({available} free now).",
        )
    reason = reason.format(
        needed=human_bytes(needed),
        on_card=human_bytes(card),
        free=human_bytes(free),
        card=gpu.name,
        in_memory=human_bytes(in_ram),
        total=human_bytes(hardware.ram_total),
        available=human_bytes(hardware.ram_available),
    )
    return Fit(label, reason, needed, on_gpu=True)


def _fit_in_ram(needed: int, hardware: HardwareProfile, on_gpu: bool) -> Fit:
    label = _ram_label(needed, hardware)
    if label is FitLabel.TOO_BIG:
        reason = translate(
            "Fit", "Needs about {needed}; this computer has {total} of memory in all."
        )
    else:
        reason = translate("Fit", "Needs about {needed}; {available} is free now.")
    reason = reason.format(
        needed=human_bytes(needed),
        total=human_bytes(hardware.ram_total),
        available=human_bytes(hardware.ram_available),
    )
    return Fit(label, reason, needed, on_gpu)


def _assess_variant(
    model: CatalogModel,
    variant: CatalogVariant,
    support: SupportCheck,
    hardware: HardwareProfile,
    n_ctx: int,
    header: GgufHeader | None,
    effective_bandwidth: float | None,
    use_gpu: bool,
) -> Assessment:
    estimate = estimate_variant(model, variant, n_ctx, header)
    layers = variant_dims(model, header).layers
    # The plan is llama.cpp's (n_gpu_layers); GGML-era models run on the processor here,
    # and so does everything when the user turned the graphics card off in Settings.
    if model.engine == "llama.cpp" and use_gpu:
        plan = plan_offload(estimate, layers, hardware)
    else:
        plan = on_processor(layers)
    speed = estimate_variant_speed(
        model,
        variant,
        effective_bandwidth,
        header,
        gpu_share=plan.share,
        gpu_bandwidth=plan.bandwidth,
    )
    fit = fit_memory(estimate.total, hardware, plan)
    return Assessment(model, variant, estimate, fit, support, speed, plan)


def assess(
    catalog: Catalog,
    hardware: HardwareProfile,
    n_ctx: int = DEFAULT_CONTEXT,
    ctransformers_available: bool = True,
    headers: Mapping[str, GgufHeader] | None = None,
    effective_bandwidth: float | None = None,
    use_gpu: bool = True,
) -> list[Assessment]:
    """Assess every variant of the catalog on this computer.

    ``headers`` maps a variant key to its GGUF header when one has been read (installed
    file or remote preview), which makes the estimate exact instead of catalog-based.
    Each assessment carries its offload plan, and its fit and speed follow from it.
    """
    headers = headers or {}
    results = []
    for model in catalog.models:
        support = check_support(model, ctransformers_available)
        for variant in model.variants:
            header = headers.get(variant.key)
            results.append(
                _assess_variant(
                    model, variant, support, hardware, n_ctx, header, effective_bandwidth, use_gpu
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
    memory alone would recommend a 4B model that answers at a word a second. A model the
    catalog marks ``superseded_by`` a newer one is picked only when no newer one qualifies.
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
    current = [item for item in candidates if item.model.superseded_by is None]
    candidates = current or candidates  # an older generation only when nothing newer fits

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
