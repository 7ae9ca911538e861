"""The offload plan: layers on the graphics card by its free memory, and the labels shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from localchat.catalog.catalog import load_catalog
from localchat.catalog.estimate import (
    DISCRETE_GPU_BANDWIDTH,
    estimate_from_header,
    estimate_speed,
    estimate_variant,
    estimate_variant_speed,
    variant_dims,
)
from localchat.catalog.fit import FitLabel, assess, fit_memory
from localchat.catalog.offload import (
    DEVICE_MARGIN_MIN,
    OffloadPlan,
    capable_gpu,
    device_budget,
    gpu_build_hint,
    plan_for_file,
    plan_offload,
)
from localchat.engines.gguf_header import read_gguf_header
from localchat.hardware import GpuInfo, HardwareProfile

GIB = 1024**3
BIG_MODELS = ("gemma-3-4b-it", "phi-3.5-mini-instruct", "llama-3.2-3b-instruct")


def card(free_gib: float, total_gib: float = 24, name: str = "NVIDIA GeForce RTX 3060") -> GpuInfo:
    return GpuInfo(name, int(total_gib * GIB), int(free_gib * GIB), integrated=False)


def computer(
    *gpus: GpuInfo, ram_gib: float = 16, free_gib: float = 10, offload: bool = True
) -> HardwareProfile:
    return HardwareProfile(
        ram_total=int(ram_gib * GIB),
        ram_available=int(free_gib * GIB),
        physical_cores=4,
        logical_cores=8,
        cpu_name="Test CPU",
        cpu_features=("avx2",),
        gpus=gpus,
        gpu_offload=offload,
    )


def apple(ram_gib: float, free_gib: float) -> HardwareProfile:
    gpu = GpuInfo(
        "Apple M2 GPU",
        int(ram_gib * GIB),
        int(free_gib * GIB),
        unified_memory=True,
        integrated=True,
    )
    return computer(gpu, ram_gib=ram_gib, free_gib=free_gib)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def smol(default_model_path: Path):
    """The real bundled SmolLM2 file's estimate at 4096 tokens, and its block count."""
    header = read_gguf_header(default_model_path)
    estimate = estimate_from_header(header, default_model_path.stat().st_size, 4096)
    return estimate, int(header.arch_value("block_count"))


def catalog_estimate(catalog, model_id: str, n_ctx: int = 4096):
    model = catalog.get(model_id)
    variant = model.variants[0]
    return estimate_variant(model, variant, n_ctx), variant_dims(model, None).layers


def test_labels_say_where_the_model_runs():
    gpu = card(8)
    assert OffloadPlan(31, 31, gpu).label() == "Runs on your graphics card (all 31 layers)"
    assert OffloadPlan(18, 31, gpu).label() == "Partly on the graphics card (18 of 31 layers)"
    assert OffloadPlan(0, 31, None).label() == "On the processor"


@pytest.mark.parametrize("free_gib", [2, 4, 8, 24])
def test_the_small_model_goes_whole_onto_any_card(smol, free_gib: float):
    estimate, block_count = smol
    plan = plan_offload(estimate, block_count, computer(card(free_gib)))
    assert (plan.gpu_layers, plan.total_layers) == (31, 31)  # 30 blocks + the output layer
    assert plan.label() == "Runs on your graphics card (all 31 layers)"
    assert plan.device is not None and plan.device.name == "NVIDIA GeForce RTX 3060"
    assert estimate.total <= plan.device_bytes <= device_budget(plan.device)


def test_plan_for_file_reads_the_real_header(default_model_path: Path):
    plan = plan_for_file(default_model_path, 4096, computer(card(4)))
    assert (plan.gpu_layers, plan.total_layers) == (31, 31)
    # a card with less than the margin free takes nothing
    tiny = plan_for_file(default_model_path, 4096, computer(card(0.25, total_gib=2)))
    assert (tiny.gpu_layers, tiny.device) == (0, None)
    assert tiny.label() == "On the processor"


@pytest.mark.parametrize("model_id", BIG_MODELS)
def test_multi_gb_models_split_on_small_cards_and_fit_on_big_ones(catalog, model_id: str):
    estimate, block_count = catalog_estimate(catalog, model_id)
    plans = {g: plan_offload(estimate, block_count, computer(card(g))) for g in (2, 4, 8, 24)}
    two = plans[2]
    assert 0 < two.gpu_layers < two.total_layers
    assert (
        two.label() == f"Partly on the graphics card ({two.gpu_layers} of {block_count + 1} layers)"
    )
    for free in (8, 24):
        assert plans[free].gpu_layers == block_count + 1
        assert plans[free].label() == f"Runs on your graphics card (all {block_count + 1} layers)"
    assert plans[4].gpu_layers >= two.gpu_layers


def test_a_long_context_pushes_layers_back_to_the_processor(catalog):
    short, layers = catalog_estimate(catalog, "phi-3.5-mini-instruct", 4096)
    long, _ = catalog_estimate(catalog, "phi-3.5-mini-instruct", 16384)
    hardware = computer(card(4))
    assert (
        plan_offload(long, layers, hardware).gpu_layers
        < plan_offload(short, layers, hardware).gpu_layers
    )


def test_more_free_memory_never_gives_fewer_layers_and_the_budget_holds(catalog, smol):
    estimates = [smol] + [
        catalog_estimate(catalog, m, ctx) for m in BIG_MODELS for ctx in (4096, 16384)
    ]
    for estimate, block_count in estimates:
        previous = 0
        for step in range(0, 24 * 8 + 1):  # 0 .. 24 GiB in 128 MiB steps
            gpu = card(step / 8)
            plan = plan_offload(estimate, block_count, computer(gpu))
            assert plan.gpu_layers >= previous
            assert 0 <= plan.gpu_layers <= plan.total_layers == block_count + 1
            if plan.gpu_layers:
                assert plan.device_bytes <= device_budget(gpu)
                assert plan.device_bytes <= gpu.vram_free - DEVICE_MARGIN_MIN
            previous = plan.gpu_layers


def test_the_margin_is_a_floor_on_small_cards_and_a_share_on_big_ones():
    assert device_budget(card(2)) == 2 * GIB - DEVICE_MARGIN_MIN
    assert device_budget(card(24)) == pytest.approx(0.9 * 24 * GIB, abs=1)
    assert device_budget(card(0.2)) == 0
    # free memory unknown: the total stands in
    assert device_budget(GpuInfo("Radeon RX 6600", 8 * GIB, None)) == pytest.approx(0.9 * 8 * GIB)


def test_the_card_with_most_free_memory_is_planned_for(smol):
    estimate, block_count = smol
    small, big = card(1, 4, "GTX 1650"), card(10, 12, "RTX 3060")
    assert plan_offload(estimate, block_count, computer(small, big)).device == big


def test_integrated_graphics_leave_the_model_on_the_processor(smol):
    estimate, block_count = smol
    intel = GpuInfo("Intel Iris Xe Graphics", 2 * GIB, 2 * GIB, integrated=True)
    apu = GpuInfo("AMD Radeon 780M", 4 * GIB, 4 * GIB, integrated=True)
    for gpu in (intel, apu):
        plan = plan_offload(estimate, block_count, computer(gpu))
        assert (plan.gpu_layers, plan.device) == (0, None)
        assert plan.label() == "On the processor"
        assert capable_gpu(computer(gpu, offload=False)) is None
        assert gpu_build_hint(computer(gpu, offload=False)) is None
    # beside a discrete card, the discrete card is used
    plan = plan_offload(estimate, block_count, computer(intel, card(6)))
    assert plan.device is not None and plan.device.name == "NVIDIA GeForce RTX 3060"


def test_a_card_without_known_memory_is_not_used(smol):
    estimate, block_count = smol
    unknown = GpuInfo("Some GPU", None, None)
    assert plan_offload(estimate, block_count, computer(unknown)).gpu_layers == 0
    assert gpu_build_hint(computer(unknown, offload=False)) is None


@pytest.mark.parametrize("ram_gib, free_gib", [(8, 3), (24, 12)])
def test_unified_memory_is_counted_once(catalog, ram_gib: float, free_gib: float):
    hardware = apple(ram_gib, free_gib)
    for model_id in ("smollm2-135m-instruct", *BIG_MODELS):
        estimate, block_count = catalog_estimate(catalog, model_id)
        plan = plan_offload(estimate, block_count, hardware)
        assert plan.gpu_layers == plan.total_layers == block_count + 1, model_id
        assert plan.device_bytes == 0  # nothing is counted twice: the card's memory is RAM
        fit = fit_memory(estimate.total, hardware, plan)
        assert fit.on_gpu and fit.label is not FitLabel.TOO_BIG
        assert fit.reason.endswith("is free now.")


def test_unified_memory_too_small_keeps_nothing_on_the_gpu(catalog):
    hardware = apple(8, 3)
    estimate, block_count = catalog_estimate(catalog, "phi-3.5-mini-instruct", 16384 * 8)
    assert estimate.total > 8 * GIB
    plan = plan_offload(estimate, block_count, hardware)
    assert (plan.gpu_layers, plan.label()) == (0, "On the processor")
    assert fit_memory(estimate.total, hardware, plan).label is FitLabel.TOO_BIG


def test_an_engine_build_without_offload_plans_the_processor_and_says_what_a_gpu_build_gives(
    smol,
):
    estimate, block_count = smol
    hardware = computer(card(8), offload=False)
    plan = plan_offload(estimate, block_count, hardware)
    assert (plan.gpu_layers, plan.total_layers, plan.device) == (0, 31, None)
    assert plan.label() == "On the processor"
    assert gpu_build_hint(hardware) == (
        "Your NVIDIA GeForce RTX 3060 could write several times faster with a GPU build of "
        "the engine: see 'Using your graphics card' in the README."
    )
    assert gpu_build_hint(computer(card(8))) is None  # the build uses it: nothing to say
    assert gpu_build_hint(computer()) is None  # no card: nothing to gain
    assert "Apple M2 GPU" in gpu_build_hint(
        computer(*apple(8, 3).gpus, ram_gib=8, free_gib=3, offload=False)
    )


def test_the_real_cpu_engine_build_plans_the_processor(default_model_path: Path):
    from localchat.engines.gpu_layers import supports_gpu_offload
    from localchat.hardware import detect_hardware

    assert supports_gpu_offload() is False  # this machine's llama-cpp-python is a CPU build
    hardware = detect_hardware(gpu_offload=supports_gpu_offload())
    plan = plan_for_file(default_model_path, 4096, hardware)
    assert (plan.gpu_layers, plan.total_layers, plan.device) == (0, 31, None)
    assert plan.label() == "On the processor"


def test_fit_judges_the_card_part_and_the_ram_part_apart(catalog):
    estimate, block_count = catalog_estimate(catalog, "phi-3.5-mini-instruct")
    hardware = computer(card(4, 6, "GTX 1660"), ram_gib=8, free_gib=3)
    plan = plan_offload(estimate, block_count, hardware)
    assert 0 < plan.gpu_layers < plan.total_layers
    fit = fit_memory(estimate.total, hardware, plan)
    assert fit.on_gpu
    assert "on the graphics card (4.0 GB free on the GTX 1660)" in fit.reason
    assert fit.reason.endswith("in memory (3.0 GB free now).")
    # RAM alone would be tight; with part on the card what stays in RAM runs well
    assert fit_memory(estimate.total, hardware).label is FitLabel.TIGHT
    assert fit.label is FitLabel.RUNS_WELL


def test_assessments_carry_their_plan_and_a_faster_speed_on_the_card(catalog):
    cpu = {a.variant.key: a for a in assess(catalog, computer(card(8), offload=False))}
    gpu = {a.variant.key: a for a in assess(catalog, computer(card(8)))}
    key = "gemma-3-4b-it:Q4_K_M"
    assert cpu[key].plan.label() == "On the processor"
    assert gpu[key].plan.label() == "Runs on your graphics card (all 35 layers)"
    assert gpu[key].ram_needed == 0 < cpu[key].ram_needed
    assert gpu[key].speed.words_per_second > 3 * cpu[key].speed.words_per_second
    # GGML-era models are not planned for the card
    assert gpu["dolly-v2-3b:Q4_0"].plan.gpu_layers == 0
    # the processor's figure is the calibrated one, unchanged
    model = catalog.get("gemma-3-4b-it")
    assert cpu[key].speed == estimate_variant_speed(model, model.variants[0])


def test_speed_splits_the_bytes_between_processor_and_card():
    size, bandwidth = 2_000_000_000, 12e9
    cpu = estimate_speed(size, bandwidth)
    assert estimate_speed(size, bandwidth, gpu_share=0.0) == cpu
    half = estimate_speed(size, bandwidth, gpu_share=0.5)
    whole = estimate_speed(size, bandwidth, gpu_share=1.0)
    assert cpu.decode_tps < half.decode_tps < whole.decode_tps
    expected = 1 / (170e6 / bandwidth + size / DISCRETE_GPU_BANDWIDTH)
    assert whole.decode_tps == pytest.approx(expected)


def test_the_graphics_card_turned_off_in_settings_plans_the_processor_everywhere() -> None:
    from localchat.catalog.catalog import load_catalog
    from localchat.catalog.fit import assess
    from localchat.hardware import GpuInfo, HardwareProfile

    card = GpuInfo("NVIDIA GeForce RTX 3060", 12 * 2**30, 11 * 2**30)
    hardware = HardwareProfile(
        ram_total=16 * 2**30,
        ram_available=10 * 2**30,
        physical_cores=6,
        logical_cores=12,
        cpu_name="test CPU",
        cpu_features=("avx2",),
        gpus=(card,),
        gpu_offload=True,
    )
    catalog = load_catalog()
    on = assess(catalog, hardware)
    off = assess(catalog, hardware, use_gpu=False)
    assert any(a.plan.gpu_layers > 0 for a in on)
    assert all(a.plan.gpu_layers == 0 and a.plan.label() == "On the processor" for a in off)
