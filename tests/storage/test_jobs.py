"""Document jobs: create, parts saved as they finish, resumable lookup, interrupted marking."""

import pytest

from localchat.storage import Database, JobRepository, ModelRepository

OPTIONS = {"length": "short", "form": "bullets", "focus": "", "chunks": 3, "plan": "abc"}


@pytest.fixture
def jobs(db: Database) -> JobRepository:
    return JobRepository(db)


def _create(jobs: JobRepository, kind: str = "summarize", sha: str = "a" * 64, **options: object):
    return jobs.create(
        kind=kind,
        title="Report",
        source_name="report.pdf",
        source_size=1234,
        source_sha256=sha,
        options={**OPTIONS, **options},
        total_parts=3,
    )


def test_create_get_and_list(jobs: JobRepository) -> None:
    first = _create(jobs)
    second = _create(jobs, kind="translate")
    assert first.status == "running"
    assert jobs.get(first.id) == first
    assert jobs.get(first.id).options == OPTIONS
    assert [job.id for job in jobs.list_recent()] == [second.id, first.id]
    assert [job.id for job in jobs.list_recent(kind="summarize")] == [first.id]
    with pytest.raises(ValueError):
        _create(jobs, kind="poem")
    with pytest.raises(KeyError):
        jobs.get(999)


def test_parts_are_saved_replaced_and_listed_in_order(jobs: JobRepository) -> None:
    job = _create(jobs)
    jobs.save_part(job.id, 1, "input 1", "summary 1")
    jobs.save_part(job.id, 0, "input 0", "draft")
    jobs.save_part(job.id, 0, "input 0", "summary 0")
    parts = jobs.parts(job.id)
    assert [(p.index, p.input_text, p.output_text) for p in parts] == [
        (0, "input 0", "summary 0"),
        (1, "input 1", "summary 1"),
    ]
    assert all(p.status == "finished" for p in parts)


def test_finish_and_delete_cascades_to_parts(jobs: JobRepository, db: Database) -> None:
    job = _create(jobs)
    jobs.save_part(job.id, 0, "in", "out")
    finished = jobs.finish(job.id, "finished", "The summary.")
    assert (finished.status, finished.result_text) == ("finished", "The summary.")
    with pytest.raises(ValueError):
        jobs.finish(job.id, "exploded")
    jobs.delete(job.id)
    with pytest.raises(KeyError):
        jobs.delete(job.id)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM job_parts").scalar() == 0


def test_find_resumable_matches_kind_document_and_options(jobs: JobRepository) -> None:
    job = _create(jobs)
    assert jobs.find_resumable("summarize", "a" * 64, OPTIONS) == jobs.get(job.id)
    assert jobs.find_resumable("translate", "a" * 64, OPTIONS) is None
    assert jobs.find_resumable("summarize", "b" * 64, OPTIONS) is None
    assert jobs.find_resumable("summarize", "a" * 64, {**OPTIONS, "length": "long"}) is None
    jobs.finish(job.id, "stopped")
    assert jobs.find_resumable("summarize", "a" * 64, OPTIONS).id == job.id
    jobs.finish(job.id, "finished", "done")
    assert jobs.find_resumable("summarize", "a" * 64, OPTIONS) is None


def test_running_jobs_are_marked_interrupted(jobs: JobRepository) -> None:
    running = _create(jobs)
    done = _create(jobs, sha="c" * 64)
    jobs.finish(done.id, "finished", "x")
    assert jobs.mark_unfinished_as_interrupted() == 1
    assert jobs.get(running.id).status == "interrupted"
    assert jobs.get(done.id).status == "finished"
    assert jobs.find_resumable("summarize", "a" * 64, OPTIONS).id == running.id
    assert jobs.mark_unfinished_as_interrupted() == 0
    assert jobs.set_status(running.id, "running").status == "running"


def test_removed_model_leaves_the_job(jobs: JobRepository, models: ModelRepository) -> None:
    model = models.add(
        name="m",
        path="/m.gguf",
        source="import",
        size_bytes=1,
        architecture="llama",
        engine="llama_cpp",
        context_length=2048,
    )
    job = jobs.create(
        kind="translate",
        source_name="a.txt",
        source_size=1,
        source_sha256="d" * 64,
        options={},
        model_id=model.id,
    )
    assert job.model_id == model.id
    models.remove(model.id)
    assert jobs.get(job.id).model_id is None
