"""Which numbered sources an answer cites as [n] (light: the window uses it at start)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_SEPARATOR = re.compile(r"\s*[,;]\s*")


class Numbered(Protocol):
    """A source with its number in the answer."""

    @property
    def number(self) -> int:
        """The n of [n]."""
        ...


S = TypeVar("S", bound=Numbered)


def cited_numbers(answer: str) -> set[int]:
    """The numbers the answer cites: [1], [1, 2], [1; 2] and [1][2]."""
    numbers: set[int] = set()
    for match in _CITATION.finditer(answer):
        numbers.update(int(part) for part in _SEPARATOR.split(match.group(1)))
    return numbers


def cited_sources(answer: str, sources: Sequence[S]) -> list[S]:
    """The sources the answer cites, in number order."""
    numbers = cited_numbers(answer)
    return [source for source in sources if source.number in numbers]


def sources_to_show(answer: str, sources: Sequence[S]) -> list[S]:
    """The sources to list under an answer: those it cites, else all it was given.

    A small model often answers from a passage without citing it; its sources are then
    still the passages it read.
    """
    return cited_sources(answer, sources) or list(sources)
