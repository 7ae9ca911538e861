"""'Part 7 of 23, about 4 minutes left' with a bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from localchat.ui.models.download_words import whole


def time_left(seconds: float) -> str:
    """Plain words for the time a job still needs."""
    if seconds < 0:
        return ""
    if seconds < 60:
        return QCoreApplication.translate("JobProgress", "less than a minute left")
    minutes = round(seconds / 60)
    return QCoreApplication.translate("JobProgress", "about %n minute(s) left", "", minutes)


class JobProgress(QWidget):
    """Progress of a whole-document job."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Job progress"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()

    def start(self) -> None:
        """Show an indeterminate bar until the first part starts."""
        self.label.setText(self.tr("Loading the model…"))
        self.bar.setRange(0, 0)
        self.show()

    def set_part(self, part: int, total: int, seconds_left: float) -> None:
        """Part ``part`` of ``total`` is being written."""
        left = time_left(seconds_left)
        if left:
            text = self.tr("Part {part} of {total}, {time_left}")
        else:
            text = self.tr("Part {part} of {total}")
        self.label.setText(text.format(part=whole(part), total=whole(total), time_left=left))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(part - 1)

    def finish(self, message: str) -> None:
        """Show how the job ended."""
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(message)
