"""The check a model file passes before it is added: loaded once in a throwaway host."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from localchat.engines.base import ChatMessage, GenerationStats, LoadOptions, SamplingParams
from localchat.engines.host_client import EngineHostCrashed, HostedEngine
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

CHECK_CONTEXT = 512  # enough for the sample turn; keeps the check's memory small
CHECK_TOKENS = 8
CHECK_SECONDS = 60.0  # for those tokens; a working model on a slow laptop needs a few
SAMPLE_CONVERSATION = (
    ChatMessage("system", "You are a helpful assistant."),
    ChatMessage("user", "Hello! Say hi."),
    ChatMessage("assistant", "Hi!"),
    ChatMessage("user", "Thanks."),
)


def check_model_file(path: Path, model_type: str | None = None, threads: int = 2) -> float:
    """Load the file, render its chat template once and write a few tokens, in a host.

    A file that fails, crashes the engine, or whose template runs away is refused with
    a plain reason. Returns the seconds the check took.
    """
    started = time.perf_counter()
    options = LoadOptions(context_length=CHECK_CONTEXT, threads=threads, model_type=model_type)
    try:
        engine = HostedEngine.open(path, options)
        try:
            _try_out(engine)
        finally:
            engine.close()
    except EngineHostCrashed as crash:
        raise UserFacingError(
            translate(
                "EngineErrors",
                "{name} was not added. The engine stopped while trying it out, so the file "
                "is damaged or not a model this engine supports.",
            ).format(name=path.name),
            translate("EngineErrors", "Choose another model file, or download this one again."),
        ) from crash
    except UserFacingError as error:
        raise UserFacingError(
            translate("EngineErrors", "{name} was not added. {reason}").format(
                name=path.name, reason=error.message
            ),
            error.action or translate("EngineErrors", "Choose another model file."),
        ) from error
    except Exception as error:  # a failure inside the engine that it did not explain
        logger.exception("Checking %s failed", path.name)
        raise UserFacingError(
            translate(
                "EngineErrors",
                "{name} was not added. The engine failed while trying it out, so the file "
                "is probably damaged.",
            ).format(name=path.name),
            translate("EngineErrors", "Choose another model file, or download this one again."),
        ) from error
    seconds = time.perf_counter() - started
    logger.info("Checked %s in %.2f s", path.name, seconds)
    return seconds


def _try_out(engine: HostedEngine) -> None:
    params = SamplingParams(temperature=0.0, max_tokens=CHECK_TOKENS)
    stats = GenerationStats()
    # A few tokens of a short turn: a host silent for this long is stuck in the damaged
    # model; Stop is sent then, and a host that ignores it is ended (HostedEngine._relay).
    cancel = threading.Event()
    timer = threading.Timer(CHECK_SECONDS, cancel.set)
    timer.daemon = True
    timer.start()
    try:
        if engine.metadata.chat_template:
            engine.render_chat(SAMPLE_CONVERSATION)
            pieces = engine.stream_chat(SAMPLE_CONVERSATION[:2], params, cancel, stats)
        else:
            pieces = engine.stream_prompt("Hello", params, cancel, stats)
        text = "".join(pieces)
    finally:
        timer.cancel()
    if cancel.is_set():
        raise UserFacingError(
            translate(
                "EngineErrors",
                "The engine did not answer in {seconds} s while working on "
                "{name}, so it was stopped.",
            ).format(seconds=number(CHECK_SECONDS), name=engine.path.name),
            translate("EngineErrors", "Try again; if it happens again, choose another model."),
        )
    if stats.completion_tokens == 0 and stats.stop_reason != "stop":
        raise UserFacingError(
            translate("EngineErrors", "The engine loaded it but could not write any text with it.")
        )
    if not text.strip():
        # Damaged numbers (a NaN in the header) load fine and then write only empty
        # tokens, or end the answer at once; a working model greets back in readable words.
        raise UserFacingError(
            translate(
                "EngineErrors",
                "It loads, but writes nothing readable, so the file is probably damaged.",
            )
        )
