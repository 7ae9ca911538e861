"""Passages for search: within one page or heading, overlapping, with spans into the text."""

from __future__ import annotations

from pathlib import Path

from retrieval_helpers import build_pdf

from localchat.documents import read_document
from localchat.tasks.retrieval_chunks import (
    OVERLAP_TOKENS,
    TARGET_TOKENS,
    estimate_tokens,
    page_count,
    passages,
)


def _page_lines(page: int, sentences: int) -> list[str]:
    lines = []
    for n in range(sentences):
        lines.append(f"Page {page} sentence {n} tells of the harbour and its ships.")
        if n % 6 == 5:
            lines.append("")
    return lines


def test_pdf_passages_keep_their_page_and_never_cross_one(tmp_path: Path) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(build_pdf([_page_lines(1, 40), _page_lines(2, 3), _page_lines(3, 40)]))
    document = read_document(path)
    found = passages(document)

    assert {p.page for p in found} == {1, 2, 3}
    text = document.text()
    for passage in found:
        assert text[passage.char_start : passage.char_end] == passage.text
        assert f"Page {passage.page} sentence" in passage.text
        others = {1, 2, 3} - {passage.page}
        assert not any(f"Page {page} sentence" in passage.text for page in others)
        assert passage.tokens <= TARGET_TOKENS
        assert passage.heading is None
    assert [p.ordinal for p in found] == list(range(len(found)))
    assert page_count(document) == 3


def test_long_pages_are_cut_with_overlap(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(build_pdf([_page_lines(1, 45)]))
    found = passages(read_document(path))

    assert len(found) >= 2
    for before, after in zip(found, found[1:], strict=False):
        assert after.char_start < before.char_end  # repeated text
        repeated = estimate_tokens(before.text[after.char_start - before.char_start :])
        assert 0 < repeated <= OVERLAP_TOKENS


def test_markdown_passages_know_their_nearest_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    long_part = " ".join(f"Fact {n} about storms at sea." for n in range(90))
    path.write_text(
        f"# Weather\n\n## Storms\n\n{long_part}\n\n## Fog\n\nFog hides the coast.\n",
        encoding="utf-8",
    )
    found = passages(read_document(path))

    headings = [p.heading for p in found]
    assert headings[-1] == "Fog" and "Fog hides the coast." in found[-1].text
    assert set(headings[:-1]) == {"Storms"} and len(headings) > 2
    assert all("Fog hides" not in p.text for p in found[:-1])
    assert all(p.page is None for p in found)


def test_word_headings_are_kept(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading("Bees", level=1)
    word.add_paragraph("Bees make honey.")
    word.add_heading("Wax", level=2)
    word.add_paragraph("Wax comes from glands.")
    path = tmp_path / "bees.docx"
    word.save(str(path))
    found = passages(read_document(path))

    assert [(p.heading, p.text.split("\n")[-1]) for p in found] == [
        ("Bees", "Bees make honey."),
        ("Wax", "Wax comes from glands."),
    ]


def test_a_sentence_longer_than_a_passage_is_cut_between_words(tmp_path: Path) -> None:
    path = tmp_path / "run-on.txt"
    path.write_text(" ".join(["word"] * 1000), encoding="utf-8")
    found = passages(read_document(path))

    assert len(found) >= 4
    assert all(p.tokens <= TARGET_TOKENS for p in found)
    assert sum(p.text.count("word") for p in found) >= 1000
