"""Fit labels and recommendations on typical laptops; unsupported models marked early."""

from __future__ import annotations

import pytest

from localchat.catalog.architectures import Support, check_support, supported_architectures
from localchat.catalog.catalog import load_catalog, parse_catalog
from localchat.catalog.fit import (
    MIN_WORDS_PER_SECOND,
    FitLabel,
    assess,
    fit_memory,
    recommend,
    recommend_all,
)
from localchat.hardware import GpuInfo, HardwareProfile

GIB = 1024**3


def laptop(total_gib: float, free_gib: float, gpu: GpuInfo | None = None, offload: bool = False):
    return HardwareProfile(
        ram_total=int(total_gib * GIB),
        ram_available=int(free_gib * GIB),
        physical_cores=2,
        logical_cores=4,
        cpu_name="Test CPU",
        cpu_features=("avx2",),
        gpus=(gpu,) if gpu else (),
        gpu_offload=offload,
    )


LAPTOP_4GB = laptop(4, 1.5)
LAPTOP_8GB = laptop(8, 3)
LAPTOP_16GB = laptop(16, 10)
RTX_6GB = GpuInfo("RTX 3060 Laptop GPU", vram_total=6 * GIB, vram_free=int(5.5 * GIB))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _labels(catalog, hardware):
    return {item.variant.key: item.fit for item in assess(catalog, hardware)}


def test_reason_is_one_plain_sentence():
    fit = fit_memory(int(1.2 * GIB), laptop(8, 5.3))
    assert fit.label is FitLabel.RUNS_WELL
    assert fit.reason == "Needs about 1.2 GB; 5.3 GB is free now."
    assert FitLabel.TIGHT.value == "Tight: close other apps"
    assert FitLabel.TOO_BIG.value == "Too big for this computer"


def test_4gb_laptop(catalog):
    fits = _labels(catalog, LAPTOP_4GB)
    assert fits["smollm2-135m-instruct:Q4_1"].label is FitLabel.RUNS_WELL
    assert fits["qwen2.5-0.5b-instruct:Q4_K_M"].label is FitLabel.RUNS_WELL
    assert fits["qwen2.5-1.5b-instruct:Q4_K_M"].label is FitLabel.TIGHT
    assert fits["gemma-3-4b-it:Q4_K_M"].label is FitLabel.TOO_BIG
    assert fits["phi-3.5-mini-instruct:Q4_K_M"].label is FitLabel.TOO_BIG
    assert fits["phi-3.5-mini-instruct:Q4_K_M"].reason.endswith(
        "this computer has 4.0 GB of memory in all."
    )
    assert fits["qwen2.5-1.5b-instruct:Q4_K_M"].reason.endswith("1.5 GB is free now.")


def test_8gb_laptop_without_and_with_a_gpu(catalog):
    cpu = _labels(catalog, LAPTOP_8GB)
    assert cpu["llama-3.2-1b-instruct:Q4_K_M"].label is FitLabel.RUNS_WELL
    assert cpu["gemma-3-4b-it:Q4_K_M"].label is FitLabel.TIGHT
    assert not cpu["gemma-3-4b-it:Q4_K_M"].on_gpu
    # a GPU the engine cannot use (CPU build) changes nothing
    unused = _labels(catalog, laptop(8, 3, RTX_6GB, offload=False))
    assert unused == cpu
    gpu = _labels(catalog, laptop(8, 3, RTX_6GB, offload=True))
    assert gpu["gemma-3-4b-it:Q4_K_M"].label is FitLabel.RUNS_WELL
    assert gpu["gemma-3-4b-it:Q4_K_M"].on_gpu
    assert "of graphics memory is free on the RTX 3060 Laptop GPU" in (
        gpu["gemma-3-4b-it:Q4_K_M"].reason
    )


def test_16gb_laptop_runs_everything_well(catalog):
    fits = _labels(catalog, LAPTOP_16GB)
    assert all(fit.label is FitLabel.RUNS_WELL for fit in fits.values())


def test_unified_memory_is_judged_like_ram(catalog):
    apple = GpuInfo("Apple Silicon GPU", 8 * GIB, 3 * GIB, unified_memory=True)
    fits = _labels(catalog, laptop(8, 3, apple, offload=True))
    assert fits["gemma-3-4b-it:Q4_K_M"].label is FitLabel.TIGHT
    assert fits["gemma-3-4b-it:Q4_K_M"].on_gpu


def test_recommendations_fit_and_prefer_the_largest_quick_current_model(catalog):
    for hardware in (LAPTOP_4GB, LAPTOP_8GB, LAPTOP_16GB):
        items = assess(catalog, hardware)
        picks = recommend_all(items)
        assert set(picks) == {"chat", "summarize", "translate"}
        for task, pick in picks.items():
            assert pick is not None, task
            assert pick.fit.label is FitLabel.RUNS_WELL and pick.support.runnable
            assert task in pick.model.good_at and pick.model.engine == "llama.cpp"
            bigger = [
                item
                for item in items
                if item.fit.label is FitLabel.RUNS_WELL
                and task in item.model.good_at
                and item.model.engine == "llama.cpp"
                and item.model.parameters > pick.model.parameters
                and item.speed.words_per_second >= MIN_WORDS_PER_SECOND
                and item.model.superseded_by is None
            ]
            assert not bigger, (task, pick.variant.key, bigger[0].variant.key)
            assert pick.model.superseded_by is None, "a newer model fits: no older generation"
    slow_machine = recommend(assess(catalog, LAPTOP_16GB), "chat")
    assert slow_machine.speed.words_per_second >= MIN_WORDS_PER_SECOND
    assert slow_machine.model.id != "gemma-3-4b-it"  # fits, but would crawl at the default speed
    fast = recommend(assess(catalog, LAPTOP_16GB, effective_bandwidth=60e9), "chat")
    assert fast.model.id == "gemma-3-4b-it"
    assert recommend(assess(catalog, LAPTOP_4GB), "translate").model.parameters <= 1.6e9


def test_summarize_prefers_the_fast_prompt_variant(catalog):
    busy = laptop(4, 0.5)  # only the smallest models run well
    items = assess(catalog, busy)
    assert recommend(items, "chat").variant.key == "smollm2-135m-instruct:Q4_1"
    assert recommend(items, "summarize").variant.key == "smollm2-135m-instruct:Q4_0"
    translator = recommend(items, "translate")  # none runs well: the least needy tight one
    assert translator.fit.label is FitLabel.TIGHT
    assert translator.model.id == "gemma-3-1b-it"


def test_tight_is_a_fallback_when_nothing_runs_well(catalog):
    cramped = laptop(2, 0.3)
    pick = recommend(assess(catalog, cramped), "chat")
    assert pick is not None and pick.fit.label is FitLabel.TIGHT


def test_encoders_and_ggml_models_are_classified(catalog):
    assert check_support(catalog.get("distilbert-base-uncased")).support is Support.CANNOT_CHAT
    dolly = catalog.get("dolly-v2-3b")
    assert check_support(dolly).engine == "ctransformers" and check_support(dolly).runnable
    missing = check_support(dolly, ctransformers_available=False)
    assert missing.support is Support.UNSUPPORTED and "not installed" in missing.reason
    assert {"llama", "qwen2", "gemma3", "phi3", "gpt2"} <= supported_architectures()
    assert "dolly-v2" in supported_architectures("ctransformers")


def test_unsupported_architecture_is_marked_before_download():
    data = {
        "version": 1,
        "models": [
            {
                "id": "future-1b",
                "name": "Future 1B",
                "family": "Future",
                "kind": "chat",
                "parameters": 1_000_000_000,
                "licence": "MIT",
                "good_at": ["chat"],
                "context_length": 4096,
                "architecture": "mamba9",
                "engine": "llama.cpp",
                "variants": [
                    {"quant": "Q4_0", "repo": "x/y", "file": "f.gguf", "size": 600_000_000}
                ],
            }
        ],
    }
    catalog = parse_catalog(data)
    (item,) = assess(catalog, LAPTOP_16GB)
    assert item.support.support is Support.UNSUPPORTED
    assert '"mamba9"' in item.support.reason
    assert not item.usable
    assert recommend([item], "chat") is None
