"""The encoder on the converted all-MiniLM-L6-v2: parity with numpy, determinism, meaning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy_bert import NumpyBert

from localchat.embeddings.encoder import Embeddings, Encoder
from localchat.errors import UserFacingError

pytestmark = pytest.mark.slow  # loads a real model

LONG = " ".join(
    f"Chapter {n}: the printing press spread across Europe within fifty years, and with it "
    "pamphlets, newspapers and cheap books."
    for n in range(40)
)
SENTENCES = [
    "How do I reset my password?",
    "Der schnelle braune Fuchs springt über den faulen Hund.",
    "Grüße aus Köln: Straßenbahn fährt um 7:45 Uhr ab!",
    'Wait... what?! (Really) -- "yes"; [ok] {fine} @home #1 $5 50% a&b',
    "Naïve café résumé from the Ångström lab",
    "antidisestablishmentarianism is unaffable",
    "Tokyo is the capital of Japan. 東京は日本の首都です。",
    "e-mail: someone@example.org, phone +49 (0)30 1234-5678",
    "a",
    LONG,
]


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.fixture(scope="module")
def embedded(encoder: Encoder) -> Embeddings:
    return encoder.embed(SENTENCES)


def test_tokens_match_hugging_face_word_piece(encoder: Encoder, reference: NumpyBert) -> None:
    for text in SENTENCES:
        assert encoder.tokenize(text)[0] == reference.tokens(text), text


def test_vectors_match_a_numpy_forward_pass(embedded: Embeddings, reference: NumpyBert) -> None:
    cosines = [
        _cosine(v, reference.embed(t)) for v, t in zip(embedded.vectors, SENTENCES, strict=True)
    ]
    assert min(cosines) >= 0.999, dict(zip(SENTENCES, cosines, strict=True))


def test_a_long_text_is_cut_to_the_context_and_says_by_how_much(
    encoder: Encoder, embedded: Embeddings, reference: NumpyBert
) -> None:
    whole = len(encoder._llm.tokenize(LONG.encode(), add_bos=True, special=False))
    assert whole > 512
    assert embedded.token_counts[-1] == 512
    assert embedded.tokens_cut == (0,) * (len(SENTENCES) - 1) + (whole - 512,)
    tokens, _cut = encoder.tokenize(LONG)
    assert tokens[-1] == 102  # the closing [SEP] kept, as sentence-transformers keeps it
    assert tokens == reference.tokens(LONG)


def test_vectors_have_unit_length(embedded: Embeddings) -> None:
    assert embedded.vectors.shape == (len(SENTENCES), 384)
    assert embedded.vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(embedded.vectors, axis=1), 1.0, atol=1e-6)


def test_the_same_text_twice_gives_the_same_vector(encoder: Encoder) -> None:
    first, again = (encoder.embed([SENTENCES[1]]).vectors[0] for _ in range(2))
    np.testing.assert_array_equal(first, again)
    # Twice in one batch: other offsets, summed in another order (measured 1.5e-8).
    twice = encoder.embed([SENTENCES[1], SENTENCES[1]]).vectors
    np.testing.assert_allclose(twice[0], twice[1], atol=1e-6)


def test_a_batch_gives_what_single_texts_give(encoder: Encoder, embedded: Embeddings) -> None:
    # llama.cpp picks its matrix kernels by the number of rows, so a text alone and the same
    # text among 150 tokens round differently: measured 1 - cosine <= 4.2e-7, and each
    # component within 1.4e-4 (f16 or f32 file, fused attention or not: 2e-5..1.4e-4).
    for index in (0, 3, len(SENTENCES) - 1):
        single = encoder.embed([SENTENCES[index]])
        assert _cosine(single.vectors[0], embedded.vectors[index]) >= 1 - 1e-5
        np.testing.assert_allclose(single.vectors[0], embedded.vectors[index], atol=5e-4)
        assert single.token_counts[0] == embedded.token_counts[index]


def test_a_question_is_closest_to_the_sentence_that_answers_it(encoder: Encoder) -> None:
    question, answer, unrelated = encoder.embed([
        "How do I reset my password?",
        "To change your password, open Settings and choose 'Forgot password'.",
        "The museum is closed on Mondays and public holidays.",
    ]).vectors  # fmt: skip
    assert question @ answer > question @ unrelated + 0.3


def test_no_texts_give_no_vectors(encoder: Encoder) -> None:
    nothing = encoder.embed([])
    assert nothing.vectors.shape == (0, 384) and nothing.total_tokens == 0


def test_a_chat_model_is_refused_in_a_plain_sentence(default_model_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        Encoder.load(default_model_path)
    message = str(caught.value)
    assert message.startswith(f"{default_model_path.name} is a llama model for chat and writing")
    assert "not an embedding model" in message and "Traceback" not in message
