"""The document library as chat uses it: a retriever for grounded answers, the encoder.

Opened on first use, on whichever worker thread asks first (the inference thread for a
grounded answer, the background runner for history search), never on the GUI thread.
One retriever is kept, so its vector matrix is loaded once and reloaded only when the
index changes; ``reload()`` (an embedding model was installed or removed) drops it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from localchat.document_library import DocumentLibrary
    from localchat.storage.message_index import MessageIndexRepository
    from localchat.storage.records import SearchHit
    from localchat.storage.source_records import Source
    from localchat.tasks.indexing import Encoder
    from localchat.tasks.retrieval import Retriever

logger = logging.getLogger(__name__)

SEARCH_INDEX_MOST = 512  # messages a search embeds before it answers (see search_history)


class ChatDocuments:
    """The library's retriever and encoder for chat, and the messages' sources and vectors.

    Thread-safe; each part opened on first use (the app builds this before its storage).
    """

    def __init__(
        self,
        open_library: Callable[[], DocumentLibrary],
        open_index: Callable[[], MessageIndexRepository],
    ) -> None:
        self._open_library = open_library
        self._open_index = open_index
        self._lock = threading.Lock()
        self._library: DocumentLibrary | None = None
        self._retriever: Retriever | None = None
        self._index: MessageIndexRepository | None = None

    def message_index(self) -> MessageIndexRepository:
        """Answers' sources and messages' vectors in the database."""
        with self._lock:
            if self._index is None:
                self._index = self._open_index()
            return self._index

    def set_sources(self, message_id: int, sources: Sequence[Source] | None) -> None:
        """Store the passages an answer was given (tasks.grounded_turn.SourceStore)."""
        self.message_index().set_sources(message_id, sources)

    def _opened(self) -> DocumentLibrary:
        with self._lock:
            if self._library is None:
                self._library = self._open_library()
                self._retriever = None
            return self._library

    def retriever(self) -> Retriever:
        """The retriever over the whole library (words only without an embedding model)."""
        library = self._opened()
        with self._lock:
            if self._retriever is None:
                self._retriever = library.retriever()
            return self._retriever

    def encoder(self) -> tuple[Encoder, str] | None:
        """The embedding model and its id (stored with each vector); None: words only."""
        library = self._opened()
        encoder = library.encoder()
        return None if encoder is None else (encoder, library.encoder_id)

    def index_history(self, most: int = 4096) -> int:
        """Embed messages not embedded yet (after an answer; old ones on first use)."""
        from localchat.tasks.history_search import index_messages

        found = self.encoder()
        if found is None:
            return 0
        encoder, encoder_id = found
        return index_messages(self.message_index(), encoder, encoder_id, most)

    def search_history(
        self, query: str, word_hits: Sequence[SearchHit], title: Callable[[int], str]
    ) -> list[SearchHit]:
        """The word hits fused with conversations found by meaning (words only: as they are).

        A first search embeds the newest part of an old history first (at most
        SEARCH_INDEX_MOST messages, so that it answers within seconds); index_history
        catches up with the rest after each answer.
        """
        from localchat.tasks.history_search import fuse_history, meaning_matches

        if self.encoder() is None:
            return list(word_hits)
        self.index_history(SEARCH_INDEX_MOST)
        encoder, encoder_id = self.encoder()  # type: ignore[misc]
        index = self.message_index()
        meaning = meaning_matches(index, encoder, encoder_id, query)
        titles: dict[int, str] = {}
        for chat, _message, _score in meaning:
            try:
                titles[chat] = title(chat)
            except KeyError:  # deleted meanwhile
                continue
        texts = index.texts([message for _chat, message, _score in meaning])
        return fuse_history(word_hits, meaning, titles, texts)

    def reload(self) -> None:
        """Choose the embedding model again on next use (models were added or removed)."""
        self.close()

    def close(self) -> None:
        """End the encoder's host process, if it was started."""
        with self._lock:
            library, self._library, self._retriever = self._library, None, None
        if library is not None:
            library.close()
