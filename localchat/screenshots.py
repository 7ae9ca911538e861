"""Render the window with a sample conversation, light and dark, to PNG files for reviews.

Usage: python -m localchat.screenshots OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication

from localchat.app import Application
from localchat.bootstrap import Core, open_core
from localchat.paths import resolve_paths
from localchat.ui.style import dark_palette, style_sheet

SAMPLE = [
    ("user", "How do I read a CSV file in Python and print the first rows?"),
    (
        "assistant",
        "Use the built-in **csv** module:\n\n```python\nimport csv\n\n"
        'with open("data.csv", newline="") as f:\n    for i, row in enumerate(csv.reader(f)):\n'
        "        print(row)\n        if i == 4:\n            break\n```\n\n"
        '- `newline=""` keeps line endings right\n- each `row` is a list of strings',
    ),
    ("user", "And with pandas?"),
    ("assistant", 'With pandas it is one line: `pd.read_csv("data.csv").head()`.'),
]
OTHER_TITLES = ["Trip to Lisbon: packing list", "Summary of the tenancy agreement"]


def _wait(milliseconds: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        QCoreApplication.processEvents()


def _populate(core: Core) -> None:
    for title in OTHER_TITLES:
        other = core.conversations.create(title=title)
        core.conversations.add_message(other.id, "user", title)
    sample = core.conversations.create(title="Reading CSV files in Python")
    for role, text in SAMPLE:
        core.conversations.add_message(sample.id, role, text)


def _shoot(qt_app: QApplication, core: Core, path: Path, scheme: Qt.ColorScheme) -> None:
    qt_app.styleHints().setColorScheme(scheme)
    qt_app.setPalette(
        dark_palette() if scheme == Qt.ColorScheme.Dark else qt_app.style().standardPalette()
    )
    app = Application(core, qt_app)
    qt_app.setStyleSheet(style_sheet(qt_app))
    window = app.window
    window.resize(1180, 760)
    window.show()
    newest = core.conversations.list_recent(limit=1)[0]
    window.sidebar.conversation_selected.emit(newest.id)
    app.start()
    _wait(1500)
    window.grab().save(str(path))
    for pane in ("Models", "Summarize", "Translate"):
        window.show_pane(pane)
        _wait(1500 if pane == "Models" else 300)
        window.grab().save(str(path.with_name(f"{path.stem}-{pane.lower()}.png")))
    window.close()
    app.shutdown()


def main(argv: list[str]) -> int:
    """Write light.png and dark.png, and each with -models, -summarize, -translate."""
    out = Path(argv[1] if len(argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt_app = QApplication(argv[:1])
    qt_app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        core = open_core(resolve_paths(folder))
        _populate(core)
        _shoot(qt_app, core, out / "light.png", Qt.ColorScheme.Light)
        _shoot(qt_app, core, out / "dark.png", Qt.ColorScheme.Dark)
        core.close()
    sys.stdout.write(f"Wrote {out / 'light.png'} and {out / 'dark.png'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
