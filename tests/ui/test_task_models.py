"""Each pane's own model, the poor-fit notices, and flagged paragraphs in Translate."""

from __future__ import annotations

from pathlib import Path

import pytest

from localchat.app import Application
from localchat.engines.fake import FakeEngine
from localchat.library import register_model_file
from localchat.settings import load_settings
from localchat.tasks.fact_check import check_translation

LIGHTHOUSE = "The lighthouse was built in 1871 on the northern cliffs, and it still stands there."
WRONG_YEAR = "Le phare a été construit en 1872 sur les falaises du nord, et il est toujours là."
RIGHT_YEAR = "Le phare a été construit en 1871 sur les falaises du nord, et il est toujours là."


def paste(pane, text: str) -> None:  # noqa: ANN001
    pane.source.paste_box.setPlainText(text)
    pane.source.use_paste_button.click()


def surveyed(qtbot, app: Application) -> None:  # noqa: ANN001
    with qtbot.waitSignal(app.models.surveyed, timeout=30_000):
        app.models.survey()


def test_translate_warns_on_first_open_and_offers_a_better_model(qtbot, app: Application) -> None:  # noqa: ANN001
    surveyed(qtbot, app)
    pane = app.window.panes["Translate"]
    app.window.show_pane("Translate")
    assert pane.target_language.currentData() == "es"
    notice = pane.fit_notice
    assert notice.isVisible()
    assert notice.label.text().startswith(
        "SmolLM2 135M Instruct knows only English, so this translation will be poor."
    )
    assert "translates this." in notice.label.text()
    assert notice.action.isVisible() and notice.action.text().startswith("Download (")
    pane.target_language.setCurrentIndex(pane.target_language.findData("en"))
    assert not notice.isVisible()  # English into English: nothing to warn about


def test_a_flagged_paragraph_is_marked_counted_and_retranslated(
    qtbot,
    app: Application,
    fake_engine: FakeEngine,  # noqa: ANN001
) -> None:
    fake_engine.reply = WRONG_YEAR
    pane = app.window.panes["Translate"]
    app.window.show_pane("Translate")
    paste(pane, LIGHTHOUSE + "\n\nShort note.")
    pane.target_language.setCurrentIndex(pane.target_language.findData("fr"))
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=20_000)
    asked = [p for p in fake_engine.prompts if "lighthouse" in p]
    assert len(asked) == 2, "a failing paragraph is asked once more"
    assert asked[1].count("1871") > asked[0].count("1871"), "the second request names it"
    assert 0 in pane.problems
    assert pane.problems[0][0].describe() == "the number 1871 is missing"
    assert pane.table.item(0, 1).text().startswith("⚠ ")
    assert "1871" in pane.table.item(0, 1).toolTip()
    # The second paragraph has no number, and the scripted reply adds one: flagged too.
    assert set(pane.problems) == {0, 1}
    assert "2 paragraphs need a look (⚠ 1, 2)" in pane.progress.label.text()
    pane.table.selectRow(0)
    assert pane.retranslate_button.isEnabled()
    fake_engine.reply = RIGHT_YEAR
    pane.retranslate_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=20_000)
    assert pane.translated[0] == RIGHT_YEAR
    assert pane.table.item(0, 1).text() == RIGHT_YEAR
    assert set(pane.problems) == {1}
    assert "1 paragraph needs a look (⚠ 2)" in pane.progress.label.text()
    assert pane.translated[1] == WRONG_YEAR  # the other paragraph is left as it was


def test_each_pane_remembers_its_own_model(
    qtbot,
    app: Application,
    gemma_model_path: Path,  # noqa: ANN001
) -> None:
    gemma = register_model_file(app.core.models, gemma_model_path, source="import")
    app.models.models_changed.emit()
    surveyed(qtbot, app)  # the catalog, read by the survey, says Gemma 3 270M is a base model
    summarize = app.window.panes["Summarize"]
    translate = app.window.panes["Translate"]
    smol_id = app.choice.model_for("summarize").id
    assert smol_id != gemma.id, "a base model is not the best pick for summaries"
    index = translate.model_picker.findData(gemma.id)
    translate.model_picker.setCurrentIndex(index)
    translate.model_picker.activated.emit(index)
    saved = load_settings(app.core.paths.settings_file)
    assert saved.task_models == {"translate": gemma.id}
    assert translate.model_picker.currentData() == gemma.id
    assert summarize.model_picker.currentData() == smol_id
    assert "base model" in translate.fit_notice.label.text()


def test_chat_never_starts_on_a_base_model_and_warns_when_one_is_chosen(
    qtbot,
    app: Application,
    gemma_model_path: Path,  # noqa: ANN001
) -> None:
    gemma = register_model_file(app.core.models, gemma_model_path, source="import")
    app.models.models_changed.emit()
    surveyed(qtbot, app)  # the catalog, read by the survey, says Gemma 3 270M is a base model
    app.window.new_chat()
    chat = app.window.chat_pane
    assert chat.model_picker.itemData(0) == gemma.id  # listed first, by name
    assert chat.selected_model_id() != gemma.id
    assert chat.fit_notice.isHidden()
    index = chat.model_picker.findData(gemma.id)
    chat.model_picker.setCurrentIndex(index)
    chat.model_picker.activated.emit(index)
    assert chat.fit_notice.isVisible()
    assert "is a base model" in chat.fit_notice.label.text()


def test_summarize_warns_when_the_document_is_far_longer_than_the_model_reads(
    qtbot,
    app: Application,  # noqa: ANN001
) -> None:
    pane = app.window.panes["Summarize"]
    app.window.show_pane("Summarize")
    paste(pane, "A short note about the budget.")
    assert pane.fit_notice.isHidden()
    paste(pane, " ".join(["The council discussed the library budget at length."] * 4000))
    qtbot.waitUntil(pane.fit_notice.isVisible, timeout=5000)
    text = pane.fit_notice.label.text()
    assert "about 32,000 words" in text and "far more than SmolLM2 135M Instruct reads" in text


@pytest.mark.slow
def test_real_model_flags_exactly_the_paragraphs_the_check_finds(
    qtbot,
    open_real_app,  # noqa: ANN001
) -> None:
    app = open_real_app()
    pane = app.window.panes["Translate"]
    app.window.show_pane("Translate")
    paste(pane, LIGHTHOUSE + "\n\nEleven sailors were rescued there during the storm of 1888.")
    pane.target_language.setCurrentIndex(pane.target_language.findData("fr"))
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=180_000)
    assert all(pane.translated), "every paragraph got a translation"
    for row in range(pane.table.rowCount()):
        original = pane.table.item(row, 0).text()
        expected = check_translation(original, pane.translated[row], "fr")
        assert (row in pane.problems) == bool(expected)
        assert pane.table.item(row, 1).text().startswith("⚠ ") == bool(expected)
