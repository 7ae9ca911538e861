"""Where a model runs: a file on this computer, or a model on a saved team server.

The model library stores both kinds in one ``path`` column; a server's model is written
there as ``remote:<server>/<model id>``. Only ``location_of`` and ``stored_path`` read and
write that form: everything else receives a ``LocalFile`` or a ``RemoteModel`` and decides
by its type, never by looking at a path string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from localchat.errors import UserFacingError
from localchat.i18n import translate

if TYPE_CHECKING:
    from localchat.storage import InstalledModel

_REMOTE_ENGINE = "remote"  # the library's engine name for a server's model
_STORED_PREFIX = "remote:"


@dataclass(frozen=True)
class LocalFile:
    """A model file on this computer, run in an engine host process."""

    path: Path


@dataclass(frozen=True)
class RemoteModel:
    """A model on a saved team server: the server's name in ServerList and the model's id."""

    server: str
    model: str


ModelLocation = LocalFile | RemoteModel


def location_of(model: InstalledModel) -> ModelLocation:
    """Where a library entry's model runs, read from its stored path.

    The entry's engine decides, not the path's text: a file whose name starts with
    ``remote:`` is still a file. A server's entry that does not hold a server and a model
    id (the database was edited by hand) raises ValueError.
    """
    if model.engine != _REMOTE_ENGINE:
        return LocalFile(Path(model.path))
    server, slash, model_id = model.path.removeprefix(_STORED_PREFIX).partition("/")
    if not model.path.startswith(_STORED_PREFIX) or not slash or not server:
        raise ValueError(f"library entry {model.id} is not a server's model: {model.path!r}")
    return RemoteModel(unquote(server), unquote(model_id))


def stored_path(location: ModelLocation) -> str:
    """What the library's path column holds for a location (``location_of`` reads it back).

    A server's parts are percent-encoded: model ids may hold slashes or be absolute file
    paths (llama.cpp's server names its model after its file).
    """
    if isinstance(location, LocalFile):
        return str(location.path)
    return f"{_STORED_PREFIX}{quote(location.server, safe='')}/{quote(location.model, safe='')}"


def local_path(model: InstalledModel) -> Path | None:
    """The file of a model on this computer; None for a model on a server."""
    location = location_of(model)
    return location.path if isinstance(location, LocalFile) else None


def model_file(model: InstalledModel) -> Path:
    """The file of a model on this computer; a plain error for a model on a server."""
    location = location_of(model)
    if isinstance(location, RemoteModel):
        raise UserFacingError(
            translate(
                "ModelLocation", "{name} runs on the team server {server}, not on this computer."
            ).format(name=model.name, server=location.server),
            translate(
                "ModelLocation",
                "Choose a model installed on this computer (`localchat models list`).",
            ),
        )
    return location.path


def installed_files(models: Iterable[InstalledModel]) -> dict[str, InstalledModel]:
    """The models on this computer by file name (a catalog variant's ``file``)."""
    return {path.name: model for model in models if (path := local_path(model)) is not None}
