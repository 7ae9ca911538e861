"""The curated model catalog (resources/catalog.json): loading, validation and look-up."""

from __future__ import annotations

import importlib.resources
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.resources import resource_candidates

logger = logging.getLogger(__name__)

CATALOG_VERSION = 1
CATALOG_FILENAME = "catalog.json"
TASKS = ("chat", "summarize", "translate")
# base: continues text; encoder: cannot write text at all; embedding: an encoder trained to
# compare texts, downloaded for the Library's meaning search (never for a writing task).
KINDS = ("chat", "base", "encoder", "embedding")
ENGINES = ("llama.cpp", "ctransformers")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SHAPE_KEYS = ("layers", "heads", "kv_heads", "head_dim", "embedding", "ffn", "vocab")


class CatalogError(UserFacingError):
    """The catalog file is missing, unreadable or not in the expected shape."""


@dataclass(frozen=True)
class ModelShape:
    """The transformer's dimensions, for memory estimates before the file is on disk."""

    layers: int
    heads: int
    kv_heads: int
    head_dim: int
    embedding: int
    ffn: int
    vocab: int


@dataclass(frozen=True)
class CatalogVariant:
    """One downloadable (or bundled) quantized file of a model."""

    model_id: str
    quant: str
    repo: str | None  # None: only installed by a Python package, not downloadable
    file: str
    size: int
    size_exact: bool
    sha256: str | None
    fast_prompt: bool = False  # reads prompts fastest of this model's variants
    package: str | None = None  # Python distribution that installs this exact file
    model_type: str | None = None  # ctransformers model type for GGML-era files

    @property
    def downloadable(self) -> bool:
        """Whether the file can be fetched from the hub."""
        return self.repo is not None

    @property
    def key(self) -> str:
        """A stable id for this variant, e.g. ``smollm2-135m-instruct:Q4_0``."""
        return f"{self.model_id}:{self.quant}"


@dataclass(frozen=True)
class CatalogModel:
    """A model of the catalog with its quantized variants."""

    id: str
    name: str
    family: str
    kind: str
    parameters: int
    licence: str
    good_at: tuple[str, ...]
    languages: tuple[str, ...]
    context_length: int
    architecture: str
    engine: str | None
    shape: ModelShape | None
    note: str
    variants: tuple[CatalogVariant, ...]
    # The id of a newer model that does the same jobs better; such a row stays for
    # comparison, and is recommended only when nothing newer fits.
    superseded_by: str | None = None

    @property
    def can_chat(self) -> bool:
        """False for encoder and embedding models, which read text but cannot write any."""
        return self.kind not in ("encoder", "embedding")

    def variant(self, quant: str) -> CatalogVariant:
        """The variant with this quantization name; KeyError if there is none."""
        for variant in self.variants:
            if variant.quant.lower() == quant.lower():
                return variant
        raise KeyError(f"{self.id} has no {quant} variant")


@dataclass(frozen=True)
class Catalog:
    """The whole catalog, in file order."""

    version: int
    models: tuple[CatalogModel, ...]

    def find(self, model_id: str) -> CatalogModel | None:
        """The model with this id, or None."""
        for model in self.models:
            if model.id == model_id:
                return model
        return None

    def get(self, model_id: str) -> CatalogModel:
        """The model with this id; KeyError if the catalog has none."""
        model = self.find(model_id)
        if model is None:
            raise KeyError(model_id)
        return model

    def variants(self) -> Iterator[tuple[CatalogModel, CatalogVariant]]:
        """Every (model, variant) pair."""
        for model in self.models:
            for variant in model.variants:
                yield model, variant

    def find_file(self, filename: str) -> tuple[CatalogModel, CatalogVariant] | None:
        """The catalog entry of an installed file, matched by file name."""
        for model, variant in self.variants():
            if variant.file == filename:
                return model, variant
        return None


def catalog_path() -> Path:
    """Where the catalog file is: see ``resource_candidates``, or a copy in this package."""
    candidates = resource_candidates(CATALOG_FILENAME)
    packaged = importlib.resources.files(__package__ or "localchat.catalog") / CATALOG_FILENAME
    candidates.insert(1, Path(str(packaged)))
    return next((path for path in candidates if path.is_file()), candidates[0])


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and validate the catalog; CatalogError in plain words when it is broken."""
    path = path or catalog_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(
            translate("CatalogErrors", "The model catalog is missing ({file}).").format(file=path),
            translate("CatalogErrors", "Reinstall LocalChat."),
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(
            translate("CatalogErrors", "The model catalog {file} cannot be read: {error}.").format(
                file=path.name, error=exc
            ),
            translate("CatalogErrors", "Reinstall LocalChat."),
        ) from exc
    return parse_catalog(data, source=path.name)


def parse_catalog(data: Any, source: str = CATALOG_FILENAME) -> Catalog:
    """Validate the decoded JSON of a catalog and build the dataclasses."""
    try:
        return _parse(data)
    except CatalogError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogError(
            translate(
                "CatalogErrors", "The model catalog {file} is not in the expected shape ({error})."
            ).format(file=source, error=repr(exc)),
            translate("CatalogErrors", "Reinstall LocalChat or update the catalog."),
        ) from exc


def _fail(message: str) -> CatalogError:
    return CatalogError(
        message, translate("CatalogErrors", "Reinstall LocalChat or update the catalog.")
    )


def _parse(data: Any) -> Catalog:
    if not isinstance(data, dict) or not isinstance(data.get("models"), list):
        raise _fail(translate("CatalogErrors", 'The model catalog has no "models" list.'))
    version = data.get("version")
    if not isinstance(version, int):
        raise _fail(translate("CatalogErrors", 'The model catalog has no "version" number.'))
    if version > CATALOG_VERSION:
        raise CatalogError(
            translate(
                "CatalogErrors",
                "The model catalog is version {version}; this LocalChat reads up to "
                "version {supported}.",
            ).format(version=version, supported=CATALOG_VERSION),
            translate("CatalogErrors", "Update LocalChat."),
        )
    models = tuple(_parse_model(entry) for entry in data["models"])
    ids = [model.id for model in models]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise _fail(
            translate("CatalogErrors", "The model catalog lists {ids} more than once.").format(
                ids=", ".join(duplicates)
            )
        )
    for model in models:
        if model.superseded_by is not None and model.superseded_by not in ids:
            raise _fail(
                translate(
                    "CatalogErrors", "Catalog model {id} is superseded by an unknown model."
                ).format(id=model.id)
            )
    return Catalog(version, models)


def _parse_model(entry: dict[str, Any]) -> CatalogModel:
    model_id = _text(entry, "id")
    kind = _text(entry, "kind")
    if kind not in KINDS:
        raise _fail(
            translate("CatalogErrors", 'Catalog model {id} has an unknown kind "{kind}".').format(
                id=model_id, kind=kind
            )
        )
    good_at = tuple(entry.get("good_at", ()))
    unknown = [task for task in good_at if task not in TASKS]
    if unknown:
        raise _fail(
            translate("CatalogErrors", "Catalog model {id} lists unknown tasks: {tasks}.").format(
                id=model_id, tasks=", ".join(unknown)
            )
        )
    engine = entry.get("engine")
    if engine is not None and engine not in ENGINES:
        raise _fail(
            translate(
                "CatalogErrors", 'Catalog model {id} names an unknown engine "{engine}".'
            ).format(id=model_id, engine=engine)
        )
    variants = tuple(_parse_variant(model_id, v) for v in entry.get("variants", ()))
    if kind == "encoder" and variants or kind in ("encoder", "embedding") and good_at:
        raise _fail(
            translate(
                "CatalogErrors", "Catalog model {id} is an encoder but lists chat files or tasks."
            ).format(id=model_id)
        )
    quants = [v.quant for v in variants]
    if len(set(quants)) != len(quants):
        raise _fail(
            translate("CatalogErrors", "Catalog model {id} lists a quantization twice.").format(
                id=model_id
            )
        )
    shape = entry.get("shape")
    return CatalogModel(
        id=model_id,
        name=_text(entry, "name"),
        family=_text(entry, "family"),
        kind=kind,
        parameters=_positive(entry, "parameters", model_id),
        licence=_text(entry, "licence"),
        good_at=good_at,
        languages=tuple(str(language) for language in entry.get("languages", ())),
        context_length=_positive(entry, "context_length", model_id),
        architecture=_text(entry, "architecture"),
        engine=engine,
        shape=ModelShape(**{k: _positive(shape, k, model_id) for k in _SHAPE_KEYS})
        if shape
        else None,
        note=str(entry.get("note", "")),
        variants=variants,
        superseded_by=entry.get("superseded_by"),
    )


def _parse_variant(model_id: str, entry: dict[str, Any]) -> CatalogVariant:
    sha256 = entry.get("sha256")
    if sha256 is not None and not (isinstance(sha256, str) and _SHA256.fullmatch(sha256)):
        raise _fail(
            translate(
                "CatalogErrors", "Catalog model {id} has a malformed sha256: {sha256}."
            ).format(id=model_id, sha256=repr(sha256))
        )
    repo = entry.get("repo")
    package = entry.get("package")
    if repo is None and package is None:
        raise _fail(
            translate(
                "CatalogErrors", "Catalog model {id} has a file with neither a repo nor a package."
            ).format(id=model_id)
        )
    return CatalogVariant(
        model_id=model_id,
        quant=_text(entry, "quant"),
        repo=str(repo) if repo is not None else None,
        file=_text(entry, "file"),
        size=_positive(entry, "size", model_id),
        size_exact=bool(entry.get("size_exact", False)),
        sha256=sha256,
        fast_prompt=bool(entry.get("fast_prompt", False)),
        package=str(package) if package is not None else None,
        model_type=entry.get("model_type"),
    )


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value:
        raise _fail(
            translate("CatalogErrors", 'A catalog entry has an empty or non-text "{key}".').format(
                key=key
            )
        )
    return value


def _positive(entry: dict[str, Any], key: str, model_id: str) -> int:
    value = entry[key]
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _fail(
            translate(
                "CatalogErrors", 'Catalog model {id} has an invalid "{key}": {value}.'
            ).format(id=model_id, key=key, value=repr(value))
        )
    return value
