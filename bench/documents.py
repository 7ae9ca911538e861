"""Summarize a 20-page document: job total vs the engine's own time; prompt speed Q4_1 vs Q4_0.

Run: python bench/documents.py [--pages 20] [--words-per-page 100] [--runs 3] [--threads 1]
                               [--context 2048] [--split-only]
(n_ctx 2048 makes the 20 pages several chunks, so the job is a real map + reduce.)

1. The job: SummaryJob (the code DocumentJobsService runs on the inference thread: chunk
   planning with count_tokens, map over the chunks, reduce, each part saved to the jobs
   table) on a LlamaCppEngine, greedy (temperature 0) so every run writes the same tokens.
   A recording wrapper captures each exact prompt and how many tokens it produced.
   The replay: a second Llama loaded with the same arguments runs those exact prompts
   (Llama.tokenize + a Llama.generate loop to the same token counts), i.e. only the
   engine's own work. Runs alternate job, replay, job, replay...; goal: replay / job >= 0.95.
2. Prompt reading speed, SmolLM2 Q4_1 (the bundled file) vs Q4_0 made from it with
   llama_cpp.llama_model_quantize(allow_requantize=True) into /tmp; a 512-token prompt from
   an empty cache, interleaved, median of --runs.
3. Splitting a 5 MB single line (no sentence end, no newline) into 1,000-token pieces with
   SmolLM2's vocabulary, as chunk planning does for a huge paste: seconds and characters
   counted per character of text, median of --runs. ``--split-only`` runs just this part.
   (tests/tasks/test_chunking.py checks that the counting stays linear; this is the time.)
"""

from __future__ import annotations

import argparse
import ctypes
import random
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, median, models, raw_generate, raw_tokens, spread  # noqa: E402

TOPICS = ["harbour", "budget", "bridge", "school", "library", "railway", "market", "council"]


def make_document(pages: int, words_per_page: int, seed: int = 3) -> Any:
    """A plain-text 'report' of N pages (paragraphs of simple sentences), read by the app."""
    from localchat.documents import read_pasted_text

    rng = random.Random(seed)
    paragraphs = []
    for page in range(pages):
        words = 0
        while words < words_per_page:
            topic = rng.choice(TOPICS)
            sentence = (
                f"On page {page + 1} the committee discussed the {topic}, which cost "
                f"{rng.randint(2, 90)} thousand pounds and was finished in "
                f"{rng.randint(1990, 2024)}."
            )
            paragraphs.append(sentence)
            words += len(sentence.split())
    return read_pasted_text("\n\n".join(paragraphs))


class Recorder:
    """Delegates to an engine; records every chat/prompt call with its finished stats."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.calls: list[tuple[str, object, object]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def stream_chat(
        self, messages: Any, params: Any, cancel: Any, stats: Any = None
    ) -> Iterator[str]:
        """Record the rendered prompt, then stream as the engine does."""
        from localchat.engines.base import GenerationStats

        stats = stats if stats is not None else GenerationStats()
        self.calls.append((self._engine.render_chat(messages), params, stats))
        return self._engine.stream_chat(messages, params, cancel, stats)

    def stream_prompt(
        self, prompt: str, params: Any, cancel: Any, stats: Any = None
    ) -> Iterator[str]:
        """Record the raw prompt, then stream as the engine does."""
        from localchat.engines.base import GenerationStats

        stats = stats if stats is not None else GenerationStats()
        self.calls.append((prompt, params, stats))
        return self._engine.stream_prompt(prompt, params, cancel, stats)


def run_job(engine: Any, document: Any, repository: Any) -> tuple[float, list]:
    from localchat.engines.base import SamplingParams
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions

    recorder = Recorder(engine)
    context = JobContext(
        recorder,  # type: ignore[arg-type]
        threading.Event(),
        repository=repository,
        resume=False,
        params=SamplingParams(temperature=0.0),
    )
    job = SummaryJob(context, document, SummaryOptions())
    started = time.perf_counter()
    job.run()
    return time.perf_counter() - started, recorder.calls


def replay(raw_engine: Any, calls: list) -> tuple[float, int, int]:
    """The same prompts through a bare Llama loop; returns (seconds, prompt tokens, made)."""
    llm = raw_engine._llm
    eos = llm.token_eos()
    prompt_total = made_total = 0
    started = time.perf_counter()
    for prompt, params, stats in calls:
        tokens = raw_tokens(raw_engine, prompt)
        prompt_total += len(tokens)
        want = stats.completion_tokens
        made = 0
        for token in raw_generate(llm, tokens, params):
            if token == eos or made >= want:
                break
            made += 1
            llm.detokenize([token])
        made_total += made
    return time.perf_counter() - started, prompt_total, made_total


def quantize_q4_0(source: Path) -> Path:
    import llama_cpp

    target = Path(tempfile.gettempdir()) / (source.stem.replace("Q4_1", "") + "Q4_0.gguf")
    if target.exists():
        return target
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
    params.allow_requantize = True
    params.nthread = 2
    code = llama_cpp.llama_model_quantize(
        str(source).encode(), str(target).encode(), ctypes.byref(params)
    )
    if code != 0:
        raise RuntimeError(f"llama_model_quantize failed with {code}")
    return target


def prompt_speed(llm: Any, tokens: list[int]) -> float:
    llm.reset()
    started = time.perf_counter()
    llm.eval(tokens)
    return len(tokens) / (time.perf_counter() - started)


def split_speed(path: Path, runs: int) -> None:
    """Part 3: split_text on a 5 MB single line, with the real vocabulary."""
    from localchat.engines.vocabulary import Vocabulary
    from localchat.tasks.chunking import split_text

    line = ("lorem ipsum dolor sit amet consectetur adipiscing elit " * 95_000)[:5_000_000]
    vocabulary = Vocabulary.load(path)
    seconds: list[float] = []
    counted: list[int] = []
    try:
        for _ in range(runs):
            counted.clear()

            def count(text: str) -> int:
                counted.append(len(text))
                return vocabulary.count(text)

            started = time.perf_counter()
            pieces = split_text(line, count, 1000)
            seconds.append(time.perf_counter() - started)
    finally:
        vocabulary.close()
    print()
    print("| split a 5 MB single line into 1,000-token pieces | median |")
    print("|---|---|")
    print(f"| time | {median(seconds):.2f} s ({spread(seconds)}) |")
    print(f"| pieces / count_tokens calls | {len(pieces)} / {len(counted)} |")
    print(f"| characters counted per character | {sum(counted) / len(line):.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--words-per-page", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--context", type=int, default=2048)
    parser.add_argument("--split-only", action="store_true", help="only part 3")
    args = parser.parse_args()
    print(machine())
    if args.split_only:
        split_speed(models()[0][1], args.runs)
        return
    from localchat.bootstrap import open_core
    from localchat.engines.base import LoadOptions
    from localchat.engines.llama_cpp_engine import LlamaCppEngine
    from localchat.paths import resolve_paths

    label, path = models()[0]
    options = LoadOptions(context_length=args.context, threads=args.threads)
    engine = LlamaCppEngine.load(path, options)
    raw_engine = LlamaCppEngine.load(path, options)  # only its Llama object is used
    tmp = tempfile.TemporaryDirectory()
    core = open_core(resolve_paths(Path(tmp.name)))
    document = make_document(args.pages, args.words_per_page)
    print(
        f"document: {args.pages} pages x ~{args.words_per_page} words, "
        f"{engine.count_tokens(document.text())} tokens; "
        f"model {label}, n_ctx {args.context}, threads {args.threads}"
    )
    jobs, replays, info = [], [], None
    for i in range(args.runs):
        # Forget the previous run's prompt on both sides: every run reads its prompts afresh
        # (the prefix reuse inside one job, between its own calls, is kept on both sides).
        engine._llm.reset()
        raw_engine._llm.reset()
        seconds, calls = run_job(engine, document, core.jobs)
        engine_seconds = sum(s.total_seconds for _p, _q, s in calls)
        raw_seconds, prompt_tokens, made = replay(raw_engine, calls)
        jobs.append((seconds, engine_seconds))
        replays.append(raw_seconds)
        app_made = sum(s.completion_tokens for _p, _q, s in calls)
        info = (len(calls), prompt_tokens, made, app_made)
        print(
            f"  run {i + 1}: job {seconds:.2f} s (inside stream calls {engine_seconds:.2f} s), "
            f"replay {raw_seconds:.2f} s; {len(calls)} calls, {prompt_tokens} prompt tokens, "
            f"{made}/{app_made} tokens written (replay/job)",
            flush=True,
        )
    ratios = [r / j[0] for r, j in zip(replays, jobs, strict=True)]
    # Q4_1 vs Q4_0 prompt reading.
    q4_0 = quantize_q4_0(path)
    import llama_cpp

    llms = {
        label: llama_cpp.Llama(
            str(file),
            n_ctx=2048,
            n_threads=args.threads,
            n_threads_batch=args.threads,
            verbose=False,
        )
        for label, file in (("Q4_1 (bundled)", path), ("Q4_0 (requantized)", q4_0))
    }
    text = " ".join(p for p in (document.text()).split()[:600])
    speeds: dict[str, list[float]] = {k: [] for k in llms}
    for llm in llms.values():
        prompt_speed(llm, llm.tokenize(b"warm up " * 40))
    for i in range(args.runs):
        for name in list(llms) if i % 2 == 0 else list(reversed(llms)):
            tokens = llms[name].tokenize(text.encode())[:512]
            speeds[name].append(prompt_speed(llms[name], tokens))
    print()
    calls, prompt_tokens, made, app_made = info
    job_s = median([j[0] for j in jobs])
    print(
        f"| summarize {args.pages} pages ({calls} engine calls, {prompt_tokens} prompt tokens, "
        f"{app_made} written) | median |"
    )
    print("|---|---|")
    print(f"| job total (SummaryJob.run) | {job_s:.2f} s ({spread([j[0] for j in jobs])}) |")
    print(f"| of which inside the engine's stream calls | {median([j[1] for j in jobs]):.2f} s |")
    print(
        f"| replay of the same prompts, bare Llama loop | {median(replays):.2f} s "
        f"({spread(replays)}) |"
    )
    print(
        f"| replay / job (goal >= 0.95) | {median(ratios):.3f} "
        f"{'met' if median(ratios) >= 0.95 else 'MISSED'} |"
    )
    print()
    print("| SmolLM2 135M | file size | prompt tok/s (512 tokens) | vs Q4_1 |")
    print("|---|---|---|---|")
    base = speeds["Q4_1 (bundled)"]
    for name, values in speeds.items():
        size = (path if "Q4_1" in name else q4_0).stat().st_size
        ratio = median([v / b for v, b in zip(values, base, strict=True)])
        print(
            f"| {name} | {size / 1e6:.0f} MB | {median(values):.0f} ({spread(values)}) | "
            f"x{ratio:.2f} |"
        )
    for llm in llms.values():
        llm.close()
    engine.close()
    raw_engine.close()
    core.close()
    split_speed(path, args.runs)


if __name__ == "__main__":
    main()
