"""The status bar's word on downloads: 'Downloading Qwen2.5 1.5B · 34% · 4 min left'."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from localchat.ui.accessibility import announce
from localchat.ui.models.download_words import format_eta, percent, percent_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from localchat.catalog.catalog import Catalog

READY_MS = 8_000  # how long "… is ready" stays
FAILED_MS = 60_000  # how long "Could not download …" stays, unless clicked
RUNNING = ("queued", "running")


class DownloadSignals(Protocol):
    """What DownloadStatus listens to: ModelsService's download signals."""

    download_progress: SignalInstance  # key, bytes done, total (0: unknown), bytes/s, s left
    download_state: SignalInstance  # key, queued/running/paused/failed/cancelled/finished
    download_failed: SignalInstance  # key, a sentence for the user


class CatalogSource(DownloadSignals, Protocol):
    """A ModelsService: its download signals and the catalog that names its keys."""

    @property
    def catalog(self) -> Catalog:
        """The catalog of models."""
        ...


def catalog_name(catalog: Catalog, key: str) -> str:
    """'Qwen2.5 1.5B Instruct' for 'qwen2.5-1.5b-instruct:Q4_K_M'; a hub file's own name."""
    model_id, _, file_or_quant = key.rpartition(":")
    model = catalog.find(model_id)
    return model.name if model is not None else file_or_quant or key


@dataclass
class _Download:
    name: str
    state: str = "queued"
    done: int = 0
    total: int = 0
    eta: float = -1.0


class DownloadStatus(QWidget):
    """Downloads at a glance from any pane; a click asks for the Models pane.

    Hidden while nothing downloads. One download shows its name, percent and time left by
    a small bar; several show "2 downloads · 41%". A finished one says "<name> is ready"
    for a few seconds, a failed one "Could not download <name>" (the reason in its tool
    tip) until clicked or a minute has passed. Paused downloads are not running: they
    show in the Models pane only.

    Signals:
        clicked: The user clicked it, or pressed Enter or Space on it.
    """

    clicked = Signal()

    def __init__(
        self,
        service: DownloadSignals | CatalogSource,
        name_of: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if name_of is None:  # a ModelsService: its catalog names the keys

            def name_of(key: str) -> str:
                return catalog_name(service.catalog, key)  # type: ignore[union-attr]

        self._name_of = name_of
        self._downloads: dict[str, _Download] = {}
        self._note = ""  # "… is ready" or "Could not download …", shown over the downloads
        self._note_tip = ""
        self._note_key = ""  # the download the note is about
        self._note_timer = QTimer(self, singleShot=True)
        self._note_timer.timeout.connect(self._on_note_timer_timeout)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(72, 10)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Download status"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(2)  # the window's style sheet pads status bar labels
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label)
        self.setAccessibleName(self.tr("Downloads"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        service.download_progress.connect(self._on_service_progress)
        service.download_state.connect(self._on_service_state)
        service.download_failed.connect(self._on_service_failed)
        self.hide()

    def text(self) -> str:
        """What it says now ('' when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    # --- service signals ------------------------------------------------------------------

    @Slot(str, int, int, float, float)
    def _on_service_progress(
        self, key: str, done: int, total: int, _speed: float, eta: float
    ) -> None:
        download = self._download(key)
        download.state, download.done, download.total, download.eta = "running", done, total, eta
        self._drop_note_about(key)  # a failed one tried again: its progress is the news now
        self._refresh()

    @Slot(str, str)
    def _on_service_state(self, key: str, state: str) -> None:
        if state in ("queued", "running", "paused"):
            # A new download is shown from its first progress report: ModelsService learns
            # a new job's key only after the job has said "queued" under its bare id.
            if key in self._downloads:
                self._downloads[key].state = state
            if state != "paused":
                self._drop_note_about(key)
        elif state == "finished":
            name = self._forget(key)
            tip = self.tr("Pick it in the Chat pane's model list.")
            self._show_note(key, self.tr("{name} is ready").format(name=name), tip, READY_MS)
        else:  # cancelled, or failed (its reason follows in download_failed)
            self._forget(key)
        self._refresh()
        if state == "finished":
            announce(self, self._note)

    @Slot(str, str)
    def _on_service_failed(self, key: str, message: str) -> None:
        name = self._forget(key)
        note = self.tr("Could not download {name}").format(name=name)
        self._show_note(key, note, message, FAILED_MS)
        self._refresh()
        spoken = self.tr("{problem}: {reason}").format(problem=self._note, reason=message)
        announce(self, spoken, assertive=True)

    @Slot()
    def _on_note_timer_timeout(self) -> None:
        self._note = self._note_tip = self._note_key = ""
        self._refresh()

    # --- what it shows ----------------------------------------------------------------

    def _download(self, key: str) -> _Download:
        if key not in self._downloads:
            self._downloads[key] = _Download(self._name_of(key))
        return self._downloads[key]

    def _forget(self, key: str) -> str:
        download = self._downloads.pop(key, None)
        return download.name if download is not None else self._name_of(key)

    def _show_note(self, key: str, text: str, tip: str, milliseconds: int) -> None:
        self._note, self._note_tip, self._note_key = text, tip, key
        self._note_timer.start(milliseconds)

    def _drop_note_about(self, key: str) -> None:
        if self._note and key == self._note_key:
            self._note_timer.stop()
            self._note = self._note_tip = self._note_key = ""

    def _refresh(self) -> None:
        running = [d for d in self._downloads.values() if d.state in RUNNING]
        if self._note:
            self.bar.hide()
            self._set(self._note, self._note_tip)
        elif not running:
            self.hide()
            return
        elif len(running) == 1:
            self._show_one(running[0])
        else:
            self._show_several(running)
        self.show()

    def _show_one(self, d: _Download) -> None:
        p = percent(d.done, d.total)
        if d.state == "queued":
            text = self.tr("Waiting to download {name}").format(name=d.name)
        elif not d.total:
            text = self.tr("Downloading {name}…").format(name=d.name)
        elif d.done >= d.total:
            text = self.tr("Checking {name}…").format(name=d.name)
        elif d.eta >= 0:
            text = self.tr("Downloading {name} · {percent} · {time} left").format(
                name=d.name, percent=percent_text(p), time=format_eta(d.eta)
            )
        else:
            text = self.tr("Downloading {name} · {percent}").format(
                name=d.name, percent=percent_text(p)
            )
        self._show_bar(p if d.total else None)
        self._set(text, "")

    def _show_several(self, running: list[_Download]) -> None:
        done = sum(d.done for d in running if d.total)
        total = sum(d.total for d in running)
        etas = [d.eta for d in running]
        p = percent(done, total)
        self._show_bar(p if total else None)
        line = self.tr("{name}: {percent}")
        lines = [
            line.format(name=d.name, percent=percent_text(percent(d.done, d.total)))
            for d in running
        ]
        if min(etas) >= 0:
            text = self.tr("%n download(s) · {percent} · {time} left", "", len(running))
        else:
            text = self.tr("%n download(s) · {percent}", "", len(running))
        summary = text.format(percent=percent_text(p), time=format_eta(max(etas)))
        self._set(summary, "\n".join(lines))

    def _show_bar(self, value: int | None) -> None:
        if value is None:
            self.bar.setRange(0, 0)  # moving: no size known yet
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(value)
        self.bar.show()

    def _set(self, text: str, tip: str) -> None:
        self.label.setText(text)
        described = self.tr("{status}. {details}").format(status=text, details=tip)
        self.setAccessibleDescription(described if tip else text)
        hint = self.tr("Click to open the Models pane.")
        self.setToolTip(f"{tip}\n{hint}" if tip else hint)

    # --- clicks ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Take the press, so that the release (the click) comes here too."""
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A left click inside asks for the Models pane."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter or Space does what a click does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        if self._note:  # seen: a finished or failed download's note has done its job
            self._note_timer.stop()
            self._on_note_timer_timeout()
        self.clicked.emit()
