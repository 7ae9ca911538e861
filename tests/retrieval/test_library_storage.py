"""The library tables: one transaction per document, FTS5 in step, vectors as float32 bytes."""

from __future__ import annotations

import numpy as np

from localchat.storage import Database
from localchat.storage.library_index import FileFacts, LibraryIndexRepository, match_any
from localchat.storage.library_index_records import NewChunk


def _chunks(*texts: str) -> list[NewChunk]:
    return [NewChunk(i, text, 1, None, 0, len(text), 5) for i, text in enumerate(texts)]


def _vectors(count: int) -> list[bytes]:
    return [np.full(4, i, dtype="<f4").tobytes() for i in range(count)]


def _fts_ok(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO library_chunks_fts(library_chunks_fts) VALUES ('integrity-check')"
        )


def _save(repo: LibraryIndexRepository, path: str, *texts: str, sha: str = "a" * 64) -> int:
    return repo.save_document(
        FileFacts(path, 10, 1.0, sha),
        title=path,
        pages=1,
        encoder="enc",
        dimension=4,
        chunks=_chunks(*texts),
        vectors=_vectors(len(texts)),
    ).id


def test_saving_again_replaces_the_chunks_and_keeps_fts_in_step(
    repo: LibraryIndexRepository, db: Database
) -> None:
    first = _save(repo, "/a.txt", "the lighthouse keeper", "a foghorn at night")
    assert [hit.chunk_id for hit in repo.word_search("foghorn")]
    again = _save(repo, "/a.txt", "bees and honey", sha="b" * 64)

    assert again == first
    assert repo.word_search("foghorn") == []
    (hit,) = repo.word_search("honey")
    (chunk,) = repo.chunks([hit.chunk_id])
    assert (chunk.path, chunk.text, chunk.page) == ("/a.txt", "bees and honey", 1)
    assert repo.document("/a.txt").sha256 == "b" * 64
    _fts_ok(db)


def test_remove_drops_chunks_vectors_and_words(repo: LibraryIndexRepository, db: Database) -> None:
    keep = _save(repo, "/keep.md", "glacier ice")
    gone = _save(repo, "/gone.md", "glacier moraine")
    repo.remove([gone])

    assert [doc.id for doc in repo.documents()] == [keep]
    assert [repo.chunks([h.chunk_id])[0].path for h in repo.word_search("glacier")] == ["/keep.md"]
    batches = list(repo.iter_vectors("enc", 4))
    assert [len(ids) for ids, _ in batches] == [1]
    _fts_ok(db)


def test_vectors_come_back_as_saved_for_their_encoder_only(repo: LibraryIndexRepository) -> None:
    _save(repo, "/a.txt", "one", "two", "three")
    ((ids, blob),) = list(repo.iter_vectors("enc", 4))
    matrix = np.frombuffer(blob, dtype="<f4").reshape(-1, 4)

    assert len(ids) == 3 and matrix[:, 0].tolist() == [0.0, 1.0, 2.0]
    assert list(repo.iter_vectors("other-encoder", 4)) == []


def test_a_failure_is_recorded_with_its_reason(repo: LibraryIndexRepository) -> None:
    _save(repo, "/b.pdf", "was readable once")
    failed = repo.save_failure(FileFacts("/b.pdf", 3, 2.0, "c" * 64), "b.pdf is damaged.")

    assert (failed.status, failed.error, failed.chunk_count) == ("failed", "b.pdf is damaged.", 0)
    assert repo.word_search("readable") == []


def test_the_stamp_changes_with_every_save_and_removal(repo: LibraryIndexRepository) -> None:
    empty = repo.stamp("enc")
    first = _save(repo, "/a.txt", "one")
    after_save = repo.stamp("enc")
    _save(repo, "/a.txt", "one")
    after_resave = repo.stamp("enc")
    repo.remove([first])

    assert len({empty, after_save, after_resave}) == 3
    assert repo.stamp("enc") == empty
    assert after_save.chunks == 1


def test_word_queries_are_safe_and_any_word_matches() -> None:
    assert match_any('What is "the" whale\'s food? AND OR NEAR(') == (
        '"whale"* OR "s" OR "food"* OR "near"*'
    )
    assert match_any("the of ?!") is None


def test_roots_are_remembered_once(repo: LibraryIndexRepository) -> None:
    repo.add_root("/docs")
    repo.add_root("/docs")
    repo.add_root("/more")
    repo.remove_root("/docs")
    assert repo.roots() == ["/more"]
