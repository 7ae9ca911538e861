"""Plumbing shared by document jobs: prompts for any model, progress with ETA, resumable parts."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from localchat.documents import Document
from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams
from localchat.engines.threads import on_battery
from localchat.i18n import translate
from localchat.storage import JobRepository
from localchat.tasks.fact_check import FactProblem

log = logging.getLogger(__name__)

# on_progress(part number from 1, total parts, seconds left or None before any measurement)
ProgressCallback = Callable[[int, int, float | None], None]
# emit(part index, a streamed piece of text) and on_part(part index, the part's full text)
EmitCallback = Callable[[int, str], None]
PartCallback = Callable[[int, str], None]
# on_check(block index, what the fact check found in its final translation; empty: passed)
CheckCallback = Callable[[int, tuple[FactProblem, ...]], None]


def ignore_progress(_part: int, _total: int, _eta: float | None) -> None:
    """Default progress callback."""


def ignore_text(_index: int, _text: str) -> None:
    """Default text callback."""


def ignore_check(_index: int, _problems: tuple[FactProblem, ...]) -> None:
    """Default check callback."""


def ignore_note(_text: str) -> None:
    """Default note callback."""


LONG_JOB_PARTS = 4  # a job of this many model calls or more is a long one


def battery_advice(parts: int) -> str:
    """A plain suggestion for a long job on battery power: a smaller model; "" otherwise.

    On battery the engine also runs fewer threads (engines/threads.py), so the job takes
    longer than the estimate a plugged-in computer would give.
    """
    if parts < LONG_JOB_PARTS or not on_battery():
        return ""
    return translate(
        "DocumentJobs",
        "The computer is running on battery, so LocalChat uses fewer processor cores and "
        "this job of {parts} steps takes longer. A smaller model finishes sooner and uses "
        "less power.",
    ).format(parts=parts)


@dataclass(frozen=True)
class JobContext:
    """What a document job runs with besides the document and its options.

    The callbacks run on the job's thread: ``on_progress(part, total, eta_seconds)`` when a
    part starts, ``emit(index, piece)`` for each streamed piece, ``on_part(index, text)``
    with a part's final text (also for parts restored from an earlier run), and, for a
    translation only, ``on_check(index, problems)`` with what the fact check found in a
    block (a summary's numbers are checked in its result instead), and ``on_note(text)`` with
    advice for the user (a long job on battery: a smaller model). Setting ``cancel`` stops
    the job at once. Each finished part is saved in ``repository`` (None: nothing is
    stored or resumed); a later run of the same job resumes after them unless ``resume``
    is False. ``params`` None: the job's own sampling defaults. ``prompt_lookup`` None: the
    job's own choice of speculative decoding (see ``with_lookup``).
    """

    engine: Engine
    cancel: threading.Event = field(default_factory=threading.Event)
    repository: JobRepository | None = None
    model_id: int | None = None
    resume: bool = True
    params: SamplingParams | None = None
    prompt_lookup: bool | None = None
    on_progress: ProgressCallback = ignore_progress
    emit: EmitCallback = ignore_text
    on_part: PartCallback = ignore_text
    on_check: CheckCallback = ignore_check
    on_note: Callable[[str], None] = ignore_note

    def with_lookup(self, params: SamplingParams, default: bool) -> SamplingParams:
        """``params`` with prompt lookup on or off: the context's choice, else ``default``."""
        chosen = default if self.prompt_lookup is None else self.prompt_lookup
        return replace(params, prompt_lookup=chosen)

    def parts(self, kind: str, document: Document, options: dict[str, Any], total: int) -> JobParts:
        """The job's stored parts: resumed from an earlier run, or a new job."""
        return JobParts(self.repository, kind, document, options, total, self.model_id, self.resume)


@dataclass(frozen=True)
class Prompt:
    """One request, in both shapes: chat messages for models with a template, raw text else."""

    system: str
    user: str
    raw: str
    stop: tuple[str, ...] = ()

    def messages(self) -> list[ChatMessage]:
        """The chat form of the request."""
        system = [ChatMessage("system", self.system)] if self.system else []
        return [*system, ChatMessage("user", self.user)]


def has_chat_template(engine: Engine) -> bool:
    """True when the model brings its own chat template."""
    return bool(engine.metadata.chat_template)


def prompt_tokens(engine: Engine, prompt: Prompt) -> int:
    """Tokens the prompt takes as it will be sent to this model."""
    if has_chat_template(engine):
        return engine.count_tokens(engine.render_chat(prompt.messages()))
    return engine.count_tokens(prompt.raw)


def generate(
    engine: Engine,
    prompt: Prompt,
    params: SamplingParams,
    cancel: threading.Event,
    on_piece: Callable[[str], None],
) -> tuple[str, GenerationStats]:
    """Stream one answer, handing each piece to ``on_piece``; return the text and its stats."""
    stats = GenerationStats()
    if has_chat_template(engine):
        stream = engine.stream_chat(prompt.messages(), params, cancel, stats)
    else:
        raw_params = replace(params, stop=(*params.stop, *prompt.stop))
        stream = engine.stream_prompt(prompt.raw, raw_params, cancel, stats)
    pieces: list[str] = []
    for piece in stream:
        pieces.append(piece)
        on_piece(piece)
    return "".join(pieces).strip(), stats


def fingerprint(texts: Sequence[str]) -> str:
    """A short hash identifying a plan of inputs (for resuming the same plan only)."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:16]


@dataclass
class ProgressClock:
    """Times the parts computed in this run and turns them into an ETA."""

    callback: ProgressCallback = ignore_progress
    seconds: list[float] = field(default_factory=list)
    _started: float | None = None
    _last_reported: int = 0

    def start(self, part: int, total: int) -> None:
        """Report that part ``part`` (from 1) of ``total`` starts now."""
        total = max(total, part)
        remaining = total - part + 1
        eta = sum(self.seconds) / len(self.seconds) * remaining if self.seconds else None
        if part > self._last_reported:
            self._last_reported = part
            self.callback(part, total, eta)
        self._started = time.perf_counter()

    def stop(self) -> None:
        """The part that started last has finished: measure it."""
        if self._started is not None:
            self.seconds.append(time.perf_counter() - self._started)
            self._started = None


class JobParts:
    """A job's finished parts: reused on a resume, saved as each one finishes.

    Without a repository nothing is stored and nothing is resumed.
    """

    def __init__(
        self,
        repository: JobRepository | None,
        kind: str,
        document: Document,
        options: dict[str, Any],
        total_parts: int,
        model_id: int | None = None,
        resume: bool = True,
    ) -> None:
        self._repository = repository
        self.job_id: int | None = None
        self.done: dict[int, tuple[str, str]] = {}
        if repository is None:
            return
        job = repository.find_resumable(kind, document.sha256, options) if resume else None
        if job is not None:
            repository.set_status(job.id, "running", total_parts)
            self.done = {p.index: (p.input_text, p.output_text) for p in repository.parts(job.id)}
            log.info("Resuming %s job %d with %d parts done", kind, job.id, len(self.done))
            self.job_id = job.id
            return
        job = repository.create(
            kind=kind,
            title=document.title,
            source_name=document.source_name,
            source_size=document.source_size,
            source_sha256=document.sha256,
            options=options,
            total_parts=total_parts,
            model_id=model_id,
        )
        self.job_id = job.id

    def reuse(self, index: int, input_text: str) -> str | None:
        """The saved output for this part, if it was made from the same input."""
        saved = self.done.get(index)
        return saved[1] if saved is not None and saved[0] == input_text else None

    def save(self, index: int, input_text: str, output_text: str) -> None:
        """Store a finished part at once, so a crash after this keeps it."""
        self.done[index] = (input_text, output_text)
        if self._repository is not None and self.job_id is not None:
            self._repository.save_part(self.job_id, index, input_text, output_text)

    def finish(self, status: str, result_text: str = "") -> None:
        """Record how the job ended."""
        if self._repository is not None and self.job_id is not None:
            self._repository.finish(self.job_id, status, result_text)
