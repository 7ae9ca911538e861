"""A model's typed location: a server's model is never a file, a file is never a server's."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from localchat.errors import UserFacingError
from localchat.model_location import (
    LocalFile,
    RemoteModel,
    installed_files,
    local_path,
    location_of,
    model_file,
    stored_path,
)
from localchat.storage import InstalledModel


def entry(path: str, engine: str = "llama_cpp", model_id: int = 1) -> InstalledModel:
    return InstalledModel(
        id=model_id,
        name=f"entry {model_id}",
        path=path,
        source="remote" if engine == "remote" else "import",
        source_repo=None,
        source_file=None,
        revision=None,
        sha256=None,
        size_bytes=0,
        architecture="llama",
        quantization=None,
        engine=engine,
        context_length=0,
        parameter_count=None,
        model_type=None,
        added_at=datetime(2025, 1, 1),
    )


@pytest.mark.parametrize(
    "remote",
    [
        RemoteModel("GPU box", "qwen2.5:7b"),
        RemoteModel("Team", "/models/qwen2.5-0.5b-instruct-q4_k_m.gguf"),  # llama.cpp's naming
        RemoteModel("a/b%c", "org/model 100%"),
        RemoteModel("Büro", "modèle"),
    ],
)
def test_a_servers_model_is_stored_and_read_back_as_a_servers_model(remote: RemoteModel) -> None:
    stored = entry(stored_path(remote), engine="remote")
    assert location_of(stored) == remote
    assert local_path(stored) is None


def test_a_servers_model_whose_id_is_a_file_path_is_never_treated_as_a_file() -> None:
    remote = entry(stored_path(RemoteModel("Team", "smollm2.gguf")), engine="remote")
    local = entry("/models/smollm2.gguf", model_id=2)
    assert installed_files([remote, local]) == {"smollm2.gguf": local}
    with pytest.raises(UserFacingError, match="team server Team"):
        model_file(remote)


@pytest.mark.parametrize("path", ["remote:box/qwen", "remote:Team/%2Fmodels%2Fx.gguf", "remote"])
def test_a_local_file_whose_path_starts_with_remote_is_still_a_file(path: str) -> None:
    local = entry(path)
    assert location_of(local) == LocalFile(Path(path))
    assert model_file(local) == Path(path)
    assert stored_path(location_of(local)) == path
    assert installed_files([local]) == {Path(path).name: local}


@pytest.mark.parametrize("path", ["/models/qwen.gguf", "remote:no-model-id", "remote:/qwen"])
def test_a_servers_entry_without_a_server_and_model_is_refused(path: str) -> None:
    with pytest.raises(ValueError, match="not a server's model"):
        location_of(entry(path, engine="remote"))
