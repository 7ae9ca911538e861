"""Short jobs on the global thread pool, reporting back on the GUI thread by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from localchat.errors import UserFacingError
from localchat.services.inference import bug_message

logger = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay, log_file: Path | None) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._log_file = log_file

    def run(self) -> None:
        try:
            result = self._work()
        except UserFacingError as error:
            self._relay.failed.emit(str(error))
        except Exception:
            logger.exception("Background job failed")
            self._relay.failed.emit(bug_message(self._log_file))
        else:
            self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """Runs callables off the GUI thread; callbacks run on the GUI thread."""

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Run ``work`` on the pool, then ``on_done(result)`` or ``on_failed(message)``."""
        relay = _Relay(self)
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        relay.done.connect(on_done)
        relay.failed.connect(on_failed)
        relay.done.connect(finish)
        relay.failed.connect(finish)
        QThreadPool.globalInstance().start(_Task(work, relay, self._log_file))

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running jobs (tests and shutdown)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
