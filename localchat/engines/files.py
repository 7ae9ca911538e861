"""Model files: tell the format by magic bytes, describe a file, pick its engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from localchat.engines.ggml_format import (
    MAGICS,
    SUPPORTED_MODEL_TYPES,
    check_ggml_file,
    normalize_model_type,
)
from localchat.engines.gguf_header import GGUF_MAGIC, read_gguf_header
from localchat.errors import UserFacingError
from localchat.i18n import QT_TRANSLATE_NOOP, number, translate

ModelFormat = Literal["gguf", "ggml"]
# What a file that is not a model is, by its first bytes: whole sentences, translated when said.
_KNOWN_OTHER = {
    b"\x89PNG": QT_TRANSLATE_NOOP(
        "EngineErrors", "The file {name} is a PNG image, not a language model."
    ),
    b"%PDF": QT_TRANSLATE_NOOP(
        "EngineErrors", "The file {name} is a PDF document, not a language model."
    ),
    b"PK\x03\x04": QT_TRANSLATE_NOOP(
        "EngineErrors", "The file {name} is a zip archive, not a language model."
    ),
    b"\x7fELF": QT_TRANSLATE_NOOP(
        "EngineErrors", "The file {name} is a program, not a language model."
    ),
}


@dataclass(frozen=True)
class ModelFileInfo:
    """What a model file is, before it is loaded."""

    path: Path
    format: ModelFormat
    engine: str
    architecture: str
    quantization: str | None
    context_length: int
    size_bytes: int
    name: str | None = None


def detect_format(path: Path) -> ModelFormat:
    """GGUF or GGML by the first bytes; a plain error for anything else."""
    try:
        with open(path, "rb") as stream:
            magic = stream.read(4)
    except FileNotFoundError as exc:
        raise UserFacingError(
            translate("EngineErrors", "The model file {path} is missing.").format(path=path),
            translate("EngineErrors", "Import or download it again."),
        ) from exc
    except OSError as exc:
        raise UserFacingError(
            translate("EngineErrors", "The model file {path} cannot be read ({reason}).").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    if not magic:
        raise UserFacingError(
            translate(
                "EngineErrors", "The file {name} is empty (0 bytes), so it is not a model."
            ).format(name=path.name),
            translate("EngineErrors", "Download it again."),
        )
    if magic == GGUF_MAGIC:
        return "gguf"
    if len(magic) < 4 and GGUF_MAGIC.startswith(magic):
        raise UserFacingError(
            translate(
                "EngineErrors", "The model file {name} is incomplete (it ends after {size} bytes)."
            ).format(name=path.name, size=number(len(magic))),
            translate("EngineErrors", "Download it again."),
        )
    if int.from_bytes(magic.ljust(4, b"\0"), "little") in MAGICS:
        return "ggml"
    sentence = _KNOWN_OTHER.get(magic) or QT_TRANSLATE_NOOP(
        "EngineErrors", "The file {name} is not a language model file that LocalChat can use."
    )
    raise UserFacingError(
        translate("EngineErrors", sentence).format(name=path.name),
        translate("EngineErrors", "Choose a .gguf file (or an older GGML .bin file)."),
    )


def describe_model_file(path: Path, model_type: str | None = None) -> ModelFileInfo:
    """Read a file's header to learn its architecture, quantization and context length."""
    fmt = detect_format(path)
    size = path.stat().st_size
    if fmt == "gguf":
        header = read_gguf_header(path)
        return ModelFileInfo(
            path=path,
            format=fmt,
            engine="llama_cpp",
            architecture=header.architecture,
            quantization=header.quantization,
            context_length=header.context_length,
            size_bytes=size,
            name=header.name,
        )
    model_type = normalize_model_type(model_type)
    if model_type not in SUPPORTED_MODEL_TYPES:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "{name} is an older GGML model file, which does not say its architecture.",
            ).format(name=path.name),
            translate("EngineErrors", "Choose its model type: one of {types}.").format(
                types=", ".join(SUPPORTED_MODEL_TYPES)
            ),
        )
    layout = check_ggml_file(path, model_type)
    return ModelFileInfo(
        path=path,
        format=fmt,
        engine="ctransformers",
        architecture=model_type,
        quantization=layout.quantization if layout else None,
        context_length=layout.n_ctx if layout else 2048,
        size_bytes=size,
    )
