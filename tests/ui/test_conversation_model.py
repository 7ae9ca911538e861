"""The sidebar's model, headless: newest first, grouped by day, headers not selectable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from localchat.ui.chat.conversation_model import (
    ConversationIdRole,
    ConversationListModel,
    IsHeaderRole,
)


@dataclass
class Conv:
    id: int
    title: str
    updated_at: datetime


def test_groups_today_yesterday_earlier(qapp) -> None:  # noqa: ANN001
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    model = ConversationListModel()
    model.set_conversations(
        [
            Conv(3, "Soup recipe", now),
            Conv(2, "Trip plan", now - timedelta(days=1)),
            Conv(1, "Old notes", now - timedelta(days=9)),
        ],
        today=date(2026, 11, 28),
    )
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == ["Today", "Soup recipe", "Yesterday", "Trip plan", "Earlier", "Old notes"]
    assert model.index(0).data(IsHeaderRole) is True
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1).data(ConversationIdRole) == 3
    assert model.row_of(1) == 5


def test_a_new_conversation_goes_first_under_its_day(qapp) -> None:  # noqa: ANN001
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    today = date(2026, 11, 28)
    model = ConversationListModel()
    model.set_conversations([Conv(1, "Old notes", now - timedelta(days=9))], today=today)
    model.add_conversation(Conv(2, "Trip plan", now), today=today)  # a new "Today" header
    model.add_conversation(Conv(3, "Soup recipe", now), today=today)  # under that header
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == ["Today", "Soup recipe", "Trip plan", "Earlier", "Old notes"]
    assert model.row_of(3) == 1
    empty = ConversationListModel()
    empty.add_conversation(Conv(4, "First ever", now), today=today)
    assert [empty.index(r).data() for r in range(empty.rowCount())] == ["Today", "First ever"]
