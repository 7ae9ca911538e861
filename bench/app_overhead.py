"""LocalChat's full chat path vs a bare llama-cpp-python loop: tokens/s and first-token time.

Run: QT_QPA_PLATFORM=offscreen python bench/app_overhead.py [--runs 9] [--threads 1]
                                     [--max-tokens 128] [--model smol|gemma|both]

Raw side: one ``Llama`` built with the app's own arguments (n_ctx, n_threads, verbose=False),
the same chat-templated prompt, ``Llama.tokenize`` + a ``Llama.generate`` loop (greedy, same
top_k/top_p/repeat_penalty), detokenizing each token, stopping at end-of-generation or the
token limit. Timed from the tokenize call to the first token and to the end of the loop.

App side: ``Application`` offscreen with the real engine (in its engine host process, as
the app opens it; the raw side's ``Llama`` runs in this process), the window shown,
sampling set to the same greedy parameters. ``ChatPane.send`` (store the question,
auto-title, queue on the inference worker, fit_to_context, persist the answer every second,
30 ms token batches, 50 ms coalesced Markdown renders) timed from the send() call to the
first ``token`` signal on the GUI thread and to the ``finished`` signal (after the pane's
final re-render).

Both sides get the same prompt for run i (prompts differ per run, so each run reads its
prompt afresh, apart from the shared template prefix), and runs are interleaved raw, app,
raw, app... Decode speed on both sides = (tokens - 1) / (end - first token).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    machine,
    median,
    models,
    raw_generate,
    raw_tokens,
    spread,
    switch_interval_as_the_app,
)

PROMPT = "Task {i}: count from 1 to 300, separated by commas, nothing else."


def raw_run(engine: Any, prompt: str, params: Any, stops: tuple[str, ...] = ()) -> dict[str, Any]:
    """The bare loop on a Llama object (engine._llm is a plain llama_cpp.Llama)."""
    llm = engine._llm
    started = time.perf_counter()
    tokens = raw_tokens(engine, prompt)
    eos = llm.token_eos()
    first = None
    count = 0
    pieces = []
    for token in raw_generate(llm, tokens, params):
        if first is None:
            first = time.perf_counter()
        if token == eos:
            break
        count += 1
        pieces.append(llm.detokenize([token]))
        if stops and any(s.encode() in b"".join(pieces[-8:]) for s in stops):
            count -= 1  # the stop marker is not part of the answer (the app drops it too)
            break
        if count >= params.max_tokens:
            break
    end = time.perf_counter()
    return {
        "first": first - started,
        "tps": (count - 1) / (end - first) if count > 1 else 0.0,
        "tokens": count,
        "text": b"".join(pieces).decode("utf-8", "replace"),
    }


class AppDriver:
    """An offscreen Application with one model; send() runs one chat turn to the end."""

    def __init__(
        self, model_path: Path, threads: int, max_tokens: int, render: bool = True
    ) -> None:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        from localchat.app import Application
        from localchat.bootstrap import open_core
        from localchat.library import register_model_file
        from localchat.paths import resolve_paths
        from localchat.settings import Sampling

        self.qt = QApplication.instance() or QApplication([])
        self._tmp = tempfile.TemporaryDirectory()
        self.core = open_core(resolve_paths(Path(self._tmp.name)))
        model = self.core.models.find_by_path(str(model_path)) or register_model_file(
            self.core.models, model_path, source="import"
        )
        self.core.settings.threads = threads
        self.core.settings.task_models = {"chat": model.id}
        self.core.settings.sampling = Sampling(
            temperature=0.0, top_p=0.9, max_tokens=max_tokens, repeat_penalty=1.1
        )
        self.app = Application(self.core, self.qt)
        self.pane = self.app.window.chat_pane
        self.pane.model_picker.setCurrentIndex(self.pane.model_picker.findData(model.id))
        self.app.window.resize(1100, 800)
        self.app.window.show()
        self._loop = QEventLoop()
        self._state: dict = {}
        self.app.inference.token.connect(self._on_token)
        # The answer's request id (its job is queued just after send() returns).
        self.app.chat.answer_started.connect(lambda _c, rid: self._state.__setitem__("rid", rid))
        self.app.inference.finished.connect(self._on_end)
        self.app.inference.failed.connect(self._on_failed)
        self.app.inference.model_loaded.connect(lambda *_: self._loop.quit())
        if not render:  # ablation: tokens still arrive on the GUI thread, nothing is drawn
            self.pane.view.append_answer_text = lambda _text: None
        self.app.preload_default_model()
        self._loop.exec()

    def _on_token(self, _rid: int, _text: str) -> None:
        self._state.setdefault("first", time.perf_counter())

    def _on_end(self, rid: int, result: object) -> None:
        if rid != self._state.get("rid"):
            return  # the preload request's own finished signal
        self._state["end"] = time.perf_counter()
        self._state["result"] = result
        self._loop.quit()

    def _on_failed(self, _rid: int, message: str) -> None:
        self._state["error"] = message
        self._loop.quit()

    def run(self, prompt: str) -> dict[str, Any]:
        """Send one question in a new chat and wait for the whole answer."""
        self.pane.new_chat()
        self._state = {}
        started = time.perf_counter()
        self.pane.send(prompt)
        self._state["sent"] = time.perf_counter()
        self._loop.exec()
        if "error" in self._state:
            raise RuntimeError(self._state["error"])
        stats = self._state["result"].stats
        first = self._state["first"]
        count = stats.completion_tokens
        return {
            "first": first - started,
            "send_call": self._state["sent"] - started,
            "engine_first": stats.first_token_seconds or 0.0,
            "tps": (count - 1) / (self._state["end"] - first) if count > 1 else 0.0,
            "engine_tps": stats.tokens_per_second,
            "tokens": count,
            "text": self._state["result"].text,
            "renders": self.pane.view.render_count,
        }

    def close(self) -> None:
        """Shut the app down and remove its data folder."""
        self.app.shutdown()
        self.core.close()
        self.app.window.close()
        self.app.window.deleteLater()
        self._tmp.cleanup()


def bench_model(
    label: str, path: Path, runs: int, threads: int, max_tokens: int, ablation: bool = False
) -> dict:
    from localchat.engines.base import ChatMessage
    from localchat.engines.llama_cpp_engine import LlamaCppEngine

    driver = AppDriver(path, threads, max_tokens)
    params = driver.core.sampling()
    raw_engine = LlamaCppEngine.load(path, driver.core.load_options())
    quiet = AppDriver(path, threads, max_tokens, render=False) if ablation else None
    raw, app, bare = [], [], []
    for i in range(runs + 1):  # run 0 warms both sides up and is not counted
        text = PROMPT.format(i=i)
        prompt, stops = raw_engine._render([ChatMessage("user", text)])
        first_raw = i % 2 == 0  # alternate which side goes first
        for side in ("raw", "app") if first_raw else ("app", "raw"):
            if side == "raw":
                result = raw_run(raw_engine, prompt, params, stops)
            else:
                result = driver.run(text)
            if i:
                (raw if side == "raw" else app).append(result)
        if quiet is not None:
            result = quiet.run(text)
            if i:
                bare.append(result)
        r, a = raw[-1] if i else None, app[-1] if i else None
        if i:
            same = r["text"].strip() == a["text"].strip()
            print(
                f"  {label} run {i}: raw {r['tps']:.1f} tok/s first {r['first'] * 1000:.0f} ms | "
                f"app {a['tps']:.1f} tok/s first {a['first'] * 1000:.0f} ms "
                f"(engine {a['engine_first'] * 1000:.0f} ms, send() {a['send_call'] * 1000:.0f} ms)"
                f" | tokens {r['tokens']}/{a['tokens']} {'same text' if same else 'TEXT DIFFERS'}"
                + (f" | app without rendering {bare[-1]['tps']:.1f} tok/s" if bare else ""),
                flush=True,
            )
    raw_engine.close()
    driver.close()
    if quiet is not None:
        quiet.close()
    return {"raw": raw, "app": app, "bare": bare}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--model", choices=("smol", "gemma", "both"), default="both")
    parser.add_argument(
        "--ablation",
        action="store_true",
        help="also run a second app whose MessageView draws nothing (isolates GUI cost)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="experiment: sys.setswitchinterval(seconds) for the process (default: the app's)",
    )
    args = parser.parse_args()
    switch_interval_as_the_app()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    print(machine())
    print(
        f"threads={args.threads}, max_tokens={args.max_tokens}, runs={args.runs} (interleaved)"
        f", GIL switch interval {sys.getswitchinterval() * 1000:g} ms"
    )
    chosen = models()
    if args.model != "both":
        chosen = [chosen[0 if args.model == "smol" else 1]]
    rows = []
    for label, path in chosen:
        result = bench_model(label, path, args.runs, args.threads, args.max_tokens, args.ablation)
        rows.append((label, result))
    print()
    print(
        "| model | raw tok/s | app tok/s | app/raw (goal >= 0.97) | raw first token | "
        "app first token | app/raw (goal <= 1.05) | app: engine's own first token |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, result in rows:
        raw, app = result["raw"], result["app"]
        rt, at = median([r["tps"] for r in raw]), median([a["tps"] for a in app])
        rf, af = median([r["first"] for r in raw]), median([a["first"] for a in app])
        ef = median([a["engine_first"] for a in app])
        tr = median([a["tps"] / r["tps"] for r, a in zip(raw, app, strict=True)])
        fr = median([a["first"] / r["first"] for r, a in zip(raw, app, strict=True)])
        print(
            f"| {label} | {rt:.1f} ({spread([r['tps'] for r in raw])}) | {at:.1f} "
            f"({spread([a['tps'] for a in app])}) | {tr:.3f} {'met' if tr >= 0.97 else 'MISSED'}"
            f" | {rf * 1000:.0f} ms | {af * 1000:.0f} ms | {fr:.2f} "
            f"{'met' if fr <= 1.05 else 'MISSED'} | {ef * 1000:.0f} ms |"
        )
    print("\nRatios are medians of the per-pair ratios (raw run i vs app run i).")
    for label, result in rows:
        if result["bare"]:
            ratio = median(
                [b["tps"] / r["tps"] for r, b in zip(result["raw"], result["bare"], strict=True)]
            )
            pairs = zip(result["raw"], result["app"], strict=True)
            eng = median([a["engine_tps"] / r["tps"] for r, a in pairs])
            print(
                f"{label}: app without MessageView rendering / raw tok/s = {ratio:.3f}; "
                f"full app, engine-internal tok/s / raw = {eng:.3f}"
            )


if __name__ == "__main__":
    main()
