"""The BERT converter: the GGUF it writes has llama.cpp's names, keys and types."""

from __future__ import annotations

import json
from pathlib import Path

import gguf
import pytest

from localchat.embeddings.convert_bert import Conversion, convert_bert, read_pooling
from localchat.embeddings.model_files import ModelFiles
from localchat.engines.gguf_header import ArrayInfo, read_gguf_header
from localchat.errors import UserFacingError

LAYER_TENSORS = [
    "attn_q", "attn_k", "attn_v", "attn_output", "attn_output_norm",
    "ffn_up", "ffn_down", "layer_output_norm",
]  # fmt: skip
HALF = {"token_embd.weight"} | {
    f"blk.{n}.{t}.weight"
    for n in range(6)
    for t in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_up", "ffn_down")
}


@pytest.fixture(scope="module")
def reader(minilm_gguf: Conversion) -> gguf.GGUFReader:
    return gguf.GGUFReader(minilm_gguf.path)


def test_metadata_is_what_llama_cpp_bert_reads(minilm_gguf: Conversion) -> None:
    fields = read_gguf_header(minilm_gguf.path).fields
    expected = {
        "general.architecture": "bert",
        "general.file_type": 1,  # MOSTLY_F16
        "bert.context_length": 512,
        "bert.embedding_length": 384,
        "bert.feed_forward_length": 1536,
        "bert.block_count": 6,
        "bert.attention.head_count": 12,
        "bert.attention.causal": False,
        "bert.pooling_type": 1,  # mean, from 1_Pooling/config.json
        "tokenizer.ggml.model": "bert",
        "tokenizer.ggml.token_type_count": 2,
        "tokenizer.ggml.bos_token_id": 101,
        "tokenizer.ggml.cls_token_id": 101,
        "tokenizer.ggml.eos_token_id": 102,
        "tokenizer.ggml.seperator_token_id": 102,  # llama.cpp's spelling
        "tokenizer.ggml.unknown_token_id": 100,
        "tokenizer.ggml.padding_token_id": 0,
        "tokenizer.ggml.mask_token_id": 103,
        "tokenizer.ggml.normalizer.lowercase": True,
        "tokenizer.ggml.normalizer.strip_accents": True,
    }
    assert {key: fields.get(key) for key in expected} == expected
    assert fields["bert.attention.layer_norm_epsilon"] == pytest.approx(1e-12)
    assert fields["tokenizer.ggml.tokens"] == ArrayInfo(gguf.GGUFValueType.STRING, 30522)
    assert fields["tokenizer.ggml.token_type"] == ArrayInfo(gguf.GGUFValueType.INT32, 30522)


def test_tensors_have_llama_cpp_names_and_types(reader: gguf.GGUFReader) -> None:
    types = {t.name: t.tensor_type for t in reader.tensors}
    embeddings = ["token_embd", "token_types", "position_embd"]
    expected = {f"{name}.weight" for name in embeddings} | {
        "token_embd_norm.weight",
        "token_embd_norm.bias",
    }
    expected |= {
        f"blk.{n}.{t}.{kind}"
        for n in range(6)
        for t in LAYER_TENSORS
        for kind in ("weight", "bias")
    }
    assert set(types) == expected  # no pooler, no position_ids
    assert {name for name, kind in types.items() if kind == gguf.GGMLQuantizationType.F16} == HALF
    # The rest is float32: llama.cpp adds token_types and position_embd rows to float32 ones.
    assert types["token_types.weight"] == gguf.GGMLQuantizationType.F32


def test_vocabulary_is_in_llama_cpp_word_piece_form(reader: gguf.GGUFReader) -> None:
    tokens = reader.fields["tokenizer.ggml.tokens"]
    types = reader.fields["tokenizer.ggml.token_type"]
    assert [tokens.contents(i) for i in (0, 100, 101, 102, 103)] == [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
    ]  # fmt: skip
    assert tokens.contents(1996) == "\u2581the"  # a word's start: phantom space
    pieces = [tokens.contents(i) for i in range(len(tokens.data))]
    assert "##ing" not in pieces and "ing" in pieces  # a continuation: "##" dropped
    assert [types.contents(i) for i in (0, 100, 101, 1996)] == [3, 3, 3, 1]  # CONTROL, NORMAL


def test_conversion_is_timed_and_sized(minilm_gguf: Conversion) -> None:
    assert minilm_gguf.tensor_count == 101
    assert minilm_gguf.vocabulary_size == 30522
    assert (minilm_gguf.pooling, minilm_gguf.dimensions) == ("mean", 384)
    assert 40_000_000 < minilm_gguf.size_bytes < 50_000_000  # f16: half of the 91 MB weights
    assert minilm_gguf.seconds < 30
    assert [p.name for p in minilm_gguf.path.parent.iterdir()] == [
        minilm_gguf.path.name
    ]  # no .part


def _folder(tmp_path: Path, config: dict, pooling: dict | None = None) -> Path:
    (tmp_path / "config.json").write_text(json.dumps(config))
    if pooling is not None:
        modules = [{"type": "sentence_transformers.models.Pooling", "path": "1_Pooling"}]
        (tmp_path / "modules.json").write_text(json.dumps(modules))
        (tmp_path / "1_Pooling").mkdir()
        (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    return tmp_path


def test_cls_pooling_is_read_from_the_pooling_module(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"model_type": "bert"}, {"pooling_mode_cls_token": True})
    with ModelFiles(folder) as files:
        assert read_pooling(files) == "cls"


def test_max_pooling_is_refused_in_words(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"model_type": "bert"}, {"pooling_mode_max_tokens": True})
    with ModelFiles(folder) as files, pytest.raises(UserFacingError, match="mean or CLS"):
        read_pooling(files)


def test_a_model_that_is_not_bert_is_refused_in_words(tmp_path: Path) -> None:
    source = tmp_path / "Llama-3"
    source.mkdir()
    _folder(source, {"model_type": "llama"})
    with pytest.raises(UserFacingError) as caught:
        convert_bert(source, tmp_path / "out.gguf")
    assert str(caught.value).startswith("Llama-3 is not a BERT model (llama).")
    assert not (tmp_path / "out.gguf").exists()


def test_a_file_that_is_neither_folder_nor_zip_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("hello")
    with pytest.raises(UserFacingError, match="neither a folder nor a zip"):
        convert_bert(source, tmp_path / "out.gguf")
