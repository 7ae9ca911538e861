"""Save a finished summary or translation as Markdown, plain text or Word, atomically."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from localchat.documents import Block
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.tasks.chunking import render_blocks
from localchat.tasks.export import atomic_replace

ExportFormat = Literal["md", "txt", "docx"]
EXPORT_SUFFIXES: dict[str, ExportFormat] = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".docx": "docx",
}
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def format_for(path: Path) -> ExportFormat:
    """The export format a file name asks for."""
    try:
        return EXPORT_SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise UserFacingError(
            translate("TaskErrors", "LocalChat can't save as “{kind}”.").format(
                kind=path.suffix or path.name
            ),
            translate("TaskErrors", "Choose a name ending in .md, .txt or .docx."),
        ) from None


def summary_blocks(text: str) -> list[Block]:
    """A summary's text as blocks: lines starting with a bullet become list items."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if lines and all(_BULLET.match(line) for line in lines):
            blocks.extend(Block("list_item", _BULLET.sub("", line).strip()) for line in lines)
        elif lines:
            blocks.append(Block("paragraph", "\n".join(line.strip() for line in lines)))
    return blocks


def _plain_text(title: str, blocks: Sequence[Block]) -> str:
    lines = [title, "=" * len(title), ""] if title else []
    previous: Block | None = None
    for block in blocks:
        if previous is not None and not (previous.kind == block.kind == "list_item"):
            lines.append("")
        if block.kind == "heading":
            lines.append(block.text.upper() if block.level <= 1 else block.text)
        elif block.kind == "list_item":
            lines.append(f"{'  ' * block.level}• {block.text}")
        else:
            lines.append(block.text)
        previous = block
    return "\n".join(lines).rstrip() + "\n"


def _markdown(title: str, blocks: Sequence[Block]) -> str:
    head = f"# {title}\n\n" if title else ""
    return head + render_blocks(blocks).rstrip() + "\n"


def _write_docx(target: Path, title: str, blocks: Sequence[Block]) -> None:
    import docx

    document = docx.Document()
    if title:
        document.add_heading(title, level=0)
    for block in blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=min(max(block.level, 1), 9))
        elif block.kind == "list_item":
            style = "List Bullet" if block.level == 0 else f"List Bullet {min(block.level + 1, 3)}"
            document.add_paragraph(block.text, style=style)
        elif block.kind == "code":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            run.font.name = "Courier New"
        else:
            document.add_paragraph(block.text)
    document.save(str(target))


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file next to ``path`` (see export.atomic_replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_replace(path) as temp:
        write(temp)


def export_blocks(
    path: Path, blocks: Sequence[Block], title: str = "", fmt: ExportFormat | None = None
) -> Path:
    """Save blocks (headings and lists kept) as .md, .txt or .docx; the format from the name."""
    path = Path(path)
    fmt = fmt or format_for(path)
    if fmt == "docx":
        _atomic_write(path, lambda temp: _write_docx(temp, title, blocks))
    else:
        content = _markdown(title, blocks) if fmt == "md" else _plain_text(title, blocks)
        _atomic_write(path, lambda temp: temp.write_text(content, encoding="utf-8"))
    return path


def export_summary(path: Path, text: str, title: str = "", fmt: ExportFormat | None = None) -> Path:
    """Save a summary; bullet lines become a real list in Word."""
    return export_blocks(path, summary_blocks(text), title, fmt)


def export_translation(
    path: Path, blocks: Sequence[Block], title: str = "", fmt: ExportFormat | None = None
) -> Path:
    """Save a translation with the structure of the original (headings, lists, paragraphs)."""
    return export_blocks(path, blocks, title, fmt)
