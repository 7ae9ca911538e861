"""Test helpers of the library tests (a module of its own: every tests folder has a conftest)."""

from __future__ import annotations

from dataclasses import dataclass

from localchat.storage import Database, ModelRepository


@dataclass
class CoreParts:
    """What open_document_library needs of a Core: the database and the model manifest."""

    database: Database
    models: ModelRepository
