"""Run a function once a window's first frame has been painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never exposed (shown on another workspace, say) gets no first frame:
# the function then runs this long after the call anyway.
FALLBACK_MS = 2000


class _FirstExpose(QObject):
    """Watches a window's native window for its first expose; runs ``then`` once after it."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._handle = window.windowHandle()
        self._fallback = QTimer(self, singleShot=True, interval=fallback_ms)
        self._fallback.timeout.connect(self._run)
        self._fallback.start()
        if self._handle is not None:
            self._handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first expose, run ``then`` just after Qt has painted for it."""
        if (
            event.type() == QEvent.Type.Expose
            and watched is self._handle
            and self._handle is not None
            and self._handle.isExposed()
        ):
            # Qt paints the exposed window while it handles this event; a zero timer
            # fires after that, once the frame is out.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._fallback.stop()
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        then()


def after_first_paint(
    window: QWidget, then: Callable[[], None], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call ``then`` on the GUI thread once ``window`` (shown already) is first painted."""
    _FirstExpose(window, then, fallback_ms)
