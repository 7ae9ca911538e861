"""The network ledger: a record of every request LocalChat made, safe to write from any thread."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from sqlalchemy import func, select

from localchat.storage.database import Database
from localchat.storage.ledger_orm import NetworkLedgerRow
from localchat.storage.ledger_records import LedgerEntry, LedgerTotal, ModelInstall
from localchat.storage.orm import InstalledModelRow, utcnow

log = logging.getLogger(__name__)

# Models added from a team server were not downloaded: adding one is not an install.
_NOT_INSTALLS = ("remote",)


def _entry(row: NetworkLedgerRow) -> LedgerEntry:
    return LedgerEntry(
        id=row.id,
        at=row.at,
        host=row.host,
        purpose=row.purpose,
        nbytes=row.nbytes,
        model_id=row.model_id,
    )


class LedgerRepository:
    """Reads and writes the network ledger.

    Every method opens its own short session, so the repository may be shared between
    threads (the network gate reports from download threads). Writes are serialized by a
    lock so that bursts from several threads never wait on SQLite's busy timeout.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._write_lock = threading.Lock()

    def record(
        self,
        host: str,
        purpose: str,
        nbytes: int,
        *,
        model_id: int | None = None,
        at: datetime | None = None,
    ) -> LedgerEntry:
        """Add one request to the ledger and return it."""
        row = NetworkLedgerRow(
            at=at or utcnow(),
            host=host,
            purpose=purpose,
            nbytes=max(0, int(nbytes)),
            model_id=model_id,
        )
        with self._write_lock, self._db.session() as session, session.begin():
            session.add(row)
        log.debug("Ledger: %s %s %d bytes", host, purpose, row.nbytes)
        return _entry(row)

    def recent(self, limit: int = 200) -> list[LedgerEntry]:
        """The latest requests, newest first."""
        statement = (
            select(NetworkLedgerRow)
            .order_by(NetworkLedgerRow.at.desc(), NetworkLedgerRow.id.desc())
            .limit(limit)
        )
        with self._db.session() as session:
            return [_entry(row) for row in session.scalars(statement)]

    def count_since(self, moment: datetime | None) -> int:
        """How many requests were made after ``moment`` (all of them when None)."""
        statement = select(func.count(NetworkLedgerRow.id))
        if moment is not None:
            statement = statement.where(NetworkLedgerRow.at > moment)
        with self._db.session() as session:
            return int(session.scalar(statement) or 0)

    def summary(self, since: datetime | None = None) -> list[LedgerTotal]:
        """Requests and bytes per host and purpose (after ``since`` if given), most first."""
        count = func.count(NetworkLedgerRow.id)
        statement = select(
            NetworkLedgerRow.host,
            NetworkLedgerRow.purpose,
            count,
            func.coalesce(func.sum(NetworkLedgerRow.nbytes), 0),
        ).group_by(NetworkLedgerRow.host, NetworkLedgerRow.purpose)
        if since is not None:
            statement = statement.where(NetworkLedgerRow.at > since)
        statement = statement.order_by(count.desc(), NetworkLedgerRow.host)
        with self._db.session() as session:
            rows = session.execute(statement).all()
        return [LedgerTotal(host, purpose, int(n), int(size)) for host, purpose, n, size in rows]

    def latest_install(self) -> ModelInstall | None:
        """The most recently installed model file (team-server models do not count)."""
        statement = (
            select(InstalledModelRow)
            .where(InstalledModelRow.source.not_in(_NOT_INSTALLS))
            .order_by(InstalledModelRow.added_at.desc(), InstalledModelRow.id.desc())
            .limit(1)
        )
        with self._db.session() as session:
            row = session.scalars(statement).first()
            if row is None:
                return None
            return ModelInstall(row.id, row.name, row.added_at)
