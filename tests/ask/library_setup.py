"""A data dir with the real encoder installed and the corpus indexed, for `localchat ask`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from grounded_helpers import CORPUS, DATA


def register_encoder(core: object, gguf: Path) -> None:
    """Record the converted MiniLM as an installed embedding model of the data dir."""
    core.models.add(  # type: ignore[attr-defined]
        name="all-MiniLM-L6-v2",
        path=str(gguf),
        source="import",
        size_bytes=gguf.stat().st_size,
        architecture="bert",
        engine="llama_cpp",
        context_length=512,
    )


def indexed_data_dir(root: Path, gguf: Path) -> dict[str, int]:
    """``root/data`` with the encoder and the corpus indexed; document ids by file name."""
    from localchat.bootstrap import open_core
    from localchat.document_library import open_document_library
    from localchat.paths import resolve_paths

    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for name in CORPUS:
        shutil.copy2(DATA / name, corpus / name)
    core = open_core(resolve_paths(root / "data"))
    try:
        register_encoder(core, gguf)
        library = open_document_library(core)
        try:
            indexer = library.indexer()
            indexer.add([corpus])
            report = indexer.run()
            assert len(report.indexed) == len(CORPUS), report
            return {Path(doc.path).name: doc.id for doc in library.index.documents()}
        finally:
            library.close()
    finally:
        core.close()


def run_localchat(
    data_dir: Path, *args: str, prefix: tuple[str, ...] = (), timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """`localchat --data-dir DATA ARGS...` in a subprocess (after ``prefix``, e.g. unshare)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
