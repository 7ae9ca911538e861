"""Conversations and their messages: create, list, edit, delete/undo, search."""

from __future__ import annotations

import copy
import dataclasses
import enum
import json
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Text, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from localchat.storage.database import Database
from localchat.storage.orm import ConversationRow, InstalledModelRow, MessageRow, utcnow
from localchat.storage.records import (
    MESSAGE_ROLES,
    MESSAGE_STATUSES,
    Conversation,
    Message,
    MessageStatus,
    SearchHit,
)
from localchat.storage.search import search_history

log = logging.getLogger(__name__)


class _Unset(enum.Enum):
    """The type of UNSET (an enum, so that ``is UNSET`` narrows the type)."""

    UNSET = enum.auto()


UNSET = _Unset.UNSET  # a keyword argument that was not given (None may be a value to store)


def _given(**arguments: Any) -> dict[str, Any]:
    """The keyword arguments that were given, by name."""
    return {name: value for name, value in arguments.items() if value is not UNSET}


def _names(record: Any) -> tuple[str, ...]:
    """The field names of a record (or record class), in their order."""
    return tuple(field.name for field in dataclasses.fields(record))


def _columns(table: type, record: type, **instead: Any) -> tuple[Any, ...]:
    """The table's columns named as the record's fields, in their order: ``record(*row)``.

    ``instead`` puts an expression in place of a column, by name.
    """
    return tuple(instead.get(name, getattr(table, name)) for name in _names(record))


def _values(record: Any, **instead: Any) -> dict[str, Any]:
    """A record's fields by name (the table's columns of the same names), some replaced."""
    return {name: getattr(record, name) for name in _names(record)} | instead


_MESSAGE_COLUMNS = _columns(MessageRow, Message)
# Settings as the stored JSON text, decoded in _conversation.
_CONVERSATION_COLUMNS = _columns(
    ConversationRow, Conversation, settings=type_coerce(ConversationRow.settings, Text)
)
_CONVERSATION_FIELDS = _names(Conversation)


def _conversation(row: Sequence[Any]) -> Conversation:
    """A conversation from a row of _CONVERSATION_COLUMNS."""
    values = dict(zip(_CONVERSATION_FIELDS, row, strict=True))
    settings = values["settings"]
    values["settings"] = (json.loads(settings) if settings else None) or {}
    values["title_is_auto"] = bool(values["title_is_auto"])
    return Conversation(**values)


def _check_status(status: str) -> None:
    if status not in MESSAGE_STATUSES:
        raise ValueError(f"Unknown message status {status!r}")


def _check_role(role: str) -> None:
    if role not in MESSAGE_ROLES:
        raise ValueError(f"Unknown message role {role!r}")


class ConversationRepository:
    """Reads and writes conversations and messages; every method is one short session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _get_row(self, session: Session, conversation_id: int) -> ConversationRow:
        row = session.get(ConversationRow, conversation_id)
        if row is None:
            raise KeyError(f"No conversation with id {conversation_id}")
        return row

    def _get_message_row(self, session: Session, message_id: int) -> MessageRow:
        row = session.get(MessageRow, message_id)
        if row is None:
            raise KeyError(f"No message with id {message_id}")
        return row

    def create(
        self,
        title: str = "New chat",
        model_id: int | None = None,
        system_prompt: str = "",
        settings: dict[str, Any] | None = None,
        *,
        title_is_auto: bool = False,
    ) -> Conversation:
        """Create an empty conversation and return it."""
        now = utcnow()
        values = {
            "title": title,
            "title_is_auto": title_is_auto,
            "created_at": now,
            "updated_at": now,
            "model_id": model_id,
            "system_prompt": system_prompt,
            "settings": copy.deepcopy(settings or {}),
        }
        # A plain INSERT, not an ORM unit of work: a third of the time, and a new chat's
        # first message creates its conversation on the GUI thread.
        with self._db.session() as session, session.begin():
            result = session.execute(insert(ConversationRow).values(**values))
            conversation_id = result.inserted_primary_key[0]
        log.debug("Created conversation %d", conversation_id)
        return Conversation(id=conversation_id, **values)  # type: ignore[arg-type]

    def get(self, conversation_id: int) -> Conversation:
        """Return one conversation; KeyError if there is none with this id."""
        statement = select(*_CONVERSATION_COLUMNS).where(ConversationRow.id == conversation_id)
        with self._db.session() as session:
            row = session.execute(statement).first()
        if row is None:
            raise KeyError(f"No conversation with id {conversation_id}")
        return _conversation(row)

    def list_recent(self, limit: int = 50, offset: int = 0) -> list[Conversation]:
        """Return conversations, most recently updated first."""
        statement = (
            select(*_CONVERSATION_COLUMNS)
            .order_by(ConversationRow.updated_at.desc(), ConversationRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        # Plain columns, not ORM objects: a third of the time (the sidebar reloads this on
        # the GUI thread).
        with self._db.session() as session:
            return [_conversation(row) for row in session.execute(statement)]

    def recent_ids(self) -> list[int]:
        """Every conversation's id, in the order of list_recent (most recently updated first)."""
        statement = select(ConversationRow.id).order_by(
            ConversationRow.updated_at.desc(), ConversationRow.id.desc()
        )
        with self._db.session() as session:
            return list(session.scalars(statement))

    def with_messages(
        self, conversation_ids: Sequence[int], batch_size: int = 200
    ) -> Iterator[tuple[Conversation, list[Message]]]:
        """Yield each conversation with its messages (oldest first), in the order given.

        One short session and two queries per batch of conversations, rather than two per
        conversation, and only one batch in memory at a time. A conversation deleted
        meanwhile is left out. For exports of the whole history (a million messages).
        """
        for start in range(0, len(conversation_ids), batch_size):
            batch = conversation_ids[start : start + batch_size]
            found, columns, spans = self._load_batch(batch)
            for conversation_id in batch:
                if conversation_id in found:
                    first, end = spans.get(conversation_id, (0, 0))
                    fields = zip(*(column[first:end] for column in columns), strict=True)
                    messages = [Message(*values) for values in fields]
                    yield _conversation(found[conversation_id]), messages

    def _load_batch(
        self, batch: Sequence[int]
    ) -> tuple[dict[int, tuple[Any, ...]], list[list[Any]], dict[int, tuple[int, int]]]:
        """The batch's conversation rows, its messages column by column, and their spans.

        Each conversation's messages are rows [first, end) of the columns. Why columns: a
        full garbage collection holds the GIL (freezing the GUI) for 60-90 ms in the app,
        and it is set off once enough objects have survived two younger collections.
        Younger collections run when more container objects were made than freed; a list
        of 20,000 row tuples is 20,000 of them (and the records of the conversation being
        written, still alive meanwhile, get promoted), while one list per column of
        strings, numbers and datetimes is ten. Records are made one conversation at a time,
        as they are yielded, so making and dropping them evens out.
        """
        conversations = select(*_CONVERSATION_COLUMNS).where(ConversationRow.id.in_(batch))
        statement = (
            select(*_MESSAGE_COLUMNS)
            .where(MessageRow.conversation_id.in_(batch))
            .order_by(MessageRow.conversation_id, MessageRow.id)
        )
        columns: list[list[Any]] = [[] for _ in _MESSAGE_COLUMNS]
        with self._db.session() as session:
            connection = session.connection()
            for row in connection.execute(statement):
                for column, value in zip(columns, row, strict=True):
                    column.append(value)
            found = {row[0]: tuple(row) for row in connection.execute(conversations)}
        spans: dict[int, tuple[int, int]] = {}
        for index, conversation_id in enumerate(columns[1]):
            first, _ = spans.get(conversation_id, (index, index))
            spans[conversation_id] = (first, index + 1)
        return found, columns, spans

    def count(self) -> int:
        """Return the number of conversations."""
        with self._db.session() as session:
            return session.scalar(select(func.count()).select_from(ConversationRow)) or 0

    def rename(self, conversation_id: int, title: str, auto: bool = False) -> Conversation:
        """Set the title; ``auto`` marks a title the app made up rather than the user."""
        return self._change(conversation_id, title=title, title_is_auto=auto)

    def retitle_untitled(self, conversation_id: int, untitled: str, title: str) -> bool:
        """Give the app's ``title`` to a conversation still named ``untitled`` by the app.

        One transaction, so a title the user sets meanwhile is never overwritten. Returns
        whether the title changed.
        """
        with self._db.session() as session, session.begin():
            row = self._get_row(session, conversation_id)
            if not (row.title_is_auto and row.title == untitled):
                return False
            row.title = title
            row.updated_at = utcnow()
        return True

    def update(
        self,
        conversation_id: int,
        *,
        model_id: int | None | _Unset = UNSET,
        system_prompt: str | _Unset = UNSET,
        settings: dict[str, Any] | _Unset = UNSET,
    ) -> Conversation:
        """Change only the given fields of a conversation."""
        given = _given(model_id=model_id, system_prompt=system_prompt, settings=settings)
        return self._change(conversation_id, **given)

    def _change(self, conversation_id: int, **values: Any) -> Conversation:
        """Set these columns and mark the conversation updated; KeyError if it is missing."""
        statement = (
            update(ConversationRow)
            .where(ConversationRow.id == conversation_id)
            .values(**values, updated_at=utcnow())
            .returning(*_CONVERSATION_COLUMNS)
        )
        with self._db.session() as session, session.begin():
            row = session.execute(statement).first()
        if row is None:
            raise KeyError(f"No conversation with id {conversation_id}")
        return _conversation(row)

    def delete(self, conversation_id: int) -> None:
        """Delete a conversation and all its messages; KeyError if missing."""
        with self._db.session() as session, session.begin():
            result = session.execute(
                delete(ConversationRow).where(ConversationRow.id == conversation_id)
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise KeyError(f"No conversation with id {conversation_id}")
        log.debug("Deleted conversation %d", conversation_id)

    def restore(self, conversation: Conversation, messages: list[Message]) -> Conversation:
        """Undo a delete: insert the conversation and its messages again, with the same ids."""
        with self._db.session() as session, session.begin():
            model_id = conversation.model_id
            if model_id is not None and session.get(InstalledModelRow, model_id) is None:
                model_id = None  # the model was removed meanwhile
            settings = copy.deepcopy(conversation.settings)
            session.add(
                ConversationRow(**_values(conversation, model_id=model_id, settings=settings))
            )
            session.flush()
            session.add_all(
                MessageRow(**_values(m, conversation_id=conversation.id)) for m in messages
            )
        return self.get(conversation.id)

    def add_message(
        self,
        conversation_id: int,
        role: str,
        text: str,
        status: MessageStatus = "complete",
    ) -> Message:
        """Append a message and mark the conversation as updated."""
        _check_role(role)
        _check_status(status)
        now = utcnow()
        # Plain statements, not an ORM unit of work (a third of the time): answers are
        # stored on the inference thread while the GUI thread waits for the same GIL.
        with self._db.session() as session, session.begin():
            touched = session.execute(
                update(ConversationRow)
                .where(ConversationRow.id == conversation_id)
                .values(updated_at=now)
            )
            if touched.rowcount == 0:  # type: ignore[attr-defined]
                raise KeyError(f"No conversation with id {conversation_id}")
            row = session.execute(
                insert(MessageRow)
                .values(
                    conversation_id=conversation_id,
                    role=role,
                    text=text,
                    created_at=now,
                    status=status,
                )
                .returning(*_MESSAGE_COLUMNS)
            ).one()
        return Message(*row)

    def update_message(
        self,
        message_id: int,
        *,
        text: str | _Unset = UNSET,
        status: MessageStatus | _Unset = UNSET,
        prompt_tokens: int | None | _Unset = UNSET,
        completion_tokens: int | None | _Unset = UNSET,
        generation_seconds: float | None | _Unset = UNSET,
        tokens_per_second: float | None | _Unset = UNSET,
    ) -> Message:
        """Change only the given fields of a message, e.g. while an answer streams."""
        if status is not UNSET:
            _check_status(status)
        given = _given(
            text=text,
            status=status,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            generation_seconds=generation_seconds,
            tokens_per_second=tokens_per_second,
        )
        with self._db.session() as session, session.begin():
            if given:
                row = session.execute(
                    update(MessageRow)
                    .where(MessageRow.id == message_id)
                    .values(**given)
                    .returning(*_MESSAGE_COLUMNS)
                ).first()
            else:  # nothing to change: the message as it is
                row = session.execute(
                    select(*_MESSAGE_COLUMNS).where(MessageRow.id == message_id)
                ).first()
        if row is None:
            raise KeyError(f"No message with id {message_id}")
        return Message(*row)

    def messages(self, conversation_id: int) -> list[Message]:
        """Return the messages of a conversation, oldest first."""
        statement = (
            select(*_MESSAGE_COLUMNS)
            .where(MessageRow.conversation_id == conversation_id)
            .order_by(MessageRow.id)
        )
        with self._db.session() as session:
            return [Message(*row) for row in session.execute(statement)]

    def delete_messages_from(self, message_id: int) -> int:
        """Delete this message and every later one of its conversation; return how many."""
        with self._db.session() as session, session.begin():
            row = self._get_message_row(session, message_id)
            result = session.execute(
                delete(MessageRow).where(
                    MessageRow.conversation_id == row.conversation_id,
                    MessageRow.id >= message_id,
                )
            )
            session.execute(
                update(ConversationRow)
                .where(ConversationRow.id == row.conversation_id)
                .values(updated_at=utcnow())
            )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def mark_unfinished_as_interrupted(self) -> int:
        """At start-up, turn every 'partial' message into 'interrupted'; return how many."""
        with self._db.session() as session, session.begin():
            result = session.execute(
                update(MessageRow)
                .where(MessageRow.status == "partial")
                .values(status="interrupted")
            )
        count = int(result.rowcount)  # type: ignore[attr-defined]
        if count:
            log.info("Marked %d unfinished answers as interrupted", count)
        return count

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Search message text and titles; any user text is safe. Newest first."""
        with self._db.session() as session:
            return search_history(session, query, limit)
