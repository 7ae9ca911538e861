"""Warming the readers up: their libraries are imported ahead of the first document."""

from __future__ import annotations

import json
import subprocess
import sys

LIBRARIES = ("pypdf", "docx", "charset_normalizer")

PROBE = f"""
import json, sys
import localchat.documents
before = [name for name in {LIBRARIES!r} if name in sys.modules]
localchat.documents.warm_up_readers()
after = [name for name in {LIBRARIES!r} if name in sys.modules]
print(json.dumps([before, after]))
"""


def test_the_readers_libraries_wait_for_the_warm_up_then_are_ready() -> None:
    """Nothing heavy is imported with the package; the warm-up imports all of it."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    before, after = json.loads(result.stdout)
    assert before == []
    assert after == list(LIBRARIES)
