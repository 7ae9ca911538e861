"""Split a document into chunks that fit a token budget, on block and sentence boundaries."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from localchat.documents import Block, Document

CountTokens = Callable[[str], int]

BLOCK_SEPARATOR = "\n\n"
# Tokens a separator may cost between two blocks; an upper bound for common tokenizers.
SEPARATOR_TOKENS = 2
# Share of the estimated window tried first when cutting text, to land under the budget.
_FILL = 0.92
_SAMPLE_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?。！？…](?:[\"'”’)\]]*)\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Chunk:
    """A run of blocks that fits the budget; ``tokens`` is its counted size."""

    index: int
    blocks: tuple[Block, ...]
    tokens: int

    @property
    def text(self) -> str:
        """The chunk as readable text, blocks separated like Document.text()."""
        return render_blocks(self.blocks)


def render_blocks(blocks: Sequence[Block]) -> str:
    """Blocks as readable text: blank lines between blocks, single lines within a list."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            same_list = previous.kind == "list_item" and block.kind == "list_item"
            parts.append("\n" if same_list else BLOCK_SEPARATOR)
        parts.append(block.render())
        previous = block
    return "".join(parts)


def _best_cut(text: str, start: int, end: int) -> int:
    """Where to end a piece in text[start:end]: a sentence end, else a space, else ``end``."""
    if end >= len(text):
        return len(text)
    floor = start + (end - start) // 2
    last_sentence = None
    for match in _SENTENCE_END.finditer(text, floor, end):
        last_sentence = match.end()
    if last_sentence is not None and last_sentence > start:
        return last_sentence
    space = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end))
    return space + 1 if space > start else end


def split_text(text: str, count_tokens: CountTokens, budget: int) -> list[str]:
    """Cut text into pieces of at most ``budget`` tokens: at sentence ends, else between words.

    Counting is linear in the text: the window size comes from the measured characters per
    token, and a piece that comes out too big is cut shorter and counted again.
    """
    if budget < 1:
        raise ValueError("The token budget must be at least 1")
    return [piece for piece in _pieces(text, count_tokens, budget) if piece]


def _pieces(text: str, count_tokens: CountTokens, budget: int) -> Iterator[str]:
    sample = text[:_SAMPLE_CHARS]
    chars_per_token = max(0.25, len(sample) / max(1, count_tokens(sample)))
    position = 0
    while position < len(text):
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return
        window = max(1, int(budget * chars_per_token * _FILL))
        end = min(len(text), position + window)
        while True:
            cut = _best_cut(text, position, end)
            piece = text[position:cut].strip()
            tokens = count_tokens(piece)
            if tokens <= budget or cut - position <= 1:
                break
            shrink = max(1, int((cut - position) * budget / tokens * _FILL))
            end = position + min(shrink, cut - position - 1)
        if piece:
            chars_per_token = max(0.25, len(piece) / max(1, tokens))
        yield piece
        position = cut


@dataclass
class _Unit:
    """Headings with the block that follows them: packed together, never apart."""

    blocks: list[Block]
    tokens: int


def _units(blocks: Sequence[Block], count_tokens: CountTokens, budget: int) -> list[_Unit]:
    """Group headings with the next block; split blocks larger than the budget."""
    units: list[_Unit] = []
    headings: list[Block] = []
    heading_tokens = 0
    for block in blocks:
        tokens = count_tokens(block.render())
        if block.kind == "heading" and tokens + SEPARATOR_TOKENS < budget // 2:
            if headings and heading_tokens + tokens + SEPARATOR_TOKENS >= budget // 2:
                units.append(_Unit(headings, heading_tokens))
                headings, heading_tokens = [], 0
            headings.append(block)
            heading_tokens += tokens + SEPARATOR_TOKENS
            continue
        pieces = [(block, tokens)]
        if tokens > budget - heading_tokens:
            pieces = _split_block(block, count_tokens, budget, budget - heading_tokens)
        first_block, first_tokens = pieces[0]
        units.append(_Unit([*headings, first_block], heading_tokens + first_tokens))
        units.extend(_Unit([piece], piece_tokens) for piece, piece_tokens in pieces[1:])
        headings, heading_tokens = [], 0
    if headings:
        units.append(_Unit(headings, heading_tokens))
    return units


def _split_block(
    block: Block, count_tokens: CountTokens, budget: int, first_budget: int
) -> list[tuple[Block, int]]:
    """A block too big for one chunk as several blocks of the same kind."""
    marker = count_tokens(Block(block.kind, "x", block.level).render()) - count_tokens("x")
    limit = max(1, budget - max(0, marker) - SEPARATOR_TOKENS)
    first_limit = max(1, first_budget - max(0, marker) - SEPARATOR_TOKENS)
    texts = split_text(block.text, count_tokens, first_limit)
    if len(texts) > 1 and first_limit < limit:
        rest = block.text[block.text.find(texts[0]) + len(texts[0]) :]
        texts = texts[:1] + split_text(rest, count_tokens, limit)
    pieces = []
    for text in texts:
        piece = Block(block.kind, text, block.level, block.page)
        pieces.append((piece, count_tokens(piece.render())))
    return pieces


def chunk_blocks(blocks: Sequence[Block], count_tokens: CountTokens, budget: int) -> list[Chunk]:
    """Pack blocks into chunks of at most ``budget`` tokens, keeping headings with their text."""
    if budget < 8:
        raise ValueError("The token budget is too small to hold any text")
    chunks: list[Chunk] = []
    current: list[Block] = []
    used = 0
    for unit in _units(blocks, count_tokens, budget):
        cost = unit.tokens + (SEPARATOR_TOKENS if current else 0)
        if current and used + cost > budget:
            chunks.append(Chunk(len(chunks), tuple(current), used))
            current, used, cost = [], 0, unit.tokens
        current.extend(unit.blocks)
        used += cost
    if current:
        chunks.append(Chunk(len(chunks), tuple(current), used))
    return _verified(chunks, count_tokens, budget)


def _verified(chunks: list[Chunk], count_tokens: CountTokens, budget: int) -> list[Chunk]:
    """Count each chunk as a whole; one that a tokenizer merge pushed over is halved."""
    result: list[Chunk] = []
    for chunk in chunks:
        tokens = count_tokens(chunk.text)
        if tokens <= budget or len(chunk.blocks) == 1:
            result.append(Chunk(len(result), chunk.blocks, tokens))
            continue
        middle = len(chunk.blocks) // 2
        for half in (chunk.blocks[:middle], chunk.blocks[middle:]):
            for piece in _verified([Chunk(0, half, 0)], count_tokens, budget):
                result.append(Chunk(len(result), piece.blocks, piece.tokens))
    return result


def chunk_document(document: Document, count_tokens: CountTokens, budget: int) -> list[Chunk]:
    """The document's blocks packed into chunks of at most ``budget`` tokens."""
    return chunk_blocks(document.blocks, count_tokens, budget)


def normalise_space(text: str) -> str:
    """Runs of whitespace as single spaces (for comparing text across a split)."""
    return _SPACE.sub(" ", text).strip()
