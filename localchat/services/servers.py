"""Team servers (OpenAI-compatible): add one, list its models beside the local ones, open them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from PySide6.QtCore import QObject, Signal

from localchat.errors import UserFacingError

if TYPE_CHECKING:
    from localchat.engines.base import Engine, LoadOptions
    from localchat.network import NetworkGate
    from localchat.servers import ServerList
    from localchat.services.background import BackgroundRunner
    from localchat.storage import InstalledModel, ModelRepository

# The remote engine (and its HTTP client) is imported when a server is first used: a window
# that never talks to a server does not pay for it at start-up.

logger = logging.getLogger(__name__)

REMOTE_PREFIX = "remote:"


def remote_model_path(server: str, model: str) -> str:
    """How a server's model is named in the model library: ``remote:<server>/<model id>``.

    Both parts are percent-encoded: model ids may hold slashes or be absolute file paths
    (llama.cpp's server names its model after the file), and the entry travels as a Path.
    """
    return f"{REMOTE_PREFIX}{quote(server, safe='')}/{quote(model, safe='')}"


def split_remote_path(path: Path | str) -> tuple[str, str] | None:
    """(server, model id) for a remote model's library entry; None for a local file."""
    text = str(path)
    if not text.startswith(REMOTE_PREFIX) or "/" not in text:
        return None
    server, model = text[len(REMOTE_PREFIX) :].split("/", 1)
    return unquote(server), unquote(model)


class ServersService(QObject):
    """Saved team servers and their models.

    Signals:
        server_added: A server answered and its models were added. args: name, model count.
        models_changed: Remote models were added or removed.
        failed: Adding a server failed. args: a sentence for the user.
    """

    server_added = Signal(str, int)
    models_changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        servers: ServerList,
        models: ModelRepository,
        gate: NetworkGate,
        runner: BackgroundRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.servers = servers
        self._models = models
        self._gate = gate
        self._runner = runner

    def add(self, name: str, base_url: str, api_key: str | None) -> None:
        """Check the server off the GUI thread, save it, and list its models as installed."""

        def work() -> tuple[str, int]:
            from localchat.engines.remote import list_models

            offered = list_models(base_url, api_key, self._gate)
            server = self.servers.add(name, base_url, api_key or None)
            for model_id in offered:
                self._models.add(
                    name=f"{model_id} (on {server.name})",
                    path=remote_model_path(server.name, model_id),
                    source="remote",
                    source_repo=server.base_url,
                    size_bytes=0,
                    architecture="remote",
                    engine="remote",
                    context_length=0,
                )
            return server.name, len(offered)

        self._runner.run(work, self._on_added, self.failed.emit)

    def _on_added(self, outcome: object) -> None:
        name, count = outcome  # type: ignore[misc]
        self.server_added.emit(name, count)
        self.models_changed.emit()

    def remove(self, name: str) -> None:
        """Forget a server, its key and its models."""
        for model in self.remote_models(name):
            self._models.remove(model.id)
        self.servers.remove(name)
        self.models_changed.emit()

    def remote_models(self, server: str | None = None) -> list[InstalledModel]:
        """Models on saved servers (all, or one server's)."""
        found = []
        for model in self._models.list():
            target = split_remote_path(model.path) if model.engine == "remote" else None
            if target and (server is None or target[0] == server):
                found.append(model)
        return found

    def open(self, path: Path, options: LoadOptions) -> Engine:
        """Connect to a server's model (runs on the inference thread)."""
        target = split_remote_path(path)
        if target is None:
            raise ValueError(f"{path} is not a remote model")
        server = self.servers.get(target[0])
        if server is None:
            raise UserFacingError(
                f"The server {target[0]} is no longer saved.", "Add it again in the Models pane."
            )
        from localchat.engines.remote import RemoteEngine

        return RemoteEngine.connect(
            server.base_url, target[1], self.servers.api_key(server.name), self._gate
        )
