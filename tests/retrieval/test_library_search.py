"""Search: rank fusion, the cached vectors, and words vs meaning with the real encoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from retrieval_helpers import HashingEncoder, evaluate

from localchat.embeddings.encoder import Encoder
from localchat.storage.library_index import LibraryIndexRepository
from localchat.tasks.indexing import Indexer
from localchat.tasks.retrieval import Retriever, VectorMatrix, reciprocal_rank_fusion


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 4, 1]], k=60)

    assert [item for item, _ in fused] == [1, 3, 2, 4]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 63)
    assert reciprocal_rank_fusion([[], []]) == []


def test_nearest_is_exact_and_best_first() -> None:
    rng = np.random.default_rng(3)
    matrix = rng.standard_normal((500, 16)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    vectors = VectorMatrix(np.arange(1000, 1500), matrix)
    query = matrix[42]
    found = vectors.nearest(query, 5)
    expected = np.argsort(-(matrix @ query))[:5] + 1000

    assert [chunk_id for chunk_id, _ in found] == expected.tolist()
    assert found[0] == (1042, pytest.approx(1.0))


def test_the_cached_vectors_follow_the_index(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    indexer = Indexer(repo, hashing, "hashing-64")
    indexer.add([corpus])
    retriever = Retriever(repo, hashing, "hashing-64")
    assert retriever.search("honey bees", mode="meaning") == []
    indexer.run()
    loaded = retriever.vectors()
    assert retriever.vectors() is loaded  # nothing changed: no reload

    (corpus / "honeybees.pdf").unlink()
    indexer.run()
    assert len(retriever.vectors().ids) < len(loaded.ids)
    assert all(
        Path(r.chunk.path).name != "honeybees.pdf"
        for r in retriever.search("honey bees", 10, "hybrid")
    )


def test_results_name_their_document_and_place(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    indexer = Indexer(repo, hashing, "hashing-64")
    indexer.add([corpus])
    indexer.run()
    top = Retriever(repo, hashing, "hashing-64").search("waggle dance", 3)[0]

    assert Path(top.chunk.path).name == "honeybees.pdf" and top.place == "p. 2"
    assert top.word_rank == 1 and top.bm25 is not None and top.score > 0
    assert "waggle dance" in top.chunk.text


@pytest.fixture
def real_library(repo: LibraryIndexRepository, minilm: Encoder, corpus: Path) -> Retriever:
    indexer = Indexer(repo, minilm, "all-MiniLM-L6-v2-f16")
    indexer.add([corpus])
    assert len(indexer.run().indexed) == 4
    return Retriever(repo, minilm, "all-MiniLM-L6-v2-f16")


@pytest.mark.slow
def test_words_and_meaning_find_the_right_document(real_library: Retriever) -> None:
    by_words = real_library.search("Milankovitch", 3, "words")
    assert Path(by_words[0].chunk.path).name == "glaciers.txt"
    # No word of this question is in the answer (the waggle dance, page 2 of the PDF):
    question = "insects that talk by dancing"
    assert real_library.search(question, 3, "words") == []
    by_meaning = real_library.search(question, 3, "meaning")
    assert (Path(by_meaning[0].chunk.path).name, by_meaning[0].place) == ("honeybees.pdf", "p. 2")
    hybrid = real_library.search(question, 3, "hybrid")
    assert hybrid[0].chunk == by_meaning[0].chunk and hybrid[0].word_rank is None


@pytest.mark.slow
def test_hybrid_recall_at_5_is_at_least_words_only(real_library: Retriever) -> None:
    words = evaluate(real_library, "words")
    meaning = evaluate(real_library, "meaning")
    hybrid = evaluate(real_library, "hybrid")

    assert hybrid.recall(5) >= words.recall(5)
    assert hybrid.recall(5) >= 0.9 and meaning.recall(5) >= 0.8
