"""Plain frozen records of the network ledger: one request, totals per host, the last install."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class LedgerEntry:
    """One finished network request: when (UTC), to which host, why, bytes received."""

    id: int
    at: datetime
    host: str
    purpose: str
    nbytes: int
    model_id: int | None = None


@dataclass(frozen=True)
class LedgerTotal:
    """How many requests went to one host for one purpose, and the bytes they received."""

    host: str
    purpose: str
    count: int
    nbytes: int


@dataclass(frozen=True)
class ModelInstall:
    """The model file installed most recently, and when (UTC)."""

    model_id: int
    name: str
    at: datetime
