"""Prompt lookup (speculative decoding from the input's n-grams) vs plain decoding.

Run: python bench/prompt_lookup.py [--pages 20] [--translate-pages 20] [--threads 1]
                                   [--models smol gemma]

The 20-page report of bench/documents.py (``make_document``), greedy (temperature 0) so
that the texts can be compared, on a LlamaCppEngine (n_ctx 2048: the summary is a real
map + reduce), both models. Three modes, interleaved per model and task:
- off: plain decoding (``prompt_lookup=False``);
- checked: two guesses checked at every step (``DraftBudget(forced=2)``);
- adaptive: what Summarize and Translate run (``DraftBudget()``: guesses are checked only
  while the measured cost of a wider decode and the measured share of right guesses make
  it pay).
Each run starts from an empty context (``Llama.reset``). Decode tokens/s = tokens written /
(time from first token to the end), summed over the job's engine calls.
Also "edit and resend": a chat answer, then the question with one word changed, answered
again with the first answer's tokens still in the context (what prompt lookup also
searches), greedy, 160 tokens.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, models  # noqa: E402
from documents import make_document  # noqa: E402

MODES = ("off", "checked", "adaptive")


class Recorder:
    """Delegates to an engine and keeps the stats of every generation."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.stats: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def stream_chat(
        self, messages: Any, params: Any, cancel: Any, stats: Any = None
    ) -> Iterator[str]:
        """Stream as the engine does, keeping the stats."""
        return self._engine.stream_chat(messages, params, cancel, self._keep(stats))

    def stream_prompt(
        self, prompt: str, params: Any, cancel: Any, stats: Any = None
    ) -> Iterator[str]:
        """Stream as the engine does, keeping the stats."""
        return self._engine.stream_prompt(prompt, params, cancel, self._keep(stats))

    def _keep(self, stats: Any) -> Any:
        from localchat.engines.base import GenerationStats

        stats = stats if stats is not None else GenerationStats()
        self.stats.append(stats)
        return stats


def run_mode(engine: Any, mode: str, job: Callable[[Any, bool], str]) -> dict[str, Any]:
    """One job in one mode: total seconds, decode tokens/s, guesses, the text."""
    from localchat.engines.prompt_lookup import DraftBudget

    engine._llm.reset()
    engine.draft_budget = DraftBudget(forced=2 if mode == "checked" else None)
    recorder = Recorder(engine)
    started = time.perf_counter()
    text = job(recorder, mode != "off")
    total = time.perf_counter() - started
    written = sum(s.completion_tokens for s in recorder.stats)
    decode = sum(s.total_seconds - (s.first_token_seconds or 0.0) for s in recorder.stats)
    extra = [s.extra for s in recorder.stats]
    return {
        "total": total,
        "decode": written / decode if decode else 0.0,
        "written": written,
        "drafted": sum(e.get("lookup_drafted", 0) for e in extra),
        "accepted": sum(e.get("lookup_accepted", 0) for e in extra),
        "text": text,
    }


def summarize(document: Any) -> Callable[[Any, bool], str]:
    from localchat.engines.base import SamplingParams
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions

    def job(engine: Any, lookup: bool) -> str:
        context = JobContext(
            engine=engine, params=SamplingParams(temperature=0.0), prompt_lookup=lookup
        )
        return SummaryJob(context, document, SummaryOptions()).run().text

    return job


def translate(document: Any) -> Callable[[Any, bool], str]:
    from localchat.engines.base import SamplingParams
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.translate import TranslateJob, TranslateOptions

    def job(engine: Any, lookup: bool) -> str:
        params = SamplingParams(temperature=0.0, max_tokens=4096)
        context = JobContext(engine=engine, params=params, prompt_lookup=lookup)
        return TranslateJob(context, document, TranslateOptions("en", "fr")).run().text

    return job


def edit_and_resend(engine: Any, lookup: bool) -> str:
    """Answer a question, then the same question with one word changed (timed)."""
    from localchat.engines.base import ChatMessage, SamplingParams

    params = SamplingParams(temperature=0.0, max_tokens=160)
    question = "Explain in a short paragraph how a {} harbour works, with its main parts."
    first = [ChatMessage("user", question.format("small"))]
    "".join(engine._engine.stream_chat(first, params, threading.Event()))  # not recorded
    edited = [ChatMessage("user", question.format("fishing"))]
    on = SamplingParams(temperature=0.0, max_tokens=160, prompt_lookup=lookup)
    return "".join(engine.stream_chat(edited, on, threading.Event()))


def middle(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median decode speed of interleaved rounds (its other figures too)."""
    ordered = sorted(runs, key=lambda run: run["decode"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["rounds"] = [round(run["decode"], 1) for run in runs]
    chosen["text"] = chosen["text"] if all(r["text"] == chosen["text"] for r in runs) else None
    return chosen


def report(rows: list[tuple[str, str, dict[str, dict[str, Any]]]]) -> None:
    head = "| model | job | mode | total (s) | decode tok/s | vs off | guesses checked / kept |"
    print(head + " same text | decode per round |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, job, results in rows:
        base = results["off"]
        for mode in MODES:
            r = results[mode]
            same = "yes" if r["text"] is not None and r["text"] == base["text"] else "**no**"
            print(
                f"| {label} | {job} | {mode} | {r['total']:.1f} | {r['decode']:.1f} | "
                f"x{r['decode'] / base['decode']:.2f} | {r['drafted']:.0f} / "
                f"{r['accepted']:.0f} | {same} | {r['rounds']} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--translate-pages", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--models", nargs="+", default=["smol", "gemma"])
    parser.add_argument("--jobs", nargs="+", default=["summarize", "translate", "edit"])
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds (medians)")
    args = parser.parse_args()
    from localchat.engines.base import LoadOptions
    from localchat.engines.llama_cpp_engine import LlamaCppEngine

    print(machine(), f"; load average {os.getloadavg()[0]:.1f} (shared machine)")
    jobs = [
        (f"summarize {args.pages} pages", summarize(make_document(args.pages, 100))),
        (
            f"translate {args.translate_pages} pages",
            translate(make_document(args.translate_pages, 100)),
        ),
        ("edit and resend", edit_and_resend),
    ]
    rows = []
    for label, path in models():
        if not any(key in label.lower() for key in args.models):
            continue
        engine = LlamaCppEngine.load(path, LoadOptions(context_length=2048, threads=args.threads))
        try:
            for name, job in jobs:
                if not any(name.startswith(key) for key in args.jobs):
                    continue
                runs = [[run_mode(engine, m, job) for m in MODES] for _ in range(args.rounds)]
                results = {m: middle([r[i] for r in runs]) for i, m in enumerate(MODES)}
                rows.append((label, name, results))
                print(
                    label,
                    name,
                    {m: (round(r["total"], 1), round(r["decode"], 1)) for m, r in results.items()},
                    flush=True,
                )
        finally:
            engine.close()
    report(rows)


if __name__ == "__main__":
    main()
