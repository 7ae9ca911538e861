"""Meaning search in chat history: a conversation found by a word it does not contain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from library_setup import register_encoder

from localchat.app import Application
from localchat.bootstrap import Core, open_core
from localchat.engines.fake import FakeEngine
from localchat.paths import resolve_paths
from localchat.storage.message_index import MessageIndexRepository
from localchat.tasks.history_search import fuse_history, index_messages, meaning_matches
from localchat.ui.chat.search_delegate import HitRole

pytestmark = pytest.mark.slow

CHATS = {
    "Bees": ("How do honey bees make honey?", "They collect nectar from flowers."),
    "Guitar": ("How do I tune a guitar?", "Turn the pegs until each string matches."),
    "Bread": ("What flour is best for bread?", "Strong wheat flour."),
}


def _fill(core: Core) -> dict[str, int]:
    ids = {}
    for title, (question, answer) in CHATS.items():
        chat = core.conversations.create(title=title)
        core.conversations.add_message(chat.id, "user", question)
        core.conversations.add_message(chat.id, "assistant", answer)
        ids[title] = chat.id
    return ids


@pytest.fixture
def core(data_dir: Path, minilm_gguf: Path) -> Iterator[Core]:
    opened = open_core(resolve_paths(data_dir))
    register_encoder(opened, minilm_gguf)
    yield opened
    opened.close()


def test_meaning_finds_what_words_do_not(core: Core, minilm: object) -> None:
    ids = _fill(core)
    index = MessageIndexRepository(core.database)
    assert index_messages(index, minilm, "minilm") == 6  # type: ignore[arg-type]
    assert index_messages(index, minilm, "minilm") == 0  # nothing new

    words = core.conversations.search("insects")
    meaning = meaning_matches(index, minilm, "minilm", "insects")  # type: ignore[arg-type]
    titles = {chat: core.conversations.get(chat).title for chat, _m, _s in meaning}
    fused = fuse_history(words, meaning, titles, index.texts([m for _c, m, _s in meaning]))

    assert words == []
    assert fused[0].conversation_id == ids["Bees"] and fused[0].related
    assert ids["Guitar"] not in {hit.conversation_id for hit in fused}


@pytest.fixture
def app(qtbot, qapp, core: Core) -> Iterator[Application]:  # noqa: ANN001
    engine = FakeEngine(reply="Bumblebees nest in the ground.")
    application = Application(core, qapp, opener=lambda _location, _options: engine)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application
    application.window.close()
    application.shutdown()


def _related_shown(sidebar: object) -> bool:
    results = sidebar.results  # type: ignore[attr-defined]
    items = [results.item(i) for i in range(results.count())]
    return any(item.data(HitRole) and "related" in item.text() for item in items)


def test_the_sidebar_finds_a_conversation_by_meaning(qtbot, app: Application) -> None:  # noqa: ANN001
    ids = _fill(app.core)
    sidebar = app.window.sidebar

    sidebar.search_box.setText("insects")  # no conversation holds the word

    # Words answer first ("Nothing found"), then the fused hits with the related ones.
    qtbot.waitUntil(lambda: _related_shown(sidebar), timeout=60_000)
    first = sidebar.results.item(0)
    assert first.data(HitRole)[0] == ids["Bees"]
    assert first.text().startswith("Bees · related: ")
    shown = {sidebar.results.item(i).data(HitRole)[0] for i in range(sidebar.results.count())}
    assert ids["Guitar"] not in shown
