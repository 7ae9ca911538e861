"""Document readers: txt, md, html, pdf, docx and pasted text into structured text."""

from localchat.documents.model import Block, BlockKind, Document, ReadCancelled
from localchat.documents.reader import (
    SUPPORTED_SUFFIXES,
    read_document,
    read_pasted_text,
    warm_up_readers,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "BlockKind",
    "Document",
    "ReadCancelled",
    "read_document",
    "read_pasted_text",
    "warm_up_readers",
]
