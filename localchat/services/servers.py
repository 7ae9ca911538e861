"""Team servers (OpenAI-compatible): add one, list its models beside the local ones, open them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.errors import UserFacingError
from localchat.model_location import RemoteModel, location_of, stored_path

if TYPE_CHECKING:
    from localchat.engines.base import Engine
    from localchat.network import NetworkGate
    from localchat.servers import ServerList
    from localchat.services.background import BackgroundRunner
    from localchat.storage import InstalledModel, ModelRepository

# The remote engine (and its HTTP client) is imported when a server is first used: a window
# that never talks to a server does not pay for it at start-up.

logger = logging.getLogger(__name__)


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
                    name=self.tr("{model} (on {server})").format(
                        model=model_id, server=server.name
                    ),
                    path=stored_path(RemoteModel(server.name, model_id)),
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
            location = location_of(model)
            if isinstance(location, RemoteModel) and server in (None, location.server):
                found.append(model)
        return found

    def open(self, remote: RemoteModel) -> Engine:
        """Connect to a server's model (runs on the inference thread)."""
        server = self.servers.get(remote.server)
        if server is None:
            raise UserFacingError(
                self.tr("The server {name} is no longer saved.").format(name=remote.server),
                self.tr("Add it again in the Models pane."),
            )
        from localchat.engines.remote import RemoteEngine

        return RemoteEngine.connect(
            server.base_url, remote.model, self.servers.api_key(server.name), self._gate
        )
