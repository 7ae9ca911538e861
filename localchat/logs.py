"""Logging to the log file in the user's log folder (and stderr when asked)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(log_file: Path, verbose: bool = False) -> None:
    """Send every record to a rotating log file; also to stderr when verbose."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    ]
    if verbose:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
