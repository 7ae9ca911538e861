"""Chat with "Use my documents": the answer's [n] link to its sources, the viewer shows them.

A scripted engine answers (the real model is in test_cli_ask.py); the library is real,
indexed by words only (no embedding model installed), on the shipped texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from localchat.app import Application
from localchat.bootstrap import Core, open_core
from localchat.engines.fake import FakeEngine
from localchat.paths import resolve_paths
from localchat.tasks.document_scope import DocumentScope
from localchat.ui.chat.sources import SourceViewer

REPLY = "It was designed by Sostratus of Cnidus [1]."
QUESTION = "Who designed the Pharos of Alexandria?"


@pytest.fixture
def core(data_dir: Path, corpus: Path) -> Iterator[Core]:
    from localchat.document_library import open_document_library

    opened = open_core(resolve_paths(data_dir))
    library = open_document_library(opened)
    indexer = library.indexer()
    indexer.add([corpus])
    indexer.run()
    library.close()
    yield opened
    opened.close()


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine(reply=REPLY, token_delay=0.002)


@pytest.fixture
def app(qtbot, qapp, core: Core, fake_engine: FakeEngine) -> Iterator[Application]:  # noqa: ANN001
    application = Application(core, qapp, opener=lambda _location, _options: fake_engine)
    qtbot.addWidget(application.window)
    application.window.resize(1000, 760)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application
    application.window.close()
    application.shutdown()


def _ask(qtbot, app: Application) -> object:  # noqa: ANN001
    pane = app.window.chat_pane
    ended: list[object] = []
    app.chat.answer_ended.connect(lambda _c, _r, result: ended.append(result))
    pane.documents_toggle.setChecked(True)
    pane.send(QUESTION)
    qtbot.waitUntil(lambda: ended != [], timeout=10_000)
    return ended[0]


def test_an_answer_from_the_documents_links_its_citations_and_lists_its_sources(
    qtbot, app: Application, fake_engine: FakeEngine
) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    assert pane.documents_toggle.text() == "Use my documents"
    result = _ask(qtbot, app)

    assert pane.documents_toggle.text() == "Documents: all"
    assert result.sources and Path(result.sources[0].path).name == "lighthouses.md"
    prompt = fake_engine.prompts[-1]
    assert "[1] lighthouses.md" in prompt and "Sostratus" in prompt  # the model read it
    answer = pane.view.bubbles()[-1]
    assert 'href="source:1"' in answer.body.text()
    assert answer.sources_list.isVisible()
    assert answer.sources_list.labels[0].startswith("[1] lighthouses.md, ")
    assert "Sources: [1] lighthouses.md" in answer.body.accessibleName()
    # Stored with the answer: the conversation opened again shows the same.
    stored = app.library.messages(pane.conversation_id)[-1]
    assert stored.sources == result.sources
    pane.open_conversation(pane.conversation_id)
    again = pane.view.bubbles()[-1]
    assert 'href="source:1"' in again.body.text()
    assert again.sources_list.labels == answer.sources_list.labels
    assert pane.documents_toggle.scope() == DocumentScope()  # remembered for the chat


def test_a_citation_opens_the_passage_highlighted_in_its_document(
    qtbot, app: Application, tmp_path: Path
) -> None:  # noqa: ANN001
    result = _ask(qtbot, app)
    answer = app.window.chat_pane.view.bubbles()[-1]

    answer.body.linkActivated.emit("source:1")

    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SourceViewer))
    qtbot.waitUntil(lambda: viewer.note_label.isHidden(), timeout=5000)  # the file was read
    source = result.sources[0]
    assert viewer.highlighted_text() == source.text
    shown = viewer.text_view.toPlainText()
    assert len(shown) > len(source.text)  # the text around it too
    document = viewer.text_view.document()
    first, last = viewer.highlighted

    def marked(position: int) -> bool:
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush

    assert marked(first) and marked(last - 1)
    assert not marked(first // 2) and not marked((last + len(shown)) // 2)  # only the passage
    assert "lighthouses.md" in viewer.place_label.text()
    viewer.resize(700, 420)
    viewer.grab().save(str(tmp_path / "viewer.png"))
    app.window.grab().save(str(tmp_path / "answer.png"))
    viewer.close()


def test_without_the_toggle_an_answer_has_no_sources(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    ended: list[object] = []
    app.chat.answer_ended.connect(lambda _c, _r, result: ended.append(result))
    pane.send(QUESTION)
    qtbot.waitUntil(lambda: ended != [], timeout=10_000)

    assert ended[0].sources is None
    assert not pane.view.bubbles()[-1].sources_list.isVisible()


def test_regenerate_and_edit_answer_from_the_documents_again(qtbot, app: Application) -> None:  # noqa: ANN001
    pane = app.window.chat_pane
    first = _ask(qtbot, app)
    ended: list[object] = []
    app.chat.answer_ended.connect(lambda _c, _r, result: ended.append(result))

    pane.regenerate()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=10_000)
    question_id, _text = pane.view.last_question()
    pane._start(
        lambda: app.chat.edit_and_resend(
            pane.conversation_id, question_id, "Who built Smeaton's tower?",
            pane.documents_toggle.scope(),
        ),
        question="Who built Smeaton's tower?",
        before=question_id,
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=10_000)

    assert ended[0].sources == first.sources  # the same question, the same passages
    assert ended[1].sources and ended[1].sources != first.sources
    messages = app.library.messages(pane.conversation_id)
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[-1].sources == ended[1].sources
