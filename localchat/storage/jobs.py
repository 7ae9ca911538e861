"""Document jobs and their finished parts: create, save as they finish, resume, list, delete."""

from __future__ import annotations

import copy
import logging
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from localchat.storage.database import Database
from localchat.storage.job_records import (
    JOB_KINDS,
    JOB_STATUSES,
    RESUMABLE_STATUSES,
    DocumentJob,
    JobPart,
)
from localchat.storage.jobs_orm import DocumentJobRow, JobPartRow
from localchat.storage.orm import InstalledModelRow, utcnow

log = logging.getLogger(__name__)


def _job(row: DocumentJobRow) -> DocumentJob:
    return DocumentJob(
        id=row.id,
        kind=row.kind,  # type: ignore[arg-type]
        title=row.title,
        source_name=row.source_name,
        source_size=row.source_size,
        source_sha256=row.source_sha256,
        options=copy.deepcopy(row.options or {}),
        status=row.status,  # type: ignore[arg-type]
        total_parts=row.total_parts,
        created_at=row.created_at,
        updated_at=row.updated_at,
        result_text=row.result_text,
        model_id=row.model_id,
    )


def _part(row: JobPartRow) -> JobPart:
    return JobPart(
        job_id=row.job_id,
        index=row.index,
        input_text=row.input_text,
        output_text=row.output_text,
        status=row.status,
        updated_at=row.updated_at,
    )


def _check_status(status: str) -> None:
    if status not in JOB_STATUSES:
        raise ValueError(f"Unknown job status {status!r}")


class JobRepository:
    """Reads and writes document jobs; every method is one short session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _get_row(session: Session, job_id: int) -> DocumentJobRow:
        row = session.get(DocumentJobRow, job_id)
        if row is None:
            raise KeyError(f"No document job with id {job_id}")
        return row

    def create(
        self,
        *,
        kind: str,
        source_name: str,
        source_size: int,
        source_sha256: str,
        options: dict[str, Any],
        title: str = "",
        total_parts: int = 0,
        model_id: int | None = None,
    ) -> DocumentJob:
        """Start a job in status "running" and return it."""
        if kind not in JOB_KINDS:
            raise ValueError(f"Unknown job kind {kind!r}")
        now = utcnow()
        with self._db.session() as session, session.begin():
            if model_id is not None and session.get(InstalledModelRow, model_id) is None:
                model_id = None
            row = DocumentJobRow(
                kind=kind,
                title=title,
                source_name=source_name,
                source_size=source_size,
                source_sha256=source_sha256,
                options=copy.deepcopy(options),
                status="running",
                total_parts=total_parts,
                created_at=now,
                updated_at=now,
                result_text="",
                model_id=model_id,
            )
            session.add(row)
        log.debug("Created %s job %d for %s", kind, row.id, source_name)
        return _job(row)

    def get(self, job_id: int) -> DocumentJob:
        """Return one job; KeyError if there is none with this id."""
        with self._db.session() as session:
            return _job(self._get_row(session, job_id))

    def list_recent(self, kind: str | None = None, limit: int = 50) -> list[DocumentJob]:
        """Return jobs, most recently updated first, optionally of one kind only."""
        statement = select(DocumentJobRow)
        if kind is not None:
            statement = statement.where(DocumentJobRow.kind == kind)
        statement = statement.order_by(
            DocumentJobRow.updated_at.desc(), DocumentJobRow.id.desc()
        ).limit(limit)
        with self._db.session() as session:
            return [_job(row) for row in session.scalars(statement)]

    def save_part(
        self,
        job_id: int,
        index: int,
        input_text: str,
        output_text: str,
        status: str = "finished",
    ) -> JobPart:
        """Store a finished part (replacing one saved before at the same index)."""
        now = utcnow()
        with self._db.session() as session, session.begin():
            job = self._get_row(session, job_id)
            row = session.scalars(
                select(JobPartRow).where(JobPartRow.job_id == job_id, JobPartRow.index == index)
            ).first()
            if row is None:
                row = JobPartRow(job_id=job_id, index=index)
                session.add(row)
            row.input_text = input_text
            row.output_text = output_text
            row.status = status
            row.updated_at = now
            job.updated_at = now
        return _part(row)

    def parts(self, job_id: int) -> list[JobPart]:
        """Return a job's saved parts in index order."""
        statement = select(JobPartRow).where(JobPartRow.job_id == job_id).order_by(JobPartRow.index)
        with self._db.session() as session:
            return [_part(row) for row in session.scalars(statement)]

    def set_status(self, job_id: int, status: str, total_parts: int | None = None) -> DocumentJob:
        """Change a job's status (e.g. back to "running" when it is resumed)."""
        _check_status(status)
        with self._db.session() as session, session.begin():
            row = self._get_row(session, job_id)
            row.status = status
            if total_parts is not None:
                row.total_parts = total_parts
            row.updated_at = utcnow()
        return _job(row)

    def finish(self, job_id: int, status: str = "finished", result_text: str = "") -> DocumentJob:
        """End a job as finished, stopped or failed, with its result text."""
        _check_status(status)
        with self._db.session() as session, session.begin():
            row = self._get_row(session, job_id)
            row.status = status
            row.result_text = result_text
            row.updated_at = utcnow()
        return _job(row)

    def mark_unfinished_as_interrupted(self) -> int:
        """At start-up: jobs still "running" were cut short by a crash. Returns how many."""
        with self._db.session() as session, session.begin():
            result = session.execute(
                update(DocumentJobRow)
                .where(DocumentJobRow.status == "running")
                .values(status="interrupted", updated_at=utcnow())
            )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            log.info("Marked %d unfinished document job(s) as interrupted", count)
        return count

    def find_resumable(
        self, kind: str, source_sha256: str, options: dict[str, Any]
    ) -> DocumentJob | None:
        """The newest unfinished job over the same document with the same options, if any."""
        statement = (
            select(DocumentJobRow)
            .where(
                DocumentJobRow.kind == kind,
                DocumentJobRow.source_sha256 == source_sha256,
                DocumentJobRow.status.in_(RESUMABLE_STATUSES),
            )
            .order_by(DocumentJobRow.updated_at.desc(), DocumentJobRow.id.desc())
        )
        with self._db.session() as session:
            for row in session.scalars(statement):
                if (row.options or {}) == options:
                    return _job(row)
        return None

    def delete(self, job_id: int) -> None:
        """Delete a job and its parts; KeyError if missing."""
        with self._db.session() as session, session.begin():
            result = session.execute(delete(DocumentJobRow).where(DocumentJobRow.id == job_id))
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise KeyError(f"No document job with id {job_id}")
        log.debug("Deleted document job %d", job_id)
