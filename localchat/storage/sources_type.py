"""The column type of an answer's sources: Source records in, JSON in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Dialect, TypeDecorator

from localchat.storage.source_records import Source, sources_from_json, sources_to_json


class SourcesJSON(TypeDecorator[tuple[Source, ...]]):
    """An answer's sources as a JSON list; NULL for an answer given without documents.

    Records come back as ``Source`` tuples, so rows read with plain column lists (as
    ConversationRepository does) make ``Message`` records with no conversion step.
    """

    impl = JSON
    cache_ok = True

    def process_bind_param(
        self, value: tuple[Source, ...] | None, dialect: Dialect
    ) -> list[dict[str, Any]] | None:
        """Sources to JSON-ready lists (lists of dicts, as restored messages may carry)."""
        if value is None:
            return None
        return [item if isinstance(item, dict) else item.to_json() for item in value]

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[Source, ...] | None:
        """The stored JSON back as Source records."""
        return sources_from_json(value)


__all__ = ["SourcesJSON", "sources_to_json"]
