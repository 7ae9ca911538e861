"""How many layers go to the graphics card: planned from its free memory, fewer if that fails."""

from __future__ import annotations

import logging
from pathlib import Path

from localchat.engines.base import AUTO_GPU_LAYERS
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)


def supports_gpu_offload() -> bool:
    """Whether this llama.cpp build can put layers on a GPU."""
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except (ImportError, AttributeError, OSError):
        return False


def planned_gpu_layers(path: Path, n_ctx: int, requested: int) -> int:
    """The layers to offload: a fixed number, or (automatic) what the card's free memory holds.

    Asked in the engine host, where the engine build is loaded: a build without GPU
    support plans 0 layers whatever the computer has.
    """
    if requested != AUTO_GPU_LAYERS:
        return max(0, requested)
    if not supports_gpu_offload():
        return 0
    from localchat.catalog.offload import plan_for_file
    from localchat.hardware import detect_hardware

    plan = plan_for_file(path, n_ctx, detect_hardware(gpu_offload=True))
    logger.info("Offload plan for %s: %s", path.name, plan.label())
    return plan.gpu_layers


def attempts(layers: int) -> list[int]:
    """Layer counts to try in turn: the plan, half of it, then none.

    Free graphics memory is read a moment before the load, and other programs (or a
    driver's own reservations) can take some of it meanwhile.
    """
    tries = [layers, layers // 2, 0] if layers > 0 else [0]
    return list(dict.fromkeys(tries))


def fewer_layers_note(used: int, planned: int) -> str:
    """What the user is told when the load needed fewer layers than planned."""
    if used == planned:
        return ""
    if used == 0:
        return translate(
            "EngineNotes",
            "The graphics card did not have enough free memory for %n layers, so the "
            "model runs on the processor.",
            None,
            planned,
        )
    return translate(
        "EngineNotes",
        "The graphics card did not have enough free memory for %n layers, so the "
        "model runs with {used} of its layers on the graphics card.",
        None,
        planned,
    ).format(used=number(used))
