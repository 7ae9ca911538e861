"""How many of a model's layers go to the graphics card, planned from its free memory."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from localchat.catalog.estimate import (
    DISCRETE_GPU_BANDWIDTH,
    UNIFIED_GPU_BANDWIDTH,
    MemoryEstimate,
    estimate_from_header,
)
from localchat.engines.gguf_header import read_gguf_header
from localchat.hardware import GpuInfo, HardwareProfile
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

MB = 1_000_000
# Kept free on the card. The free figure is read a moment before the load, and the load
# itself takes memory the estimate does not count: the CUDA (or Vulkan) context and the
# math library's workspace take 200-500 MB, and a desktop compositor or a browser grows
# its own share of the card at any time. A fixed floor covers the first on small cards;
# a share of what is free covers the second on big ones. The engine host retries with
# fewer layers when the load still fails, so this errs small rather than large.
DEVICE_MARGIN_SHARE = 0.10
DEVICE_MARGIN_MIN = 300 * MB
# What RAM can give a model at most (the edge of catalog.fit's "Too big"): 80% of all
# memory, and never the 1.5 GB the system and desktop keep; or what is free now if more.
TOTAL_SHARE = 0.8
SYSTEM_RESERVE = 3 * 1024**3 // 2


def ram_capacity(hardware: HardwareProfile) -> int:
    """The most memory a model may take here: beyond it a model is too big for this computer."""
    could_free = min(TOTAL_SHARE * hardware.ram_total, hardware.ram_total - SYSTEM_RESERVE)
    return int(max(hardware.ram_available, could_free))


def device_free(gpu: GpuInfo) -> int:
    """The card's free memory now, or its total when the platform does not say what is free."""
    if gpu.vram_free is not None:
        return gpu.vram_free
    return gpu.vram_total or 0


def device_budget(gpu: GpuInfo) -> int:
    """What the plan may fill on the card: its free memory less the margin."""
    free = device_free(gpu)
    return max(0, free - max(int(DEVICE_MARGIN_SHARE * free), DEVICE_MARGIN_MIN))


def capable_gpu(hardware: HardwareProfile) -> GpuInfo | None:
    """The adapter worth using with a GPU build of the engine, whether or not this one is.

    A discrete card with known memory (the one with the most free), or Apple's GPU with its
    unified memory. Integrated adapters with shared RAM (Intel, AMD APUs) are not: they read
    the weights from the same memory modules as the processor, and writing an answer is
    bound by exactly that reading, so llama.cpp's Vulkan backend gains little or nothing
    there for the risk of driver trouble. Even a "VRAM" figure such an adapter reports (an
    AMD APU's carve-out) is system memory set aside, no faster than the rest.
    """
    unified = [g for g in hardware.gpus if g.unified_memory and device_free(g)]
    if unified:
        return unified[0]
    discrete = [g for g in hardware.gpus if not g.integrated and device_free(g)]
    return max(discrete, key=device_free) if discrete else None


@dataclass(frozen=True)
class OffloadPlan:
    """Where a model runs: how many layers llama.cpp puts on which graphics card.

    ``device_bytes`` is what the plan puts in the card's own memory (0 on the processor and
    on unified memory, where the card's memory is the RAM).
    """

    gpu_layers: int  # n_gpu_layers for llama.cpp: 0 .. total_layers
    total_layers: int  # block_count + 1 (llama.cpp counts the output layer as one more)
    device: GpuInfo | None
    device_bytes: int = 0

    @property
    def share(self) -> float:
        """The fraction of the layers (and so of the weights) on the graphics card."""
        if self.device is None or not self.total_layers:
            return 0.0
        return self.gpu_layers / self.total_layers

    @property
    def bandwidth(self) -> float:
        """The effective bandwidth assumed for the card's layers (see catalog.estimate)."""
        unified = self.device is not None and self.device.unified_memory
        return UNIFIED_GPU_BANDWIDTH if unified else DISCRETE_GPU_BANDWIDTH

    def label(self) -> str:
        """Where the model runs, in words a person understands."""
        if self.gpu_layers <= 0 or self.device is None:
            return translate("Offload", "On the processor")
        layers = self.total_layers  # a plain name: lupdate keeps a count only as one
        if self.gpu_layers >= self.total_layers:
            return translate("Offload", "Runs on your graphics card (all %n layers)", None, layers)
        return translate(
            "Offload",
            "Partly on the graphics card ({on_card} of %n layers)",
            None,
            layers,
        ).format(on_card=number(self.gpu_layers))


def on_processor(block_count: int) -> OffloadPlan:
    """The plan that keeps every layer on the processor."""
    return OffloadPlan(0, max(block_count, 0) + 1, None)


def plan_offload(
    estimate: MemoryEstimate, block_count: int, hardware: HardwareProfile
) -> OffloadPlan:
    """How many layers fit on the graphics card, from the estimate and its free memory.

    Processor only when this engine build cannot offload (``hardware.gpu_offload``) or
    there is no capable GPU with known memory (see ``capable_gpu``: integrated adapters
    with shared RAM are left alone).

    Unified memory (Apple) is counted once: the GPU's memory is the RAM, so every layer
    goes to the GPU when the model is not too big for the RAM (the limit of catalog.fit),
    and none when it is (it cannot run well on either).

    A discrete card: each layer holds an equal share of the file's weights (the output
    layer counted as one more layer) and its part of the KV cache; the compute buffer and
    the runtime overhead go to the card with the first layer. As many layers as fit in the
    card's free memory less a margin (``device_budget``); the rest stay in RAM.
    """
    total_layers = max(block_count, 0) + 1
    gpu = capable_gpu(hardware) if hardware.gpu_offload else None
    if gpu is None or block_count <= 0:
        return on_processor(block_count)
    if gpu.unified_memory:
        if estimate.total > ram_capacity(hardware):
            return on_processor(block_count)
        return OffloadPlan(total_layers, total_layers, gpu)
    budget = device_budget(gpu)
    fixed = estimate.compute + estimate.overhead
    weights_per_layer = estimate.weights / total_layers
    kv_per_layer = estimate.kv_cache / block_count

    def on_card(layers: int) -> int:
        kv_layers = min(layers, block_count)  # the output layer keeps no cache
        return int(fixed + layers * weights_per_layer + kv_layers * kv_per_layer)

    if on_card(total_layers) <= budget:
        layers = total_layers
    else:
        room = budget - fixed
        layers = max(0, min(block_count, int(room // (weights_per_layer + kv_per_layer))))
        while layers > 0 and on_card(layers) > budget:  # int() rounding at the edge
            layers -= 1
    if layers == 0:
        return on_processor(block_count)
    return OffloadPlan(layers, total_layers, gpu, on_card(layers))


def plan_for_file(path: Path, n_ctx: int, hardware: HardwareProfile) -> OffloadPlan:
    """The plan for a GGUF file at a context length (capped at what the model was trained for).

    Reads only the file's header; raises UserFacingError for a file that is not GGUF.
    """
    header = read_gguf_header(path)
    if n_ctx <= 0 or n_ctx > header.context_length:
        n_ctx = header.context_length
    estimate = estimate_from_header(header, path.stat().st_size, n_ctx)
    plan = plan_offload(estimate, int(header.arch_value("block_count", 0)), hardware)
    logger.debug("Offload plan for %s at %d tokens: %s", path.name, n_ctx, plan)
    return plan


def gpu_build_hint(hardware: HardwareProfile) -> str | None:
    """One line for a computer with a capable GPU that this engine build cannot use."""
    gpu = capable_gpu(hardware)
    if gpu is None or hardware.gpu_offload:
        return None
    return translate(
        "Offload",
        "Your {card} could write several times faster with a GPU build of the engine: "
        "see 'Using your graphics card' in the README.",
    ).format(card=gpu.name)
