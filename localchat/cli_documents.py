"""The command line's whole-document jobs: summarize and translate a file or stdin."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from localchat.bootstrap import Core
from localchat.errors import UserFacingError
from localchat.library import choose_model
from localchat.tasks.languages import LANGUAGES

# Readers, engines and the document tasks are imported when a command runs: building the
# parser (which `localchat` does before it opens the window) needs none of them.
if TYPE_CHECKING:
    from localchat.documents import Document

T = TypeVar("T")


def add_document_commands(commands: argparse._SubParsersAction) -> None:
    """Register `summarize` and `translate`."""
    summarize = commands.add_parser("summarize", help="summarize a whole document")
    summarize.add_argument("file", help="a .txt, .md, .html, .pdf or .docx file, or - for stdin")
    summarize.add_argument("--length", choices=("short", "medium", "detailed"), default="medium")
    summarize.add_argument("--bullets", action="store_true", help="bullet points, not prose")
    summarize.add_argument("--focus", default="", help='e.g. "what does it say about costs?"')
    summarize.add_argument("-o", "--output", type=Path, help="write to .md, .txt or .docx")
    summarize.add_argument("--model", help="installed model id, name or file")
    translate = commands.add_parser("translate", help="translate a whole document")
    translate.add_argument("file", help="a .txt, .md, .html, .pdf or .docx file, or - for stdin")
    codes = [language.code for language in LANGUAGES]
    translate.add_argument("--from", dest="source", choices=codes, help="default: detect")
    translate.add_argument("--to", dest="target", choices=codes, required=True)
    translate.add_argument("--keep", default="", help="comma-separated terms to keep as they are")
    translate.add_argument("-o", "--output", type=Path, help="write to .md, .txt or .docx")
    translate.add_argument("--model", help="installed model id, name or file")


def _document(name: str) -> Document:
    from localchat.documents import read_document, read_pasted_text

    if name == "-":
        return read_pasted_text(sys.stdin.read(), title="stdin")
    return read_document(Path(name))


def _progress(part: int, total: int, eta: float | None) -> None:
    left = "" if eta is None else f", about {max(1, round(eta / 60))} min left"
    print(f"Part {part} of {total}{left}", file=sys.stderr, flush=True)


def run_interruptibly(work: Callable[[], T], cancel: threading.Event) -> T:
    """Run ``work`` on a thread; Ctrl+C sets ``cancel`` (the work stops and keeps its part)."""
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def target() -> None:
        try:
            outcome["result"] = work()
        except Exception as error:  # noqa: BLE001 - handed back to the main thread
            outcome["error"] = error
        finally:
            done.set()

    worker = threading.Thread(target=target, name="localchat-cli-work")
    worker.start()
    # Not worker.join(): Python 3.11's join, interrupted by Ctrl+C, can report a thread
    # that still runs as ended (its result then goes missing).
    while not done.is_set():
        try:
            done.wait(0.1)
        except KeyboardInterrupt:
            cancel.set()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def run_document_command(args: argparse.Namespace, core: Core) -> int:
    """Summarize or translate; progress to stderr, the result to stdout or the output file."""
    from localchat.engines.factory import open_engine
    from localchat.tasks.summarize import SummaryJob, SummaryOptions
    from localchat.tasks.translate import TranslateJob, TranslateOptions

    document = _document(args.file)
    model = choose_model(core.models, args.model, core.settings.default_model_id)
    print(f"Loading {model.name}...", file=sys.stderr, flush=True)
    engine = open_engine(Path(model.path), core.load_options(model.model_type))
    cancel = threading.Event()
    try:
        if args.command == "summarize":
            options = SummaryOptions(
                args.length, "bullets" if args.bullets else "paragraph", args.focus
            )
            job = SummaryJob(
                engine,
                document,
                options,
                repository=core.jobs,
                cancel=cancel,
                on_progress=_progress,
                model_id=model.id,
            )
        else:
            terms = tuple(t.strip() for t in args.keep.split(",") if t.strip())
            options = TranslateOptions(args.source, args.target, terms)
            job = TranslateJob(
                engine,
                document,
                options,
                repository=core.jobs,
                cancel=cancel,
                on_progress=_progress,
                model_id=model.id,
            )
        result = run_interruptibly(job.run, cancel)
    finally:
        engine.close()
    if getattr(result, "status", "") != "finished":
        raise UserFacingError(
            "Stopped. The finished parts are saved; run the same command "
            "again to continue where it stopped."
        )
    return _write(args, document, result)


def _write(args: argparse.Namespace, document: Document, result: object) -> int:
    title = Path(document.source_name).stem
    if args.output is None:
        print(result.text)
        return 0
    from localchat.tasks.document_export import export_summary, export_translation

    if args.command == "summarize":
        export_summary(args.output, result.text, f"Summary of {title}")
    else:
        export_translation(args.output, list(result.blocks), title)
    print(f"Saved to {args.output}", file=sys.stderr)
    return 0
