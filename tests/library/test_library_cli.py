"""`localchat library add / list / remove` end to end, and `add` with no network at all."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _localchat(
    data_dir: Path, *args: str, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    command = [*prefix, sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.fixture
def data_dir(tmp_path: Path, minilm_gguf: Path) -> Path:
    folder = tmp_path / "data"
    result = _localchat(folder, "models", "import", str(minilm_gguf))
    assert result.returncode == 0, result.stderr
    return folder


def test_add_list_remove(data_dir: Path, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    added = _localchat(data_dir, "library", "add", str(corpus))
    assert added.returncode == 0, added.stderr
    assert "Indexed 4 document(s), 0 unchanged, 0 removed, 1 could not be read." in added.stdout
    assert "pages, file" in added.stderr and "No embedding model" not in added.stderr

    listed = _localchat(data_dir, "library", "list")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split() for line in listed.stdout.splitlines()[1:] if line[:5].strip()]
    assert sorted(row[3] for row in rows) == ["failed", *["indexed"] * 4]
    honeybees = next(row for row in rows if "Honey" in " ".join(row))
    assert honeybees[1:3] == ["4", "7"] or honeybees[1] == "4"

    removed = _localchat(data_dir, "library", "remove", honeybees[0])
    assert removed.returncode == 0 and "The Honey Bee" in removed.stdout
    assert "Honey" not in _localchat(data_dir, "library", "list").stdout
    again = _localchat(data_dir, "library", "add")
    assert "Indexed 0 document(s), 4 unchanged" in again.stdout  # broken.pdf counts unchanged
    missing = _localchat(data_dir, "library", "remove", "999")
    assert missing.returncode == 1 and "no document 999" in missing.stderr


def _no_network_prefix() -> tuple[str, ...]:
    """``unshare -n`` (root) or ``unshare -rn`` (user namespaces); skip when neither works."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    for flags in (["-n"], ["-r", "-n"]):
        try:
            probe = subprocess.run([unshare, *flags, "true"], capture_output=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return (unshare, *flags)
    pytest.skip("unshare -n needs root or unprivileged user namespaces; neither works here")


def test_add_indexes_by_meaning_inside_a_namespace_without_network(
    data_dir: Path, corpus: Path
) -> None:
    prefix = _no_network_prefix()
    added = _localchat(data_dir, "library", "add", str(corpus), prefix=prefix)
    assert added.returncode == 0, added.stderr
    assert "Indexed 4 document(s)" in added.stdout
    listed = _localchat(data_dir, "library", "list", prefix=prefix)
    assert listed.stdout.count("indexed") == 4
