"""Memory estimates agree with measured RSS; speed estimates and their plain words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from localchat.catalog.catalog import load_catalog
from localchat.catalog.estimate import (
    ModelDims,
    SpeedEstimate,
    calibrate,
    estimate_from_header,
    estimate_speed,
    estimate_variant,
    kv_cache_bytes,
)
from localchat.engines.gguf_header import read_gguf_header

ROOT = Path(__file__).resolve().parents[2]
# RSS measured by bench/estimates.py (see bench/RESULTS.md) after reading a prompt that
# fills the context and writing 16 tokens: model -> {n_ctx: bytes}.
MEASURED_FULL = {
    "smollm2": {2048: 232_000_000, 4096: 336_000_000},
    "gemma": {2048: 397_000_000, 4096: 471_000_000},
}


def _within(estimate: float, measured: float, tolerance: float = 0.15) -> bool:
    return abs(estimate - measured) <= tolerance * measured


def test_dims_come_from_the_real_headers(default_model_path, gemma_model_path):
    smol = ModelDims.from_header(read_gguf_header(default_model_path))
    assert (smol.layers, smol.heads, smol.kv_heads, smol.head_dim_k) == (30, 9, 3, 64)
    assert smol.vocab == 49152
    gemma = ModelDims.from_header(read_gguf_header(gemma_model_path))
    assert (gemma.layers, gemma.kv_heads, gemma.head_dim_k, gemma.head_dim_v) == (18, 1, 256, 256)
    assert gemma.vocab == 262144  # from the token list: gemma3 has no vocab_size key


def test_kv_cache_matches_llama_cpp(default_model_path, gemma_model_path):
    # llama.cpp reports "KV buffer size = 45.00 MiB" (SmolLM2) and 6 + 30 MiB (Gemma 3,
    # full-size sliding-window cache) at n_ctx 2048.
    smol = ModelDims.from_header(read_gguf_header(default_model_path))
    assert kv_cache_bytes(smol, 2048) == 45 * 1024 * 1024
    gemma = ModelDims.from_header(read_gguf_header(gemma_model_path))
    assert kv_cache_bytes(gemma, 2048) == 36 * 1024 * 1024


@pytest.mark.parametrize("n_ctx", [2048, 4096])
def test_estimates_are_within_15_percent_of_the_bench(n_ctx, default_model_path, gemma_model_path):
    for key, path in (("smollm2", default_model_path), ("gemma", gemma_model_path)):
        estimate = estimate_from_header(read_gguf_header(path), path.stat().st_size, n_ctx)
        assert _within(estimate.total, MEASURED_FULL[key][n_ctx]), (key, estimate)


def test_catalog_shape_gives_the_same_estimate_as_the_header(default_model_path):
    catalog = load_catalog()
    model = catalog.get("smollm2-135m-instruct")
    header = read_gguf_header(default_model_path)
    from_header = estimate_variant(model, model.variant("Q4_1"), 4096, header)
    from_catalog = estimate_variant(model, model.variant("Q4_1"), 4096)
    assert from_header == from_catalog


def test_parameter_fallback_is_generous():
    catalog = load_catalog()
    for model_id in ("smollm2-135m-instruct", "llama-3.2-3b-instruct", "qwen2.5-1.5b-instruct"):
        model = catalog.get(model_id)
        guessed = ModelDims.from_parameters(model.parameters)
        exact = ModelDims.from_shape(model.shape)
        assert not guessed.exact
        assert kv_cache_bytes(guessed, 4096) >= kv_cache_bytes(exact, 4096), model_id


def test_context_is_capped_at_the_models_own():
    catalog = load_catalog()
    gpt2 = catalog.get("gpt2-small")
    assert estimate_variant(gpt2, gpt2.variants[0], 8192).n_ctx == 1024


@pytest.mark.slow
def test_estimate_matches_a_real_rss_measurement(default_model_path):
    command = [
        sys.executable,
        str(ROOT / "bench" / "estimates.py"),
        "--measure",
        str(default_model_path),
        "2048",
        "--prompt-tokens=16",
        "--answer-tokens=16",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    header = read_gguf_header(default_model_path)
    estimate = estimate_from_header(header, default_model_path.stat().st_size, 2048)
    assert _within(estimate.at_rest, measured["rss"]), (estimate, measured)
    assert measured["rss"] <= estimate.total


def test_calibration_and_plain_words():
    bandwidth = calibrate(100.0, 100_000_000)
    speed = estimate_speed(100_000_000, bandwidth, prompt_speedup=2.0)
    assert speed.decode_tps == pytest.approx(100.0)  # the measured model is predicted exactly
    assert speed.prompt_tps == pytest.approx(200.0)
    assert speed.describe() == "about 75 words per second"
    assert estimate_speed(1_000_000_000).decode_tps > 0  # uncalibrated default
    with pytest.raises(ValueError):
        calibrate(0, 1)


def test_a_bigger_model_is_slower_but_not_in_proportion_to_its_size():
    # Per-token costs that do not grow with the file (graph, sampling) are part of every
    # token: measured here, SmolLM2 (98 MB) writes 68 tokens/s and Gemma 3 (253 MB) 43.
    bandwidth = calibrate(68.0, 98_000_000)
    gemma = estimate_speed(253_000_000, bandwidth).decode_tps
    assert 43 * 0.85 <= gemma <= 43 * 1.15
    huge = estimate_speed(4_000_000_000, bandwidth).decode_tps
    assert huge < gemma / 5  # a 4 GB model is dominated by reading its weights


def test_summary_time_assumptions():
    speed = SpeedEstimate(decode_tps=10.0, prompt_tps=40.0)
    # 10 pages = 5,000 words = 6,667 tokens read at 40/s (167 s) + 400 tokens at 10/s (40 s)
    assert speed.summary_seconds(10) == pytest.approx(5000 / 0.75 / 40 + 40)
    assert speed.describe_summary() == "summarizing 10 pages: about 3 minutes"
    assert (
        SpeedEstimate(1000.0, 4000.0).describe_summary() == "summarizing 10 pages: under a minute"
    )
    assert SpeedEstimate(1.0, 1.0).describe() == "about 0.8 words per second"
