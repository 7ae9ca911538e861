"""A passage of the user's documents that an answer was given, as stored with the answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import PurePath
from typing import Any


@dataclass(frozen=True)
class Source:
    """A numbered passage given to the model for an answer: [number] in the answer cites it.

    ``char_start`` and ``char_end`` are offsets into the document's text as the readers
    give it (``Document.text()``), so the viewer can show the passage in its place. The
    path and text are copies: the source still reads the same after the file changes.
    """

    number: int
    document_id: int
    path: str
    title: str
    page: int | None
    heading: str | None
    text: str
    char_start: int
    char_end: int

    @property
    def file_name(self) -> str:
        """The document's file name, without its folder."""
        return PurePath(self.path).name

    def to_json(self) -> dict[str, Any]:
        """The source as a JSON object (what the messages table stores)."""
        return asdict(self)

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Source:
        """A source from its JSON object; unknown keys (from a newer version) are ignored."""
        names = {field.name for field in fields(cls)}
        return cls(**{name: item for name, item in value.items() if name in names})


def sources_to_json(sources: tuple[Source, ...] | None) -> list[dict[str, Any]] | None:
    """What to store: None for an answer given without documents, else a (maybe empty) list."""
    return None if sources is None else [source.to_json() for source in sources]


def sources_from_json(value: Any) -> tuple[Source, ...] | None:
    """The stored sources back (None: the answer did not use the documents)."""
    if value is None:
        return None
    return tuple(Source.from_json(item) for item in value)
