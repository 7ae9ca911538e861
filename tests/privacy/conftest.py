"""Privacy fixtures: a real database, its ledger, a gate and the service wired to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.network import NetworkGate
from localchat.services.privacy import PrivacyService
from localchat.storage import Database, LedgerRepository


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "localchat.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def ledger(db: Database) -> LedgerRepository:
    return LedgerRepository(db)


@pytest.fixture
def saved() -> list[bool]:
    """Every offline value the service asked the app to save."""
    return []


@pytest.fixture
def wired(qapp, ledger: LedgerRepository, saved: list[bool]) -> tuple:  # noqa: ANN001
    """A gate whose record hook is the service, wired the way app.py does it."""
    services: list[PrivacyService] = []
    gate = NetworkGate(environ={}, record=lambda *request: services[0].record(*request))
    services.append(PrivacyService(ledger, gate, saved.append))
    return services[0], gate


@pytest.fixture
def privacy(wired: tuple) -> PrivacyService:
    return wired[0]


@pytest.fixture
def gate(wired: tuple) -> NetworkGate:
    return wired[1]
