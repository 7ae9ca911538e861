"""Which documents a question is answered from (light: the window imports it at start)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentScope:
    """Which documents a question is answered from: every one (no ids) or those chosen."""

    document_ids: frozenset[int] = frozenset()

    @property
    def all_documents(self) -> bool:
        """Whether the whole library is searched."""
        return not self.document_ids

    def holds(self, document_id: int) -> bool:
        """Whether a document is in the scope."""
        return self.all_documents or document_id in self.document_ids
