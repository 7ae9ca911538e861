"""Indexing a folder: progress, resume after a kill, changed, deleted and unreadable files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from retrieval_helpers import HashingEncoder

from localchat.storage import Database
from localchat.storage.library_index import LibraryIndexRepository
from localchat.tasks.indexing import Indexer, IndexProgress

HERE = Path(__file__).resolve().parent
ENCODER_ID = "hashing-64"


def _indexer(repo: LibraryIndexRepository, encoder: HashingEncoder, folder: Path) -> Indexer:
    indexer = Indexer(repo, encoder, ENCODER_ID)
    indexer.add([folder])
    return indexer


def _paths(repo: LibraryIndexRepository, status: str = "indexed") -> list[str]:
    return [Path(doc.path).name for doc in repo.documents() if doc.status == status]


def test_a_folder_is_indexed_with_progress_in_pages(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    (corpus / "notes.rtf").write_text("not a supported kind of file")
    seen: list[IndexProgress] = []
    report = _indexer(repo, hashing, corpus).run(seen.append)

    assert sorted(_paths(repo)) == ["glaciers.txt", "honeybees.pdf", "lighthouses.md",
                                    "telegraph.html"]  # fmt: skip
    assert report.failed == {} and report.chunks == sum(d.chunk_count for d in repo.documents())
    assert repo.document(str(corpus / "honeybees.pdf")).pages == 4
    last = seen[-1]
    assert (last.documents_done, last.documents_total) == (4, 4)
    assert last.pages_done == last.pages_total == report.pages
    assert [s.pages_done for s in seen] == sorted(s.pages_done for s in seen)
    assert last.describe() == f"{last.pages_done} of {last.pages_total} pages"


def test_a_second_run_embeds_nothing(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    _indexer(repo, hashing, corpus).run()
    calls = hashing.calls
    report = _indexer(repo, hashing, corpus).run()

    assert hashing.calls == calls
    assert (report.indexed, report.unchanged) == ([], 4)


def test_a_changed_file_is_indexed_again_and_a_touched_one_is_not(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    indexer = _indexer(repo, hashing, corpus)
    indexer.run()
    glaciers, telegraph = corpus / "glaciers.txt", corpus / "telegraph.html"
    glaciers.write_text("Penguins huddle together through the polar winter.", encoding="utf-8")
    stat = telegraph.stat()
    os.utime(telegraph, (stat.st_atime, stat.st_mtime + 100))  # same bytes, new time
    report = indexer.run()

    assert report.indexed == [str(glaciers)] and report.unchanged == 3
    assert [repo.chunks([h.chunk_id])[0].path for h in repo.word_search("penguins")] == [
        str(glaciers)
    ]
    assert repo.word_search("moraines") == []
    assert repo.document(str(telegraph)).mtime == telegraph.stat().st_mtime
    assert indexer.run().indexed == []


def test_a_deleted_file_is_dropped(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    indexer = _indexer(repo, hashing, corpus)
    indexer.run()
    assert repo.word_search("Milankovitch")
    (corpus / "glaciers.txt").unlink()
    report = indexer.run()

    assert report.removed == [str(corpus / "glaciers.txt")]
    assert "glaciers.txt" not in _paths(repo)
    assert repo.word_search("Milankovitch") == []


def test_a_garbage_file_is_recorded_and_the_run_goes_on(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "empty.md").write_text("")
    report = _indexer(repo, hashing, corpus).run()

    assert sorted(_paths(repo, "failed")) == ["binary.txt", "broken.pdf", "empty.md"]
    assert len(_paths(repo)) == 4
    broken = repo.document(str(corpus / "broken.pdf"))
    assert broken.error == report.failed[str(corpus / "broken.pdf")]
    assert "damaged" in broken.error
    calls = hashing.calls
    assert _indexer(repo, hashing, corpus).run().failed == {}  # not retried while unchanged
    assert hashing.calls == calls


def test_another_encoder_indexes_everything_again(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    _indexer(repo, hashing, corpus).run()
    report = Indexer(repo, HashingEncoder(dimensions=32), "hashing-32").run()

    assert len(report.indexed) == 4
    assert {(doc.encoder, doc.dimension) for doc in repo.documents()} == {("hashing-32", 32)}


def test_cancel_stops_between_batches_and_keeps_saved_documents(
    repo: LibraryIndexRepository, hashing: HashingEncoder, corpus: Path
) -> None:
    cancel = threading.Event()

    def progress(state: IndexProgress) -> None:
        if state.documents_done == 2:
            cancel.set()

    report = _indexer(repo, hashing, corpus).run(progress, cancel)

    assert report.cancelled and len(report.indexed) == 2
    assert len(_paths(repo)) == 2


def test_a_killed_run_resumes_with_the_next_unsaved_document(tmp_path: Path, corpus: Path) -> None:
    db_path, log, marker = tmp_path / "lib.db", tmp_path / "embedded.log", tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parents[1])])}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "index_child.py"), str(db_path), str(corpus), str(log),
         str(marker)],
        env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the child never reached the second document"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    with Database.open(db_path) as db:
        assert db.integrity_ok()
        repo = LibraryIndexRepository(db)
        (saved,) = repo.documents()
        saved_chunks = repo.chunks(range(1, 1000))
        assert {chunk.document_id for chunk in saved_chunks} == {saved.id}
        encoder = HashingEncoder()
        report = Indexer(repo, encoder, ENCODER_ID).run()

        assert report.unchanged == 1 and len(report.indexed) == 3
        assert saved.path not in report.indexed
        assert repo.document(saved.path).updated_at == saved.updated_at
        assert encoder.texts  # the other documents were embedded, the saved one was not
        assert not any(
            embedded.endswith(chunk.text) for embedded in encoder.texts for chunk in saved_chunks
        )
        assert log.read_text().count("\n") >= len(saved_chunks)  # the child embedded it once
        assert len(repo.documents()) == 4
