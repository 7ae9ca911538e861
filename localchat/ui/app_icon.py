"""The LocalChat icon for the window, the task bar and the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from localchat.resources import find_resource

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon in every size shipped; an empty QIcon if the files are missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = find_resource(f"icons/localchat-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    return icon
