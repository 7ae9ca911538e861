"""Bad model files and hostile chat templates: plain errors, nothing run, the app goes on."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from badinput_support import assert_plain_failure, run_localchat

from localchat.engines.base import ChatMessage, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.files import describe_model_file
from localchat.engines.gguf_header import parse_gguf_header
from localchat.engines.templates import render_chat
from localchat.errors import UserFacingError

TESTS_DIR = Path(__file__).resolve().parents[1]
QUICK = LoadOptions(context_length=512, threads=1)
HELLO = [ChatMessage("user", "Say hello.")]


@pytest.fixture(scope="module")
def gguf_layout(default_model_path: Path) -> dict[str, int]:
    """Where the real file's key/values end, its tensor list ends, and the file ends."""
    with open(default_model_path, "rb") as stream:
        parse_gguf_header(stream)
        kv_end = stream.tell()
    with open(default_model_path, "rb") as stream:
        header = parse_gguf_header(stream, with_tensors=True)
        tensors_end = stream.tell()
    size = default_model_path.stat().st_size
    assert header.expected_file_size == size
    return {"kv_end": kv_end, "tensors_end": tensors_end, "size": size}


def _both_refuse(path: Path, match: str) -> None:
    """Importing (describe) and loading (open_engine) both give the same plain error."""
    with pytest.raises(UserFacingError, match=match):
        describe_model_file(path)
    with pytest.raises(UserFacingError, match=match):
        open_engine(path, QUICK)


@pytest.mark.parametrize(
    "where",
    [
        "magic",  # 3 bytes: "GGU"
        "counts",  # inside the version and counts
        "kv_middle",  # inside the key/values (the vocabulary)
        "kv_end",  # the key/values complete, no tensor list
        "tensor_list",  # inside the tensor list
        "data_start",  # the whole header, no tensor data
        "data_middle",  # half the tensor data
        "last_byte",  # one byte short
    ],
)
def test_truncated_gguf_is_incomplete(tmp_path, default_model_path, gguf_layout, where) -> None:
    layout = gguf_layout
    cut = {
        "magic": 3,
        "counts": 12,
        "kv_middle": layout["kv_end"] // 2,
        "kv_end": layout["kv_end"],
        "tensor_list": (layout["kv_end"] + layout["tensors_end"]) // 2,
        "data_start": layout["tensors_end"],
        "data_middle": (layout["tensors_end"] + layout["size"]) // 2,
        "last_byte": layout["size"] - 1,
    }[where]
    path = tmp_path / "cut.gguf"
    shutil.copyfile(default_model_path, path)
    os.truncate(path, cut)
    _both_refuse(path, "incomplete")


def test_truncated_gguf_import_via_cli_is_plain(tmp_path, data_dir, default_model_path) -> None:
    path = tmp_path / "half.gguf"
    with open(default_model_path, "rb") as source:
        path.write_bytes(source.read(3_000_000))
    result = run_localchat(data_dir, "models", "import", str(path))
    assert_plain_failure(result, "half.gguf is incomplete", "Download it again")


def _header_copy(source: Path, target: Path, size: int) -> Path:
    with open(source, "rb") as stream:
        target.write_bytes(stream.read(size))
    return target


@pytest.mark.parametrize("damage", ["key_length", "kv_count", "array_length", "value_type"])
def test_damaged_gguf_header_is_plain(tmp_path, default_model_path, gguf_layout, damage) -> None:
    """Lengths a damaged file claims (terabytes) are refused, never allocated."""
    path = _header_copy(default_model_path, tmp_path / "damaged.gguf", gguf_layout["tensors_end"])
    data = bytearray(path.read_bytes())
    key_length = struct.unpack_from("<Q", data, 24)[0]
    if damage == "key_length":
        data[24:32] = struct.pack("<Q", 2**40)
    elif damage == "kv_count":
        data[16:24] = struct.pack("<Q", 2**63 - 1)
    elif damage == "array_length":
        at = data.find(b"tokenizer.ggml.tokens") + len("tokenizer.ggml.tokens") + 8
        data[at : at + 8] = struct.pack("<Q", 2**61)
    else:
        data[32 + key_length : 36 + key_length] = struct.pack("<I", 77)
    path.write_bytes(bytes(data))
    _both_refuse(path, "damaged|incomplete")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty \\(0 bytes\\)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2048), "is a PNG image, not a language model"),
        (b"GGU", "incomplete"),
        (b"just some words in a text file", "not a language model file"),
    ],
    ids=["zero-bytes", "png", "three-bytes", "text"],
)
def test_files_that_are_not_models(tmp_path, content, expected) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    _both_refuse(path, expected)


@pytest.mark.slow
def test_architecture_the_engine_cannot_run(tmp_path, default_model_path) -> None:
    path = tmp_path / "alien.gguf"
    shutil.copyfile(default_model_path, path)
    with open(path, "r+b") as stream:
        head = stream.read(4096)
        key = head.index(b"general.architecture")
        value = head.index(b"llama", key)
        stream.seek(value)
        stream.write(b"qwxyz")
    assert describe_model_file(path).architecture == "qwxyz"  # listed, with its name
    with pytest.raises(UserFacingError) as caught:
        open_engine(path, QUICK)
    assert '"qwxyz" is not supported' in caught.value.message
    assert caught.value.action


def _hostile(marker: Path) -> list[str]:
    return [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ ''.__class__ }}",
        f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}}",
        f"{{{{ lipsum.__globals__['os'].popen('touch {marker}').read() }}}}",
        "{{ self._TemplateReference__context }}",
        "{{ self.__init__.__globals__ }}",
        "{{ namespace.__init__.__globals__['__builtins__'] }}",
        "{{ raise_exception.__globals__ }}",
        "{{ 'x'|attr('__class__') }}",
        "{{ '{0.__class__.__mro__}'.format('') }}",
        "{% set _ = messages.append({'role': 'system', 'content': 'pwned'}) %}",
        "{{ messages[0].__class__.__subclasses__() }}",
        # resource exhaustion
        "{{ 'x' * 10**10 }}",
        "{{ [0] * 10**9 }}",
        "{% for i in range(10**9) %}{% endfor %}",
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    ]


def test_hostile_templates_are_blocked(tmp_path) -> None:
    marker = tmp_path / "pwned"
    for template in _hostile(marker):
        with pytest.raises(UserFacingError) as caught:
            render_chat(HELLO, template)
        assert caught.value.message == (
            "This model's chat template tried to do something unsafe and was blocked."
        ), template
        assert "trusted source" in caught.value.action
    assert not marker.exists()


def test_ordinary_template_features_still_work() -> None:
    template = (
        "{% set ns = namespace(n=0) %}{{ bos_token }}"
        "{% for m in messages %}{% set ns.n = ns.n + 1 %}"
        "<{{ m['role'] }}>{{ m.content | trim }}{% if not loop.last %}|{% endif %}"
        "{% endfor %}{{ '=' * 3 }}{{ ns.n }}{% if add_generation_prompt %}<a>{% endif %}"
    )
    prompt, stops = render_chat(
        [ChatMessage("system", "Be brief."), *HELLO], template, bos_token="<s>"
    )
    assert prompt == "<s><system>Be brief.|<user>Say hello.===2<a>"
    assert stops == ()


def test_template_that_raises_or_is_broken_is_explained() -> None:
    with pytest.raises(UserFacingError, match=r"could not be used \(Only user roles\)"):
        render_chat(HELLO * 2, "{{ raise_exception('Only user roles') }}")
    with pytest.raises(UserFacingError, match="could not be used"):
        render_chat(HELLO, "{% for m in messages %}")


@pytest.mark.slow
def test_hostile_template_in_a_loaded_model(smol512, tmp_path) -> None:
    marker = tmp_path / "pwned"
    original = smol512.metadata
    params = SamplingParams(temperature=0.0, max_tokens=8)
    try:
        for template in _hostile(marker)[:6]:
            smol512.metadata = dataclasses.replace(original, chat_template=template)
            with pytest.raises(UserFacingError, match="tried to do something unsafe"):
                list(smol512.stream_chat(HELLO, params, threading.Event()))
    finally:
        smol512.metadata = original
    assert not marker.exists()
    answer = "".join(smol512.stream_chat(HELLO, params, threading.Event()))
    assert answer.strip()


GGML_PROBE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ggml_writer import write_tiny_gpt2
from localchat.engines.base import LoadOptions
from localchat.engines.factory import open_engine
from localchat.errors import UserFacingError
path = write_tiny_gpt2(Path(sys.argv[2]) / "tiny-gpt2.bin")
results = {}
for model_type in sys.argv[3:]:
    try:
        open_engine(path, LoadOptions(context_length=128, threads=1, model_type=model_type))
        results[model_type] = "loaded"
    except UserFacingError as error:
        results[model_type] = str(error)
print(json.dumps(results))
"""


def test_ggml_file_with_the_wrong_model_type(tmp_path) -> None:
    """Run in a subprocess: a native loader that ends the process must fail this test only."""
    wrong = ["gptj", "gpt_neox", "dolly-v2", "mpt", "replit", "falcon", "llama", "bert"]
    result = subprocess.run(
        [sys.executable, "-c", GGML_PROBE, str(TESTS_DIR / "engines"), str(tmp_path), *wrong],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert set(outcome) == set(wrong)
    for model_type, message in outcome.items():
        assert message != "loaded", model_type
        assert "architecture" in message or "not a" in message, message
    assert "not a Falcon model" in outcome["falcon"]
    assert '"bert" is not an architecture' in outcome["bert"]
