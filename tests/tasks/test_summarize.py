"""Whole-document summaries: chunk plan, map-reduce, progress, cancel, resume, a real model."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.documents import Block, Document
from localchat.engines.base import GenerationStats, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.fake import FakeEngine
from localchat.storage import Database, JobRepository
from localchat.tasks.job_support import JobContext
from localchat.tasks.summarize import SummaryJob, SummaryOptions, plan_chunks

TOPICS = ["rivers", "bridges", "harvests", "markets", "schools", "storms", "railways", "music"]


def make_document(paragraphs: int = 30, sha: str = "1" * 64) -> Document:
    blocks: list[Block] = []
    for n in range(paragraphs):
        topic = TOPICS[n % len(TOPICS)]
        if n % 6 == 0:
            blocks.append(Block("heading", f"Chapter {n // 6 + 1}: {topic}", level=2))
        blocks.append(
            Block(
                "paragraph",
                f"The town council reviewed {topic} in year {1900 + n}. "
                f"Records show {n * 7} residents took part and the cost was {n * 113} crowns. "
                f"Observers noted that {topic} changed the daily life of farmers and traders. "
                "Several letters from that time describe the mood in the streets as hopeful. "
                "The final report was filed in the archive with maps and careful drawings.",
            )
        )
    return Document("Town history", tuple(blocks), "history.txt", 12345, sha)


@pytest.fixture
def jobs(tmp_path: Path) -> Iterator[JobRepository]:
    database = Database.open(tmp_path / "jobs.db")
    yield JobRepository(database)
    database.close()


def fake(reply: str = "A short partial summary.", **kwargs: object) -> FakeEngine:
    return FakeEngine(reply=reply, context_length=1024, **kwargs)  # type: ignore[arg-type]


def test_plan_sizes_chunks_from_the_model_context() -> None:
    engine = fake()
    plan = plan_chunks(make_document(), engine, SummaryOptions())
    assert len(plan.chunks) >= 4
    assert plan.budget < 1024 - plan.final_answer_tokens
    assert all(chunk.tokens <= plan.budget for chunk in plan.chunks)
    bigger = plan_chunks(make_document(), FakeEngine(context_length=4096), SummaryOptions())
    assert len(bigger.chunks) < len(plan.chunks)


def test_map_then_one_reduce() -> None:
    engine = fake()
    document = make_document()
    partials: list[tuple[int, str]] = []
    result = SummaryJob(
        JobContext(engine, on_part=lambda i, t: partials.append((i, t))),
        document,
        SummaryOptions(form="bullets"),
    ).run()
    chunks = len(plan_chunks(document, engine, SummaryOptions(form="bullets")).chunks)
    assert result.status == "finished"
    assert result.text == "A short partial summary."
    assert len(engine.prompts) == chunks + 1
    assert [i for i, _ in partials] == list(range(chunks + 1))
    assert "bullet points" in engine.prompts[-1] and "Part 2:" in engine.prompts[-1]
    assert result.computed_parts == chunks + 1 and result.resumed_parts == 0


def test_a_short_document_is_one_call() -> None:
    engine = fake()
    result = SummaryJob(JobContext(engine), make_document(2), SummaryOptions(length="short")).run()
    assert len(engine.prompts) == 1 and result.text
    assert "two or three sentences" in engine.prompts[0]


def test_long_partials_are_reduced_recursively() -> None:
    engine = fake(reply=" ".join(["wordy"] * 400))
    document = make_document(40)
    result = SummaryJob(JobContext(engine), document, SummaryOptions()).run()
    chunks = len(plan_chunks(document, engine, SummaryOptions()).chunks)
    assert result.status == "finished"
    intermediate = [p for p in engine.prompts if "shorter summary" in p]
    assert intermediate, "the partials were too long for one call"
    assert len(engine.prompts) == chunks + len(intermediate) + 1
    assert "whole document" in engine.prompts[-1]
    for prompt in engine.prompts:
        assert engine.count_tokens(prompt) < 1024


def test_progress_is_strictly_increasing_with_an_eta() -> None:
    engine = fake(token_delay=0.001)
    calls: list[tuple[int, int, float | None]] = []
    SummaryJob(
        JobContext(engine, on_progress=lambda *a: calls.append(a)),
        make_document(),
        SummaryOptions(),
    ).run()
    parts = [part for part, _, _ in calls]
    assert parts == sorted(set(parts)) and parts[0] == 1
    assert all(part <= total for part, total, _ in calls)
    assert calls[0][2] is None
    assert all(eta is not None and eta > 0 for _, _, eta in calls[1:])
    assert calls[-1][0] == calls[-1][1] == len(engine.prompts)


def test_tokens_are_streamed_with_their_part_index() -> None:
    engine = fake()
    pieces: list[tuple[int, str]] = []
    SummaryJob(
        JobContext(engine, emit=lambda i, p: pieces.append((i, p))),
        make_document(8),
        SummaryOptions(),
    ).run()
    assert "".join(p for i, p in pieces if i == 0) == "A short partial summary."


def test_cancel_between_parts_stops_at_once(jobs: JobRepository) -> None:
    engine = fake()
    cancel = threading.Event()

    def on_part(index: int, _text: str) -> None:
        if index == 1:
            cancel.set()

    job = SummaryJob(
        JobContext(engine, repository=jobs, cancel=cancel, on_part=on_part),
        make_document(),
        SummaryOptions(),
    )
    result = job.run()
    assert result.status == "stopped" and result.text == ""
    assert len(engine.prompts) == 2
    assert jobs.get(result.job_id).status == "stopped"
    assert len(jobs.parts(result.job_id)) == 2


class CrashingEngine(FakeEngine):
    """Dies like a killed process on its third prompt."""

    def stream_prompt(self, prompt, params, cancel, stats: GenerationStats | None = None):  # noqa: ANN001, ANN201
        if len(self.prompts) == 2:
            raise SystemExit("killed")
        return super().stream_prompt(prompt, params, cancel, stats)


def test_resume_after_a_crash_skips_finished_parts(jobs: JobRepository) -> None:
    document = make_document()
    with pytest.raises(SystemExit):
        SummaryJob(
            JobContext(CrashingEngine(context_length=1024), repository=jobs),
            document,
            SummaryOptions(),
        ).run()
    (job,) = jobs.list_recent()
    assert job.status == "running"  # a kill leaves no chance to record anything else
    assert jobs.mark_unfinished_as_interrupted() == 1
    assert len(jobs.parts(job.id)) == 2

    engine = fake()
    restored: list[int] = []
    result = SummaryJob(
        JobContext(engine, repository=jobs, on_part=lambda i, _t: restored.append(i)),
        document,
        SummaryOptions(),
    ).run()
    chunks = len(plan_chunks(document, engine, SummaryOptions()).chunks)
    assert result.job_id == job.id
    assert result.resumed_parts == 2
    assert len(engine.prompts) == chunks - 2 + 1
    assert restored[:2] == [0, 1]
    finished = jobs.get(job.id)
    assert (finished.status, finished.result_text) == ("finished", result.text)

    # Other options make a new job rather than resuming that one.
    other = SummaryJob(
        JobContext(fake(), repository=jobs), document, SummaryOptions(length="short")
    ).run()
    assert other.job_id != job.id and other.resumed_parts == 0


def test_a_failure_is_recorded_and_resumable(jobs: JobRepository) -> None:
    class Broken(FakeEngine):
        def stream_prompt(self, prompt, params, cancel, stats=None):  # noqa: ANN001, ANN201
            if len(self.prompts) == 1:
                raise RuntimeError("boom")
            return super().stream_prompt(prompt, params, cancel, stats)

    document = make_document()
    with pytest.raises(RuntimeError):
        SummaryJob(
            JobContext(Broken(context_length=1024), repository=jobs), document, SummaryOptions()
        ).run()
    (job,) = jobs.list_recent()
    assert job.status == "failed"
    result = SummaryJob(JobContext(fake(), repository=jobs), document, SummaryOptions()).run()
    assert result.job_id == job.id and result.resumed_parts == 1


@pytest.mark.slow
def test_real_model_summarizes_a_three_page_document(default_model_path: Path) -> None:
    engine = open_engine(default_model_path, LoadOptions(context_length=1024, threads=1))
    try:
        document = make_document(20)
        assert document.word_count > 1000
        partials: list[int] = []
        result = SummaryJob(
            JobContext(
                engine,
                params=SamplingParams(temperature=0.0, max_tokens=48),
                on_part=lambda i, _t: partials.append(i),
            ),
            document,
            SummaryOptions(length="short"),
        ).run()
    finally:
        engine.close()
    assert result.status == "finished"
    assert result.text.strip()
    assert len(result.partials) >= 2
    assert len(partials) == len(result.partials) + 1


def test_a_summary_cut_by_the_answer_limit_ends_on_a_whole_sentence() -> None:
    first = "The council met twice in the spring and agreed on nine new rules."
    engine = fake(reply=f"{first} Then it decided to build a new bridge over the old river")
    params = SamplingParams(max_tokens=16)
    result = SummaryJob(JobContext(engine, params=params), make_document(2), SummaryOptions()).run()
    assert result.text == first
