"""Memory and speed estimates for a model variant, from its GGUF header or catalog data."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from localchat.catalog.catalog import CatalogModel, CatalogVariant, ModelShape
from localchat.engines.gguf_header import GgufHeader
from localchat.i18n import number, translate

MB = 1_000_000
KV_BYTES_F16 = 2  # llama.cpp's default K and V cache type is f16
N_UBATCH = 512  # llama.cpp's default micro-batch: tokens per forward pass while reading
# Calibrated with bench/estimates.py (llama-cpp-python 0.3.36, CPU): what loading a model
# adds beyond the file and the KV cache. The vocabulary is held as C++ strings and maps.
FIXED_OVERHEAD = 14 * MB
OVERHEAD_PER_VOCAB_TOKEN = 170
# Speed. Writing one answer token reads every weight once and also pays costs that do not
# grow with the file (building the compute graph, sampling over the vocabulary, thread
# hand-offs). Both are counted as bytes: time per token = (file bytes + FIXED_COST_BYTES) /
# effective bandwidth. FIXED_COST_BYTES comes from two models measured in one run
# (bench/RESULTS.md section 7: SmolLM2 98 MB at 68 tokens/s, Gemma 3 253 MB at 43 tokens/s
# give 167 MB); without it a model 2.6x larger is predicted 2.6x slower, and it is 1.6x.
FIXED_COST_BYTES = 170 * MB
# Uncalibrated: a modest laptop (dual-channel DDR4, ~25 GB/s, about half of it reached on
# large models): ~4.5 tokens/s for a 4B model at Q4, ~44 for a 100 MB one.
DEFAULT_EFFECTIVE_BANDWIDTH = 12e9
# Layers on a graphics card. A guess until measured on a GPU machine (bench/RESULTS.md):
# about half the memory bandwidth of a low-end discrete card (GTX 1650: 128 GB/s, laptop
# RTX 3050: 192 GB/s; an RTX 3060 has 360 GB/s). Apple's GPU reads the same memory as its
# processor (M1: 68 GB/s, M-Pro/Max chips 200-400 GB/s): a base M1's share is assumed.
# The calibration of the processor's bandwidth does not scale these: the two are unrelated.
DISCRETE_GPU_BANDWIDTH = 150e9
UNIFIED_GPU_BANDWIDTH = 50e9
# Prompt reading. A batch of prompt tokens shares one pass over the weights, so reading is
# bound by arithmetic, not bytes: time per prompt token = multiply-adds per token
# (prompt_macs_per_token) / the multiply-add rate of llama.cpp's CPU kernels for the file's
# quant type. Measured with `python bench/estimates.py --quant-sweep --rounds 4 --threads 1`
# (bench/RESULTS.md section 7, 2026-11-29): both real models requantized to 10 types; the
# rate of each type agreed between SmolLM2 and Gemma 3 within 7% although their shapes
# differ. Q4_1's kernel did 16.0 and 16.2 GMAC/s while SmolLM2 Q4_1 wrote 67 tokens/s,
# which calibrates to an effective bandwidth of 18.0 GB/s: 0.9 multiply-adds per byte of it.
# The app calibrates answer speed only, so the kernel rate is tied to that figure (one core
# here); a computer with many cores gains more on prompts than on answers, so there this
# errs slow.
PROMPT_MACS_PER_BYTE = 0.9  # Q4_1 kernel multiply-adds/s per byte/s of effective bandwidth
# Kernel rate by file type, relative to Q4_1 (the default model's type): the mean of the two
# models' ratios to Q4_1 in that run, rounded down. Both models store the matrices whose
# rows are not a multiple of 256 values in a fallback type (Q4_K -> Q5_0, Q5_K -> Q5_1,
# Q6_K -> Q8_0), so their K-quant files are mixes, as are those of the catalog's other
# models with a width that is not a multiple of 256 (SmolLM2 360M, Qwen2.5 0.5B, Gemma 3 1B).
# Models stored as true K-quants throughout are probably faster: a rate per stored tensor
# type fitted over the 20 files gives Q4_K ~40 GMAC/s (x2.5), but that fit moved between
# runs, so the measured mixes are used and err slow for those models.
KERNEL_SPEED = {
    "Q4_0": 2.4,  # 2.37, 2.48
    "Q4_1": 1.0,
    "Q5_0": 1.75,  # 1.78, 1.75
    "Q5_1": 0.9,  # 0.91, 0.90
    "Q8_0": 1.9,  # 2.02, 1.89
    "Q4_K_S": 1.9,  # 1.91, 1.95
    "Q4_K_M": 1.9,  # 1.87, 1.96
    "Q5_K_M": 1.1,  # 1.06, 1.19
    "Q6_K": 2.1,  # 2.12, 2.20
    "F16": 1.75,  # 1.79, 1.76
}
# A type not measured is taken to be as slow as Q5_1, the slowest type measured, so
# "summarizing 10 pages" errs long rather than promising too much.
UNKNOWN_KERNEL_SPEED = 0.9
# When the model's shape is not known: prompt = answer speed x this (SmolLM2 Q4_1 measured
# x2.1-2.9, Gemma 3 Q4_K_M x7: cautious).
PROMPT_SPEEDUP = 2.7
WORDS_PER_TOKEN = 0.75
WORDS_PER_PAGE = 500
SUMMARY_TOKENS = 400


@dataclass(frozen=True)
class ModelDims:
    """The dimensions that decide the KV cache and scratch memory of a model."""

    layers: int
    heads: int
    kv_heads: int
    head_dim_k: int
    head_dim_v: int
    embedding: int
    ffn: int
    vocab: int
    exact: bool = True  # False when guessed from the parameter count

    @classmethod
    def from_header(cls, header: GgufHeader) -> ModelDims:
        """Read the dimensions from a GGUF header (llama.cpp's own keys)."""
        embedding = int(header.arch_value("embedding_length"))
        heads = _per_layer_max(header.arch_value("attention.head_count", 1))
        kv_heads = _per_layer_max(header.arch_value("attention.head_count_kv", heads))
        head_dim = embedding // max(heads, 1)
        vocab = header.arch_value("vocab_size")
        if vocab is None:
            tokens = header.fields.get("tokenizer.ggml.tokens")
            vocab = getattr(tokens, "length", None) or len(tokens or ()) or 32000
        return cls(
            layers=int(header.arch_value("block_count")),
            heads=heads,
            kv_heads=kv_heads,
            head_dim_k=int(header.arch_value("attention.key_length", head_dim)),
            head_dim_v=int(header.arch_value("attention.value_length", head_dim)),
            embedding=embedding,
            ffn=_per_layer_max(header.arch_value("feed_forward_length", 4 * embedding)),
            vocab=int(vocab),
        )

    @classmethod
    def from_shape(cls, shape: ModelShape) -> ModelDims:
        """Use the dimensions the catalog lists for a model."""
        return cls(
            layers=shape.layers,
            heads=shape.heads,
            kv_heads=shape.kv_heads,
            head_dim_k=shape.head_dim,
            head_dim_v=shape.head_dim,
            embedding=shape.embedding,
            ffn=shape.ffn,
            vocab=shape.vocab,
        )

    @classmethod
    def from_parameters(cls, parameters: int) -> ModelDims:
        """A deliberately generous guess when only the parameter count is known.

        Assumes 12.5 layers' worth of width (embedding = sqrt(parameters / 150), a multiple
        of 64), no grouped-query attention (kv_heads = heads) and a 64k vocabulary: this
        over-estimates the KV cache of modern models (which share KV heads) by up to 4x, so
        a model is never called a fit on a guess.
        """
        embedding = max(256, 64 * round(math.sqrt(parameters / 150) / 64))
        heads = embedding // 64
        layers = max(4, round(parameters / (12 * embedding * embedding)))
        return cls(layers, heads, heads, 64, 64, embedding, 4 * embedding, 64_000, exact=False)


@dataclass(frozen=True)
class MemoryEstimate:
    """Bytes a loaded model needs, by part; ``total`` is what the fit labels use."""

    weights: int
    kv_cache: int
    compute: int
    overhead: int
    n_ctx: int
    exact_shape: bool

    @property
    def total(self) -> int:
        """Memory in use once a prompt filling the context has been read."""
        return self.weights + self.kv_cache + self.compute + self.overhead

    @property
    def at_rest(self) -> int:
        """Memory in use after loading and a short answer (scratch mostly untouched)."""
        return self.weights + self.kv_cache + self.overhead


def _per_layer_max(value: Any) -> int:
    """Some architectures list a head count per layer; the largest one bounds the memory."""
    if isinstance(value, list):
        return max(int(v) for v in value) if value else 1
    return int(value)


def kv_cache_bytes(dims: ModelDims, n_ctx: int, bytes_per_element: int = KV_BYTES_F16) -> int:
    """K and V for every layer and every context position.

    Sliding-window layers (Gemma 2 and 3) are counted at full size: llama-cpp-python leaves
    ``swa_full`` at llama.cpp's library default, which keeps a full-size cache for them.
    """
    per_token = dims.layers * dims.kv_heads * (dims.head_dim_k + dims.head_dim_v)
    return per_token * n_ctx * bytes_per_element


def compute_bytes(dims: ModelDims, n_ctx: int, n_ubatch: int = N_UBATCH) -> int:
    """Scratch memory touched while reading a prompt that fills the context, in f32.

    llama.cpp reserves room for the logits of a whole micro-batch (n_ubatch x vocab), but
    with one output per batch those pages are never touched, so they do not count here.
    What is touched, per micro-batch token: the attention scores and their softmax against
    the whole context (1.5 x heads x n_ctx, fitted to measured RSS), the attention masks
    (2 x n_ctx) and one layer's activations (about 3 ffn + 6 embedding values).
    """
    per_token = (3 * dims.heads * n_ctx) // 2 + 2 * n_ctx + 3 * dims.ffn + 6 * dims.embedding
    return n_ubatch * per_token * 4


def runtime_overhead(dims: ModelDims) -> int:
    """What loading adds besides weights, cache and scratch: the vocabulary and bookkeeping."""
    return FIXED_OVERHEAD + OVERHEAD_PER_VOCAB_TOKEN * dims.vocab


def estimate_memory(weights_bytes: int, dims: ModelDims, n_ctx: int) -> MemoryEstimate:
    """Weights (the file, memory-mapped) + KV cache + scratch + runtime overhead."""
    return MemoryEstimate(
        weights=weights_bytes,
        kv_cache=kv_cache_bytes(dims, n_ctx),
        compute=compute_bytes(dims, n_ctx),
        overhead=runtime_overhead(dims),
        n_ctx=n_ctx,
        exact_shape=dims.exact,
    )


def estimate_from_header(header: GgufHeader, file_size: int, n_ctx: int) -> MemoryEstimate:
    """The estimate for an installed (or remotely previewed) GGUF file."""
    return estimate_memory(file_size, ModelDims.from_header(header), n_ctx)


def variant_dims(model: CatalogModel, header: GgufHeader | None) -> ModelDims:
    """From the header if one was read, else the catalog's shape, else a generous guess."""
    if header is not None:
        return ModelDims.from_header(header)
    if model.shape is not None:
        return ModelDims.from_shape(model.shape)
    return ModelDims.from_parameters(model.parameters)


def estimate_variant(
    model: CatalogModel,
    variant: CatalogVariant,
    n_ctx: int,
    header: GgufHeader | None = None,
) -> MemoryEstimate:
    """The estimate for a catalog variant: from its header if known, else catalog data.

    ``n_ctx`` is capped at the context length the model was trained for.
    """
    n_ctx = min(n_ctx, model.context_length)
    return estimate_memory(variant.size, variant_dims(model, header), n_ctx)


# --- speed -----------------------------------------------------------------------------


def prompt_macs_per_token(dims: ModelDims) -> int:
    """Multiply-adds of the weight matrices for one prompt token (= their parameter count).

    Per layer: the attention projections (Q and output at heads x head size, K and V at
    kv_heads x head size) and a gated feed-forward (gate, up, down). The embedding lookup
    multiplies nothing, and llama.cpp computes the output layer only for the tokens whose
    logits are asked for (the last one of a prompt), so neither counts.
    """
    attention = dims.embedding * (
        dims.heads * (dims.head_dim_k + dims.head_dim_v)
        + dims.kv_heads * (dims.head_dim_k + dims.head_dim_v)
    )
    return dims.layers * (attention + 3 * dims.embedding * dims.ffn)


def calibrate(measured_tps: float, model_bytes: int) -> float:
    """The effective bandwidth (bytes/s) implied by a measured answer-writing speed.

    Each token costs the weights' bytes plus FIXED_COST_BYTES, so tokens/s x that sum is
    what this computer sustained, engine efficiency included.
    """
    if measured_tps <= 0 or model_bytes <= 0:
        raise ValueError("a calibration needs a positive speed and model size")
    return measured_tps * (model_bytes + FIXED_COST_BYTES)


@dataclass(frozen=True)
class SpeedEstimate:
    """Tokens per second for writing an answer (decode) and reading a prompt."""

    decode_tps: float
    prompt_tps: float

    @property
    def words_per_second(self) -> float:
        """Answer speed in words (a word is about 1.33 tokens in English)."""
        return self.decode_tps * WORDS_PER_TOKEN

    def summary_seconds(self, pages: float = 10) -> float:
        """Time to summarize ``pages`` pages.

        Assumes a page is 500 words (10 pages = 5,000 words = about 6,700 tokens), read at
        prompt speed, and a summary of 400 tokens written at answer speed.
        """
        prompt_tokens = pages * WORDS_PER_PAGE / WORDS_PER_TOKEN
        return prompt_tokens / self.prompt_tps + SUMMARY_TOKENS / self.decode_tps

    def describe(self) -> str:
        """E.g. 'about 12 words per second'."""
        words = self.words_per_second
        if words >= 1.5:
            whole = round(words)  # a plain name: lupdate keeps a count only as one
            return translate("Speed", "about %n word(s) per second", None, whole)
        return translate("Speed", "about {words} words per second").format(words=number(words, 1))

    def describe_summary(self, pages: int = 10) -> str:
        """E.g. 'summarizing 10 pages: about 3 minutes'."""
        minutes = self.summary_seconds(pages) / 60
        if minutes < 1:
            return translate("Speed", "summarizing %n page(s): under a minute", None, pages)
        whole = round(minutes)
        return translate(
            "Speed", "summarizing {pages} pages: about %n minute(s)", None, whole
        ).format(pages=number(pages))


def kernel_speed(quant: str | None) -> float:
    """How fast llama.cpp's CPU kernels multiply this file type's weights, vs Q4_1."""
    if not quant:
        return UNKNOWN_KERNEL_SPEED
    return KERNEL_SPEED.get(quant.upper(), UNKNOWN_KERNEL_SPEED)


def estimate_speed(
    model_bytes: int,
    effective_bandwidth: float | None = None,
    prompt_speedup: float | None = None,
    *,
    dims: ModelDims | None = None,
    quant: str | None = None,
    gpu_share: float = 0.0,
    gpu_bandwidth: float = DISCRETE_GPU_BANDWIDTH,
) -> SpeedEstimate:
    """Answer and prompt-reading speed from one calibration.

    Answer: tokens/s = effective bandwidth / (weight bytes + FIXED_COST_BYTES).
    ``effective_bandwidth`` comes from ``calibrate`` on a measured run of the default model;
    without one a modest laptop figure is assumed.

    With ``gpu_share`` of the layers on a graphics card (an OffloadPlan's share), the time
    per answer token is the processor's part (its weight bytes + FIXED_COST_BYTES: graph
    building and sampling stay on the processor) at the effective bandwidth plus the card's
    weight bytes at ``gpu_bandwidth``. Prompt reading splits the same way, the card's kernels
    taken to do as many multiply-adds per byte of bandwidth as the processor's (cards do
    far more: this errs slow).

    Prompt: with the model's ``dims``, tokens/s = the kernel rate for ``quant``
    (effective bandwidth x PROMPT_MACS_PER_BYTE x kernel_speed) / multiply-adds per token,
    never below the answer speed (a batch is never slower than one token at a time).
    ``prompt_speedup`` instead makes it that multiple of the answer speed; without either,
    the cautious PROMPT_SPEEDUP is used.
    """
    bandwidth = effective_bandwidth or DEFAULT_EFFECTIVE_BANDWIDTH
    share = min(max(gpu_share, 0.0), 1.0)
    weights = max(model_bytes, 0)
    if share == 0.0:  # the processor alone: the calibrated formula, unchanged
        decode = bandwidth / (weights + FIXED_COST_BYTES)
    else:
        cpu_bytes = (1 - share) * weights + FIXED_COST_BYTES
        decode = 1 / (cpu_bytes / bandwidth + share * weights / gpu_bandwidth)
    if prompt_speedup is not None:
        prompt = decode * prompt_speedup
    elif dims is not None:
        macs = max(prompt_macs_per_token(dims), 1)
        rate = bandwidth * PROMPT_MACS_PER_BYTE * kernel_speed(quant)
        seconds = (1 - share) * macs / rate
        if share:
            seconds += share * macs / (gpu_bandwidth * PROMPT_MACS_PER_BYTE)
        prompt = max(1 / seconds if seconds > 0 else decode, decode)
    else:
        prompt = decode * PROMPT_SPEEDUP
    return SpeedEstimate(decode_tps=decode, prompt_tps=prompt)


def estimate_variant_speed(
    model: CatalogModel,
    variant: CatalogVariant,
    effective_bandwidth: float | None = None,
    header: GgufHeader | None = None,
    *,
    gpu_share: float = 0.0,
    gpu_bandwidth: float = DISCRETE_GPU_BANDWIDTH,
) -> SpeedEstimate:
    """The speed of a catalog variant: its shape from the header or catalog, its quant type.

    ``gpu_share`` and ``gpu_bandwidth`` as in ``estimate_speed``.
    """
    quant = (header.quantization if header is not None else None) or variant.quant
    return estimate_speed(
        variant.size,
        effective_bandwidth,
        dims=variant_dims(model, header),
        quant=quant,
        gpu_share=gpu_share,
        gpu_bandwidth=gpu_bandwidth,
    )
