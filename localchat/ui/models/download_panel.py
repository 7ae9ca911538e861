"""The Models pane's download progress: a bar with its percentage and a line of words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from localchat.ui.models.catalog_table import CatalogRow
from localchat.ui.models.download_words import percent, percent_text, progress_line, short_bytes

READY = QT_TRANSLATE_NOOP(
    "DownloadPanel", "Downloaded and checked: ready to use. Pick it in the Chat pane's model list."
)


class DownloadPanel(QWidget):
    """Where the selected model's download stands, in a bar and in words.

    "34% · 12 MB of 98 MB · 3.1 MB/s · about 4 min left" while it runs; waiting, paused,
    checking, failed (with its reason) and ready are said in words too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.setRange(0, 100)
        self.bar.setFormat("%p%")
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(18)
        self.line = QLabel()
        self.line.setAccessibleName(self.tr("Download details"))
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # a failure's sentence may hold "<"
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.line)
        self.hide()

    def show_row(self, row: CatalogRow | None) -> None:
        """Show the row's download, or hide when it has none to show."""
        state = "" if row is None else row.download_state
        if row is None or state not in ("queued", "running", "paused", "failed", "finished"):
            self.hide()
            return
        value, words = self._describe(row)
        if value is None:
            self.bar.setRange(0, 0)  # moving, with no size known yet
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(value)
        self.bar.setAccessibleDescription(words)
        self.line.setText(words)
        self.show()

    @staticmethod
    def _describe(row: CatalogRow) -> tuple[int | None, str]:
        """The bar's percent (None: not known yet) and the line under it."""
        state, done, total = row.download_state, row.done, row.total
        p = percent(done, total)
        so_far = DownloadPanel.tr("{percent} · {done} of {total}").format(
            percent=percent_text(p), done=short_bytes(done), total=short_bytes(total)
        )
        if state == "finished" or row.installed:
            return 100, DownloadPanel.tr(READY)
        if state == "queued":
            if done:
                return p, DownloadPanel.tr("Waiting to continue from {progress}…").format(
                    progress=so_far
                )
            return p, DownloadPanel.tr("Waiting to start…")
        if state == "paused":
            if total:
                text = DownloadPanel.tr("Paused at {progress}. Resume continues from there.")
                return p, text.format(progress=so_far)
            return p, DownloadPanel.tr("Paused. Resume continues from there.")
        if state == "failed":
            reason = row.error or DownloadPanel.tr("it stopped.")
            if done and total:
                text = DownloadPanel.tr(
                    "Download failed: {reason} Resume tries again from {percent}."
                )
                return p, text.format(reason=reason, percent=percent_text(p))
            return p, DownloadPanel.tr("Download failed: {reason}").format(reason=reason)
        if not total:
            return None, DownloadPanel.tr("Starting the download…")
        if row.checking:
            return 100, DownloadPanel.tr(
                "Downloaded. Checking that the file loads before it is listed…"
            )
        return p, progress_line(done, total, row.speed, row.eta)
