"""The right installed model per task, and the plain sentences for a poor fit."""

from __future__ import annotations

from datetime import datetime

import pytest

from localchat.catalog.catalog import load_catalog
from localchat.catalog.fit import assess
from localchat.hardware import HardwareProfile
from localchat.model_choice import (
    abilities,
    chat_problem,
    choose_for_task,
    suggest,
    summarize_problem,
    traits,
    translate_problem,
)
from localchat.storage import InstalledModel

GIB = 1024**3


def installed(model_id: int, name: str, file: str, size: int = 100_000_000) -> InstalledModel:
    return InstalledModel(
        id=model_id,
        name=name,
        path=f"/models/{file}",
        source="download",
        source_repo=None,
        source_file=file,
        revision=None,
        sha256=None,
        size_bytes=size,
        architecture="llama",
        quantization="Q4_K_M",
        engine="llama.cpp",
        context_length=8192,
        parameter_count=None,
        model_type=None,
        added_at=datetime(2026, 1, 1),
    )


@pytest.fixture(scope="module")
def catalog():  # noqa: ANN201
    return load_catalog()


SMOL = installed(1, "SmolLM2 135M Instruct", "SmolLM2-135M-Instruct.Q4_1.gguf")
GEMMA_BASE = installed(2, "Gemma 3 270M", "gemma-3-270m-q4_k_m.gguf", 253_000_000)
QWEN = installed(3, "Qwen2.5 1.5B Instruct Q4_K_M", "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf", GIB)
LAPTOP_16GB = HardwareProfile(
    ram_total=16 * GIB,
    ram_available=10 * GIB,
    physical_cores=4,
    logical_cores=8,
    cpu_name="Test CPU",
    cpu_features=("avx2",),
    gpus=(),
)


def test_a_base_model_is_never_picked_for_chat_even_when_listed_first(catalog) -> None:  # noqa: ANN001
    # The manifest lists models by name: "Gemma 3 270M" sorts before "SmolLM2".
    assert choose_for_task("chat", [GEMMA_BASE, SMOL], catalog).id == SMOL.id
    assert choose_for_task("chat", [GEMMA_BASE], catalog) is None


def test_translation_goes_to_the_model_that_knows_the_languages(catalog) -> None:  # noqa: ANN001
    assert choose_for_task("translate", [SMOL, GEMMA_BASE, QWEN], catalog).id == QWEN.id
    assert choose_for_task("summarize", [SMOL, QWEN], catalog).id == QWEN.id


def test_the_users_own_choice_wins_while_it_is_installed(catalog) -> None:  # noqa: ANN001
    assert choose_for_task("translate", [SMOL, QWEN], catalog, remembered_id=SMOL.id).id == 1
    assert choose_for_task("translate", [SMOL, QWEN], catalog, remembered_id=42).id == QWEN.id


def test_without_the_catalog_names_decide(catalog) -> None:  # noqa: ANN001
    unknown = installed(4, "my-finetune", "my-finetune.gguf")
    assert traits(unknown, catalog).kind == "unknown"
    assert traits(installed(5, "x", "nomic-embed-text.gguf"), None).kind == "encoder"
    assert choose_for_task("chat", [GEMMA_BASE, SMOL], None).id == SMOL.id  # "Instruct"


def test_translate_problem_names_what_the_model_knows(catalog) -> None:  # noqa: ANN001
    smol = traits(SMOL, catalog)
    assert translate_problem(smol, None, "fr") == (
        "SmolLM2 135M Instruct knows only English, so this translation will be poor."
    )
    assert translate_problem(smol, "en", "en") is None
    qwen = traits(QWEN, catalog)
    assert translate_problem(qwen, "en", "fr") is None
    sentence = translate_problem(qwen, "en", "sv")
    assert sentence is not None and "but not Swedish" in sentence


def test_summarize_problem_only_for_a_document_far_beyond_the_context(catalog) -> None:  # noqa: ANN001
    smol = traits(SMOL, catalog)
    assert summarize_problem(smol, 3_000, 4096) is None
    sentence = summarize_problem(smol, 40_000, 4096)
    assert sentence is not None
    assert "about 40,000 words" in sentence and "SmolLM2 135M Instruct" in sentence
    assert "parts" in sentence


def test_chat_problem_for_a_base_model(catalog) -> None:  # noqa: ANN001
    assert chat_problem(traits(SMOL, catalog)) is None
    sentence = chat_problem(traits(GEMMA_BASE, catalog))
    assert sentence is not None and "base model" in sentence


def test_the_suggestion_knows_the_languages_and_fits_this_computer(catalog) -> None:  # noqa: ANN001
    assessments = assess(catalog, LAPTOP_16GB)
    pick = suggest("translate", assessments, [SMOL], languages=("en", "ja"), exclude_file=None)
    assert pick is not None
    assert {"en", "ja"} <= set(pick.assessment.model.languages)
    assert "translate" in pick.assessment.model.good_at
    assert pick.assessment.usable
    assert pick.installed is None
    assert pick.sentence("translate") == f"{pick.name} translates this."
    assert pick.download_size.endswith("GB") or pick.download_size.endswith("MB")


def test_an_installed_better_model_is_offered_as_a_switch(catalog) -> None:  # noqa: ANN001
    assessments = assess(catalog, LAPTOP_16GB)
    qwen_only = [a for a in assessments if a.variant.file == QWEN.source_file]
    pick = suggest("translate", qwen_only, [SMOL, QWEN], languages=("fr",))
    assert pick is not None and pick.installed is not None and pick.installed.id == QWEN.id
    assert "It is installed" in pick.sentence("translate")


def test_abilities_of_the_bundled_model_say_what_it_is_good_and_bad_at(catalog) -> None:  # noqa: ANN001
    text = abilities(traits(SMOL, catalog))
    assert "quick chats" in text and "English only" in text
    assert "translates poorly" in text
