"""Run by the kill-and-resume test: index a folder, then hang in the second document's embed.

Usage: python index_child.py DB FOLDER EMBED_LOG MARKER
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from retrieval_helpers import HashingEncoder

from localchat.embeddings.encoder import Embeddings
from localchat.storage import Database
from localchat.storage.library_index import LibraryIndexRepository
from localchat.tasks.indexing import Indexer, IndexProgress


class HangingEncoder(HashingEncoder):
    """Embeds normally until told a document was saved, then writes the marker and hangs."""

    def __init__(self, log: Path, marker: Path) -> None:
        super().__init__(log=log)
        self.saved_one = False
        self._marker = marker

    def embed(self, texts: list[str]) -> Embeddings:
        if self.saved_one:
            self._marker.write_text("in the second document")
            time.sleep(120)
        return super().embed(texts)


def main() -> None:
    db_path, folder, log, marker = (Path(arg) for arg in sys.argv[1:5])
    encoder = HangingEncoder(log, marker)

    def progress(state: IndexProgress) -> None:
        if state.documents_done >= 1:
            encoder.saved_one = True

    db = Database.open(db_path)
    indexer = Indexer(LibraryIndexRepository(db), encoder, "hashing-64")
    indexer.add([folder])
    indexer.run(progress)


if __name__ == "__main__":
    main()
