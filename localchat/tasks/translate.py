"""Translate a document paragraph by paragraph, keeping its structure and glossary terms."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from localchat.documents import Block, Document
from localchat.engines.base import SamplingParams
from localchat.errors import UserFacingError
from localchat.i18n import translate
from localchat.tasks.chunking import render_blocks, split_text
from localchat.tasks.fact_check import FactProblem, check_translation, facts_to_keep
from localchat.tasks.job_support import (
    CheckCallback,
    EmitCallback,
    JobContext,
    JobParts,
    ProgressClock,
    Prompt,
    battery_advice,
    fingerprint,
    generate,
    ignore_text,
    prompt_tokens,
)
from localchat.tasks.languages import detect_language, language_name, model_language_warning

log = logging.getLogger(__name__)

__all__ = [
    "CheckCallback",
    "TranslateJob",
    "TranslateOptions",
    "TranslationResult",
    "model_language_warning",
    "protect_terms",
    "restore_terms",
]

_SYSTEM = (
    "You are a professional translator. Translate faithfully, keep the meaning and tone, "
    "and reply with the translation only, with no notes."
)
_SAFETY_TOKENS = 16
# Speculative decoding by prompt lookup, adaptive (engines/prompt_lookup.DraftBudget):
# translations repeat names, numbers and their own phrasing; Gemma 3 x1.2 decode, and the
# budget keeps SmolLM2 from the x0.67 of always checking (bench/RESULTS.md section 17b).
PROMPT_LOOKUP = True
_PLACEHOLDER = re.compile(r"⟦\s*(\d+)\s*⟧")
_KIND_WORDS = {"heading": "heading", "list_item": "list item", "paragraph": "paragraph"}
_LEADING_LABEL = re.compile(
    r"^(?:translation|translated text|[A-Z][a-z]+ translation)\s*:\s*", re.I
)


@dataclass(frozen=True)
class TranslateOptions:
    """Languages by code (None source = detect it) and terms to keep untranslated."""

    source_language: str | None
    target_language: str
    glossary: tuple[str, ...] = ()


@dataclass(frozen=True)
class TranslationResult:
    """How a translation ended; ``blocks`` are the translated blocks in document order."""

    job_id: int | None
    status: Literal["finished", "stopped"]
    blocks: tuple[Block, ...]
    text: str
    source_language: str | None
    computed_parts: int
    resumed_parts: int
    # Block index -> what the fact check found, for the blocks that failed it only.
    problems: dict[int, tuple[FactProblem, ...]] = field(default_factory=dict)
    retried: int = 0  # blocks translated a second time with a stricter prompt


def protect_terms(text: str, glossary: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """Replace each glossary term in ``text`` with a placeholder like ⟦1⟧.

    Returns the protected text and the placeholders mapped to the text they stand for.
    """
    mapping: dict[str, str] = {}
    for term in sorted({t.strip() for t in glossary if t.strip()}, key=len, reverse=True):
        start = r"\b" if re.match(r"\w", term) else ""
        end = r"\b" if re.search(r"\w$", term) else ""
        pattern = re.compile(start + re.escape(term) + end)
        if pattern.search(text):
            marker = f"⟦{len(mapping) + 1}⟧"
            mapping[marker] = term
            text = pattern.sub(marker, text)
    return text, mapping


def restore_terms(text: str, mapping: dict[str, str]) -> str | None:
    """Put the terms back; None when a placeholder went missing or an unknown one appeared."""
    found = {f"⟦{m.group(1)}⟧" for m in _PLACEHOLDER.finditer(text)}
    if found != set(mapping):
        return None
    return _PLACEHOLDER.sub(lambda m: mapping[f"⟦{m.group(1)}⟧"], text)


class _RestoringStream:
    """Streams text with complete placeholders restored, holding back a half-received one."""

    def __init__(self, mapping: dict[str, str], out: EmitCallback, index: int) -> None:
        self._mapping = mapping
        self._out = out
        self._index = index
        self._held = ""

    def feed(self, piece: str) -> None:
        text = self._held + piece
        cut = text.rfind("⟦")
        if cut >= 0 and "⟧" not in text[cut:]:
            text, self._held = text[:cut], text[cut:]
        else:
            self._held = ""
        if text:
            self._out(self._index, self._restore(text))

    def flush(self) -> None:
        if self._held:
            self._out(self._index, self._restore(self._held))
            self._held = ""

    def _restore(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self._mapping.get(f"⟦{m.group(1)}⟧", m.group(0)), text)


def translation_prompt(
    text: str,
    kind: str,
    source: str | None,
    target: str,
    glossary: tuple[str, ...],
    markers: bool,
    must_keep: tuple[str, ...] | None = None,
) -> Prompt:
    """The request to translate one block of text.

    ``must_keep`` makes it the stricter request of a second try: it names the facts to keep
    (numbers, dates, addresses, code) and insists on the target language.
    """
    source_name = language_name(source) if source else "its original language"
    target_name = language_name(target)
    note = ""
    if glossary:
        note = f" Keep these terms exactly as written, untranslated: {', '.join(glossary)}."
    if markers:
        note += " Keep every marker such as ⟦1⟧ exactly as it is, in the right place."
    # The second try's demand rides in the first sentence: as a closing sentence, small
    # models echoed it as their translation (bench/RESULTS.md, "Translation fact check").
    into = target_name
    if must_keep:
        into += f", keeping {', '.join(must_keep)} unchanged"
    elif must_keep is not None:
        into += f", writing only {target_name}"
    what = _KIND_WORDS.get(kind, "text")
    ask = f"Translate this {what} from {source_name} into {into}.{note}"
    source_label = language_name(source) if source else "Original"
    return Prompt(
        _SYSTEM,
        f"{ask}\n\n{text}",
        f"Translate from {source_name} into {into}.{note}\n\n"
        f"{source_label}: {text}\n{target_name}:",
        stop=("\n\n", f"\n{source_label}:"),
    )


def clean_translation(output: str, block: Block) -> str:
    """The model's answer as the text of a block: labels, markers and blank lines removed."""
    text = _LEADING_LABEL.sub("", output.strip())
    text = re.split(r"\n\s*\n", text, maxsplit=1)[0]  # notes after a blank line are not ours
    if block.kind in ("heading", "list_item") or "\n" not in block.text:
        text = text.split("\n", 1)[0]  # one line in, one line out
    if block.kind == "heading":
        text = re.sub(r"^#{1,6}\s+", "", text)
    if block.kind == "list_item":
        text = re.sub(r"^(?:[-*•]|\d+[.)])\s+", "", text)
    for quote in ('"', "“", "«", "'"):
        if text.startswith(quote) and len(text) > 1 and not block.text.startswith(quote):
            closing = {"“": "”", "«": "»"}.get(quote, quote)
            if text.endswith(closing):
                text = text[1:-1].strip()
    return text.strip() or " ".join(output.split())


class TranslateJob:
    """Runs one translation block by block, saving each block as it finishes.

    The context's callbacks (see JobContext) take a block as a part: ``emit(index, piece)``
    streams pieces of block ``index`` (glossary terms already restored), ``on_part(index,
    text)`` gives the final text of a block, which replaces what was streamed (also for
    blocks restored from an earlier run), then ``on_check(index, problems)`` what the fact
    check found in it (empty: passed), for every block but code, restored ones included. A
    block that fails the check is translated once more with a stricter prompt (not
    streamed); the better try is kept.
    """

    def __init__(self, context: JobContext, document: Document, options: TranslateOptions) -> None:
        self.context = context
        self.engine = context.engine
        self.document = document
        self.options = options
        self.params = context.with_lookup(
            context.params or SamplingParams(temperature=0.2, max_tokens=4096), PROMPT_LOOKUP
        )
        self.cancel = context.cancel
        self._clock = ProgressClock(context.on_progress)
        self.source_language = options.source_language
        self._computed = 0
        self._resumed = 0
        self._retried = 0
        self._problems: dict[int, tuple[FactProblem, ...]] = {}

    def job_options(self) -> dict[str, object]:
        """What identifies this job for resuming: options, model and the blocks."""
        return {
            "source_language": self.options.source_language,
            "target_language": self.options.target_language,
            "glossary": list(self.options.glossary),
            "model": self.engine.path.name,
            "blocks": len(self.document.blocks),
            "plan": fingerprint([block.render() for block in self.document.blocks]),
        }

    def input_budget(self) -> int:
        """The most tokens of text sent at once, leaving room for a longer translation."""
        probe = translation_prompt("", "paragraph", "en", "en", self.options.glossary, True)
        free = self.engine.context_length - prompt_tokens(self.engine, probe) - _SAFETY_TOKENS
        budget = free // 3
        if budget < 16:
            raise UserFacingError(
                translate(
                    "TaskErrors", "This model reads too little text at once to translate with."
                ),
                translate(
                    "TaskErrors", "Raise the context length in Settings, or choose another model."
                ),
            )
        return budget

    def run(self) -> TranslationResult:
        """Translate the document; returns when finished or stopped, raises on failure."""
        if not self.document.blocks:
            raise UserFacingError(
                translate("TaskErrors", "The document has no text to translate."),
                translate("TaskErrors", "Choose another file."),
            )
        if self.source_language is None:
            self.source_language = detect_language(self.document.text())
            log.info("Detected source language: %s", self.source_language)
        store = self.context.parts(
            "translate", self.document, self.job_options(), len(self.document.blocks)
        )
        advice = battery_advice(len(self.document.blocks))
        if advice:
            self.context.on_note(advice)
        try:
            blocks = self._run(store)
        except Exception:
            store.finish("failed", "")
            raise
        stopped = len(blocks) < len(self.document.blocks)
        text = render_blocks(blocks)
        store.finish("stopped" if stopped else "finished", text)
        return TranslationResult(
            store.job_id,
            "stopped" if stopped else "finished",
            tuple(blocks),
            text,
            self.source_language,
            self._computed,
            self._resumed,
            dict(self._problems),
            self._retried,
        )

    def _run(self, store: JobParts) -> list[Block]:
        budget = self.input_budget()
        total = len(self.document.blocks)
        translated: list[Block] = []
        for index, block in enumerate(self.document.blocks):
            text = store.reuse(index, block.text)
            problems: tuple[FactProblem, ...] | None = None
            if text is not None:
                self._resumed += 1
                if block.kind != "code":  # checking is pure and cheap: keep earlier flags
                    problems = self._check(block.text, text)
            elif block.kind == "code":
                text = block.text
                store.save(index, block.text, text)
            else:
                if self.cancel.is_set():
                    break
                self._clock.start(index + 1, total)
                outcome = self._translate_block(index, block, budget)
                self._clock.stop()
                if outcome is None:
                    break
                text, problems = outcome
                store.save(index, block.text, text)
                self._computed += 1
            translated.append(Block(block.kind, text, block.level, block.page))
            self.context.on_part(index, text)
            if problems is not None:
                if problems:
                    self._problems[index] = problems
                self.context.on_check(index, problems)
        return translated

    def _translate_block(
        self, index: int, block: Block, budget: int
    ) -> tuple[str, tuple[FactProblem, ...]] | None:
        """The block's translation and what the check finds in it; None when stopped."""
        count = self.engine.count_tokens
        pieces = (
            [block.text] if count(block.text) <= budget else split_text(block.text, count, budget)
        )
        results: list[str] = []
        retried = False
        for number, piece in enumerate(pieces):
            if number:
                self.context.emit(index, " ")
            result = self._translate_piece(index, block, piece)
            if result is None:
                return None
            problems = self._check(piece, result)
            if problems:
                retried = True
                log.info("Block %d lost %s; translating it again, stricter", index, problems)
                second = self._translate_piece(index, block, piece, strict=True)
                if second is None:
                    return None
                # The first try was streamed: keep it unless the second one is better.
                if len(self._check(piece, second)) < len(problems):
                    result = second
            results.append(result)
        self._retried += retried
        text = " ".join(results)
        return text, self._check(block.text, text)

    def _check(self, source: str, translation: str) -> tuple[FactProblem, ...]:
        return check_translation(
            source, translation, self.options.target_language, self.options.glossary
        )

    def _translate_piece(
        self, index: int, block: Block, text: str, strict: bool = False
    ) -> str | None:
        """Translate with glossary terms protected; fall back to instructions alone if needed.

        ``strict``: the second try, which names the facts to keep and is not streamed.
        """
        glossary = self.options.glossary
        must_keep = facts_to_keep(text, glossary) if strict else None
        protected, mapping = protect_terms(text, glossary)
        emit = ignore_text if strict else self.context.emit
        stream = _RestoringStream(mapping, emit, index)
        output = self._ask(protected, block.kind, bool(mapping), stream.feed, must_keep)
        stream.flush()
        if output is None:
            return None
        restored = restore_terms(clean_translation(output, block), mapping)
        if restored is not None:
            return restored
        log.info("A glossary placeholder was lost in block %d; translating it again", index)
        output = self._ask(text, block.kind, False, lambda _piece: None, must_keep)
        return None if output is None else clean_translation(output, block)

    def _ask(
        self,
        text: str,
        kind: str,
        markers: bool,
        on_piece: Callable[[str], None],
        must_keep: tuple[str, ...] | None = None,
    ) -> str | None:
        prompt = translation_prompt(
            text,
            kind,
            self.source_language,
            self.options.target_language,
            self.options.glossary,
            markers,
            must_keep,
        )
        room = 2 * self.engine.count_tokens(text) + 64
        params = replace(self.params, max_tokens=min(self.params.max_tokens, room))
        output, stats = generate(self.engine, prompt, params, self.cancel, on_piece)
        if stats.stop_reason == "cancelled" or self.cancel.is_set():
            return None
        return output
