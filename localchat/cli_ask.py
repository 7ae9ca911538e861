"""`localchat ask`: a question answered from the document library, with numbered sources.

The question and its answer are stored as a new conversation, as `localchat chat -p`
stores one: the answer keeps its sources, so the window shows it with its citations as
links and opens each passage, `localchat chat --conversation ID` can follow it up, and
history search finds it later.
"""

from __future__ import annotations

import argparse
import dataclasses
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from localchat.bootstrap import Core
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.library import choose_model

if TYPE_CHECKING:
    from localchat.document_library import DocumentLibrary
    from localchat.engines.base import Engine, SamplingParams
    from localchat.storage import InstalledModel
    from localchat.tasks.chat import TurnResult
    from localchat.tasks.grounded import DocumentScope


def add_ask_command(commands: argparse._SubParsersAction) -> None:
    """Register `ask`."""
    ask = commands.add_parser(
        "ask", help=translate("AskCommand", "answer a question from your document library")
    )
    ask.add_argument("question", help=translate("AskCommand", "the question, in quotes"))
    ask.add_argument(
        "--docs",
        help=translate("AskCommand", "comma-separated document ids (see `localchat library list`)"),
    )
    ask.add_argument(
        "--model",
        help=translate("AskCommand", "installed model id, name or file (default: the default)"),
    )
    ask.add_argument(
        "--max-tokens", type=int, help=translate("AskCommand", "longest answer, in tokens")
    )
    ask.add_argument(
        "--temperature", type=float, help=translate("AskCommand", "0 = always the same answer")
    )


def parse_document_ids(text: str | None) -> frozenset[int]:
    """The ids of ``--docs`` ("3,7, 12"); none given means every document."""
    if not text or not text.strip():
        return frozenset()
    try:
        return frozenset(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise UserFacingError(
            translate("AskCommand", "--docs takes document ids separated by commas: {text}").format(
                text=text
            ),
            translate("AskCommand", "See the ids with `localchat library list`."),
        ) from None


def _scope(library: DocumentLibrary, ids: frozenset[int]) -> DocumentScope:
    """The documents to search; a missing id or an empty library is a plain error."""
    from localchat.tasks.grounded import DocumentScope

    indexed = {doc.id for doc in library.index.documents() if doc.status == "indexed"}
    if not indexed:
        raise UserFacingError(
            translate("AskCommand", "Your document library has no documents yet."),
            translate("AskCommand", "Add a file or folder with `localchat library add PATH`."),
        )
    unknown = sorted(ids - indexed)
    if unknown:
        raise UserFacingError(
            translate("AskCommand", "There is no indexed document #{id}.").format(id=unknown[0]),
            translate("AskCommand", "See the ids with `localchat library list`."),
        )
    return DocumentScope(ids)


def _params(args: argparse.Namespace, core: Core) -> SamplingParams:
    """The settings' sampling, with --max-tokens and --temperature when given."""
    changes = {"max_tokens": args.max_tokens, "temperature": args.temperature}
    given = {name: value for name, value in changes.items() if value is not None}
    return dataclasses.replace(core.sampling(), **given)


def ask(
    args: argparse.Namespace, core: Core, load_model: Callable[[Core, InstalledModel], Engine]
) -> int:
    """Answer the question from the library, streaming; print its sources after it.

    ``load_model`` is the CLI's (cli.load_model): it says what it loads on stderr.
    """
    from localchat.document_library import open_document_library

    question = args.question.strip()
    if not question:
        raise UserFacingError(
            translate("AskCommand", "The question is empty."),
            translate("AskCommand", "Type a question."),
        )
    library = open_document_library(core)
    try:
        scope = _scope(library, parse_document_ids(args.docs))
        model = choose_model(core.models, args.model, core.settings.task_models.get("chat"))
        engine = load_model(core, model)
        try:
            conversation = core.conversations.create(
                title=question.splitlines()[0][:60], model_id=model.id
            )
            params = _params(args, core)
            result = _answer(core, engine, library, scope, conversation.id, question, params)
        finally:
            engine.close()
    finally:
        library.close()
    _print_sources(result)
    return 0 if result.status == "complete" else 1


def _answer(
    core: Core,
    engine: Engine,
    library: DocumentLibrary,
    scope: DocumentScope,
    conversation_id: int,
    question: str,
    params: SamplingParams,
) -> TurnResult:
    """Store the question, stream the grounded answer to stdout (Ctrl+C stops it)."""
    from localchat.cli_documents import run_interruptibly
    from localchat.engines.base import ChatMessage
    from localchat.storage.message_index import MessageIndexRepository
    from localchat.tasks.grounded_turn import stream_grounded_answer

    core.conversations.add_message(conversation_id, "user", question)
    cancel = threading.Event()
    result = run_interruptibly(
        lambda: stream_grounded_answer(
            engine,
            core.conversations,
            MessageIndexRepository(core.database),
            conversation_id,
            [ChatMessage("user", question)],
            (library.retriever(), scope),
            params,
            cancel,
            on_text=lambda piece: print(piece, end="", flush=True),
        ),
        cancel,
    )
    print()
    return result


def _print_sources(result: TurnResult) -> None:
    """The numbered sources under the answer (those it cites, else all it was given)."""
    from localchat.tasks.grounded import nothing_found_notice, source_label, sources_to_show

    if not result.sources:
        print(nothing_found_notice())
        return
    print()
    print(translate("AskCommand", "Sources:"))
    for source in sources_to_show(result.text, result.sources):
        print(f"  {source_label(source)}")
