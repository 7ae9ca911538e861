"""Writes a tiny random GGML gpt-2 model file in the layout of ggml's examples/gpt-2 loader."""

from __future__ import annotations

import random
import struct
from array import array
from pathlib import Path

GGML_MAGIC = 0x67676D6C  # 'ggml' read as a little-endian uint32
EOS_TEXT = b"<|endoftext|>"
EXTRA_TOKENS = (b"Hello", b" world", b" the", b"User", EOS_TEXT)


def tiny_vocab() -> list[bytes]:
    """256 single-byte tokens, a few words, and the end-of-text token last."""
    return [bytes([i]) for i in range(256)] + list(EXTRA_TOKENS)


def _tensor(out: bytearray, name: str, dims: tuple[int, ...], values: array) -> None:
    encoded = name.encode()
    out += struct.pack("<iii", len(dims), len(encoded), 0)  # ttype 0 = f32
    out += struct.pack(f"<{len(dims)}i", *dims)
    out += encoded
    out += values.tobytes()


def _random(rng: random.Random, count: int, scale: float) -> array:
    return array("f", (rng.gauss(0.0, scale) for _ in range(count)))


def _const(count: int, value: float) -> array:
    return array("f", [value] * count)


def _layer_tensors(i: int, n_embd: int, rng: random.Random) -> list[tuple[str, tuple, array]]:
    p = f"model/h{i}"
    e = n_embd
    return [
        (f"{p}/ln_1/g", (e,), _const(e, 1.0)),
        (f"{p}/ln_1/b", (e,), _const(e, 0.0)),
        (f"{p}/ln_2/g", (e,), _const(e, 1.0)),
        (f"{p}/ln_2/b", (e,), _const(e, 0.0)),
        (f"{p}/attn/c_attn/w", (e, 3 * e), _random(rng, 3 * e * e, 0.1)),
        (f"{p}/attn/c_attn/b", (3 * e,), _const(3 * e, 0.0)),
        (f"{p}/attn/c_proj/w", (e, e), _random(rng, e * e, 0.1)),
        (f"{p}/attn/c_proj/b", (e,), _const(e, 0.0)),
        (f"{p}/mlp/c_fc/w", (e, 4 * e), _random(rng, 4 * e * e, 0.1)),
        (f"{p}/mlp/c_fc/b", (4 * e,), _const(4 * e, 0.0)),
        (f"{p}/mlp/c_proj/w", (4 * e, e), _random(rng, 4 * e * e, 0.1)),
        (f"{p}/mlp/c_proj/b", (e,), _const(e, 0.0)),
    ]


def _lm_head(rng: random.Random, n_vocab: int, n_embd: int) -> array:
    """Random output rows, except a zero row for end-of-text so sampling rarely ends early."""
    values = _random(rng, n_vocab * n_embd, 1.0)
    for j in range((n_vocab - 1) * n_embd, n_vocab * n_embd):
        values[j] = 0.0
    return values


def write_tiny_gpt2(
    path: Path, n_ctx: int = 128, n_embd: int = 32, n_head: int = 2, n_layer: int = 2, seed: int = 0
) -> Path:
    """Write the model to ``path``; dims are listed fastest-varying first, as ggml stores them."""
    rng = random.Random(seed)
    vocab = tiny_vocab()
    n_vocab = len(vocab)
    out = bytearray(struct.pack("<I", GGML_MAGIC))
    out += struct.pack("<6i", n_vocab, n_ctx, n_embd, n_head, n_layer, 0)  # ftype 0 = all f32
    out += struct.pack("<i", n_vocab)
    for token in vocab:
        out += struct.pack("<I", len(token)) + token
    tensors = [
        ("model/ln_f/g", (n_embd,), _const(n_embd, 1.0)),
        ("model/ln_f/b", (n_embd,), _const(n_embd, 0.0)),
        ("model/wte", (n_embd, n_vocab), _random(rng, n_vocab * n_embd, 0.5)),
        ("model/wpe", (n_embd, n_ctx), _random(rng, n_ctx * n_embd, 0.1)),
        ("model/lm_head", (n_embd, n_vocab), _lm_head(rng, n_vocab, n_embd)),
    ]
    for i in range(n_layer):
        tensors += _layer_tensors(i, n_embd, rng)
    for name, dims, values in tensors:
        _tensor(out, name, dims, values)
    path.write_bytes(bytes(out))
    return path
