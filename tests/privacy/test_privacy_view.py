"""The Privacy view: sentence, empty state, ledger table, the Offline switch, accessibility."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from localchat.services.privacy import PrivacyService
from localchat.ui.privacy.privacy_view import (
    COL_HOST,
    COL_PURPOSE,
    COL_SIZE,
    COL_TIME,
    EMPTY_TEXT,
    SORT_ROLE,
    PrivacyDialog,
)


@pytest.fixture
def dialog(qtbot, privacy: PrivacyService) -> PrivacyDialog:  # noqa: ANN001
    widget = PrivacyDialog(privacy)
    qtbot.addWidget(widget)
    return widget


def test_empty_ledger_shows_the_empty_state(dialog: PrivacyDialog) -> None:
    view = dialog.view
    assert view.is_empty()
    assert view.empty_label.text() == EMPTY_TEXT == "Nothing has left this computer."
    assert view.sentence.text() == "No connection so far."
    assert view.sentence.font().pointSizeF() > dialog.font().pointSizeF()
    assert view.table_model.rowCount() == 0


def test_a_request_from_a_thread_appears_in_the_table(qtbot, dialog, privacy, ledger) -> None:
    ledger.record("huggingface.co", "hub-search", 900, at=datetime(2026, 11, 28, 9, tzinfo=UTC))
    with qtbot.waitSignal(privacy.recorded):
        privacy.record("cdn-lfs.hf.co", "download", 12_400_000)
    view = dialog.view
    assert not view.is_empty()
    model = view.table_model
    assert model.rowCount() == 2
    cell = lambda row, column, role=Qt.ItemDataRole.DisplayRole: model.data(  # noqa: E731
        model.index(row, column), role
    )
    assert [cell(0, c) for c in (COL_HOST, COL_PURPOSE, COL_SIZE)] == [
        "cdn-lfs.hf.co",
        "Model download",
        "11.8 MB",
    ]
    assert cell(0, COL_SIZE, Qt.ItemDataRole.ToolTipRole) == "12,400,000 bytes"
    assert cell(0, COL_SIZE, SORT_ROLE) == 12_400_000
    assert cell(1, COL_PURPOSE) == "Model search"
    assert "2026" in cell(1, COL_TIME)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Time",
        "Host",
        "Purpose",
        "Size",
    ]
    assert view.sentence.text().startswith("2 connections (11.8 MB) so far: ")


def test_the_switch_turns_offline_on_and_follows_the_service(dialog, privacy, saved) -> None:
    switch = dialog.view.offline_switch
    assert switch.text().replace("&", "") == "Offline: never use the network"
    assert not switch.isChecked()
    switch.click()
    assert privacy.offline is True
    assert saved == [True]
    privacy.offline = False  # e.g. from the Settings dialog
    assert not switch.isChecked()
    assert saved == [True, False]


def test_accessible_names_and_tab_order(dialog: PrivacyDialog) -> None:
    view = dialog.view
    assert view.sentence.accessibleName() == "Network summary"
    assert view.offline_switch.accessibleName() == "Offline mode"
    assert view.table.accessibleName() == "Network ledger"
    assert view.empty_label.accessibleName() == "Network ledger"
    close = dialog.buttons.buttons()[0]
    assert close.accessibleName() == "Close"
    assert _tab_stops(view.offline_switch, 3) == [view.table, close, view.offline_switch]


def _tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab reaches from ``start``."""
    stops, widget = [], start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            stops.append(widget)
    return stops
