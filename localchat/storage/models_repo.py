"""The manifest of installed model files: one row per file in the models folder."""

from __future__ import annotations

import logging

from sqlalchemy import select

from localchat.storage.database import Database
from localchat.storage.orm import InstalledModelRow, utcnow
from localchat.storage.records import ENGINE_NAMES, MODEL_SOURCES, InstalledModel

log = logging.getLogger(__name__)


def _record(row: InstalledModelRow) -> InstalledModel:
    return InstalledModel(
        id=row.id,
        name=row.name,
        path=row.path,
        source=row.source,
        source_repo=row.source_repo,
        source_file=row.source_file,
        revision=row.revision,
        sha256=row.sha256,
        size_bytes=row.size_bytes,
        architecture=row.architecture,
        quantization=row.quantization,
        engine=row.engine,
        context_length=row.context_length,
        parameter_count=row.parameter_count,
        model_type=row.model_type,
        added_at=row.added_at,
    )


class ModelRepository:
    """Reads and writes the installed-model manifest."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        *,
        name: str,
        path: str,
        source: str,
        size_bytes: int,
        architecture: str,
        engine: str,
        context_length: int,
        source_repo: str | None = None,
        source_file: str | None = None,
        revision: str | None = None,
        sha256: str | None = None,
        quantization: str | None = None,
        parameter_count: int | None = None,
        model_type: str | None = None,
    ) -> InstalledModel:
        """Record a model file; if its path is already recorded, update that entry instead."""
        if source not in MODEL_SOURCES:
            raise ValueError(f"Unknown model source {source!r}")
        if engine not in ENGINE_NAMES:
            raise ValueError(f"Unknown engine {engine!r}")
        fields = {
            "name": name,
            "source": source,
            "size_bytes": size_bytes,
            "architecture": architecture,
            "engine": engine,
            "context_length": context_length,
            "source_repo": source_repo,
            "source_file": source_file,
            "revision": revision,
            "sha256": sha256,
            "quantization": quantization,
            "parameter_count": parameter_count,
            "model_type": model_type,
        }
        with self._db.session() as session, session.begin():
            row = session.scalars(
                select(InstalledModelRow).where(InstalledModelRow.path == path)
            ).one_or_none()
            if row is None:
                row = InstalledModelRow(path=path, added_at=utcnow(), **fields)
                session.add(row)
                log.info("Added model %s at %s", name, path)
            else:
                for key, value in fields.items():
                    setattr(row, key, value)
                log.info("Updated model %s at %s", name, path)
        return _record(row)

    def list(self) -> list[InstalledModel]:
        """Return every installed model, by name."""
        statement = select(InstalledModelRow).order_by(InstalledModelRow.name, InstalledModelRow.id)
        with self._db.session() as session:
            return [_record(row) for row in session.scalars(statement)]

    def get(self, model_id: int) -> InstalledModel:
        """Return one model; KeyError if there is none with this id."""
        with self._db.session() as session:
            row = session.get(InstalledModelRow, model_id)
            if row is None:
                raise KeyError(f"No installed model with id {model_id}")
            return _record(row)

    def find_by_path(self, path: str) -> InstalledModel | None:
        """Return the model recorded for this file path, or None."""
        statement = select(InstalledModelRow).where(InstalledModelRow.path == path)
        with self._db.session() as session:
            row = session.scalars(statement).one_or_none()
            return None if row is None else _record(row)

    def remove(self, model_id: int) -> None:
        """Forget a model (the file is not touched); its conversations keep no model."""
        with self._db.session() as session, session.begin():
            row = session.get(InstalledModelRow, model_id)
            if row is None:
                raise KeyError(f"No installed model with id {model_id}")
            session.delete(row)
        log.info("Removed model %d", model_id)
