"""Convert a sentence-transformers BERT model into a GGUF file for llama.cpp's "bert" architecture.

What llama.cpp expects was read from its own sources (ggml-org/llama.cpp): the metadata keys
and tensor names from ``gguf-py/gguf/constants.py`` and ``tensor_mapping.py`` (the ``gguf``
package, whose tables this module uses directly), the choices from ``BertModel`` and
``TextModel`` in ``convert_hf_to_gguf`` (no pooler or masked-LM head, "phantom space" vocabulary,
pooling from the sentence-transformers ``Pooling`` module, 1-D tensors kept in float32), and the
normalizer keys and the WordPiece tokenizer from ``src/llama-vocab.cpp`` and ``llama-arch.cpp``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from localchat.embeddings.model_files import ModelFiles, read_safetensors
from localchat.errors import UserFacingError, is_disk_full

logger = logging.getLogger(__name__)

FileType = Literal["f16", "f32"]
ARCHITECTURE = "bert"
PHANTOM_SPACE = "\u2581"  # llama.cpp's WordPiece marks a word's start with it, not "##" pieces
# gguf.PoolingType's numbers (llama.cpp's enum llama_pooling_type).
POOLING_TYPES = {"mean": 1, "cls": 2}
_TOKEN_NORMAL = 1  # gguf.TokenType
_TOKEN_CONTROL = 3
_SKIPPED = ("embeddings.position_ids", "pooler.", "cls.")  # not used for embeddings
_FLOAT32_ALWAYS = ("position_embd.", "token_types.")  # gguf.MODEL_TENSOR.POS_EMBD, TOKEN_TYPES
_SPECIAL_DEFAULTS = {
    "unk": "[UNK]",
    "cls": "[CLS]",
    "sep": "[SEP]",
    "pad": "[PAD]",
    "mask": "[MASK]",
}
# The two BertNormalizer keys (llama-arch.cpp); the gguf package has no names for them yet.
KEY_LOWERCASE = "tokenizer.ggml.normalizer.lowercase"
KEY_STRIP_ACCENTS = "tokenizer.ggml.normalizer.strip_accents"


@dataclass(frozen=True)
class Vocabulary:
    """A WordPiece vocabulary in llama.cpp's form, with its special tokens and normalizer."""

    tokens: list[str]
    token_types: list[int]
    special_ids: dict[str, int]  # unk, cls, sep, pad, mask
    lowercase: bool
    strip_accents: bool


@dataclass(frozen=True)
class Conversion:
    """What a conversion wrote."""

    path: Path
    file_type: FileType
    pooling: str
    context_length: int
    dimensions: int
    vocabulary_size: int
    tensor_count: int
    size_bytes: int
    seconds: float


def convert_bert(
    source: Path, destination: Path, file_type: FileType = "f16", name: str | None = None
) -> Conversion:
    """Write ``destination`` (a .gguf file) from a sentence-transformers BERT folder or zip.

    f16 (the default) stores the matrices in half precision, as llama.cpp's own converter
    does with ``--outtype f16``: half the size, no slower, and the same vectors (cosine to a
    numpy forward pass 0.999998, f32 0.999999: bench/RESULTS.md section 16). Biases, norms,
    position and token-type tables stay float32 either way.
    """
    started = time.perf_counter()
    with ModelFiles(source) as files:
        config = _bert_config(files)
        vocabulary = read_vocabulary(files)
        pooling = read_pooling(files)
        weights = read_safetensors(files.read("model.safetensors"))
        tensors = gguf_tensors(weights, config["num_hidden_layers"], file_type)
        title = name or _model_name(source, config)
        with _written_whole(destination) as partial:
            _write(partial, title, config, vocabulary, pooling, tensors, file_type)
    conversion = Conversion(
        path=destination,
        file_type=file_type,
        pooling=pooling,
        context_length=int(config["max_position_embeddings"]),
        dimensions=int(config["hidden_size"]),
        vocabulary_size=len(vocabulary.tokens),
        tensor_count=len(tensors),
        size_bytes=destination.stat().st_size,
        seconds=time.perf_counter() - started,
    )
    logger.info("Converted %s to %s in %.1f s", source.name, destination, conversion.seconds)
    return conversion


@contextmanager
def _written_whole(destination: Path) -> Iterator[Path]:
    """A ".part" file to write, renamed to ``destination`` only once it is complete."""
    partial = destination.with_name(destination.name + ".part")
    try:
        yield partial
        os.replace(partial, destination)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise UserFacingError(
                f"The disk is full: {destination.name} could not be written.",
                "Free some space and convert the model again.",
            ) from exc
        raise
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _bert_config(files: ModelFiles) -> dict[str, Any]:
    """config.json, checked to be a plain BERT encoder that llama.cpp's "bert" runs."""
    config = files.json("config.json")
    if not isinstance(config, dict) or config.get("model_type") != "bert":
        kind = config.get("model_type") if isinstance(config, dict) else None
        raise UserFacingError(
            f"{files.source.name} is not a BERT model ({kind or 'no model type'}).",
            "Choose a sentence-transformers model built on BERT, such as all-MiniLM-L6-v2.",
        )
    if config.get("position_embedding_type", "absolute") != "absolute" or config.get(
        "hidden_act", "gelu"
    ) not in ("gelu", "gelu_new"):
        raise UserFacingError(
            f"{files.source.name} is a BERT variant llama.cpp does not run "
            "(its positions or activation differ).",
            "Choose a standard BERT sentence-transformers model.",
        )
    return config


def read_pooling(files: ModelFiles) -> str:
    """The model's own pooling ("mean" or "cls"), from its sentence-transformers modules."""
    modules = files.json("modules.json") or []
    paths = [m.get("path", "") for m in modules if m.get("type", "").endswith("models.Pooling")]
    if not paths:
        # A bare Hugging Face BERT: sentence-transformers itself wraps one with mean pooling.
        return "mean"
    pooling = files.json(f"{paths[0]}/config.json".lstrip("/")) or {}
    if pooling.get("pooling_mode_mean_tokens"):
        return "mean"
    if pooling.get("pooling_mode_cls_token"):
        return "cls"
    raise UserFacingError(
        f"{files.source.name} pools its vectors in a way llama.cpp does not offer.",
        "Choose a model that uses mean or CLS pooling.",
    )


def read_vocabulary(files: ModelFiles) -> Vocabulary:
    """The WordPiece vocabulary from tokenizer.json (or vocab.txt), in llama.cpp's form."""
    settings = files.json("tokenizer_config.json") or {}
    pieces, special, lowercase, strip_accents = _word_pieces(files, settings)
    names = {
        kind: _token_text(settings.get(f"{kind}_token")) or default
        for kind, default in _SPECIAL_DEFAULTS.items()
    }
    special |= set(names.values())
    index = {piece: i for i, piece in enumerate(pieces)}
    missing = [text for text in names.values() if text not in index]
    if missing:
        raise UserFacingError(
            f"The vocabulary of {files.source.name} lacks {', '.join(missing)}.",
            "Choose a standard BERT model.",
        )
    tokens = [piece if piece in special else _phantom(piece) for piece in pieces]
    if len(set(tokens)) != len(tokens):
        raise UserFacingError(
            f"The vocabulary of {files.source.name} cannot be stored for llama.cpp "
            "(two pieces become the same token).",
            "Choose another model.",
        )
    return Vocabulary(
        tokens=tokens,
        token_types=[_TOKEN_CONTROL if p in special else _TOKEN_NORMAL for p in pieces],
        special_ids={kind: index[text] for kind, text in names.items()},
        lowercase=lowercase,
        # HF's BertNormalizer: strip_accents None means "as lowercase".
        strip_accents=lowercase if strip_accents is None else bool(strip_accents),
    )


def _word_pieces(
    files: ModelFiles, settings: dict[str, Any]
) -> tuple[list[str], set[str], bool, bool | None]:
    """Pieces in id order, the special ones, lowercase and strip_accents (None: unset)."""
    tokenizer = files.json("tokenizer.json")
    if tokenizer is None or tokenizer.get("model", {}).get("type") != "WordPiece":
        pieces = files.read("vocab.txt").decode("utf-8").splitlines()
        lowercase = bool(settings.get("do_lower_case", True))
        return pieces, set(), lowercase, settings.get("strip_accents")
    pieces = _ordered(tokenizer["model"]["vocab"], files.source.name)
    special = {t["content"] for t in tokenizer.get("added_tokens", []) if t.get("special")}
    normalizer = tokenizer.get("normalizer") or {}
    lowercase = bool(normalizer.get("lowercase", settings.get("do_lower_case", True)))
    return pieces, special, lowercase, normalizer.get("strip_accents")


def _token_text(value: Any) -> str | None:
    """A special token as tokenizer_config.json writes it: a string or an AddedToken dict."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) else None


def _ordered(vocab: dict[str, int], source: str) -> list[str]:
    pieces = sorted(vocab, key=vocab.__getitem__)
    if [vocab[p] for p in pieces] != list(range(len(pieces))):
        raise UserFacingError(
            f"The vocabulary of {source} has gaps in its numbering.", "Choose another model."
        )
    return pieces


def _phantom(piece: str) -> str:
    """llama.cpp's form of a WordPiece piece: "##ing" -> "ing", "play" -> "\u2581play"."""
    return piece[2:] if piece.startswith("##") else PHANTOM_SPACE + piece


def gguf_tensors(
    weights: dict[str, np.ndarray], block_count: int, file_type: FileType
) -> dict[str, np.ndarray]:
    """The weights under llama.cpp's names, matrices as float16 when asked, the rest float32."""
    import gguf

    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, block_count)
    tensors: dict[str, np.ndarray] = {}
    for hf_name, data in weights.items():
        name = _hf_name(hf_name)
        if name.startswith(_SKIPPED):
            continue
        new_name = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if new_name is None:
            raise UserFacingError(
                f"The model has a weight llama.cpp's BERT does not know ({hf_name}).",
                "Choose a standard BERT sentence-transformers model.",
            )
        half = file_type == "f16" and _half_precision(new_name, data.ndim)
        tensors[new_name] = np.ascontiguousarray(data, np.float16 if half else np.float32)
    return tensors


def _half_precision(name: str, dimensions: int) -> bool:
    """Whether a tensor is stored as float16 in an f16 file (ModelBase.prepare_tensors' rule).

    1-D tensors, norms, biases, position and token-type embeddings stay float32: llama.cpp
    adds rows of the last two to float32 rows, and a float16 table aborts it.
    """
    kept = name.startswith(_FLOAT32_ALWAYS) or name.endswith("_norm.weight")
    return dimensions > 1 and name.endswith(".weight") and not kept


def _hf_name(name: str) -> str:
    """The name as BertModel.filter_tensors normalises it (prefix, old LayerNorm names)."""
    name = name.removeprefix("bert.")
    if name.endswith(".gamma"):
        return name[: -len(".gamma")] + ".weight"
    if name.endswith(".beta"):
        return name[: -len(".beta")] + ".bias"
    return name


def _model_name(source: Path, config: dict[str, Any]) -> str:
    stem = source.stem if source.is_file() else source.name
    return stem if stem not in ("", "model") else str(config.get("_name_or_path", "bert"))


def _write(
    destination: Path,
    name: str,
    config: dict[str, Any],
    vocabulary: Vocabulary,
    pooling: str,
    tensors: dict[str, np.ndarray],
    file_type: FileType,
) -> None:
    import gguf

    writer = gguf.GGUFWriter(str(destination), ARCHITECTURE)
    writer.add_name(name)
    writer.add_file_type(
        gguf.LlamaFileType.MOSTLY_F16 if file_type == "f16" else gguf.LlamaFileType.ALL_F32
    )
    _add_hyperparameters(writer, config, pooling)
    _add_vocabulary(writer, vocabulary, int(config.get("type_vocab_size", 1)))
    for tensor_name, data in tensors.items():
        writer.add_tensor(tensor_name, data)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()


def _add_hyperparameters(writer: Any, config: dict[str, Any], pooling: str) -> None:
    """TextModel.set_gguf_parameters and BertModel's additions, for a BERT config."""
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(int(config["num_hidden_layers"]))
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config.get("layer_norm_eps", 1e-12)))
    writer.add_causal_attention(False)
    writer.add_uint32(f"{ARCHITECTURE}.pooling_type", POOLING_TYPES[pooling])


def _add_vocabulary(writer: Any, vocabulary: Vocabulary, token_type_count: int) -> None:
    """BertModel.set_vocab with gguf.SpecialVocab's ids for a BERT tokenizer."""
    ids = vocabulary.special_ids
    writer.add_tokenizer_model("bert")
    writer.add_token_list(vocabulary.tokens)
    writer.add_token_types(vocabulary.token_types)
    writer.add_token_type_count(token_type_count)
    # llama.cpp's WordPiece puts BOS before a text and SEP after it: BOS is [CLS].
    writer.add_bos_token_id(ids["cls"])
    writer.add_eos_token_id(ids["sep"])
    writer.add_uint32("tokenizer.ggml.cls_token_id", ids["cls"])
    writer.add_sep_token_id(ids["sep"])
    writer.add_unk_token_id(ids["unk"])
    writer.add_pad_token_id(ids["pad"])
    writer.add_mask_token_id(ids["mask"])
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(True)
    writer.add_bool(KEY_LOWERCASE, vocabulary.lowercase)
    writer.add_bool(KEY_STRIP_ACCENTS, vocabulary.strip_accents)
