"""The pick for each task on fixed laptops, with and without a graphics card, from the real catalog.

Each assertion is something a user would notice: the pick runs well (or is the least tight
when nothing does), is never too big, writes quickly, translates into many languages, and a
bigger computer or a graphics card never gets a smaller model.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from localchat.catalog.catalog import TASKS, Catalog, load_catalog
from localchat.catalog.fit import (
    MIN_WORDS_PER_SECOND,
    Assessment,
    FitLabel,
    assess,
    recommend,
    recommend_all,
)
from localchat.catalog.offload import device_free, ram_capacity
from localchat.hardware import GpuInfo, HardwareProfile

GIB = 1024**3
MANY_LANGUAGES = 10


def laptop(total_gib: float, free_gib: float, gpu: GpuInfo | None = None) -> HardwareProfile:
    """A four-core laptop; with a card, the engine build can use it (``gpu_offload``)."""
    return HardwareProfile(
        ram_total=int(total_gib * GIB),
        ram_available=int(free_gib * GIB),
        physical_cores=4,
        logical_cores=8,
        cpu_name="Test CPU",
        cpu_features=("avx2", "fma", "f16c"),
        gpus=(gpu,) if gpu else (),
        gpu_offload=gpu is not None,
        disk_free=100 * GIB,
    )


def nvidia(name: str, vram_gib: float, free_gib: float) -> GpuInfo:
    return GpuInfo(name, vram_total=int(vram_gib * GIB), vram_free=int(free_gib * GIB))


GTX_1650 = nvidia("NVIDIA GeForce GTX 1650", 4, 3.6)
RTX_3060_LAPTOP = nvidia("NVIDIA GeForce RTX 3060 Laptop GPU", 6, 5.5)

# RAM in GiB -> (laptop without a graphics card, the same laptop with an NVIDIA card)
LAPTOPS = {
    4: (laptop(4, 1.5), laptop(4, 1.5, GTX_1650)),
    8: (laptop(8, 3), laptop(8, 3, RTX_3060_LAPTOP)),
    16: (laptop(16, 10), laptop(16, 10, RTX_3060_LAPTOP)),
}
PROFILES = {
    f"{ram}gb-{kind}": profile
    for ram, pair in LAPTOPS.items()
    for kind, profile in zip(("cpu", "gpu"), pair, strict=True)
}
BUSY_4GB = laptop(4, 0.5)  # browser and office open: nothing multilingual runs well
TINY_2GB = laptop(2, 0.3)  # no translator fits at all


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@cache
def _assessed(hardware: HardwareProfile) -> tuple[Assessment, ...]:
    return tuple(assess(load_catalog(), hardware))


def _candidates(items: tuple[Assessment, ...], task: str) -> list[Assessment]:
    """What a user could run for the task here: any usable current model that lists it."""
    return [
        item
        for item in items
        if item.usable and item.model.engine == "llama.cpp" and task in item.model.good_at
    ]


def _pick(hardware: HardwareProfile, task: str) -> Assessment:
    pick = recommend(_assessed(hardware), task)
    assert pick is not None, (task, hardware)
    return pick


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("name", PROFILES)
def test_every_laptop_gets_a_runnable_chat_model_for_every_task(name: str, task: str) -> None:
    pick = _pick(PROFILES[name], task)
    assert pick.model.kind == "chat", "a base or encoder model cannot follow requests"
    assert task in pick.model.good_at
    assert pick.support.runnable and pick.model.engine == "llama.cpp"
    assert pick.fit.label is not FitLabel.TOO_BIG


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("name", PROFILES)
def test_the_pick_fits_in_memory_and_on_the_card(name: str, task: str) -> None:
    hardware = PROFILES[name]
    pick = _pick(hardware, task)
    assert pick.ram_needed <= ram_capacity(hardware)
    if pick.plan.device is not None:
        assert pick.plan.device_bytes <= device_free(pick.plan.device)


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("name", PROFILES)
def test_the_pick_runs_well_and_answers_without_crawling(name: str, task: str) -> None:
    hardware = PROFILES[name]
    assert any(
        item.fit.label is FitLabel.RUNS_WELL for item in _candidates(_assessed(hardware), task)
    ), "every fixed laptop has something that runs well"
    pick = _pick(hardware, task)
    assert pick.fit.label is FitLabel.RUNS_WELL
    assert pick.speed.words_per_second >= MIN_WORDS_PER_SECOND


def test_when_nothing_runs_well_the_pick_is_the_least_tight() -> None:
    items = _assessed(BUSY_4GB)
    candidates = _candidates(items, "translate")
    assert candidates and not any(i.fit.label is FitLabel.RUNS_WELL for i in candidates)
    pick = _pick(BUSY_4GB, "translate")
    assert pick.fit.label is FitLabel.TIGHT
    assert pick.estimate.total == min(item.estimate.total for item in candidates)


def test_a_computer_too_small_for_any_translator_gets_no_pick_rather_than_one_too_big() -> None:
    items = _assessed(TINY_2GB)
    assert not _candidates(items, "translate")
    assert recommend(items, "translate") is None
    assert recommend(items, "chat") is not None  # the tiny models still fit


@pytest.mark.parametrize("name", [*PROFILES, "busy-4gb"])
def test_the_translation_pick_knows_many_languages(name: str) -> None:
    pick = _pick(PROFILES.get(name, BUSY_4GB), "translate")
    assert "translate" in pick.model.good_at
    assert "en" in pick.model.languages
    assert len(set(pick.model.languages)) >= MANY_LANGUAGES, pick.model.id


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("kind", ["cpu", "gpu"])
def test_a_bigger_computer_never_gets_a_smaller_model(kind: str, task: str) -> None:
    index = 0 if kind == "cpu" else 1
    sizes = [_pick(pair[index], task).model.parameters for _, pair in sorted(LAPTOPS.items())]
    assert sizes == sorted(sizes), (task, kind, sizes)


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("name", ["8gb-cpu", "16gb-cpu"])
def test_a_roomy_laptop_is_not_offered_a_toy_model(name: str, task: str) -> None:
    assert _pick(PROFILES[name], task).model.parameters >= 1_500_000_000


@pytest.mark.parametrize("ram", sorted(LAPTOPS))
def test_a_graphics_card_picks_a_larger_model_and_writes_faster(ram: int) -> None:
    cpu, gpu = LAPTOPS[ram]
    for task in TASKS:
        on_cpu, on_gpu = _pick(cpu, task), _pick(gpu, task)
        assert on_gpu.model.parameters > on_cpu.model.parameters, (ram, task)
        assert on_gpu.plan.gpu_layers > 0 and on_gpu.fit.on_gpu
        assert on_gpu.speed.words_per_second > on_cpu.speed.words_per_second


def test_a_card_the_engine_cannot_use_changes_no_pick() -> None:
    for cpu, gpu in LAPTOPS.values():
        cpu_build = replace(gpu, gpu_offload=False)  # the card is there, the engine is CPU-only
        picks = recommend_all(assess(load_catalog(), cpu_build))
        expected = recommend_all(_assessed(cpu))
        assert {t: p and p.variant.key for t, p in picks.items()} == {
            t: p and p.variant.key for t, p in expected.items()
        }
        assert not any(p and p.plan.gpu_layers for p in picks.values())


def test_base_and_encoder_models_are_never_picked(catalog: Catalog) -> None:
    not_chat = {model.id for model in catalog.models if model.kind != "chat"}
    assert not_chat, "the catalog keeps its base and encoder models"
    for hardware in [*PROFILES.values(), BUSY_4GB, TINY_2GB]:
        for pick in recommend_all(_assessed(hardware)).values():
            assert pick is None or pick.model.id not in not_chat
