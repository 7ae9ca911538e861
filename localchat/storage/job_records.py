"""Plain frozen records of document jobs and their parts, as storage hands them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

JobKind = Literal["summarize", "translate"]
JobStatus = Literal["running", "finished", "stopped", "failed", "interrupted"]

JOB_KINDS: tuple[str, ...] = get_args(JobKind)
JOB_STATUSES: tuple[str, ...] = get_args(JobStatus)
# A job in one of these states can be continued from its finished parts.
RESUMABLE_STATUSES: tuple[str, ...] = ("running", "stopped", "failed", "interrupted")


@dataclass(frozen=True)
class DocumentJob:
    """One summarize or translate run over a document."""

    id: int
    kind: JobKind
    title: str
    source_name: str
    source_size: int
    source_sha256: str
    options: dict[str, Any] = field(hash=False)
    status: JobStatus
    total_parts: int
    created_at: datetime
    updated_at: datetime
    result_text: str
    model_id: int | None


@dataclass(frozen=True)
class JobPart:
    """One finished piece of a job: ``index`` orders it, ``input_text`` is what it came from."""

    job_id: int
    index: int
    input_text: str
    output_text: str
    status: str
    updated_at: datetime
