"""Summarize and Translate panes with a scripted engine: run, stream, stop, export, errors."""

from __future__ import annotations

from pathlib import Path

from localchat.app import Application
from localchat.engines.fake import FakeEngine

ARTICLE = "\n\n".join(
    f"Paragraph {i}. The council discussed the budget for the new library and its costs."
    for i in range(12)
)


def paste(pane, text: str) -> None:  # noqa: ANN001
    pane.source.paste_box.setPlainText(text)
    pane.source.use_paste_button.click()


def test_summarize_pasted_text_and_export_it(qtbot, app: Application, tmp_path: Path) -> None:  # noqa: ANN001
    pane = app.window.panes["Summarize"]
    app.window.show_pane("Summarize")
    paste(pane, ARTICLE)
    assert "words" in pane.source.info.text()
    assert pane.start_button.isEnabled()
    pane.start_button.click()
    assert pane.start_button.text() == "Stop"
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=20_000)
    assert pane.summary_text == "Apples, **bananas** and cherries."
    assert pane.result.toPlainText().strip() == "Apples, bananas and cherries."  # rendered
    assert pane.parts.count() >= 1
    assert pane.progress.label.text() == "Done."
    target = tmp_path / "summary.md"
    with qtbot.waitSignal(app.documents.exported, timeout=5000):
        app.documents.export_summary(target, pane.summary_text, "Summary of pasted text")
    assert "bananas" in target.read_text()
    jobs = app.core.jobs.list_recent("summarize")
    assert [job.status for job in jobs] == ["finished"]


def test_stopping_a_summary_keeps_the_finished_parts(
    qtbot,
    app: Application,
    fake_engine: FakeEngine,  # noqa: ANN001
) -> None:
    fake_engine.reply = " ".join(["word"] * 300)
    fake_engine.token_delay = 0.01
    pane = app.window.panes["Summarize"]
    paste(pane, ARTICLE * 6)
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.parts.count() >= 1, timeout=20_000)
    pane.start_button.click()  # Stop
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=20_000)
    assert "Stopped" in pane.progress.label.text()
    assert [job.status for job in app.core.jobs.list_recent("summarize")] == ["stopped"]


def test_translate_fills_the_side_by_side_table(
    qtbot,
    app: Application,
    fake_engine,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    fake_engine.reply = "Hola mundo."
    pane = app.window.panes["Translate"]
    source = tmp_path / "notes.md"
    source.write_text("# Title\n\nHello world.\n\n- first item\n- second item\n")
    pane.source.open_path(source)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 4, timeout=10_000)
    assert pane.table.item(0, 0).text() == "# Title"
    pane.target_language.setCurrentIndex(pane.target_language.findData("de"))
    pane.glossary.setText("LocalChat, Ada")
    assert pane.options().glossary == ("LocalChat", "Ada")
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=20_000)
    translations = [pane.table.item(row, 1).text() for row in range(4)]
    assert all("Hola mundo" in text for text in translations)
    assert pane.export_button.isEnabled()


def test_a_file_that_is_not_a_document_gets_a_plain_notice(
    qtbot,
    app: Application,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    pane = app.window.panes["Summarize"]
    pane.source.open_path(png)
    qtbot.waitUntil(lambda: not pane.notice.isHidden(), timeout=10_000)
    assert "not text LocalChat can read" in pane.notice.text()
    assert not pane.start_button.isEnabled()


def test_a_long_summary_on_battery_suggests_a_smaller_model(
    qtbot,
    app: Application,
    monkeypatch,  # noqa: ANN001
) -> None:
    # The power supply cannot be unplugged from a test: its reading is replaced.
    monkeypatch.setattr("localchat.tasks.job_support.on_battery", lambda: True)
    pane = app.window.panes["Summarize"]
    app.window.show_pane("Summarize")
    paste(pane, ARTICLE * 40)  # several parts: a long job
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.request_id is None, timeout=60_000)
    assert pane.parts.count() >= 4
    assert pane.fit_notice.isVisible()
    advice = pane.fit_notice.label.text()
    assert "battery" in advice and "smaller model" in advice
