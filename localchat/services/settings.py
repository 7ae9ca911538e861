"""The user's settings for the window: one place that changes them, saves them and says so."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from localchat.settings import Settings, save_settings

_FIELDS = frozenset(field.name for field in fields(Settings))


class SettingsService(QObject):
    """Holds the one Settings object the app reads, and is the only one that changes it.

    Everything that depends on a setting listens to ``changed`` instead of copying the
    value once (the Models pane's fit used the context length of the start until a
    restart).

    Signals:
        changed: Settings were changed and saved. args: the Settings, the set of names of
            the fields that changed.
    """

    changed = Signal(object, object)

    def __init__(self, settings: Settings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path

    @property
    def settings(self) -> Settings:
        """The current settings (read them; change them with ``update``)."""
        return self._settings

    def update(self, **changes: object) -> None:
        """Change some settings, save them, and emit ``changed`` with what changed."""
        unknown = set(changes) - _FIELDS
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        changed = {
            name for name, value in changes.items() if getattr(self._settings, name) != value
        }
        for name in changed:
            setattr(self._settings, name, changes[name])
        if changed:
            save_settings(self._settings, self._path)
            self.changed.emit(self._settings, frozenset(changed))

    def replace(self, new: Settings) -> None:
        """Take every value from ``new`` (the Settings dialog's result)."""
        self.update(**{name: getattr(new, name) for name in _FIELDS})
