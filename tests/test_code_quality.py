"""The code stays lint-clean and keeps the layers of DESIGN.md (import-linter contracts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "localchat", "tests", "bench"], ["lint-imports"]],
    ids=["ruff", "import-contracts"],
)
def test_tool_passes(command: list[str]) -> None:
    assert shutil.which(command[0]), f"{command[0]} is installed by the test extras"
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
