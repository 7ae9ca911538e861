"""The Privacy view's service: the network ledger, a plain summary of it, and offline mode."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from localchat.hardware import human_bytes
from localchat.network import NetworkGate
from localchat.storage import LedgerEntry, LedgerTotal, ModelInstall

if TYPE_CHECKING:  # the repository brings SQLAlchemy: not before the window's first paint
    from localchat.storage import LedgerRepository

logger = logging.getLogger(__name__)

__all__ = ["LedgerEntry", "PrivacyService", "format_moment", "human_bytes", "purpose_label"]

# Why a request was made, as a person would say it ("… for downloads you asked for").
PURPOSE_LABELS: dict[str, tuple[str, str]] = {
    # purpose: (label for one request, phrase for a group of requests)
    "download": ("Model download", "downloads you asked for"),
    "download-metadata": ("Model file details", "downloads you asked for"),
    "hub-search": ("Model search", "searches you asked for"),
    "hub": ("Model hub", "model hub requests you asked for"),
    "remote-chat": ("Team server", "chats with your team server"),
}


def purpose_label(purpose: str) -> str:
    """A short label for one request's purpose, for the ledger table."""
    return PURPOSE_LABELS.get(purpose, (purpose.replace("-", " ").capitalize(), ""))[0]


def purpose_phrase(purpose: str) -> str:
    """What a group of requests was for, to follow "for" in a sentence."""
    phrase = PURPOSE_LABELS.get(purpose, ("", ""))[1]
    return phrase or purpose.replace("-", " ")


def format_moment(moment: datetime, *, with_time: bool = False) -> str:
    """A UTC moment in local time: "28 Nov 2026" (or "28 Nov 2026, 14:05")."""
    local = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=UTC).astimezone()
    text = f"{local.day} {local:%b %Y}"
    return f"{text}, {local:%H:%M}" if with_time else text


def _connections(count: int) -> str:
    return "1 connection" if count == 1 else f"{count} connections"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def describe(totals: list[LedgerTotal], install: ModelInstall | None) -> str:
    """The summary sentence for ledger totals counted since ``install`` (or ever)."""
    since = (
        f"since you installed {install.name} on {format_moment(install.at)}"
        if install is not None
        else ""
    )
    count = sum(total.count for total in totals)
    if count == 0:
        return f"No connection {since}." if since else "No connection so far."
    size = human_bytes(sum(total.nbytes for total in totals))
    head = f"{_connections(count)} ({size}) {since or 'so far'}"
    phrases = {purpose_phrase(total.purpose) for total in totals}
    hosts = {total.host for total in totals}
    if len(hosts) == 1 and len(phrases) == 1:
        return f"{head}, all to {hosts.pop()} for {phrases.pop()}."
    parts: dict[tuple[str, str], int] = {}
    for total in totals:
        key = (total.host, purpose_phrase(total.purpose))
        parts[key] = parts.get(key, 0) + total.count
    listed = [f"{n} to {host} for {phrase}" for (host, phrase), n in parts.items()]
    return f"{head}: {_join(listed)}."


class PrivacyService(QObject):
    """What left this computer, and the switch that stops anything from leaving.

    ``record`` may be called from any thread (the network gate calls it on download
    threads); the signals reach widgets queued on the GUI thread.

    Signals:
        recorded: A request was written to the ledger. args: LedgerEntry.
        offline_changed: Offline mode was turned on or off. args: whether offline.
    """

    recorded = Signal(object)
    offline_changed = Signal(bool)

    def __init__(
        self,
        ledger: LedgerRepository,
        gate: NetworkGate,
        save_offline: Callable[[bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._gate = gate
        self._save_offline = save_offline

    def record(self, host: str, purpose: str, nbytes: int) -> None:
        """Write one finished request to the ledger (the network gate's record hook)."""
        entry = self._ledger.record(host, purpose, nbytes)
        self.recorded.emit(entry)

    @property
    def offline(self) -> bool:
        """Whether offline mode is on: the network gate refuses every request."""
        return self._gate.offline

    @offline.setter
    def offline(self, value: bool) -> None:
        value = bool(value)
        if value == self._gate.offline:
            return
        self._gate.offline = value
        logger.info("Offline mode %s", "on" if value else "off")
        self._save_offline(value)
        self.offline_changed.emit(value)

    def entries(self, limit: int = 500) -> list[LedgerEntry]:
        """The latest requests, newest first."""
        return self._ledger.recent(limit)

    def latest_install(self) -> ModelInstall | None:
        """The model installed last: the moment the summary counts from."""
        return self._ledger.latest_install()

    def count_since_install(self) -> int:
        """Requests made since the latest model install (all of them when none)."""
        install = self._ledger.latest_install()
        return self._ledger.count_since(install.at if install else None)

    def summary_sentence(self) -> str:
        """E.g. "No connection since you installed SmolLM2 135M Instruct on 28 Nov 2026."."""
        install = self._ledger.latest_install()
        totals = self._ledger.summary(since=install.at if install else None)
        return describe(totals, install)
