"""Fixtures for window tests: a real core on a temp data dir, a scripted or real engine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from localchat.app import Application
from localchat.bootstrap import Core, open_core
from localchat.engines.base import Engine
from localchat.engines.factory import open_engine
from localchat.engines.fake import FakeEngine
from localchat.paths import resolve_paths


@pytest.fixture
def core(data_dir: Path) -> Iterator[Core]:
    opened = open_core(resolve_paths(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine(reply="Apples, **bananas** and cherries.", token_delay=0.005)


@pytest.fixture
def app(qtbot, qapp, core: Core, fake_engine: FakeEngine) -> Iterator[Application]:  # noqa: ANN001
    application = Application(core, qapp, opener=lambda _location, _options: fake_engine)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application
    application.window.close()
    application.shutdown()


@pytest.fixture
def open_real_app(qtbot, qapp, core: Core) -> Iterator[Callable[..., Application]]:  # noqa: ANN001
    """The window on the real default model (in its engine host), built when the test asks.

    ``open_app(wrap)`` hands every engine the app opens to ``wrap`` and uses what it returns
    (a recorder of what the real engine was asked, say).
    """
    built: list[Application] = []

    def open_app(wrap: Callable[[Engine], Engine] | None = None) -> Application:
        if wrap is None:
            application = Application(core, qapp)
        else:
            application = Application(
                core,
                qapp,
                opener=lambda location, options: wrap(open_engine(location.path, options)),
            )
        qtbot.addWidget(application.window)
        application.window.show()
        built.append(application)
        return application

    yield open_app
    for application in built:
        application.window.close()
        application.shutdown()
