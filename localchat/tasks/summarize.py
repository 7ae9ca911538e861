"""Summarize a whole document: chunks sized to the model, map then (recursive) reduce, resumable."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, replace
from typing import Literal

from localchat.documents import Document
from localchat.engines.base import Engine, SamplingParams
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.tasks.chunking import Chunk, chunk_document, split_text
from localchat.tasks.fact_check import FactProblem, check_summary
from localchat.tasks.job_support import (
    JobContext,
    JobParts,
    ProgressClock,
    Prompt,
    battery_advice,
    fingerprint,
    generate,
    prompt_tokens,
)

log = logging.getLogger(__name__)

SummaryLength = Literal["short", "medium", "detailed"]
SummaryForm = Literal["paragraph", "bullets"]

# Answer room for one part's summary and for the final one, by length (in tokens).
PART_ANSWER_TOKENS = {"short": 128, "medium": 192, "detailed": 320}
FINAL_ANSWER_TOKENS = {"short": 160, "medium": 320, "detailed": 700}
_SAFETY_TOKENS = 16
_MIN_CHUNK_TOKENS = 64
_SYSTEM = "You are a careful assistant who writes faithful, concise summaries."
_LENGTH_WORDS = {
    "short": "in two or three sentences",
    "medium": "in about five to eight sentences",
    "detailed": "in detail, covering every main point",
}
_PART_LABEL = re.compile(r"^(?:Part \d+|Summary|Combined summary)\s*:\s*", re.I)
_BULLETS = {"short": "three", "medium": "five to eight", "detailed": "up to fifteen"}
# Speculative decoding by prompt lookup: not adopted for summaries. Their guesses were
# mostly right (71-75%), yet no faster: checked always x0.51 (SmolLM2) / x1.03 (Gemma 3),
# adaptive x1.04 / x0.97 (bench/RESULTS.md section 17b).
PROMPT_LOOKUP = False


@dataclass(frozen=True)
class SummaryOptions:
    """What kind of summary to write."""

    length: SummaryLength = "medium"
    form: SummaryForm = "paragraph"
    focus: str = ""

    def __post_init__(self) -> None:
        """Refuse unknown lengths and forms."""
        if self.length not in PART_ANSWER_TOKENS:
            raise ValueError(f"Unknown summary length {self.length!r}")
        if self.form not in ("paragraph", "bullets"):
            raise ValueError(f"Unknown summary form {self.form!r}")


@dataclass(frozen=True)
class SummaryPlan:
    """The chunks of a document and the token sizes they were cut to."""

    chunks: tuple[Chunk, ...]
    budget: int
    part_answer_tokens: int
    final_answer_tokens: int


@dataclass(frozen=True)
class SummaryResult:
    """How a summary job ended. ``text`` is empty when it stopped before the end.

    ``problems``: the numbers the summary gives that the document does not have.
    """

    job_id: int | None
    status: Literal["finished", "stopped"]
    text: str
    partials: tuple[str, ...]
    computed_parts: int
    resumed_parts: int
    problems: tuple[FactProblem, ...] = ()


def _final_instruction(options: SummaryOptions) -> str:
    if options.form == "bullets":
        shape = (
            f"as {_BULLETS[options.length]} bullet points, each on its own line starting with '- '"
        )
    else:
        shape = f"as prose, {_LENGTH_WORDS[options.length]}"
    focus = f" Focus on: {options.focus.strip()}." if options.focus.strip() else ""
    return f"Write the summary {shape}.{focus} Reply with the summary only."


def map_prompt(text: str, options: SummaryOptions, single: bool) -> Prompt:
    """The request to summarize one chunk (the whole document when ``single``)."""
    if single:
        ask = f"Summarize the following document. {_final_instruction(options)}"
    else:
        focus = f" Pay attention to: {options.focus.strip()}." if options.focus.strip() else ""
        ask = (
            "Summarize the following part of a longer document in a few sentences, keeping "
            f"names, numbers and key facts.{focus} Reply with the summary only."
        )
    return Prompt(
        _SYSTEM,
        f"{ask}\n\nText:\n{text}",
        f"{ask}\n\nText:\n{text}\n\nSummary:",
        stop=("\nText:",),
    )


def reduce_prompt(summaries: list[str], options: SummaryOptions, final: bool) -> Prompt:
    """The request to combine summaries of consecutive parts into one."""
    joined = "\n\n".join(f"Part {number}: {text}" for number, text in enumerate(summaries, 1))
    if final:
        ask = (
            "These are summaries of consecutive parts of one document. Combine them into one "
            f"summary of the whole document. {_final_instruction(options)}"
        )
    else:
        ask = (
            "These are summaries of consecutive parts of one document. Combine them into one "
            "shorter summary that keeps the key facts. Reply with the summary only."
        )
    return Prompt(
        _SYSTEM,
        f"{ask}\n\n{joined}",
        f"{ask}\n\n{joined}\n\nCombined summary:",
        stop=("\nPart ",),
    )


def plan_chunks(
    document: Document,
    engine: Engine,
    options: SummaryOptions,
    params: SamplingParams | None = None,
) -> SummaryPlan:
    """Cut the document into chunks sized from the loaded model's real context.

    Each chunk leaves room for the prompt around it and for the answer.
    """
    if not document.blocks:
        raise UserFacingError(
            translate("TaskErrors", "The document has no text to summarize."),
            translate("TaskErrors", "Choose another file."),
        )
    params = params or SamplingParams()
    context = engine.context_length
    overhead = max(
        prompt_tokens(engine, map_prompt("", options, single=True)),
        prompt_tokens(engine, map_prompt("", options, single=False)),
        prompt_tokens(engine, reduce_prompt(["", ""], options, final=True)),
    )
    room = max(0, context - overhead) // 4
    part_answer = max(16, min(params.max_tokens, PART_ANSWER_TOKENS[options.length], room))
    final_answer = max(16, min(params.max_tokens, FINAL_ANSWER_TOKENS[options.length], room))
    budget = context - overhead - max(part_answer, final_answer) - _SAFETY_TOKENS
    if budget < _MIN_CHUNK_TOKENS:
        raise UserFacingError(
            translate(
                "TaskErrors",
                "This model reads too little text at once (%n token(s)) to summarize with.",
                None,
                context,
            ),
            translate(
                "TaskErrors", "Raise the context length in Settings, or choose another model."
            ),
        )
    chunks = tuple(chunk_document(document, engine.count_tokens, budget))
    log.info("Planned %d chunks of at most %d tokens (context %d)", len(chunks), budget, context)
    return SummaryPlan(chunks, budget, part_answer, final_answer)


def _estimate_reduce_calls(count: int, per_call: int) -> int:
    """Reduce calls needed to combine ``count`` summaries, ``per_call`` at a time."""
    if count <= 1:
        return 0
    per_call = max(2, per_call)
    calls = 0
    while count > per_call:
        groups = -(-count // per_call)
        calls += groups
        count = groups
    return calls + 1


class SummaryJob:
    """Runs one summary: map over the chunks, then reduce, saving each part as it finishes.

    The context's callbacks (see JobContext) report each map and reduce step as a part:
    ``on_part(index, text)`` with a step's summary. Setting its ``cancel`` stops at once;
    the finished parts stay saved and a later run resumes after them. ``on_check`` is not
    called: the numbers of the final summary are checked in the result.
    """

    def __init__(self, context: JobContext, document: Document, options: SummaryOptions) -> None:
        self.context = context
        self.engine = context.engine
        self.document = document
        self.options = options
        self.params = context.with_lookup(
            context.params or SamplingParams(temperature=0.3), PROMPT_LOOKUP
        )
        self.cancel = context.cancel
        self._clock = ProgressClock(context.on_progress)
        self._computed = 0
        self._resumed = 0
        self._total = 0

    def job_options(self, plan: SummaryPlan) -> dict[str, object]:
        """What identifies this job for resuming: options, model and chunk plan."""
        return {
            **asdict(self.options),
            "model": self.engine.path.name,
            "budget": plan.budget,
            "chunks": len(plan.chunks),
            "plan": fingerprint([chunk.text for chunk in plan.chunks]),
        }

    def run(self) -> SummaryResult:
        """Summarize the document; returns when finished or stopped, raises on failure."""
        plan = plan_chunks(self.document, self.engine, self.options, self.params)
        per_call = max(2, plan.budget // max(1, plan.part_answer_tokens))
        self._total = len(plan.chunks) + _estimate_reduce_calls(len(plan.chunks), per_call)
        store = self.context.parts("summarize", self.document, self.job_options(plan), self._total)
        advice = battery_advice(self._total)
        if advice:
            self.context.on_note(advice)
        try:
            partials, text = self._run(plan, store)
        except Exception:
            store.finish("failed")
            raise
        status: Literal["finished", "stopped"] = "stopped" if text is None else "finished"
        store.finish(status, text or "")
        problems = check_summary(self.document.text(), text) if text else ()
        return SummaryResult(
            store.job_id,
            status,
            text or "",
            tuple(partials),
            self._computed,
            self._resumed,
            problems,
        )

    def _run(self, plan: SummaryPlan, store: JobParts) -> tuple[list[str], str | None]:
        single = len(plan.chunks) == 1
        partials: list[str] = []
        for chunk in plan.chunks:
            prompt = map_prompt(chunk.text, self.options, single)
            summary = self._part(store, chunk.index, chunk.text, prompt, plan.part_answer_tokens)
            if summary is None:
                return partials, None
            partials.append(summary)
        if single:
            return partials, partials[0]
        return partials, self._reduce(plan, store, partials)

    def _reduce(self, plan: SummaryPlan, store: JobParts, summaries: list[str]) -> str | None:
        index = len(plan.chunks)
        while True:
            final = reduce_prompt(summaries, self.options, final=True)
            if prompt_tokens(self.engine, final) + plan.final_answer_tokens <= (
                self.engine.context_length - _SAFETY_TOKENS
            ):
                self._total = index + 1  # known exactly now
                return self._part(store, index, _joined(summaries), final, plan.final_answer_tokens)
            if len(summaries) == 1:  # one summary still too long: keep what fits, then finish
                summaries = [split_text(summaries[0], self.engine.count_tokens, plan.budget)[0]]
                continue
            groups = self._groups(plan, summaries)
            per_call = max(2, plan.budget // max(1, plan.part_answer_tokens))
            self._total = index + len(groups) + _estimate_reduce_calls(len(groups), per_call)
            combined: list[str] = []
            for group in groups:
                prompt = reduce_prompt(group, self.options, final=False)
                text = self._part(store, index, _joined(group), prompt, plan.part_answer_tokens)
                if text is None:
                    return None
                combined.append(text)
                index += 1
            summaries = combined

    def _groups(self, plan: SummaryPlan, summaries: list[str]) -> list[list[str]]:
        """Consecutive summaries packed to fit one reduce call, at least two per call."""
        count = self.engine.count_tokens
        half = max(8, plan.budget // 2 - 8)
        groups: list[list[str]] = []
        current: list[str] = []
        used = 0
        for summary in summaries:
            tokens = count(summary) + 8
            if tokens > half:
                summary = split_text(summary, count, half - 8)[0]
                tokens = count(summary) + 8
            if current and used + tokens > plan.budget:
                groups.append(current)
                current, used = [], 0
            current.append(summary)
            used += tokens
        if current:
            groups.append(current)
        return groups

    def _part(
        self, store: JobParts, index: int, input_text: str, prompt: Prompt, answer_tokens: int
    ) -> str | None:
        """One map or reduce step: reused from storage, or generated and saved at once."""
        saved = store.reuse(index, input_text)
        if saved is not None:
            self._resumed += 1
            self.context.on_part(index, saved)
            return saved
        if self.cancel.is_set():
            return None
        self._clock.start(index + 1, self._total)
        params = replace(self.params, max_tokens=answer_tokens)
        text, stats = generate(
            self.engine, prompt, params, self.cancel, lambda piece: self.context.emit(index, piece)
        )
        self._clock.stop()
        if stats.stop_reason == "cancelled" or self.cancel.is_set():
            return None
        text = _PART_LABEL.sub("", text).strip()
        if stats.stop_reason == "length":
            text = _whole_sentences(text)
        store.save(index, input_text, text)
        self._computed += 1
        self.context.on_part(index, text)
        return text


def _joined(texts: list[str]) -> str:
    return "\n\n".join(texts)


def _whole_sentences(text: str) -> str:
    """A summary cut off by the answer limit, without its unfinished last sentence."""
    ends = [match.end() for match in re.finditer(r"[.!?。！？](?=\s|$)", text)]
    return text[: ends[-1]] if ends and ends[-1] >= len(text) // 2 else text
