"""Grounded prompts: passages numbered and fitted to the context, nothing-found, citations."""

from __future__ import annotations

import pytest
from grounded_helpers import ListRetriever, result

from localchat.engines.base import ChatMessage, SamplingParams
from localchat.storage.source_records import Source
from localchat.tasks.grounded import (
    GROUNDED_INSTRUCTION,
    NOTHING_FOUND_INSTRUCTION,
    SIMILARITY_THRESHOLD,
    DocumentScope,
    build_grounded,
    cited_sources,
    find_passages,
    source_label,
    sources_to_show,
)


def WORDS(text: str) -> int:  # noqa: N802 - a token count: one per word
    return len(text.split())


def _passage(word: str, words: int) -> str:
    return " ".join([word] * words) + "."


def _history(question: str = "Where are the whales?") -> list[ChatMessage]:
    return [
        ChatMessage("system", "Be brief."),
        ChatMessage("user", "Hello"),
        ChatMessage("assistant", "Hi"),
        ChatMessage("user", question),
    ]


def test_passages_are_numbered_with_place_and_sent_before_the_question() -> None:
    results = [
        result(1, "Whales sing in the deep.", page=3, path="/docs/sea.pdf"),
        result(2, "Krill is what they eat.", heading="Food", path="/docs/food.md"),
    ]
    prompt = build_grounded(_history(), results, WORDS, 4096, SamplingParams(max_tokens=256))

    assert [s.number for s in prompt.sources] == [1, 2]
    assert prompt.found
    assert prompt.history[:3] == _history()[:3]  # the earlier turns are untouched
    last = prompt.history[-1]
    assert last.role == "user"
    assert last.content.startswith(GROUNDED_INSTRUCTION)
    assert "[1] sea.pdf, page 3\nWhales sing in the deep." in last.content
    assert '[2] food.md, section "Food"\nKrill is what they eat.' in last.content
    assert last.content.endswith("Question: Where are the whales?")


def test_the_lowest_ranked_passages_are_dropped_whole_to_fit_the_budget() -> None:
    # 1,000-token context, 200 for the answer: after the question and instruction, about
    # 0.75 * 700 tokens are left for passages of 160 words each: three fit, not four.
    results = [result(i, _passage(f"w{i}", 160)) for i in range(1, 7)]
    prompt = build_grounded(_history(), results, WORDS, 1000, SamplingParams(max_tokens=200))

    assert [s.number for s in prompt.sources] == [1, 2, 3]
    assert [s.text for s in prompt.sources] == [r.chunk.text for r in results[:3]]
    for source in prompt.sources:  # each passage whole
        assert source.text in prompt.history[-1].content
    assert results[3].chunk.text not in prompt.history[-1].content
    used = sum(WORDS(m.content) + 8 for m in prompt.history)
    assert used <= 1000 - 200


def test_a_bigger_context_takes_more_passages() -> None:
    results = [result(i, _passage(f"w{i}", 160)) for i in range(1, 7)]
    small = build_grounded(_history(), results, WORDS, 1000, SamplingParams(max_tokens=200))
    large = build_grounded(_history(), results, WORDS, 8192, SamplingParams(max_tokens=200))

    assert len(small.sources) < len(large.sources) == 6


def test_nothing_relevant_tells_the_model_to_say_so() -> None:
    # Word hits, but nothing close in meaning: an off-topic question that shares a word.
    weak = [result(1, "The capital of the colony.", similarity=0.2, word_rank=1)]
    retriever = ListRetriever(weak)
    found = find_passages(retriever, "What is the capital of France?")
    prompt = build_grounded(_history(), found, WORDS, 4096, SamplingParams())

    assert found == []
    assert not prompt.found and prompt.sources == ()
    assert prompt.history[-1].content.startswith(NOTHING_FOUND_INSTRUCTION)
    assert prompt.history[-1].content.endswith("Question: Where are the whales?")


def test_relevance_keeps_word_hits_once_one_passage_is_close_in_meaning() -> None:
    close = result(1, "Whales.", similarity=SIMILARITY_THRESHOLD + 0.01)
    word_hit = result(2, "Whale songs.", similarity=None, word_rank=1)
    far = result(3, "Bread.", similarity=SIMILARITY_THRESHOLD - 0.01)

    found = find_passages(ListRetriever([close, word_hit, far]), "whales")

    assert [r.chunk.id for r in found] == [1, 2]


def test_without_an_embedding_model_any_word_hit_counts() -> None:
    words_only = [result(1, "Whales.", similarity=None, word_rank=1)]

    found = find_passages(ListRetriever(words_only, searches_meaning=False), "whales")

    assert [r.chunk.id for r in found] == [1]


def test_chosen_documents_limit_the_passages() -> None:
    results = [result(i, f"Passage {i}.", document_id=i % 3) for i in range(1, 10)]
    retriever = ListRetriever(results)

    found = find_passages(retriever, "q", DocumentScope(frozenset({2})))

    assert {r.chunk.document_id for r in found} == {2}
    assert retriever.asked[0][1] > 5  # candidates from the whole library, then filtered
    assert len(find_passages(ListRetriever(results), "q")) == 5


def test_the_history_must_end_with_the_question() -> None:
    with pytest.raises(ValueError):
        build_grounded(_history()[:3], [], WORDS, 4096, SamplingParams())


def _sources(count: int) -> list[Source]:
    return [Source(n, n, f"/d/f{n}.txt", "", n, None, "t", 0, 1) for n in range(1, count + 1)]


@pytest.mark.parametrize(
    ("answer", "cited"),
    [
        ("It is red [1].", [1]),
        ("Red [1, 3] and blue [2][3].", [1, 2, 3]),
        ("See [3]; also [1; 2].", [1, 2, 3]),
        ("Nothing cited, [9] is not a source, nor [x].", []),
    ],
)
def test_cited_sources_are_those_the_answer_names(answer: str, cited: list[int]) -> None:
    assert [s.number for s in cited_sources(answer, _sources(3))] == cited


def test_an_answer_citing_nothing_shows_all_its_sources() -> None:
    sources = _sources(2)
    assert sources_to_show("No brackets here.", sources) == sources
    assert sources_to_show("Yes [2].", sources) == sources[1:]


def test_a_source_names_its_file_and_page_or_heading() -> None:
    paged = Source(1, 1, "/d/bees.pdf", "", 2, "Ignored", "t", 0, 1)
    headed = Source(2, 1, "/d/notes.md", "", None, "Tides", "t", 0, 1)
    plain = Source(3, 1, "/d/a.txt", "", None, None, "t", 0, 1)

    assert source_label(paged) == "[1] bees.pdf, page 2"
    assert source_label(headed) == "[2] notes.md, Tides"
    assert source_label(plain) == "[3] a.txt"
