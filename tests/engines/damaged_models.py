"""Damaged copies of the bundled model (one header value changed each) and runaway templates.

The offsets come from gguf's own reader: a ``ReaderField``'s ``parts`` are views of the file
in file order, so a part starts at the field's offset plus the sizes of the parts before it.
Each copy differs from the original in the bytes of exactly one value; the truncated copy is
instead cut short. Before patching, the builder checks that the original holds the old value
at that offset, so a wrong offset fails loudly instead of damaging something else.

Run as a script to load each copy with llama.cpp in a child process and print how it ends:
``python tests/engines/damaged_models.py [FOLDER]`` (a negative code is a signal).
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from gguf import GGUFReader, GGUFValueType, GGUFWriter, Keys

# Two nested loops of the sandbox's largest range: ten billion steps, hours of rendering.
RUNAWAY_TEMPLATE = (
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

# 100,000 concatenations of 1,000 characters: each copies the whole string so far (no "*"
# beyond the sandbox's limit is needed), so rendering does terabytes of copying.
STRING_BUILDER_TEMPLATE = (
    "{% set ns = namespace(text='') %}"
    "{% for i in range(100000) %}{% set ns.text = ns.text ~ ('x' * 1000) %}{% endfor %}"
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{{ ns.text | length }}{% endif %}"
)

# ReaderField.parts of an array value: key length, key, value type, item type, item count, ...
_ARRAY_COUNT_PART = 4
# ReaderField.data of a tensor info indexes: name, dimensions, ggml type, data offset.
_TENSOR_DIMS, _TENSOR_TYPE, _TENSOR_OFFSET = 1, 2, 3
# The tensors the tensor damages touch: one in the first block, and the file's last one.
BLOCK_TENSOR = "blk.0.attn_q.weight"
LAST_TENSOR = "output_norm.weight"


@dataclass(frozen=True)
class Patch:
    """New bytes for one value at one offset, or a cut (``truncate_at``) with no new bytes."""

    offset: int
    old: bytes
    new: bytes
    change: str
    truncate_at: int | None = None


@dataclass(frozen=True)
class DamagedModel:
    """One damaged copy: its kind (also its file stem), path, and the patch that made it."""

    kind: str
    path: Path
    patch: Patch

    @property
    def change(self) -> str:
        """What was changed, in words: "llama.block_count: 30 -> 0"."""
        return self.patch.change


def _part_offset(field: object, index: int) -> int:
    """Where ``field.parts[index]`` starts in the file."""
    return field.offset + sum(int(part.nbytes) for part in field.parts[:index])


def _at(field: object, index: int, value: object, label: str) -> Patch:
    """A patch writing ``value`` into part ``index`` (a one-item array) of a field."""
    part = field.parts[index]
    new = np.array([value], dtype=part.dtype).tobytes()
    old_value = part.tolist()[0]
    return Patch(
        _part_offset(field, index), part.tobytes(), new, f"{label}: {old_value} -> {value}"
    )


def _kv(key: str, value: object) -> Callable[[GGUFReader], Patch]:
    """Set a scalar key (or GGUF.version / GGUF.tensor_count) to ``value``."""

    def patch(reader: GGUFReader) -> Patch:
        field = reader.fields[key]
        if field.types[0] == GGUFValueType.STRING:
            index = field.data[0]
            old = field.parts[index].tobytes()
            new = str(value).encode()
            assert len(new) == len(old), "a same-length string keeps every offset after it"
            return Patch(_part_offset(field, index), old, new, f"{key}: {old.decode()} -> {value}")
        return _at(field, field.data[0], value, key)

    return patch


def _array_count(key: str, delta: int) -> Callable[[GGUFReader], Patch]:
    def patch(reader: GGUFReader) -> Patch:
        field = reader.fields[key]
        count = int(field.parts[_ARRAY_COUNT_PART][0])
        return _at(field, _ARRAY_COUNT_PART, count + delta, f"{key} item count")

    return patch


def _tensor(reader: GGUFReader, name: str) -> object:
    return next(tensor for tensor in reader.tensors if tensor.name == name)


def _tensor_type(name: str, ggml_type: int) -> Callable[[GGUFReader], Patch]:
    def patch(reader: GGUFReader) -> Patch:
        field = _tensor(reader, name).field
        return _at(field, field.data[_TENSOR_TYPE], ggml_type, f"{name} ggml type")

    return patch


def _tensor_offset_past_end(name: str) -> Callable[[GGUFReader], Patch]:
    def patch(reader: GGUFReader) -> Patch:
        field = _tensor(reader, name).field
        data_size = len(reader.data) - reader.data_offset
        past_end = (data_size // reader.alignment + 1) * reader.alignment
        return _at(field, field.data[_TENSOR_OFFSET], past_end, f"{name} data offset")

    return patch


def _tensor_dimension(name: str, axis: int, delta: int) -> Callable[[GGUFReader], Patch]:
    def patch(reader: GGUFReader) -> Patch:
        field = _tensor(reader, name).field
        index = field.data[_TENSOR_DIMS]
        dims = field.parts[index]
        offset = _part_offset(field, index) + axis * dims.itemsize
        old = dims[axis : axis + 1]
        new = np.array([int(old[0]) + delta], dtype=dims.dtype)
        change = f"{name} dimension {axis}: {int(old[0])} -> {int(new[0])}"
        return Patch(offset, old.tobytes(), new.tobytes(), change)

    return patch


def _truncated_in_tensor_data(reader: GGUFReader) -> Patch:
    size = len(reader.data)
    cut = (reader.data_offset + size) // 2
    return Patch(cut, b"", b"", f"file cut from {size} to {cut} bytes", truncate_at=cut)


def _llm(key: str) -> str:
    return key.format(arch="llama")


DAMAGES: dict[str, Callable[[GGUFReader], Patch]] = {
    "block_count_0": _kv(_llm(Keys.LLM.BLOCK_COUNT), 0),
    "block_count_31": _kv(_llm(Keys.LLM.BLOCK_COUNT), 31),
    "head_count_0": _kv(_llm(Keys.Attention.HEAD_COUNT), 0),
    "head_count_kv_0": _kv(_llm(Keys.Attention.HEAD_COUNT_KV), 0),
    "embedding_length_577": _kv(_llm(Keys.LLM.EMBEDDING_LENGTH), 577),
    "feed_forward_length_0": _kv(_llm(Keys.LLM.FEED_FORWARD_LENGTH), 0),
    "rope_dimension_count_0": _kv(_llm(Keys.Rope.DIMENSION_COUNT), 0),
    "context_length_0": _kv(_llm(Keys.LLM.CONTEXT_LENGTH), 0),
    "context_length_max": _kv(_llm(Keys.LLM.CONTEXT_LENGTH), 2**32 - 1),
    "rope_freq_base_nan": _kv(_llm(Keys.Rope.FREQ_BASE), float("nan")),
    "rms_epsilon_nan": _kv(_llm(Keys.Attention.LAYERNORM_RMS_EPS), float("nan")),
    "vocab_size_0": _kv(_llm(Keys.LLM.VOCAB_SIZE), 0),
    "tensor_type_99": _tensor_type(BLOCK_TENSOR, 99),
    "tensor_offset_past_end": _tensor_offset_past_end(BLOCK_TENSOR),
    "tensor_dimension_575": _tensor_dimension(LAST_TENSOR, 0, -1),
    "truncated_tensor_data": _truncated_in_tensor_data,
    "token_count_minus_1": _array_count(Keys.Tokenizer.LIST, -1),
    "bos_token_id_out_of_range": _kv(Keys.Tokenizer.BOS_ID, 49152),
    "eos_token_id_out_of_range": _kv(Keys.Tokenizer.EOS_ID, 49152),
    "tokenizer_model_unknown": _kv(Keys.Tokenizer.MODEL, "gpt9"),
    "architecture_unknown": _kv(Keys.General.ARCHITECTURE, "qwxyz"),
    "gguf_version_4": _kv("GGUF.version", 4),
    "tensor_count_plus_1": _kv("GGUF.tensor_count", 273),
}


def plan_damages(src: Path) -> dict[str, Patch]:
    """Every damage's patch, read from the original's header (nothing is written)."""
    reader = GGUFReader(src)
    patches = {kind: make(reader) for kind, make in DAMAGES.items()}
    for kind, patch in patches.items():
        found = reader.data[patch.offset : patch.offset + len(patch.old)].tobytes()
        assert found == patch.old, f"{kind}: the original does not hold the old value there"
        assert patch.new != patch.old or patch.truncate_at is not None, kind
    return patches


def apply_patch(src: Path, dst: Path, patch: Patch) -> Path:
    """Copy ``src`` to ``dst`` and change it in place (``copyfile`` is a kernel-side copy)."""
    shutil.copyfile(src, dst)
    with open(dst, "r+b") as stream:
        if patch.truncate_at is not None:
            stream.truncate(patch.truncate_at)
        else:
            stream.seek(patch.offset)
            stream.write(patch.new)
    return dst


def build_damaged_models(src: Path, folder: Path) -> list[DamagedModel]:
    """One damaged copy of ``src`` per kind in DAMAGES, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for kind, patch in plan_damages(src).items():
        path = apply_patch(src, folder / f"{kind}.gguf", patch)
        built.append(DamagedModel(kind, path, patch))
    return built


def looping_template_model(src: Path, dst: Path, template: str) -> Path:
    """A copy of ``src`` whose ``tokenizer.chat_template`` is ``template``, else the same.

    Rewritten with GGUFWriter the way gguf's ``gguf_new_metadata`` script does it: every
    field in its order (the writer adds the architecture itself), then every tensor.
    """
    reader = GGUFReader(src)
    arch = reader.fields[Keys.General.ARCHITECTURE].contents()
    writer = GGUFWriter(dst, arch=arch, endianess=reader.endianess)
    alignment = reader.fields.get(Keys.General.ALIGNMENT)
    if alignment is not None:
        writer.data_alignment = alignment.contents()
    for field in reader.fields.values():
        if field.name == Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        kind = field.types[0]
        sub_type = field.types[-1] if kind == GGUFValueType.ARRAY else None
        value = template if field.name == Keys.Tokenizer.CHAT_TEMPLATE else field.contents()
        writer.add_key_value(field.name, value, kind, sub_type=sub_type)
    if Keys.Tokenizer.CHAT_TEMPLATE not in reader.fields:
        writer.add_chat_template(template)
    for tensor in reader.tensors:
        writer.add_tensor_info(
            tensor.name,
            tensor.data.shape,
            tensor.data.dtype,
            tensor.data.nbytes,
            tensor.tensor_type,
        )
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for tensor in reader.tensors:
        writer.write_tensor_data(tensor.data, tensor_endianess=reader.endianess)
    writer.close()
    return dst


_PROBE = """
import sys
from llama_cpp import Llama
model = Llama(model_path=sys.argv[1], n_ctx=512, n_threads=1, verbose=True)
out = model.create_completion("The capital of France is", max_tokens=4, temperature=0)
print("ANSWER", repr(out["choices"][0]["text"]))
"""
_REASON = re.compile(r"GGML_ASSERT.*|error loading model: .*|gguf_init_from_reader: .*|error: .*")


def _reason(stderr: str) -> str:
    """llama.cpp's own words for what went wrong: the first, most specific error line."""
    found = [match.group(0) for match in map(_REASON.search, stderr.splitlines()) if match]
    for marker in ("GGML_ASSERT", "gguf_init_from_reader", "error loading model", ""):
        lines = [line for line in found if marker in line]
        if lines:
            return lines[0].strip()
    return "(no error line)"


def probe_in_child(path: Path, timeout: float = 180) -> tuple[int | None, str]:
    """Load and ask a model with llama.cpp in a child process: (return code, what happened)."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, f"still running after {timeout:.0f} s"
    if result.returncode < 0:
        name = signal.Signals(-result.returncode).name
        return result.returncode, f"killed by {name}: {_reason(result.stderr)}"
    if result.returncode == 0:
        return 0, result.stdout.strip().splitlines()[-1]
    return result.returncode, _reason(result.stderr)


def main(argv: list[str]) -> int:
    """Build the corpus and print a markdown table of what llama.cpp does with each copy."""
    from localchat.bundled import default_model_file

    folder = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="damaged-models-"))
    print("| damage | change | child return code | what happened |")
    print("|---|---|---|---|")
    for model in build_damaged_models(default_model_file(), folder):
        code, what = probe_in_child(model.path)
        print(f"| {model.kind} | {model.change} | {code} | {what[:160]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def hello_answer(path: Path) -> str:
    """A short greedy answer from the model at ``path``, through an engine host."""
    import threading

    from localchat.engines.base import ChatMessage, LoadOptions, SamplingParams
    from localchat.engines.factory import open_engine

    engine = open_engine(path, LoadOptions(context_length=512, threads=1))
    try:
        hello = [ChatMessage("user", "Say hello.")]
        greedy = SamplingParams(temperature=0.0, max_tokens=8)
        return "".join(engine.stream_chat(hello, greedy, threading.Event()))
    finally:
        engine.close()
