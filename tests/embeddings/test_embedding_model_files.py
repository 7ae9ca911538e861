"""Reading a model's files from a folder or a zip, and safetensors weights."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest

from localchat.embeddings.model_files import ModelFiles, read_safetensors
from localchat.errors import UserFacingError


def _safetensors(tensors: dict[str, tuple[str, list[int], bytes]]) -> bytes:
    header, offset, body = {}, 0, b""
    for name, (dtype, shape, raw) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(raw)]}
        offset += len(raw)
        body += raw
    text = json.dumps({"__metadata__": {"format": "pt"}, **header}).encode()
    return struct.pack("<Q", len(text)) + text + body


def test_a_zip_with_the_model_one_folder_down_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "model.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("all-MiniLM-L6-v2/config.json", '{"model_type": "bert"}')
        zf.writestr("all-MiniLM-L6-v2/1_Pooling/config.json", '{"pooling_mode_cls_token": true}')
    with ModelFiles(archive) as files:
        assert files.json("config.json") == {"model_type": "bert"}
        assert files.json("1_Pooling/config.json") == {"pooling_mode_cls_token": True}
        assert files.json("modules.json") is None
        with pytest.raises(UserFacingError, match="has no model.safetensors"):
            files.read("model.safetensors")


def test_safetensors_types_and_shapes_are_kept() -> None:
    values = np.arange(6, dtype="<f4")
    halves = np.array([1.5, -2.0], dtype="<f2")
    bf16 = (np.array([3.25, -0.5], dtype="<f4").view("<u4") >> 16).astype("<u2")
    data = _safetensors({
        "w": ("F32", [2, 3], values.tobytes()),
        "h": ("F16", [2], halves.tobytes()),
        "b": ("BF16", [2], bf16.tobytes()),
    })  # fmt: skip
    tensors = read_safetensors(data)
    np.testing.assert_array_equal(tensors["w"], values.reshape(2, 3))
    np.testing.assert_array_equal(tensors["h"], halves)
    np.testing.assert_array_equal(tensors["b"], [3.25, -0.5])
    assert tensors["b"].dtype == np.float32


@pytest.mark.parametrize(
    "data",
    [b"", struct.pack("<Q", 10**9) + b"{}", struct.pack("<Q", 4) + b"nope"],
    ids=["empty", "header longer than the file", "header not JSON"],
)
def test_damaged_weights_are_refused_in_words(data: bytes) -> None:
    with pytest.raises(UserFacingError, match="weights file is damaged"):
        read_safetensors(data)


def test_a_tensor_past_the_end_is_refused() -> None:
    data = _safetensors({"w": ("F32", [4], b"\0" * 16)})[:-4]
    with pytest.raises(UserFacingError, match="damaged"):
        read_safetensors(data)
