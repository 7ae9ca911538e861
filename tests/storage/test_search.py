"""Full-text search over messages and titles, kept in sync by triggers."""

from collections.abc import Callable

import pytest

from localchat.storage import ConversationRepository
from localchat.storage.search import fts_query


@pytest.fixture
def filled(conversations: ConversationRepository) -> ConversationRepository:
    recipes = conversations.create("Bread recipes")
    conversations.add_message(recipes.id, "user", "How long should sourdough rise?")
    conversations.add_message(recipes.id, "assistant", "Let the dough rise for about four hours.")
    trip = conversations.create("Trip to Lisbon")
    conversations.add_message(trip.id, "user", "What is a pastel de nata?")
    return conversations


def test_finds_a_word_in_a_message_with_highlight(filled: ConversationRepository) -> None:
    (hit,) = filled.search("sourdough")
    assert hit.conversation_title == "Bread recipes"
    assert hit.message_id is not None
    assert "«sourdough»" in hit.snippet
    assert hit.created_at.tzinfo is not None


def test_finds_a_title(filled: ConversationRepository) -> None:
    hits = filled.search("lisbon")
    assert [(h.conversation_title, h.message_id) for h in hits] == [("Trip to Lisbon", None)]
    assert hits[0].snippet == "Trip to «Lisbon»"


def test_newest_first_and_limit(filled: ConversationRepository) -> None:
    hits = filled.search("rise")
    assert len(hits) == 2
    assert hits[0].created_at >= hits[1].created_at
    assert "four hours" in hits[0].snippet
    assert len(filled.search("rise", limit=1)) == 1


def test_prefix_match_on_last_term(filled: ConversationRepository) -> None:
    assert len(filled.search("sourd")) == 1
    assert len(filled.search("dough ris")) == 1  # both terms, last one as a prefix
    assert filled.search("sourd rise") == []  # earlier terms are whole words


def test_diacritics_are_ignored(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    conversations.add_message(conversation.id, "user", "Un café crème, s'il vous plaît")
    assert len(conversations.search("cafe creme")) == 1


@pytest.mark.parametrize(
    "query",
    ['"', '""', "a-b", "NEAR(", "*", "AND", "OR NOT", "(", ")", "^", ":", "col:x", "'", "", "  "],
)
def test_hostile_queries_never_raise(filled: ConversationRepository, query: str) -> None:
    assert isinstance(filled.search(query), list)


def test_hyphenated_and_quoted_terms_match_text(conversations: ConversationRepository) -> None:
    conversation = conversations.create()
    conversations.add_message(conversation.id, "user", 'Use the "well-known" x-ray NEAR the door')
    assert len(conversations.search("x-ray")) == 1
    assert len(conversations.search('"well-known')) == 1
    assert len(conversations.search("NEAR(")) == 1


def test_message_updates_reflect_in_search(
    conversations: ConversationRepository, fts_ok: Callable[[], bool]
) -> None:
    conversation = conversations.create()
    message = conversations.add_message(conversation.id, "assistant", "", status="partial")
    assert conversations.search("kangaroo") == []
    conversations.update_message(message.id, text="A kangaroo")
    assert [h.message_id for h in conversations.search("kangaroo")] == [message.id]
    conversations.update_message(message.id, text="A wombat", status="complete")
    assert conversations.search("kangaroo") == []
    assert len(conversations.search("wombat")) == 1
    conversations.rename(conversation.id, "Marsupials")
    assert [h.message_id for h in conversations.search("marsupial")] == [None]
    assert fts_ok()


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('foo-bar "baz') == '"foo-bar" """baz"*'
    assert fts_query("* ( ") is None
