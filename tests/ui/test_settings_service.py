"""Settings change in one place, are saved, and reach what depends on them without a restart."""

from __future__ import annotations

import json

from localchat.app import Application


def test_a_new_context_length_reaches_the_models_fit_at_once(qtbot, app: Application) -> None:  # noqa: ANN001
    with qtbot.waitSignal(app.models.surveyed, timeout=30_000):
        app.models.survey()
    before = {a.variant.key: a.estimate.total for a in app.models.last_survey.assessments}
    with qtbot.waitSignal(app.models.surveyed, timeout=30_000):
        app.settings.update(context_length=16_384)
    after = {a.variant.key: a.estimate.total for a in app.models.last_survey.assessments}
    key = "smollm2-135m-instruct:Q4_1"
    assert after[key] > before[key], "a longer context needs more memory in the estimate"
    saved = json.loads(app.core.paths.settings_file.read_text())
    assert saved["context_length"] == 16_384
    assert app.core.load_options().context_length == 16_384


def test_an_unchanged_value_saves_and_says_nothing(qtbot, app: Application) -> None:  # noqa: ANN001
    with qtbot.assertNotEmitted(app.settings.changed, wait=50):
        app.settings.update(context_length=app.core.settings.context_length)
    assert not app.core.paths.settings_file.exists()
