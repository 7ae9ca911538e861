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
from localchat.i18n import number, translate
from localchat.library import choose_model
from localchat.model_location import model_file
from localchat.tasks.languages import LANGUAGES

# Readers, engines and the document tasks are imported when a command runs: building the
# parser (which `localchat` does before it opens the window) needs none of them.
if TYPE_CHECKING:
    from localchat.documents import Document
    from localchat.tasks.fact_check import FactProblem

T = TypeVar("T")


def add_document_commands(commands: argparse._SubParsersAction) -> None:
    """Register `summarize` and `translate`."""
    file_help = translate(
        "DocumentCommands", "a .txt, .md, .html, .pdf or .docx file, or - for stdin"
    )
    output_help = translate("DocumentCommands", "write to .md, .txt or .docx")
    model_help = translate("DocumentCommands", "installed model id, name or file")
    summarize = commands.add_parser(
        "summarize", help=translate("DocumentCommands", "summarize a whole document")
    )
    summarize.add_argument("file", help=file_help)
    summarize.add_argument("--length", choices=("short", "medium", "detailed"), default="medium")
    summarize.add_argument(
        "--bullets",
        action="store_true",
        help=translate("DocumentCommands", "bullet points, not prose"),
    )
    summarize.add_argument(
        "--focus",
        default="",
        help=translate("DocumentCommands", 'e.g. "what does it say about costs?"'),
    )
    summarize.add_argument("-o", "--output", type=Path, help=output_help)
    summarize.add_argument("--model", help=model_help)
    translate_command = commands.add_parser(
        "translate", help=translate("DocumentCommands", "translate a whole document")
    )
    translate_command.add_argument("file", help=file_help)
    codes = [language.code for language in LANGUAGES]
    translate_command.add_argument(
        "--from",
        dest="source",
        choices=codes,
        help=translate("DocumentCommands", "default: detect"),
    )
    translate_command.add_argument("--to", dest="target", choices=codes, required=True)
    translate_command.add_argument(
        "--keep",
        default="",
        help=translate("DocumentCommands", "comma-separated terms to keep as they are"),
    )
    translate_command.add_argument("-o", "--output", type=Path, help=output_help)
    translate_command.add_argument("--model", help=model_help)
    translate_command.add_argument(
        "--strict",
        action="store_true",
        help=translate(
            "DocumentCommands",
            "exit with status 2 when the fact check flags a paragraph (output still written)",
        ),
    )


def _document(name: str) -> Document:
    from localchat.documents import read_document, read_pasted_text

    if name == "-":
        return read_pasted_text(sys.stdin.read(), title="stdin")
    return read_document(Path(name))


def _progress(part: int, total: int, eta: float | None) -> None:
    if eta is None:
        line = translate("DocumentCommands", "Part {part} of {total}")
    else:
        line = translate("DocumentCommands", "Part {part} of {total}, about {minutes} min left")
    minutes = number(max(1, round(eta / 60))) if eta is not None else ""
    print(
        line.format(part=number(part), total=number(total), minutes=minutes),
        file=sys.stderr,
        flush=True,
    )


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


class _CheckReport:
    """Prints the fact check's flags as paragraphs finish, and a count at the end."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self.checked = 0
        self.flagged = 0

    def on_check(self, index: int, problems: tuple[FactProblem, ...]) -> None:
        """One block was checked: warn when it failed."""
        self.checked += 1
        if not problems:
            return
        self.flagged += 1
        words = self._document.blocks[index].text.split()
        opening = " ".join(words[:3]) + ("…" if len(words) > 3 else "")
        lost = "; ".join(problem.describe() for problem in problems)
        warning = translate(
            "DocumentCommands", 'warning: paragraph {number} ("{opening}"): {problems}'
        )
        print(
            warning.format(number=number(index + 1), opening=opening, problems=lost),
            file=sys.stderr,
            flush=True,
        )

    def finish(self, retried: int) -> None:
        """The final count line."""
        checked = self.checked  # a plain name: lupdate keeps a count only as one
        if self.flagged and retried:
            line = translate(
                "DocumentCommands",
                "Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a "
                "second time.",
                None,
                checked,
            )
        elif self.flagged:
            line = translate(
                "DocumentCommands",
                "Fact check: {flagged} of %n paragraph(s) flagged.",
                None,
                checked,
            )
        elif retried:
            line = translate(
                "DocumentCommands",
                "Fact check: all %n paragraph(s) passed, {retried} translated a second time.",
                None,
                checked,
            )
        else:
            line = translate(
                "DocumentCommands", "Fact check: all %n paragraph(s) passed.", None, checked
            )
        print(line.format(flagged=number(self.flagged), retried=number(retried)), file=sys.stderr)


def _warn_about_languages(file: Path, document: Document, args: argparse.Namespace) -> None:
    """Warn before translating when the catalog does not list the languages for the model."""
    from localchat.catalog.catalog import load_catalog
    from localchat.tasks.languages import detect_language, model_language_warning

    try:
        entry = load_catalog().find_file(file.name)
    except UserFacingError:  # an unreadable catalog says nothing about the model
        return
    languages = list(entry[0].languages) if entry else None
    source = args.source or detect_language(document.text())
    for code in dict.fromkeys(code for code in (source, args.target) if code):
        warning = model_language_warning(languages, code)
        if warning:
            line = translate("DocumentCommands", "warning: {warning}").format(warning=warning)
            print(line, file=sys.stderr, flush=True)


def run_document_command(args: argparse.Namespace, core: Core) -> int:
    """Summarize or translate; progress to stderr, the result to stdout or the output file.

    Returns 2 when ``--strict`` was given and the fact check flagged a paragraph.
    """
    from localchat.engines.factory import open_engine
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions
    from localchat.tasks.translate import TranslateJob, TranslateOptions

    document = _document(args.file)
    task = args.command  # "summarize" or "translate": the window's choice for that pane
    model = choose_model(core.models, args.model, core.settings.task_models.get(task), task)
    file = model_file(model)  # the command line runs models on this computer only
    if args.command == "translate":
        _warn_about_languages(file, document, args)
    report = _CheckReport(document)
    loading = translate("CommandLine", "Loading {name}...").format(name=model.name)
    print(loading, file=sys.stderr, flush=True)
    engine = open_engine(file, core.load_options(model.model_type))
    cancel = threading.Event()
    context = JobContext(
        engine,
        cancel,
        repository=core.jobs,
        model_id=model.id,
        on_progress=_progress,
        on_check=report.on_check,
        on_note=lambda text: print(text, file=sys.stderr, flush=True),
    )
    try:
        if args.command == "summarize":
            options = SummaryOptions(
                args.length, "bullets" if args.bullets else "paragraph", args.focus
            )
            job = SummaryJob(context, document, options)
        else:
            terms = tuple(t.strip() for t in args.keep.split(",") if t.strip())
            options = TranslateOptions(args.source, args.target, terms)
            job = TranslateJob(context, document, options)
        result = run_interruptibly(job.run, cancel)
    finally:
        engine.close()
    if getattr(result, "status", "") != "finished":
        raise UserFacingError(
            translate(
                "DocumentCommands",
                "Stopped. The finished parts are saved; run the same command "
                "again to continue where it stopped.",
            )
        )
    status = _write(args, document, result)
    if args.command == "summarize":
        for problem in result.problems:
            line = translate("DocumentCommands", "warning: summary: {problem}")
            print(line.format(problem=problem.describe()), file=sys.stderr)
        return status
    report.finish(result.retried)
    return 2 if args.strict and report.flagged else status


def _write(args: argparse.Namespace, document: Document, result: object) -> int:
    title = Path(document.source_name).stem
    if args.output is None:
        print(result.text)
        return 0
    from localchat.tasks.document_export import export_summary, export_translation

    if args.command == "summarize":
        export_summary(
            args.output,
            result.text,
            translate("DocumentCommands", "Summary of {title}").format(title=title),
        )
    else:
        export_translation(args.output, list(result.blocks), title)
    saved = translate("DocumentCommands", "Saved to {file}").format(file=args.output)
    print(saved, file=sys.stderr)
    return 0
