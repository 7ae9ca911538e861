"""Answers from the user's documents: passages in the prompt, numbered, cited as [n].

A question asked with "Use my documents" is searched in the library (words and meaning
fused, tasks/retrieval.py). The relevant passages go into the last user message, numbered
[1]..[k] with their file and page or heading, with an instruction to answer only from them
and cite them; the stored question stays the user's own words, so earlier turns keep the
same prompt prefix (the engine reuses it). When nothing relevant is found the model is
told so and asked to say it did not find the answer in the documents.

Relevance: a passage counts when its cosine similarity to the question reaches
SIMILARITY_THRESHOLD. Word hits alone do not decide it: the library's word search ORs the
question's words, and 14 of 20 off-topic questions shared a word with the test corpus.
The threshold was measured with all-MiniLM-L6-v2 on tests/retrieval/data (34 questions
whose answer is in the corpus, 20 whose answer is not; tests/ask/test_threshold.py): the
best passage of every answerable question scored 0.337 to 0.801, the best of the
off-topic ones 0.066 to 0.327. 0.30 keeps every answerable question with a margin and
turns away 18 of the 20 others (the two let through, earthquakes and planets' moons, are
near the glaciers text and still get "answer only from these passages"). Missing an
answer that is there costs more than showing a weak passage the model is told it may
ignore. With no embedding model installed (words only), any word hit counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from localchat.engines.base import ChatMessage, SamplingParams
from localchat.i18n import translate
from localchat.storage.source_records import Source
from localchat.tasks.chat import answer_reserve
from localchat.tasks.citations import cited_sources, sources_to_show
from localchat.tasks.document_scope import DocumentScope
from localchat.tasks.retrieval import CANDIDATES, SearchMode, SearchResult

__all__ = [
    "SIMILARITY_THRESHOLD",
    "DocumentScope",
    "GroundedPrompt",
    "Source",
    "build_grounded",
    "cited_sources",
    "find_passages",
    "source_label",
    "sources_to_show",
]

SIMILARITY_THRESHOLD = 0.30
TOP_PASSAGES = 5
# Passages may take this share of what the question leaves of the prompt's budget; the
# rest keeps the latest turns of the conversation (follow-up questions need them).
PASSAGE_SHARE = 0.75
_MESSAGE_OVERHEAD_TOKENS = 8  # as tasks/chat.py: role markers around a message

# Prompts to the model are not translated: the instruction is in English whatever the
# window's language (small models follow English instructions best); the model answers in
# the language of the question.
GROUNDED_INSTRUCTION = (
    "Answer the question at the end using only the numbered passages below, taken from "
    "the user's documents. After each fact, cite the passage it comes from by its number "
    "in square brackets, like [1]. If the passages do not answer the question, say that "
    "you did not find the answer in the documents."
)
NOTHING_FOUND_INSTRUCTION = (
    "The user's documents were searched for the question below and no passage about it "
    "was found. Reply in one sentence that you did not find this in the documents. Do not "
    "answer from general knowledge."
)


class PassageSearch(Protocol):
    """What grounding needs of a retriever (tasks.retrieval.Retriever has it)."""

    @property
    def searches_meaning(self) -> bool:
        """Whether results carry a similarity (an embedding model is installed)."""
        ...

    def search(
        self, question: str, limit: int = 5, mode: SearchMode = "hybrid"
    ) -> list[SearchResult]:
        """The best passages for the question, best first."""
        ...


@dataclass(frozen=True)
class GroundedPrompt:
    """The conversation to send, its last message grounded, and the passages it holds."""

    history: list[ChatMessage]
    sources: tuple[Source, ...]

    @property
    def found(self) -> bool:
        """Whether any passage was given (else the model was told nothing was found)."""
        return bool(self.sources)


def find_passages(
    retriever: PassageSearch,
    question: str,
    scope: DocumentScope = DocumentScope(),  # noqa: B008 - frozen, shared safely
    limit: int = TOP_PASSAGES,
) -> list[SearchResult]:
    """The relevant passages for ``question`` in the scope, best first (maybe none).

    Chosen documents are picked from the whole library's candidates (each list's best
    CANDIDATES passages), so in a large library a chosen document competes with the rest.
    """
    wanted = limit if scope.all_documents else CANDIDATES
    results = [r for r in retriever.search(question, wanted) if scope.holds(r.chunk.document_id)]
    return relevant(results, retriever.searches_meaning)[:limit]


def relevant(results: Sequence[SearchResult], searches_meaning: bool) -> list[SearchResult]:
    """The results worth giving the model; none when nothing reaches the threshold.

    Once one passage is close enough in meaning, the others are kept when they hold the
    question's words or are close enough too (a word hit may hold the answer the encoder
    ranked lower); passages found by meaning alone below the threshold are left out.
    """
    if not searches_meaning:
        return list(results)
    if not any(_similar(result) for result in results):
        return []
    return [result for result in results if result.word_rank is not None or _similar(result)]


def _similar(result: SearchResult) -> bool:
    return result.similarity is not None and result.similarity >= SIMILARITY_THRESHOLD


def passage_text(source: Source) -> str:
    """A numbered passage as the model reads it: "[n] file, page p" and the passage."""
    place = f", page {source.page}" if source.page is not None else ""
    if not place and source.heading:
        place = f', section "{source.heading}"'
    return f"[{source.number}] {source.file_name}{place}\n{source.text.strip()}"


def grounded_question(question: str, sources: Sequence[Source]) -> str:
    """The last user message: the instruction, the passages, then the question."""
    if not sources:
        return f"{NOTHING_FOUND_INSTRUCTION}\n\nQuestion: {question}"
    passages = "\n\n".join(passage_text(source) for source in sources)
    return f"{GROUNDED_INSTRUCTION}\n\n{passages}\n\nQuestion: {question}"


def _source(number: int, result: SearchResult) -> Source:
    chunk = result.chunk
    return Source(
        number, chunk.document_id, chunk.path, chunk.title, chunk.page, chunk.heading,
        chunk.text, chunk.char_start, chunk.char_end,
    )  # fmt: skip


def fit_passages(
    results: Sequence[SearchResult], count_tokens: Callable[[str], int], budget: int
) -> tuple[Source, ...]:
    """The best-ranked passages whose text fits ``budget`` tokens, numbered from 1.

    Passages are kept whole and in rank order: the first one that does not fit ends the
    list, so the lowest-ranked are the ones dropped.
    """
    kept: list[Source] = []
    used = 0
    for result in results:
        source = _source(len(kept) + 1, result)
        cost = count_tokens(passage_text(source)) + 2  # the blank line between passages
        if used + cost > budget:
            break
        kept.append(source)
        used += cost
    return tuple(kept)


def build_grounded(
    history: Sequence[ChatMessage],
    results: Sequence[SearchResult],
    count_tokens: Callable[[str], int],
    context_length: int,
    params: SamplingParams,
) -> GroundedPrompt:
    """``history`` (ending with the question) with the question grounded in ``results``.

    The passages get what the system prompt, the question and the answer's reserve leave
    of the context (PASSAGE_SHARE of it); tasks.chat.fit_to_context then drops the oldest
    turns that no longer fit.
    """
    if not history or history[-1].role != "user":
        raise ValueError("The history must end with the user's question")
    question = history[-1].content
    system = [m for m in history[:1] if m.role == "system"]
    fixed = sum(count_tokens(m.content) + _MESSAGE_OVERHEAD_TOKENS for m in system)
    frame = f"{GROUNDED_INSTRUCTION}\n\n\n\nQuestion: {question}"  # all but the passages
    fixed += count_tokens(frame) + _MESSAGE_OVERHEAD_TOKENS
    left = context_length - answer_reserve(params, context_length) - fixed
    sources = fit_passages(results, count_tokens, int(max(0, left) * PASSAGE_SHARE))
    grounded = ChatMessage("user", grounded_question(question, sources))
    return GroundedPrompt([*history[:-1], grounded], sources)


def source_place(source: Source) -> str:
    """Where the passage is, for the user: "page 3", the section's heading, or nothing."""
    if source.page is not None:
        return translate("Grounded", "page {page}").format(page=source.page)
    return source.heading or ""


def source_label(source: Source) -> str:
    """A source for the user: "[2] glaciers.txt, page 1"."""
    place = source_place(source)
    if not place:
        return translate("Grounded", "[{number}] {file}").format(
            number=source.number, file=source.file_name
        )
    return translate("Grounded", "[{number}] {file}, {place}").format(
        number=source.number, file=source.file_name, place=place
    )


def nothing_found_notice() -> str:
    """What the user is told when the documents held nothing relevant."""
    return translate("Grounded", "Nothing in your documents matched this question.")
