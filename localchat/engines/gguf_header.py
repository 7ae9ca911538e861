"""Fast reading of a GGUF file's key/value header, without loading tensors.

Written here rather than taken from the ``gguf`` package (used for its tables of
quantization types and block sizes only), because a header is read at every model load,
file install or import and offload plan, and from the first megabytes of a remote file:

- ``gguf.GGUFReader`` maps the whole file and makes a numpy view of every item of every
  array; this reader walks the header once and only counts long arrays (vocabularies,
  merges). Bundled SmolLM2-135M Q4_1 (94 MiB, 33 keys, 49,152 tokens, 272 tensors),
  2026-12-02, gguf 0.19.0, 2-core AMD EPYC, medians of two runs: ``read_gguf_header``
  14-17 ms (vocabulary kept: 29-36 ms), ``GGUFReader(path)`` 2.75-3.16 s, ~200x slower
  (under a busy machine's load: 36 ms against 6.5 s).
- ``GGUFReader`` needs the whole file. On the first 4 MiB of the same model, as an HTTP
  Range request fetches them (``catalog/remote_header.py``), it fails ("cannot reshape
  array"); this reader parses them.
- ``import gguf`` pulls in numpy: 100-125 ms in a fresh process on the same machine, which
  a remote header never pays here.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, BinaryIO

from localchat.errors import UserFacingError
from localchat.i18n import number, translate


class GGUFValueType(IntEnum):
    """Value types of the GGUF key/value section (the file format's own numbers).

    Kept here rather than imported from the gguf package, whose import pulls in numpy
    (see above); gguf is imported only when tensor sizes or quantization names are needed.
    """

    UINT8 = 0
    INT8 = 1
    UINT16 = 2
    INT16 = 3
    UINT32 = 4
    INT32 = 5
    FLOAT32 = 6
    BOOL = 7
    STRING = 8
    ARRAY = 9
    UINT64 = 10
    INT64 = 11
    FLOAT64 = 12


GGUF_MAGIC = b"GGUF"
_SCALARS: dict[GGUFValueType, str] = {
    GGUFValueType.UINT8: "<B",
    GGUFValueType.INT8: "<b",
    GGUFValueType.UINT16: "<H",
    GGUFValueType.INT16: "<h",
    GGUFValueType.UINT32: "<I",
    GGUFValueType.INT32: "<i",
    GGUFValueType.FLOAT32: "<f",
    GGUFValueType.BOOL: "<?",
    GGUFValueType.UINT64: "<Q",
    GGUFValueType.INT64: "<q",
    GGUFValueType.FLOAT64: "<d",
}
_STRUCTS = {fmt: struct.Struct(fmt) for fmt in {*_SCALARS.values(), "<Q", "<I"}}
_U64 = _STRUCTS["<Q"]
_BLOCK_BYTES = 4 * 1024 * 1024  # per read(): a big header takes one or two
_MAX_KEPT_ARRAY = 64  # longer arrays (vocabularies, merges) are skipped, only counted
# No single header item is this large (a 256k-entry float array is 1 MiB); a bigger length
# means a damaged file, and reading it would ask for terabytes of memory.
_MAX_ITEM_BYTES = 256 * 1024 * 1024


class TruncatedHeader(Exception):
    """The bytes ended before the header did."""


@dataclass(frozen=True)
class ArrayInfo:
    """A long array in the header that was skipped: its element type and length."""

    item_type: GGUFValueType
    length: int


@dataclass(frozen=True)
class GgufHeader:
    """The parsed key/values of a GGUF file."""

    version: int
    tensor_count: int
    fields: dict[str, Any]
    expected_file_size: int | None = None  # None when only the KV part was read

    @property
    def architecture(self) -> str:
        """The model architecture, e.g. llama, gemma3, qwen2."""
        return str(self.fields.get("general.architecture", "unknown"))

    def arch_value(self, key: str, default: Any = None) -> Any:
        """A value under the architecture's own prefix, e.g. ``block_count``."""
        return self.fields.get(f"{self.architecture}.{key}", default)

    @property
    def context_length(self) -> int:
        """Context length the model was trained for."""
        return int(self.arch_value("context_length", 2048))

    @property
    def chat_template(self) -> str | None:
        """The model's own Jinja chat template, if it has one."""
        value = self.fields.get("tokenizer.chat_template")
        return str(value) if value else None

    @property
    def quantization(self) -> str | None:
        """Quantization name such as Q4_K_M, from ``general.file_type``."""
        file_type = self.fields.get("general.file_type")
        if file_type is None:
            return None
        from gguf import LlamaFileType

        try:
            return LlamaFileType(int(file_type)).name.removeprefix("MOSTLY_")
        except ValueError:
            return f"type {file_type}"

    @property
    def name(self) -> str | None:
        """The model's own name, if the file carries one."""
        value = self.fields.get("general.name")
        return str(value) if value else None

    def token_text(self, token_id_key: str) -> str:
        """The text of a special token (e.g. ``tokenizer.ggml.bos_token_id``); '' if unknown."""
        token_id = self.fields.get(token_id_key)
        tokens = self.fields.get("tokenizer.ggml.tokens")
        if token_id is None or not isinstance(tokens, list) or token_id >= len(tokens):
            return ""
        return str(tokens[token_id])


class _Reader:
    """Walks the header through large blocks of the stream held in memory.

    A header is megabytes of small items (Gemma 3's vocabulary is 262k strings). Taken one
    small ``read()`` at a time, the file object refills its 8 KiB buffer every few hundred
    microseconds, and each refill hands the GIL over and takes it straight back; CPython
    then never forces a switch, and the GUI thread waits for the whole walk (165-300 ms on
    a model load). A few multi-megabyte reads leave the GIL to its normal 5 ms slices.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._buf = b""
        self._pos = 0
        self._consumed = 0  # stream bytes before _buf[0], counted from where parsing began

    def tell(self) -> int:
        """Bytes parsed so far."""
        return self._consumed + self._pos

    def _fill(self, size: int) -> None:
        """Make `size` bytes available from the current position."""
        if size > _MAX_ITEM_BYTES:
            raise ValueError(f"a header item claims {size:,} bytes")
        while len(self._buf) - self._pos < size:
            more = self._stream.read(max(size - (len(self._buf) - self._pos), _BLOCK_BYTES))
            if not more:
                raise TruncatedHeader
            self._consumed += self._pos
            self._buf = self._buf[self._pos :] + more
            self._pos = 0

    def take(self, size: int) -> bytes:
        self._fill(size)
        start = self._pos
        self._pos += size
        return self._buf[start : self._pos]

    def skip(self, size: int) -> None:
        self._fill(size)
        self._pos += size

    def scalar(self, fmt: str) -> Any:
        unpacker = _STRUCTS[fmt]
        self._fill(unpacker.size)
        value = unpacker.unpack_from(self._buf, self._pos)[0]
        self._pos += unpacker.size
        return value

    def string(self) -> str:
        length = self.scalar("<Q")
        return self.take(length).decode("utf-8", errors="replace")

    def value(self, vtype: GGUFValueType, keep_tokens: bool) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == GGUFValueType.STRING:
            return self.string()
        if vtype == GGUFValueType.ARRAY:
            item_type = GGUFValueType(self.scalar("<I"))
            length = self.scalar("<Q")
            keep = length <= _MAX_KEPT_ARRAY or keep_tokens
            if item_type == GGUFValueType.STRING:
                kept = self.strings(length, keep)
                return kept if keep else ArrayInfo(item_type, length)
            if keep:
                return [self.value(item_type, False) for _ in range(length)]
            self.skip_array(item_type, length)
            return ArrayInfo(item_type, length)
        raise ValueError(f"unknown GGUF value type {vtype}")

    def strings(self, count: int, keep: bool) -> list[str]:
        """A run of strings (empty list when not kept), walked inside the buffer."""
        kept: list[str] = []
        unpack = _U64.unpack_from
        while count:
            buf, pos, end = self._buf, self._pos, len(self._buf)
            while count and pos + 8 <= end:
                stop = pos + 8 + unpack(buf, pos)[0]
                if stop > end:
                    break
                if keep:
                    kept.append(buf[pos + 8 : stop].decode("utf-8", errors="replace"))
                pos = stop
                count -= 1
            self._pos = pos
            if count:  # the next string crosses the end of the buffer: refill through it
                text = self.string()
                if keep:
                    kept.append(text)
                count -= 1
        return kept

    def skip_array(self, item_type: GGUFValueType, length: int) -> None:
        if item_type in _SCALARS:
            self.skip(_STRUCTS[_SCALARS[item_type]].size * length)
            return
        if item_type == GGUFValueType.STRING:
            self.strings(length, keep=False)
            return
        for _ in range(length):
            self.value(item_type, False)


def parse_gguf_header(
    stream: BinaryIO, keep_tokens: bool = False, with_tensors: bool = False
) -> GgufHeader:
    """Parse the header from a binary stream; raises TruncatedHeader if it ends early.

    The stream is read ahead in large blocks, then left just after the parsed header.
    """
    origin = stream.tell()
    reader = _Reader(stream)
    if reader.take(4) != GGUF_MAGIC:
        raise ValueError("not a GGUF file")
    version = reader.scalar("<I")
    tensor_count = reader.scalar("<Q")
    kv_count = reader.scalar("<Q")
    fields: dict[str, Any] = {}
    for _ in range(kv_count):
        key = reader.string()
        vtype = GGUFValueType(reader.scalar("<I"))
        fields[key] = reader.value(vtype, keep_tokens and key == "tokenizer.ggml.tokens")
    expected = None
    if with_tensors:
        alignment = int(fields.get("general.alignment", 32))
        expected = _tensor_data_end(reader, origin, tensor_count, alignment)
    stream.seek(origin + reader.tell())
    return GgufHeader(version, tensor_count, fields, expected)


def _tensor_data_end(reader: _Reader, origin: int, count: int, alignment: int) -> int:
    """Where the file must end: after the furthest tensor's data."""
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

    end = 0
    for _ in range(count):
        reader.string()
        n_dims = reader.scalar("<I")
        elements = 1
        for _ in range(n_dims):
            elements *= reader.scalar("<Q")
        qtype = GGMLQuantizationType(reader.scalar("<I"))
        offset = reader.scalar("<Q")
        block_size, type_size = GGML_QUANT_SIZES[qtype]
        end = max(end, offset + elements // block_size * type_size)
    data_start = -(-(origin + reader.tell()) // alignment) * alignment
    return data_start + end


def read_gguf_header(path: Path, keep_tokens: bool = False) -> GgufHeader:
    """Read an installed GGUF file's header and check the file is complete.

    Raises UserFacingError in plain words for a damaged or half-downloaded file.
    """
    try:
        with open(path, "rb") as stream:
            header = parse_gguf_header(stream, keep_tokens=keep_tokens, with_tensors=True)
    except TruncatedHeader as exc:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "The model file {name} is incomplete (it ends in the middle of its header).",
            ).format(name=path.name),
            translate("EngineErrors", "Download it again."),
        ) from exc
    except (ValueError, KeyError, UnicodeDecodeError, OverflowError, MemoryError) as exc:
        raise UserFacingError(
            translate(
                "EngineErrors", "The model file {name} is damaged: its header cannot be read."
            ).format(name=path.name),
            translate("EngineErrors", "Download it again."),
        ) from exc
    size = path.stat().st_size
    if header.expected_file_size is not None and size < header.expected_file_size:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "The model file {name} is incomplete: it has {size} of its {total} bytes.",
            ).format(name=path.name, size=number(size), total=number(header.expected_file_size)),
            translate(
                "EngineErrors", "It was probably cut off while downloading. Download it again."
            ),
        )
    return header
