"""The curated catalog loads, is complete and honest, and a broken file is refused clearly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from localchat.catalog.architectures import check_support
from localchat.catalog.catalog import (
    TASKS,
    CatalogError,
    catalog_path,
    load_catalog,
    parse_catalog,
)
from localchat.tasks.languages import LANGUAGES

REQUIRED = {
    "smollm2-135m-instruct": "llama",
    "smollm2-360m-instruct": "llama",
    "smollm2-1.7b-instruct": "llama",
    "smollm3-3b": "smollm3",
    "qwen2.5-0.5b-instruct": "qwen2",
    "qwen2.5-1.5b-instruct": "qwen2",
    "qwen2.5-3b-instruct": "qwen2",
    "qwen3-0.6b": "qwen3",
    "qwen3-1.7b": "qwen3",
    "qwen3-4b": "qwen3",
    "llama-3.2-1b-instruct": "llama",
    "llama-3.2-3b-instruct": "llama",
    "gemma-2-2b-it": "gemma2",
    "gemma-3-1b-it": "gemma3",
    "gemma-3-4b-it": "gemma3",
    "gemma-3-270m": "gemma3",
    "phi-3.5-mini-instruct": "phi3",
    "phi-3-mini-4k-instruct": "phi3",
    "phi-4-mini-instruct": "phi3",
    "gpt2-small": "gpt2",
    "dolly-v2-3b": "gpt_neox",
    "gemma-2b-it": "gemma",
    "distilbert-base-uncased": "bert",
    "tinybert-4l-312d": "bert",
    "all-minilm-l6-v2": "bert",
    "bge-m3": "bert",
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_catalog_file_is_found_next_to_the_package():
    path = catalog_path()
    assert path.is_file()
    assert path == Path(__file__).resolve().parents[2] / "resources" / "catalog.json"


def test_catalog_has_every_required_model_with_its_architecture(catalog):
    assert catalog.version == 1
    for model_id, architecture in REQUIRED.items():
        model = catalog.get(model_id)
        assert model.architecture == architecture, model_id
        assert model.parameters > 0 and model.context_length > 0 and model.licence
        assert set(model.good_at) <= set(TASKS)
    assert catalog.find("no-such-model") is None


def test_every_downloadable_variant_has_repo_file_and_size(catalog):
    for model, variant in catalog.variants():
        assert variant.file and variant.size > 0, variant.key
        if variant.downloadable:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+", variant.repo), variant.key
        else:
            assert variant.package, f"{variant.key} comes from nowhere"
        assert model.engine in ("llama.cpp", "ctransformers")


def test_hashes_are_real_sha256_or_null(catalog):
    raw = json.loads(catalog_path().read_text(encoding="utf-8"))
    for model in raw["models"]:
        for variant in model["variants"]:
            sha = variant.get("sha256")
            assert sha is None or re.fullmatch(r"[0-9a-f]{64}", sha)
            assert "size_exact" in variant, "say whether the size is exact"


def test_encoders_are_listed_but_cannot_chat_or_be_downloaded(catalog):
    encoders = [model for model in catalog.models if model.kind == "encoder"]
    assert {model.id for model in encoders} == {"distilbert-base-uncased", "tinybert-4l-312d"}
    for model in encoders:
        assert not model.can_chat and model.variants == () and model.good_at == ()
        assert "cannot chat" in model.note


def test_every_current_model_is_runnable_by_this_engine(catalog):
    for model in catalog.models:
        if model.engine == "llama.cpp" and model.can_chat:
            check = check_support(model)
            assert check.runnable and check.engine == "llama.cpp", (model.id, check.reason)


def test_embedding_models_are_downloadable_for_the_library_but_never_chat(catalog):
    embedding = [model for model in catalog.models if model.kind == "embedding"]
    assert {model.id for model in embedding} == {"all-minilm-l6-v2", "bge-m3"}
    for model in embedding:
        assert not model.can_chat and model.good_at == () and model.engine == "llama.cpp"
        assert model.variants and all(v.repo and v.file.endswith(".gguf") for v in model.variants)
        assert "Library" in model.note and "cannot write answers" in model.note
    assert len(catalog.get("bge-m3").languages) > 20, "the multilingual choice"
    for encoder in ("distilbert-base-uncased", "tinybert-4l-312d"):
        assert "all-MiniLM-L6-v2" in catalog.get(encoder).note, "say what serves the Library"


def test_only_instruction_models_list_tasks(catalog):
    for model in catalog.models:
        if model.kind == "chat":
            assert "chat" in model.good_at, model.id
        else:
            assert model.good_at == (), f"{model.id} cannot follow requests"


def test_languages_are_codes_localchat_knows_and_translators_list_several(catalog):
    known = {language.code for language in LANGUAGES}
    for model in catalog.models:
        assert model.languages, model.id
        assert set(model.languages) <= known, (model.id, set(model.languages) - known)
        assert len(set(model.languages)) == len(model.languages), f"{model.id} repeats a code"
        if "translate" in model.good_at:
            assert "en" in model.languages and len(model.languages) >= 6, model.id


# Bytes per parameter a file of each type can plausibly have: 4-bit K-quants keep the
# embeddings and some matrices at 6 or 8 bits, so small models with big vocabularies reach ~0.95.
BYTES_PER_PARAMETER = {"Q4": (0.5, 1.0), "Q8": (1.0, 1.25), "F16": (1.9, 2.2)}


def test_file_names_and_sizes_match_their_quantization(catalog):
    for model, variant in catalog.variants():
        if variant.file.endswith(".gguf"):
            assert variant.quant.lower() in variant.file.lower(), variant.key
        low, high = next(
            bounds for kind, bounds in BYTES_PER_PARAMETER.items() if variant.quant.startswith(kind)
        )
        assert low <= variant.size / model.parameters <= high, variant.key


def test_shapes_agree_with_the_parameter_count(catalog):
    """A mistyped dimension shows up as a weight count far from the model's size."""
    for model in catalog.models:
        shape = model.shape
        if shape is None or model.engine != "llama.cpp":
            continue  # GGML-era models have ungated feed-forward layers: another formula
        assert shape.heads % shape.kv_heads == 0, model.id
        attention = shape.embedding * shape.head_dim * 2 * (shape.heads + shape.kv_heads)
        layers = shape.layers * (attention + 3 * shape.embedding * shape.ffn)
        weights = layers + shape.vocab * shape.embedding
        assert 0.85 <= weights / model.parameters <= 1.15, (model.id, weights)


def test_ggml_era_models_name_their_ctransformers_type(catalog):
    assert catalog.get("dolly-v2-3b").engine == "ctransformers"
    assert catalog.get("dolly-v2-3b").variants[0].model_type == "dolly-v2"
    assert catalog.get("gpt2-small").variants[0].model_type == "gpt2"


def test_smollm2_lists_a_fast_prompt_q4_0_next_to_the_bundled_q4_1(catalog):
    model = catalog.get("smollm2-135m-instruct")
    assert model.variant("Q4_0").fast_prompt and not model.variant("Q4_1").fast_prompt
    assert [v.quant for v in model.variants if v.fast_prompt] == ["Q4_0"]


def test_installed_models_match_their_catalog_entries(
    catalog, default_model_path, gemma_model_path
):
    model, smol = catalog.find_file(default_model_path.name)
    assert model.id == "smollm2-135m-instruct"
    assert smol.size == default_model_path.stat().st_size == 98_362_432 and smol.size_exact
    # No catalog hash: the hub's copy may differ from the package's; the hub's LFS sha256
    # still verifies a download.
    assert smol.sha256 is None
    model, gemma = catalog.find_file(gemma_model_path.name)
    assert model.id == "gemma-3-270m"
    assert gemma.size == gemma_model_path.stat().st_size == 253_113_024
    assert gemma.sha256 == "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"


def _minimal(**variant_changes):
    variant = {"quant": "Q4_0", "repo": "a/b", "file": "b.gguf", "size": 10, "sha256": None}
    variant.update(variant_changes)
    model = {
        "id": "m",
        "name": "M",
        "family": "F",
        "kind": "chat",
        "parameters": 1,
        "licence": "MIT",
        "context_length": 512,
        "architecture": "llama",
        "engine": "llama.cpp",
        "variants": [variant],
    }
    return {"version": 1, "models": [model]}


def test_a_minimal_catalog_parses():
    catalog = parse_catalog(_minimal())
    assert catalog.get("m").variant("q4_0").key == "m:Q4_0"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"models": []}, "version"),
        ({"version": 2, "models": []}, "Update LocalChat"),
        ({"version": 1}, "models"),
        (_minimal(sha256="abc123"), "sha256"),
        (_minimal(size=-1), "size"),
        (_minimal(repo=None), "neither a repo"),
        (_minimal(file=None), "file"),
    ],
)
def test_a_bad_catalog_is_refused_in_plain_words(data, words):
    with pytest.raises(CatalogError) as caught:
        parse_catalog(data)
    assert words in str(caught.value)


def test_an_unreadable_file_is_a_catalog_error(tmp_path):
    broken = tmp_path / "catalog.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog(broken)
    with pytest.raises(CatalogError, match="missing"):
        load_catalog(tmp_path / "absent.json")


def test_an_older_generation_names_a_newer_model_that_exists() -> None:
    catalog = load_catalog()
    older = {model.id: model.superseded_by for model in catalog.models if model.superseded_by}
    assert older["gemma-2b-it"] == "gemma-3-1b-it"
    assert older["qwen2.5-1.5b-instruct"] == "qwen3-1.7b"
    assert all(catalog.find(newer) is not None for newer in older.values())
    data = json.loads(catalog_path().read_text())
    data["models"][0]["superseded_by"] = "no-such-model"
    with pytest.raises(CatalogError, match="superseded by an unknown model"):
        parse_catalog(data)
