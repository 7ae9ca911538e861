"""How many layers go to the graphics card, on this machine's CPU build of the engine."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from localchat.bootstrap import open_core
from localchat.engines.base import AUTO_GPU_LAYERS, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.gpu_layers import (
    attempts,
    fewer_layers_note,
    planned_gpu_layers,
    supports_gpu_offload,
)
from localchat.paths import resolve_paths


@pytest.mark.slow
def test_this_cpu_build_plans_no_layers_and_loads_on_the_processor(
    default_model_path: Path,
) -> None:
    assert supports_gpu_offload() is False  # the real build here cannot offload
    assert planned_gpu_layers(default_model_path, 2048, AUTO_GPU_LAYERS) == 0
    engine = open_engine(
        default_model_path, LoadOptions(context_length=1024, threads=1, gpu_layers=AUTO_GPU_LAYERS)
    )
    try:
        assert engine.gpu_layers == 0 and engine.offload_note == ""
        greedy = SamplingParams(temperature=0.0, max_tokens=4)
        assert "".join(engine.stream_prompt("Hello", greedy, threading.Event())).strip()
    finally:
        engine.close()


def test_a_fixed_layer_count_is_kept_and_never_negative(default_model_path: Path) -> None:
    assert planned_gpu_layers(default_model_path, 2048, 12) == 12
    assert planned_gpu_layers(default_model_path, 2048, -7) == 0


def test_a_failed_load_is_retried_with_half_the_layers_then_none() -> None:
    assert attempts(31) == [31, 15, 0]
    assert attempts(1) == [1, 0]
    assert attempts(0) == [0]


def test_the_user_is_told_when_fewer_layers_were_loaded_than_planned() -> None:
    assert fewer_layers_note(31, 31) == ""
    assert fewer_layers_note(15, 31) == (
        "The graphics card did not have enough free memory for 31 layers, so the model runs "
        "with 15 of its layers on the graphics card."
    )
    assert fewer_layers_note(0, 31).endswith("so the model runs on the processor.")


def test_the_setting_chooses_automatic_or_the_processor(data_dir: Path) -> None:
    core = open_core(resolve_paths(data_dir))
    try:
        assert core.settings.graphics_card == "automatic"
        assert core.load_options().gpu_layers == AUTO_GPU_LAYERS
        core.settings.graphics_card = "off"
        assert core.load_options().gpu_layers == 0
    finally:
        core.close()
