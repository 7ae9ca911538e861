"""Typed user settings, stored as versioned JSON in the config folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Sampling:
    """How an answer is sampled."""

    temperature: float = 0.7
    top_p: float = 0.9
    max_tokens: int = 512
    repeat_penalty: float = 1.1
    seed: int = -1


PRESETS: dict[str, Sampling] = {
    "Precise": Sampling(temperature=0.2, top_p=0.8),
    "Balanced": Sampling(temperature=0.7, top_p=0.9),
    "Creative": Sampling(temperature=1.0, top_p=0.95),
}


@dataclass
class Settings:
    """Everything the user can change; defaults suit a typical laptop."""

    sampling: Sampling = field(default_factory=Sampling)
    context_length: int = 4096
    threads: int = 0  # 0: picked before each answer from the cores, load and battery
    # "automatic" (threads that fit the moment), "fastest" (every core) or "quietest" (one)
    performance: str = "automatic"
    graphics_card: str = "automatic"  # "automatic": offload what fits; "off": processor only
    offline: bool = False
    # The model the user chose in each pane ("chat", "summarize", "translate"), by id; the
    # command line uses the same choices.
    task_models: dict[str, int] = field(default_factory=dict)
    welcome_shown: bool = False  # the first-start welcome appears once
    # bytes/s from catalog.estimate.calibrate on a measured answer; the speed estimates use it
    speed_calibration: float | None = None
    language: str = ""  # a code of localchat.i18n.LANGUAGES; "" follows the system
    version: int = SETTINGS_VERSION

    def effective_threads(self) -> int:
        """Threads to use: the setting, or the physical core count when left at 0."""
        if self.threads > 0:
            return self.threads
        import psutil  # imported here: the window's first frame needs no psutil

        return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults (and is logged)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        logger.warning("Settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known and k != "sampling"}
    sampling_known = {f.name for f in fields(Sampling)}
    sampling = Sampling(**{k: v for k, v in raw.get("sampling", {}).items() if k in sampling_known})
    if not isinstance(values.get("task_models", {}), dict):
        del values["task_models"]
    if isinstance(raw.get("default_model_id"), int):  # before per-pane choices: Chat's
        values.setdefault("task_models", {}).setdefault("chat", raw["default_model_id"])
    values["version"] = SETTINGS_VERSION
    return Settings(sampling=sampling, **values)


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically (a crash never leaves a half-written file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
