"""Sniffing and structural checks of GGML-era model files (ggml, ggmf, ggjt, ggla)."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from localchat.errors import UserFacingError
from localchat.i18n import translate

MAGICS = {
    0x67676D6C: "ggml",  # unversioned, the format of ggml's examples (gpt-2, gpt-j, mpt, ...)
    0x67676D66: "ggmf",  # llama.cpp, versioned, vocab with scores
    0x67676A74: "ggjt",  # llama.cpp, versioned, aligned tensors
    0x67676C61: "ggla",  # a LoRA adapter, not a model
    0x67676363: "ggcc",  # ggllm.cpp's Falcon files
}
GGUF_MAGIC = b"GGUF"
_VERSIONED = {"ggmf", "ggjt", "ggla", "ggcc"}

# ctransformers' own spellings (its README); its loader ignores case and punctuation.
SUPPORTED_MODEL_TYPES = (
    "gpt2",
    "gptj",
    "gpt_neox",
    "dolly-v2",
    "mpt",
    "falcon",
    "starcoder",
    "gpt_bigcode",
    "replit",
    "llama",
)

_QNT_VERSION_FACTOR = 1000
_MAX_NAME = 4096
_MAX_TOKEN = 1 << 20

# ggml tensor type -> (elements per block, bytes per block), current quantization version.
_TYPE_SIZES = {
    0: (1, 4),
    1: (1, 2),
    2: (32, 18),
    3: (32, 20),
    6: (32, 22),
    7: (32, 24),
    8: (32, 34),
    9: (32, 36),
    10: (256, 84),
    11: (256, 110),
    12: (256, 144),
    13: (256, 176),
    14: (256, 210),
    15: (256, 292),
}
# Files from before ggml's quantization version 1 stored f32 block scales.
_TYPE_SIZES_V0 = {**_TYPE_SIZES, 2: (32, 20), 3: (32, 24), 8: (32, 36)}

_FTYPE_NAMES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    4: "Q4_1_SOME_F16",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K",
    12: "Q4_K",
    13: "Q5_K",
    14: "Q6_K",
}


@dataclass(frozen=True)
class _Layout:
    """How one architecture's loader in ggml's examples reads its file."""

    n_hparams: int
    n_vocab_index: int
    ftype_index: int
    vocab_count: bool  # an int32 n_vocab repeated before the tokens
    vocab_scores: bool  # a float32 score after each token


_LAYOUTS = {
    "gpt2": _Layout(6, 0, 5, vocab_count=True, vocab_scores=False),
    "starcoder": _Layout(6, 0, 5, vocab_count=True, vocab_scores=False),
    "gpt_bigcode": _Layout(6, 0, 5, vocab_count=True, vocab_scores=False),
    "gptj": _Layout(7, 0, 6, vocab_count=True, vocab_scores=False),
    "gpt_neox": _Layout(8, 0, 7, vocab_count=False, vocab_scores=False),
    "dolly-v2": _Layout(8, 0, 7, vocab_count=False, vocab_scores=False),
    "mpt": _Layout(8, 4, 7, vocab_count=False, vocab_scores=False),
    "replit": _Layout(6, 4, 5, vocab_count=False, vocab_scores=True),
}


@dataclass(frozen=True)
class GgmlHeader:
    """What the first bytes of a GGML-era file say."""

    magic_name: str
    version: int | None
    hparams: tuple[int, ...]  # the first int32 words after the magic (and version)
    file_size: int


@dataclass(frozen=True)
class GgmlLayoutInfo:
    """What a full walk of a file in a known layout found."""

    n_vocab: int
    n_ctx: int
    quantization: str | None
    parameter_count: int | None  # None when a tensor type was unknown and the walk stopped


class _Truncated(Exception):
    """The file ended before a structure it announces."""


def _incomplete(path: Path) -> UserFacingError:
    return UserFacingError(
        translate("EngineErrors", "The model file {name} is incomplete or damaged.").format(
            name=path.name
        ),
        translate("EngineErrors", "Download it again, or pick another file."),
    )


def normalize_model_type(model_type: str | None) -> str | None:
    """The supported spelling of a model type, ignoring case and punctuation; else None."""
    if not model_type:
        return None
    key = re.sub(r"[^a-z0-9]", "", model_type.lower())
    for name in SUPPORTED_MODEL_TYPES:
        if re.sub(r"[^a-z0-9]", "", name) == key:
            return name
    return None


def read_ggml_header(path: Path) -> GgmlHeader:
    """The magic, version and leading hyperparameters of a GGML-era file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(48)
    except OSError as exc:
        raise UserFacingError(
            translate("EngineErrors", "The model file {name} could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror
            ),
            translate("EngineErrors", "Check that the file exists and is readable."),
        ) from exc
    if len(head) < 4:
        raise _incomplete(path)
    if head[:4] == GGUF_MAGIC:
        raise UserFacingError(
            translate("EngineErrors", "{name} is a GGUF file, not a GGML-era file.").format(
                name=path.name
            ),
            translate("EngineErrors", "Open it without choosing an architecture."),
        )
    (magic,) = struct.unpack_from("<I", head)
    name = MAGICS.get(magic)
    if name is None:
        raise UserFacingError(
            translate("EngineErrors", "{name} is not a GGML model file.").format(name=path.name),
            translate("EngineErrors", "Pick a .bin file in GGML format."),
        )
    start = 8 if name in _VERSIONED else 4
    if len(head) < start + 6 * 4:
        raise _incomplete(path)
    version = struct.unpack_from("<I", head, 4)[0] if name in _VERSIONED else None
    count = (len(head) - start) // 4
    hparams = struct.unpack_from(f"<{count}i", head, start)
    return GgmlHeader(name, version, hparams, size)


def _read(f: BinaryIO, count: int) -> bytes:
    data = f.read(count)
    if len(data) != count:
        raise _Truncated
    return data


def _skip(f: BinaryIO, count: int, file_size: int) -> None:
    if count < 0 or f.tell() + count > file_size:
        raise _Truncated
    f.seek(count, 1)


def _walk_vocab(f: BinaryIO, layout: _Layout, n_vocab: int, file_size: int) -> None:
    if layout.vocab_count:
        (repeated,) = struct.unpack("<i", _read(f, 4))
        if repeated != n_vocab:
            raise _Truncated
    for _ in range(n_vocab):
        (length,) = struct.unpack("<I", _read(f, 4))
        if length > _MAX_TOKEN:
            raise _Truncated
        _skip(f, length + (4 if layout.vocab_scores else 0), file_size)


def _walk_tensor(f: BinaryIO, sizes: dict[int, tuple[int, int]], file_size: int) -> int | None:
    """Skip one tensor record; its element count, or None when its type is unknown."""
    n_dims, name_len, ttype = struct.unpack("<iii", _read(f, 12))
    if not 1 <= n_dims <= 4 or not 0 < name_len <= _MAX_NAME:
        raise _Truncated
    dims = struct.unpack(f"<{n_dims}i", _read(f, 4 * n_dims))
    if any(d <= 0 for d in dims):
        raise _Truncated
    _skip(f, name_len, file_size)
    if ttype not in sizes:
        return None
    elements = 1
    for d in dims:
        elements *= d
    block, block_bytes = sizes[ttype]
    _skip(f, elements // block * block_bytes, file_size)
    return elements


def _walk_tensors(f: BinaryIO, sizes: dict[int, tuple[int, int]], file_size: int) -> int | None:
    total = 0
    tensors = 0
    while f.tell() < file_size:
        elements = _walk_tensor(f, sizes, file_size)
        if elements is None:
            return None
        total += elements
        tensors += 1
    if tensors == 0:
        raise _Truncated
    return total


def _check_old_falcon(path: Path) -> None:
    """Refuse a non-GGCC file as Falcon unless the tokenizer.json it then needs is there.

    ctransformers' Falcon loader reads older formats only with a tokenizer.json next to the
    file, and without one it ends the whole process (exit 1) instead of reporting an error.
    """
    if not (path.parent / "tokenizer.json").is_file():
        raise UserFacingError(
            translate(
                "EngineErrors",
                "{name} is not a Falcon model in the format this engine reads (GGCC).",
            ).format(name=path.name),
            translate(
                "EngineErrors",
                "Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.",
            ),
        )


def check_ggml_file(path: Path, model_type: str) -> GgmlLayoutInfo | None:
    """Check that the file holds every structure it announces, before native code reads it.

    ctransformers' loaders read past the end of a short file without noticing and then run
    on garbage, so a truncated download is caught here. Returns what the walk found, or
    None for architectures whose layout is not walked (llama, falcon: header checked only).
    """
    header = read_ggml_header(path)
    if header.magic_name == "ggla":
        raise UserFacingError(
            translate("EngineErrors", "{name} is a LoRA adapter, not a model.").format(
                name=path.name
            ),
            translate("EngineErrors", "Pick the model file itself."),
        )
    if model_type == "falcon" and header.magic_name != "ggcc":
        _check_old_falcon(path)
    layout = _LAYOUTS.get(model_type)
    if layout is None:
        return None
    if header.magic_name != "ggml" or len(header.hparams) < layout.n_hparams:
        raise UserFacingError(
            translate("EngineErrors", "{name} is not laid out like a {architecture} model.").format(
                name=path.name, architecture=model_type
            ),
            translate("EngineErrors", "Check the architecture chosen for it."),
        )
    n_vocab = header.hparams[layout.n_vocab_index]
    ftype = header.hparams[layout.ftype_index]
    sizes = _TYPE_SIZES if ftype >= _QNT_VERSION_FACTOR else _TYPE_SIZES_V0
    if not 0 < n_vocab <= 10_000_000:
        raise _incomplete(path)
    try:
        with path.open("rb") as f:
            f.seek(4 + 4 * layout.n_hparams)
            _walk_vocab(f, layout, n_vocab, header.file_size)
            params = _walk_tensors(f, sizes, header.file_size)
    except (_Truncated, struct.error) as exc:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "The model file {name} is incomplete or damaged, or is not a {architecture} model.",
            ).format(name=path.name, architecture=model_type),
            translate(
                "EngineErrors", "Check the architecture chosen for it, or download the file again."
            ),
        ) from exc
    return GgmlLayoutInfo(
        n_vocab=n_vocab,
        n_ctx=header.hparams[1],
        quantization=_FTYPE_NAMES.get(ftype % _QNT_VERSION_FACTOR),
        parameter_count=params,
    )
