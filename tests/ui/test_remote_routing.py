"""The window opens a model by its typed location: files locally, servers' models remotely."""

from __future__ import annotations

from pathlib import Path

import pytest

from localchat.app import Application
from localchat.engines.base import LoadOptions
from localchat.errors import UserFacingError
from localchat.model_location import LocalFile, RemoteModel, stored_path


def test_a_library_entry_becomes_a_spec_with_its_typed_location(app: Application) -> None:
    models = app.core.models
    served = models.add(
        name="qwen (on Team)",
        path=stored_path(RemoteModel("Team", "/srv/qwen.gguf")),
        source="remote",
        size_bytes=0,
        architecture="remote",
        engine="remote",
        context_length=0,
    )
    local = models.add(
        name="A file named like a server's model",
        path="remote:Team/qwen.gguf",
        source="import",
        size_bytes=1,
        architecture="llama",
        engine="llama_cpp",
        context_length=2048,
    )
    assert app.spec_for(served).location == RemoteModel("Team", "/srv/qwen.gguf")
    assert app.spec_for(local).location == LocalFile(Path("remote:Team/qwen.gguf"))
    assert [m.id for m in app.servers.remote_models()] == [served.id]
    assert [m.id for m in app.servers.remote_models("Team")] == [served.id]


def test_a_file_is_opened_as_a_file_even_when_a_server_has_its_prefix(app: Application) -> None:
    app.servers.servers.add("Team", "http://127.0.0.1:9/v1")  # never contacted
    with pytest.raises(UserFacingError, match="The model file remote:Team/qwen.gguf is missing"):
        app.open_model(LocalFile(Path("remote:Team/qwen.gguf")), LoadOptions())


def test_a_servers_model_goes_to_its_saved_server(app: Application) -> None:
    with pytest.raises(UserFacingError, match="The server Gone is no longer saved"):
        app.open_model(RemoteModel("Gone", "qwen"), LoadOptions())
