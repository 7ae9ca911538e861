"""The installed-model manifest."""

from datetime import UTC
from typing import Any

import pytest

from localchat.storage import ModelRepository


def _fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "Qwen2.5 0.5B Instruct",
        "path": "/data/models/qwen2.5-0.5b-instruct-q4_k_m.gguf",
        "source": "download",
        "source_repo": "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        "source_file": "qwen2.5-0.5b-instruct-q4_k_m.gguf",
        "revision": "abc123",
        "sha256": "0" * 64,
        "size_bytes": 491_400_032,
        "architecture": "qwen2",
        "quantization": "Q4_K_M",
        "engine": "llama_cpp",
        "context_length": 32768,
        "parameter_count": 494_000_000,
        "model_type": "instruct",
    }
    fields.update(overrides)
    return fields


def test_add_get_list_find(models: ModelRepository) -> None:
    model = models.add(**_fields())
    assert models.get(model.id) == model
    assert model.added_at.tzinfo is UTC
    assert model.quantization == "Q4_K_M"
    other = models.add(**_fields(name="A first", path="/other.bin", engine="ctransformers"))
    assert [m.name for m in models.list()] == ["A first", "Qwen2.5 0.5B Instruct"]
    assert models.find_by_path("/other.bin") == other
    assert models.find_by_path("/missing") is None


def test_adding_an_existing_path_updates_it(models: ModelRepository) -> None:
    first = models.add(**_fields())
    second = models.add(**_fields(sha256="f" * 64, revision="def456"))
    assert second.id == first.id
    assert second.sha256 == "f" * 64
    assert second.added_at == first.added_at
    assert len(models.list()) == 1


def test_optional_fields_default_to_none(models: ModelRepository) -> None:
    model = models.add(
        name="bundled",
        path="/bundled.gguf",
        source="bundled",
        size_bytes=10,
        architecture="llama",
        engine="llama_cpp",
        context_length=2048,
    )
    assert model.sha256 is None and model.source_repo is None and model.parameter_count is None


def test_remove_and_missing(models: ModelRepository) -> None:
    model = models.add(**_fields())
    models.remove(model.id)
    assert models.list() == []
    with pytest.raises(KeyError):
        models.get(model.id)
    with pytest.raises(KeyError):
        models.remove(model.id)


def test_rejects_unknown_source_or_engine(models: ModelRepository) -> None:
    with pytest.raises(ValueError):
        models.add(**_fields(source="torrent"))
    with pytest.raises(ValueError):
        models.add(**_fields(engine="onnx"))
