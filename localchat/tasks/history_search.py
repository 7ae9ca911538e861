"""Meaning search in chat history: message vectors, fused with word hits per conversation.

Messages are embedded with the library's encoder (its first 256 word pieces: a long
answer is found by its beginning) and kept in the same file. A search scores every
message vector (one matrix product, as tasks/retrieval.py does for passages), keeps each
conversation's best message, and fuses the conversations found by words (FTS5, newest
first) with those found by meaning by reciprocal rank. A conversation found only by
meaning is marked ``related``. Its best message must reach HISTORY_THRESHOLD, the
library's passage threshold (tasks/grounded.py): below it, "related" is noise.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import numpy as np

from localchat.storage.message_index import MessageIndexRepository
from localchat.storage.records import SearchHit
from localchat.tasks.grounded import SIMILARITY_THRESHOLD
from localchat.tasks.indexing import Encoder, vector_bytes
from localchat.tasks.retrieval import reciprocal_rank_fusion

log = logging.getLogger(__name__)

HISTORY_THRESHOLD = SIMILARITY_THRESHOLD
EMBED_BATCH = 32
RELATED_LIMIT = 20
SNIPPET_CHARS = 120


def index_messages(
    index: MessageIndexRepository, encoder: Encoder, encoder_id: str, most: int = 4096
) -> int:
    """Embed up to ``most`` messages that have no vector from this encoder; how many."""
    done = 0
    while done < most:
        todo = index.unindexed(encoder_id, min(EMBED_BATCH * 8, most - done))
        if not todo:
            break
        for first in range(0, len(todo), EMBED_BATCH):
            batch = todo[first : first + EMBED_BATCH]
            vectors = encoder.embed([message.text for message in batch]).vectors
            index.save_vectors(encoder_id, list(zip(batch, vector_bytes(vectors), strict=True)))
        done += len(todo)
    if done:
        log.info("Embedded %d messages for meaning search", done)
    return done


def meaning_matches(
    index: MessageIndexRepository, encoder: Encoder, encoder_id: str, query: str
) -> list[tuple[int, int, float]]:
    """(conversation id, best message id, similarity) per conversation, best first."""
    if not query.strip():
        return []
    vector = np.asarray(encoder.embed([query]).vectors[0], dtype=np.float32)
    best: dict[int, tuple[int, float]] = {}
    for message_ids, conversation_ids, blob in index.iter_vectors(encoder_id):
        scores = np.frombuffer(blob, dtype="<f4").reshape(len(message_ids), -1) @ vector
        for row in np.flatnonzero(scores >= HISTORY_THRESHOLD):
            chat, score = conversation_ids[row], float(scores[row])
            if chat not in best or score > best[chat][1]:
                best[chat] = (message_ids[row], score)
    ranked = sorted(best.items(), key=lambda item: item[1][1], reverse=True)
    return [(chat, message, score) for chat, (message, score) in ranked[:RELATED_LIMIT]]


def fuse_history(
    word_hits: Sequence[SearchHit],
    meaning: Sequence[tuple[int, int, float]],
    titles: dict[int, str],
    messages: dict[int, tuple[str, datetime]],
) -> list[SearchHit]:
    """Word hits grouped by conversation in fused order, then conversations found by meaning.

    Conversations are ranked by reciprocal rank fusion of the two lists; those with word
    hits keep them (their snippets mark the words), the others come as one ``related``
    hit on their best message.
    """
    word_order = list(dict.fromkeys(hit.conversation_id for hit in word_hits))
    meaning_order = [chat for chat, _message, _score in meaning]
    fused = [chat for chat, _score in reciprocal_rank_fusion([word_order, meaning_order])]
    by_chat: dict[int, list[SearchHit]] = {}
    for hit in word_hits:
        by_chat.setdefault(hit.conversation_id, []).append(hit)
    best = {chat: message for chat, message, _score in meaning}
    out: list[SearchHit] = []
    for chat in fused:
        if chat in by_chat:
            out.extend(by_chat[chat])
        elif chat in titles and best[chat] in messages:
            text, created_at = messages[best[chat]]
            snippet = " ".join(text.split())[:SNIPPET_CHARS]
            out.append(SearchHit(chat, titles[chat], best[chat], snippet, created_at, True))
    words = [hit for hit in out if not hit.related]
    return words + [hit for hit in out if hit.related]
