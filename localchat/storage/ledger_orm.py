"""Typed ORM mapping of the network ledger: one row per request LocalChat made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from localchat.storage.orm import Base, UTCDateTime


class NetworkLedgerRow(Base):
    """A finished network request: when, to which host, why, and how many bytes came back."""

    __tablename__ = "network_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    host: Mapped[str] = mapped_column(String(255))
    purpose: Mapped[str] = mapped_column(String(50))
    nbytes: Mapped[int] = mapped_column("bytes", default=0)
    model_id: Mapped[int | None] = mapped_column(
        ForeignKey("installed_models.id", ondelete="SET NULL"), index=True
    )
