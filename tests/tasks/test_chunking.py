"""Chunks fit the token budget of a real tokenizer, keep headings with their text, and cope
with a single huge line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from localchat.documents import Block, Document
from localchat.engines.fake import FakeEngine
from localchat.engines.vocabulary import Vocabulary
from localchat.tasks.chunking import chunk_blocks, chunk_document, normalise_space, split_text

BUDGET = 200


class Tokenizer:
    """SmolLM2's real tokenizer: its vocabulary alone, as the app counts tokens (no model)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.count_tokens = vocabulary.count


@pytest.fixture(scope="module")
def smol(default_model_path: Path) -> Iterator[Tokenizer]:
    vocabulary = Vocabulary.load(default_model_path)
    yield Tokenizer(vocabulary)
    vocabulary.close()


def _document(blocks: list[Block]) -> Document:
    return Document("Doc", tuple(blocks), "doc.md", 1, "0" * 64)


def _sample_blocks() -> list[Block]:
    blocks: list[Block] = []
    for section in range(6):
        blocks.append(Block("heading", f"Section {section}: results of the trial", level=2))
        for paragraph in range(3):
            words = " ".join(f"word{section}{paragraph}{n}" for n in range(8 + 6 * paragraph))
            blocks.append(Block("paragraph", f"This paragraph says {words}. It ends here."))
        blocks.append(Block("list_item", f"A point about section {section}."))
    return blocks


def test_chunks_respect_the_budget_of_a_real_tokenizer(smol: Tokenizer) -> None:
    blocks = _sample_blocks()
    chunks = chunk_blocks(blocks, smol.count_tokens, BUDGET)
    assert len(chunks) > 3
    for chunk in chunks:
        assert smol.count_tokens(chunk.text) <= BUDGET
        assert chunk.tokens == smol.count_tokens(chunk.text)
    # Nothing lost, nothing reordered: whole blocks only, since none is over the budget.
    assert [b for chunk in chunks for b in chunk.blocks] == blocks
    assert [chunk.index for chunk in chunks] == list(range(len(chunks)))


def test_a_heading_never_ends_a_chunk(smol: Tokenizer) -> None:
    chunks = chunk_blocks(_sample_blocks(), smol.count_tokens, 120)
    for chunk in chunks[:-1]:
        assert chunk.blocks[-1].kind != "heading"
    for chunk in chunks:
        if chunk.blocks[0].kind == "heading":
            assert chunk.blocks[1].kind != "heading"


def test_a_heading_stays_with_the_start_of_an_oversized_paragraph(smol: Tokenizer) -> None:
    long_text = " ".join(f"Sentence number {n} tells something new." for n in range(200))
    blocks = [Block("heading", "Intro", level=1), Block("paragraph", long_text)]
    chunks = chunk_document(_document(blocks), smol.count_tokens, BUDGET)
    assert len(chunks) > 3
    assert chunks[0].blocks[0] == blocks[0]
    assert chunks[0].blocks[1].kind == "paragraph"
    for chunk in chunks:
        assert smol.count_tokens(chunk.text) <= BUDGET
    # Split on sentence boundaries: every piece ends a sentence.
    pieces = [b.text for chunk in chunks for b in chunk.blocks if b.kind == "paragraph"]
    assert all(piece.endswith(".") for piece in pieces)
    assert normalise_space(" ".join(pieces)) == normalise_space(long_text)


def test_a_5_mb_single_line_is_split(smol: Tokenizer) -> None:
    line = ("lorem ipsum dolor sit amet consectetur adipiscing elit " * 95_000)[:5_000_000]
    assert "\n" not in line and len(line) == 5_000_000
    counted: list[int] = []

    def count(text: str) -> int:
        counted.append(len(text))
        return smol.count_tokens(text)

    pieces = split_text(line, count, 1000)
    assert len(pieces) > 1000
    # Linear work: each character is counted about once (a piece that comes out too big is
    # counted again, shorter), never once per piece. bench/documents.py times the split.
    assert sum(counted) < 2 * len(line), (sum(counted), len(counted))
    sample = pieces[:: max(1, len(pieces) // 20)]
    assert all(smol.count_tokens(piece) <= 1000 for piece in sample)
    assert all(smol.count_tokens(piece) > 800 for piece in pieces[:-1][:: len(pieces) // 20])
    assert normalise_space(" ".join(pieces)) == normalise_space(line)


def test_text_without_spaces_is_cut_anywhere() -> None:
    fake = FakeEngine()
    text = "x" * 10_000
    pieces = split_text(text, fake.count_tokens, 100)
    assert "".join(pieces) == text
    assert all(fake.count_tokens(piece) <= 100 for piece in pieces)


def test_many_tiny_blocks_are_packed_together() -> None:
    fake = FakeEngine()
    blocks = [Block("list_item", f"item {n}") for n in range(100)]
    chunks = chunk_blocks(blocks, fake.count_tokens, 100)
    assert 2 < len(chunks) < 20
    assert all(fake.count_tokens(chunk.text) <= 100 for chunk in chunks)
