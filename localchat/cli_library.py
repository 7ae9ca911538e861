"""The command line's document library: `localchat library add`, `list` and `remove`."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from localchat.bootstrap import Core
from localchat.cli_documents import run_interruptibly
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

# The library (its readers, numpy, the engine host client) is imported when a command runs.
if TYPE_CHECKING:
    from localchat.document_library import DocumentLibrary, LibraryEntry
    from localchat.tasks.indexing import IndexProgress, IndexReport


def add_library_commands(commands: argparse._SubParsersAction) -> None:
    """Register `library add`, `library list` and `library remove`."""
    library = commands.add_parser(
        "library",
        help=translate("LibraryCommands", "the documents that `localchat ask` answers from"),
    )
    library_commands = library.add_subparsers(dest="library_command", required=True)
    add = library_commands.add_parser(
        "add",
        help=translate(
            "LibraryCommands",
            "add files or folders and index them (Ctrl+C stops; run again to go on)",
        ),
    )
    add.add_argument(
        "paths", nargs="*", type=Path, help=translate("LibraryCommands", "files or folders")
    )
    library_commands.add_parser(
        "list", help=translate("LibraryCommands", "show the documents and their status")
    )
    remove = library_commands.add_parser(
        "remove",
        help=translate("LibraryCommands", "take a document out of the library (the file stays)"),
    )
    remove.add_argument(
        "id", type=int, help=translate("LibraryCommands", "the document's id, from `library list`")
    )


def run_library_command(args: argparse.Namespace, core: Core) -> int:
    """Run a `library` sub-command."""
    from localchat.document_library import open_document_library

    library = open_document_library(core)
    try:
        if args.library_command == "add":
            return library_add(library, args.paths)
        if args.library_command == "list":
            return library_list(library)
        return library_remove(library, args.id)
    finally:
        library.close()


def library_add(library: DocumentLibrary, paths: list[Path]) -> int:
    """Add the paths (none: only look for changes) and index, with a progress line."""
    missing = [path for path in paths if not path.exists()]
    if missing:
        raise UserFacingError(
            translate("LibraryCommands", "{path} does not exist.").format(path=missing[0]),
            translate("LibraryCommands", "Check the path and try again."),
        )
    library.add(paths)
    if library.encoder_model is None:
        words_only = translate(
            "LibraryCommands",
            "No embedding model is installed: documents are found by their words only. "
            "`localchat models download all-minilm-l6-v2` adds meaning search.",
        )
        print(words_only, file=sys.stderr)
    cancel = threading.Event()
    line = _ProgressLine()
    report = run_interruptibly(lambda: library.indexer().run(line.show, cancel), cancel)
    line.end()
    _print_report(report)
    return 130 if report.cancelled else 0


def _print_report(report: IndexReport) -> None:
    for path, reason in report.failed.items():
        print(
            translate("LibraryCommands", "Could not read {path}: {reason}").format(
                path=path, reason=reason
            )
        )
    if report.cancelled:
        print(
            translate(
                "LibraryCommands",
                "Stopped. What was indexed is saved; run `localchat library add` to go on.",
            )
        )
        return
    done = translate(
        "LibraryCommands",
        "Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, "
        "{failed} could not be read.",
    )
    print(
        done.format(
            indexed=number(len(report.indexed)),
            unchanged=number(report.unchanged),
            removed=number(len(report.removed)),
            failed=number(len(report.failed)),
        )
    )


class _ProgressLine:
    """Indexing progress on stderr: one redrawn line on a terminal, a line per file else."""

    def __init__(self) -> None:
        self._interactive = sys.stderr.isatty()
        self._shown = 0
        self._documents = -1

    def show(self, progress: IndexProgress) -> None:
        text = translate("LibraryCommands", "{pages}, file {done} of {total}").format(
            pages=progress.describe(),
            done=number(min(progress.documents_done + 1, progress.documents_total)),
            total=number(progress.documents_total),
        )
        if self._interactive:
            sys.stderr.write("\r" + text.ljust(self._shown))
            self._shown = len(text)
        elif progress.documents_done != self._documents:
            self._documents = progress.documents_done
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def end(self) -> None:
        if self._interactive and self._shown:
            sys.stderr.write("\n")


def library_list(library: DocumentLibrary) -> int:
    """Print id, title, pages, passages and status of every file of the library."""
    entries = library.entries()
    if not entries:
        print(
            translate(
                "LibraryCommands",
                "The library is empty. Add documents with `localchat library add PATH`.",
            )
        )
        return 0
    ident = translate("LibraryCommands", "id")
    pages = translate("LibraryCommands", "pages")
    passages = translate("LibraryCommands", "passages")
    status = translate("LibraryCommands", "status")
    title = translate("LibraryCommands", "title")
    print(f"{ident:>5}  {pages:>6}  {passages:>8}  {status:<10}  {title}")
    for entry in entries:
        print(_entry_line(entry))
    return 0


def _status_words() -> dict[str, str]:
    return {
        "indexed": translate("LibraryCommands", "indexed"),
        "failed": translate("LibraryCommands", "failed"),
        "waiting": translate("LibraryCommands", "waiting"),
        "changed": translate("LibraryCommands", "changed"),
        "deleted": translate("LibraryCommands", "deleted"),
    }


def _entry_line(entry: LibraryEntry) -> str:
    ident = str(entry.document_id) if entry.document_id is not None else "-"
    status = _status_words()[entry.status]
    line = (f"{ident:>5}  {number(entry.pages):>6}  {number(entry.passages):>8}  "
            f"{status:<10}  {entry.title}  ({entry.path})")  # fmt: skip
    if entry.status == "failed" and entry.reason:
        line += "\n       " + entry.reason
    return line


def library_remove(library: DocumentLibrary, document_id: int) -> int:
    """Take a document out of the library."""
    removed = library.remove(document_id)
    if removed is None:
        raise UserFacingError(
            translate("LibraryCommands", "There is no document {id} in the library.").format(
                id=document_id
            ),
            translate("LibraryCommands", "`localchat library list` shows the ids."),
        )
    done = translate("LibraryCommands", "Removed {title} from the library; the file stays on disk.")
    print(done.format(title=removed.title or Path(removed.path).name))
    return 0
