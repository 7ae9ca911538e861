"""The Privacy view's service: the network ledger, a plain summary of it, and offline mode."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QObject,
    QTime,
    Signal,
)

from localchat.hardware import human_bytes
from localchat.network import NetworkGate
from localchat.storage import LedgerEntry, LedgerTotal, ModelInstall

if TYPE_CHECKING:  # the repository brings SQLAlchemy: not before the window's first paint
    from localchat.storage import LedgerRepository

logger = logging.getLogger(__name__)

__all__ = ["LedgerEntry", "PrivacyService", "format_moment", "human_bytes", "purpose_label"]

# Why a request was made, as a person would say it ("… for downloads you asked for").
PURPOSE_LABELS: dict[str, tuple[str, str]] = {
    # purpose: (label for one request, phrase for a group of requests), translated where used
    "download": (
        QT_TRANSLATE_NOOP("PrivacyService", "Model download"),
        QT_TRANSLATE_NOOP("PrivacyService", "downloads you asked for"),
    ),
    "download-metadata": (
        QT_TRANSLATE_NOOP("PrivacyService", "Model file details"),
        QT_TRANSLATE_NOOP("PrivacyService", "downloads you asked for"),
    ),
    "hub-search": (
        QT_TRANSLATE_NOOP("PrivacyService", "Model search"),
        QT_TRANSLATE_NOOP("PrivacyService", "searches you asked for"),
    ),
    "hub": (
        QT_TRANSLATE_NOOP("PrivacyService", "Model hub"),
        QT_TRANSLATE_NOOP("PrivacyService", "model hub requests you asked for"),
    ),
    "remote-chat": (
        QT_TRANSLATE_NOOP("PrivacyService", "Team server"),
        QT_TRANSLATE_NOOP("PrivacyService", "chats with your team server"),
    ),
}


def purpose_label(purpose: str) -> str:
    """A short label for one request's purpose, for the ledger table."""
    if purpose in PURPOSE_LABELS:
        return PrivacyService.tr(PURPOSE_LABELS[purpose][0])
    return purpose.replace("-", " ").capitalize()  # a purpose newer than this version


def purpose_phrase(purpose: str) -> str:
    """What a group of requests was for, to follow "for" in a sentence."""
    if purpose in PURPOSE_LABELS:
        return PrivacyService.tr(PURPOSE_LABELS[purpose][1])
    return purpose.replace("-", " ")


def format_moment(moment: datetime, *, with_time: bool = False) -> str:
    """A UTC moment in local time: "28 Nov 2026" (or "28 Nov 2026, 14:05")."""
    local = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=UTC).astimezone()
    locale = QLocale()
    # The date's pattern is a translated string: each language orders day, month and year
    # its own way; QLocale writes the month's name in the language.
    text = locale.toString(
        QDate(local.year, local.month, local.day), PrivacyService.tr("d MMM yyyy")
    )
    if not with_time:
        return text
    time = locale.toString(QTime(local.hour, local.minute), "HH:mm")
    return PrivacyService.tr("{date}, {time}").format(date=text, time=time)


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return PrivacyService.tr("{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])


def describe(totals: list[LedgerTotal], install: ModelInstall | None) -> str:
    """The summary sentence for ledger totals counted since ``install`` (or ever)."""
    count = sum(total.count for total in totals)
    when = {}
    if install is not None:
        when = {"model": install.name, "date": format_moment(install.at)}
    if count == 0:
        if install is None:
            return PrivacyService.tr("No connection so far.")
        return PrivacyService.tr("No connection since you installed {model} on {date}.").format(
            **when
        )
    size = human_bytes(sum(total.nbytes for total in totals))
    if install is None:
        head = PrivacyService.tr("%n connection(s) ({size}) so far", "", count).format(size=size)
    else:
        head = PrivacyService.tr(
            "%n connection(s) ({size}) since you installed {model} on {date}", "", count
        )
        head = head.format(size=size, **when)
    phrases = {purpose_phrase(total.purpose) for total in totals}
    hosts = {total.host for total in totals}
    if len(hosts) == 1 and len(phrases) == 1:
        return PrivacyService.tr("{summary}, all to {host} for {purpose}.").format(
            summary=head, host=hosts.pop(), purpose=phrases.pop()
        )
    parts: dict[tuple[str, str], int] = {}
    for total in totals:
        key = (total.host, purpose_phrase(total.purpose))
        parts[key] = parts.get(key, 0) + total.count
    listed = [
        PrivacyService.tr("{count} to {host} for {purpose}").format(
            count=QLocale().toString(n), host=host, purpose=phrase
        )
        for (host, phrase), n in parts.items()
    ]
    return PrivacyService.tr("{summary}: {list}.").format(summary=head, list=_join(listed))


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
