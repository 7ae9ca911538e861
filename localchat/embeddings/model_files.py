"""Reading a downloaded model's files from a folder or a zip, and its safetensors weights."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from localchat.errors import UserFacingError

# safetensors dtype names -> numpy types (BF16 has none: widened to float32 below).
_DTYPES: dict[str, str] = {
    "F64": "<f8",
    "F32": "<f4",
    "F16": "<f2",
    "I64": "<i8",
    "I32": "<i4",
    "I16": "<i2",
    "I8": "i1",
    "U8": "u1",
    "BOOL": "?",
}
_HEADER_LIMIT = 100 * 1024 * 1024  # the format's own limit on its JSON header


class ModelFiles:
    """The files of one model, read from a folder or from a zip (at its top or one folder down).

    Paths are relative to the folder that holds ``config.json``, written with "/".
    """

    def __init__(self, source: Path) -> None:
        self.source = source
        self._zip: zipfile.ZipFile | None = None
        self._prefix = ""
        if source.is_dir():
            return
        if not zipfile.is_zipfile(source):
            raise UserFacingError(
                f"{source.name} is neither a folder nor a zip file.",
                "Choose the model's folder or its zip.",
            )
        self._zip = zipfile.ZipFile(source)
        configs = [n for n in self._zip.namelist() if PurePosixPath(n).name == "config.json"]
        if configs:
            # The shallowest config.json is the model's (1_Pooling/config.json is deeper).
            top = min(configs, key=lambda name: name.count("/"))
            self._prefix = top[: -len("config.json")]

    def has(self, name: str) -> bool:
        """Whether the model has this file."""
        if self._zip is None:
            return (self.source / name).is_file()
        try:
            self._zip.getinfo(self._prefix + name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """A file's bytes; a missing file is a UserFacingError."""
        if not self.has(name):
            raise UserFacingError(
                f"{self.source.name} has no {name}: it is not a complete Hugging Face model.",
                "Download the whole model folder (config.json, model.safetensors, tokenizer).",
            )
        if self._zip is None:
            return (self.source / name).read_bytes()
        return self._zip.read(self._prefix + name)

    def json(self, name: str) -> Any:
        """A JSON file's content, or None when the model does not have that file."""
        if not self.has(name):
            return None
        try:
            return json.loads(self.read(name))
        except ValueError as exc:
            raise UserFacingError(
                f"{name} in {self.source.name} is damaged (not valid JSON).",
                "Download the model again.",
            ) from exc

    def close(self) -> None:
        """Close the zip, if one was opened."""
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ModelFiles:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file: 8-byte header length, JSON header, raw tensors.

    Each array is a read-only view into ``data`` (BF16 tensors are widened to float32).
    """
    damaged = UserFacingError("The model's weights file is damaged.", "Download the model again.")
    if len(data) < 8:
        raise damaged
    (header_size,) = struct.unpack_from("<Q", data)
    if header_size > min(_HEADER_LIMIT, len(data) - 8):
        raise damaged
    try:
        header = json.loads(data[8 : 8 + header_size])
    except ValueError as exc:
        raise damaged from exc
    start = 8 + header_size
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = (start + offset for offset in info["data_offsets"])
        if not start <= begin <= end <= len(data):
            raise damaged
        tensors[name] = _tensor(data[begin:end], info["dtype"], info["shape"])
    return tensors


def _tensor(raw: bytes, dtype: str, shape: list[int]) -> np.ndarray:
    if dtype == "BF16":  # the top half of a float32
        halves = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
        return halves.view(np.float32).reshape(shape)
    if dtype not in _DTYPES:
        raise UserFacingError(
            f"The model's weights use the {dtype} type, which LocalChat cannot read.",
            "Choose a model stored in float32, float16 or bfloat16.",
        )
    return np.frombuffer(raw, dtype=_DTYPES[dtype]).reshape(shape)
