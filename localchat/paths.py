"""Where LocalChat keeps its files: platformdirs folders, or one --data-dir override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LocalChat"


@dataclass(frozen=True)
class AppPaths:
    """Every folder and file location the app uses."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def models_dir(self) -> Path:
        """Folder that holds downloaded and imported model files."""
        return self.data_dir / "models"

    @property
    def database_file(self) -> Path:
        """The single SQLite file with conversations, jobs and the model manifest."""
        return self.data_dir / "localchat.db"

    @property
    def settings_file(self) -> Path:
        """The JSON settings file."""
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        """The log file that bug reports point at."""
        return self.log_dir / "localchat.log"

    def create(self) -> AppPaths:
        """Create the folders, readable by the user only, and return self."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.models_dir):
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        return self


def resolve_paths(data_dir: Path | str | None = None) -> AppPaths:
    """Locations under ``data_dir`` when given (portable installs, tests), else platformdirs."""
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
