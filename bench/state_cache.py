"""Back to a conversation after using another: restored model state vs reading it again.

Run: python bench/state_cache.py [--sizes 500 2000 6000] [--rounds 1] [--threads 1]
                                 [--no-cli] [--no-server]

For each conversation size (tokens of stored history, SmolLM2, n_ctx 8192), through the
engine host as the window runs it (``open_engine`` -> HostedEngine, greedy, 8 tokens):
1. turn 1 reads the history (its state is kept), turn 2 follows at once: the first token of
   a continuing turn (the reference of the goal);
2. a short other conversation is answered (the host's context now holds it);
3. back to the conversation: with its state (restored from the host's RAM), and then in a
   fresh host (restored from the file), interleaved with the same question read again
   without a state (``stream_chat``). Goal: first token with the state <= 2x a continuing
   turn's.
4. ``localchat chat --conversation ID -p Q`` in a new process (the CLI's own code, run in a
   child with the first token timed from the call of ``stream_answer``, i.e. after the model
   loaded), with the state file vs without it.
5. llama-cpp-python's own server (``python -m llama_cpp.server``, the Jan-style
   architecture) over HTTP, streaming: the same "back after another" first token.
Also: the state's size on disk and in RAM per cached conversation.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CODE, machine, median, models, spread  # noqa: E402

QUESTION = "Thank you. Now, in one sentence, what was the most important point so far?"
OTHER = [{"role": "user", "content": "Name three colours of the rainbow."}]
PARAGRAPH = (
    "The harbour of Port Ellis was founded in 1762 by Captain Thomas Reed and a crew of 34 "
    "men. By 1790 the town had 1,200 inhabitants, two churches and a market held every "
    "Saturday. The first stone pier, 180 metres long, was finished in 1803. "
)
N_CTX = 8192


def history_messages(tokens: int, count: Any) -> list[Any]:
    """A system prompt and user/assistant turns adding up to about ``tokens`` tokens."""
    from localchat.engines.base import ChatMessage

    messages = [ChatMessage("system", "You are a helpful local history assistant.")]
    turn = 0
    while sum(count(m.content) + 8 for m in messages) < tokens:
        role = "user" if turn % 2 == 0 else "assistant"
        text = f"({turn}) " + PARAGRAPH * (1 if role == "user" else 3)
        messages.append(ChatMessage(role, text))
        turn += 1
    if messages[-1].role == "user":
        messages.append(ChatMessage("assistant", "Noted."))
    return messages


def next_turn(messages: list[Any], number: int) -> list[Any]:
    """The conversation with one more answer and question: what going back to it adds."""
    from localchat.engines.base import ChatMessage

    answer = ChatMessage("assistant", "Because of the harbour.")
    return [*messages, answer, ChatMessage("user", f"Go on, part {number + 1}.")]


def first_token(engine: Any, messages: list[Any], conversation: int | None) -> tuple[float, Any]:
    """Seconds to the first token of an 8-token greedy answer, and its stats."""
    from localchat.engines.base import GenerationStats, SamplingParams

    params = SamplingParams(temperature=0.0, max_tokens=8)
    stats = GenerationStats()
    cancel = threading.Event()
    started = time.perf_counter()
    first = None
    if conversation is None:
        pieces = engine.stream_chat(messages, params, cancel, stats)
    else:
        pieces = engine.stream_conversation(conversation, messages, params, cancel, stats)
    for _piece in pieces:
        if first is None:
            first = time.perf_counter() - started
    return first if first is not None else float("nan"), stats


def other_conversation(engine: Any) -> None:
    """Use another conversation, so the host's context no longer holds the first."""
    from localchat.engines.base import ChatMessage

    first_token(engine, [ChatMessage("user", OTHER[0]["content"])], 999_999)


def run_size(path: Path, size: int, rounds: int, options: Any, rows: dict[str, list[float]]) -> Any:
    """The host measurements for one size; returns the full question's messages."""
    from localchat.engines.base import ChatMessage
    from localchat.engines.factory import open_engine

    engine = open_engine(path, options)
    try:
        history = history_messages(size, engine.count_tokens)
        asked = [*history, ChatMessage("user", QUESTION)]
        _t, stats = first_token(engine, asked, size)  # turn 1: reads it all, keeps the state
        rows["prompt tokens"].append(stats.prompt_tokens)
        answer = [*asked, ChatMessage("assistant", "It was founded in 1762.")]
        answer.append(ChatMessage("user", "Why?"))
        rows["continuing turn"].append(first_token(engine, answer, size)[0])
        for number in range(rounds):
            other_conversation(engine)
            answer = next_turn(answer, number)
            rows["back, state from RAM"].append(first_token(engine, answer, size)[0])
            other_conversation(engine)
            rows["back, read again"].append(first_token(engine, answer, None)[0])
    finally:
        engine.close()
    for number in range(rounds):
        engine = open_engine(path, options)  # a fresh host: only the file is left
        try:
            other_conversation(engine)
            answer = next_turn(answer, rounds + number)
            rows["back, state from file (new host)"].append(first_token(engine, answer, size)[0])
        finally:
            engine.close()
    return answer


CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import localchat.cli as cli
from localchat.__main__ import main
real = cli.stream_answer
marks = {}
def timed(*args, **kwargs):
    marks["asked"] = time.perf_counter()
    on_text = kwargs["on_text"]
    def first(piece):
        marks.setdefault("first", time.perf_counter())
        on_text(piece)
    kwargs["on_text"] = first
    return real(*args, **kwargs)
cli.stream_answer = timed
code = main(sys.argv[2:])
sys.stderr.write("TIMING " + json.dumps(marks["first"] - marks["asked"]) + "\n")
sys.exit(code)
"""


def cli_first_token(data_dir: Path, conversation: int, keep_state: bool) -> float:
    """``localchat chat --conversation ID -p Q`` in a new process: seconds to the first token."""
    from localchat.engines.state_cache import delete_state, state_folder

    if not keep_state:
        delete_state(state_folder(data_dir), conversation)
    command = [sys.executable, "-c", CHILD, str(CODE), "--data-dir", str(data_dir), "chat"]
    command += ["--conversation", str(conversation), "-p", "Why?", "--max-tokens", "8"]
    command += ["--temperature", "0"]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    line = next(x for x in done.stderr.splitlines() if x.startswith("TIMING "))
    return float(line.split()[1])


def cli_rows(
    path: Path, sizes: list[int], threads: int, rows: dict[int, dict[str, list[float]]]
) -> None:
    """New CLI processes: with the state file vs without it, interleaved."""
    from localchat.bootstrap import open_core
    from localchat.engines.factory import open_engine
    from localchat.paths import resolve_paths
    from localchat.settings import save_settings

    data_dir = Path(tempfile.mkdtemp(prefix="localchat-state-bench-"))
    core = open_core(resolve_paths(data_dir))
    core.settings.context_length = N_CTX
    core.settings.threads = threads
    save_settings(core.settings, core.paths.settings_file)
    model = next(m for m in core.models.list() if m.source == "bundled")
    engine = open_engine(path, core.load_options())
    try:
        for size in sizes:
            conversation = core.conversations.create(title=f"{size}", model_id=model.id)
            for message in history_messages(size, engine.count_tokens)[1:]:
                core.conversations.add_message(conversation.id, message.role, message.content)
            rows[size]["conversation"] = [conversation.id]
    finally:
        engine.close()
        core.close()
    for size in sizes:
        conversation_id = int(rows[size]["conversation"][0])
        cli_first_token(data_dir, conversation_id, keep_state=False)  # makes the state
        rows[size]["CLI, new process, state file"].append(
            cli_first_token(data_dir, conversation_id, True)
        )
        rows[size]["CLI, new process, read again"].append(
            cli_first_token(data_dir, conversation_id, False)
        )


def server_rows(
    path: Path, answers: dict[int, Any], threads: int, rows: dict[int, dict[str, list[float]]]
) -> None:
    """llama_cpp.server over HTTP: back to the conversation after another one."""
    import httpx2 as httpx

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "engines"))
    from llama_server import free_port

    port = free_port()
    log = open(tempfile.mktemp(suffix=".log"), "wb")
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(path), "--port", str(port)]
    command += [
        "--n_ctx",
        str(N_CTX),
        "--n_threads",
        str(threads),
        "--n_threads_batch",
        str(threads),
    ]
    command += ["--flash_attn", "true"]
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        for size, messages in answers.items():

            def wire(turns: list[Any]) -> list[dict[str, str]]:
                return [{"role": m.role, "content": m.content} for m in turns]

            http_first_token(url, wire(messages[:-2]))  # turn 1 reads it
            rows[size]["server: continuing turn"].append(http_first_token(url, wire(messages)))
            http_first_token(url, OTHER)
            back = wire(next_turn(messages, 99))
            rows[size]["server: back after another"].append(http_first_token(url, back))
    finally:
        server.terminate()
        server.wait(timeout=30)


def http_first_token(url: str, messages: list[dict[str, str]]) -> float:
    """Seconds to the first streamed content of a greedy 8-token chat completion."""
    import httpx2 as httpx

    body = {"messages": messages, "max_tokens": 8, "temperature": 0, "stream": True}
    started = time.perf_counter()
    first = float("nan")
    with httpx.stream("POST", url, json=body, timeout=600) as response:
        for line in response.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            delta = json.loads(line[6:])["choices"][0]["delta"]
            if delta.get("content") and first != first:
                first = time.perf_counter() - started
    return first


def state_sizes(folder: Path, sizes: list[int]) -> dict[int, int]:
    from localchat.engines.state_cache import state_file

    return {size: state_file(folder, size).stat().st_size for size in sizes}


def report(sizes: list[int], rows: dict[int, dict[str, list[float]]], disk: dict[int, int]) -> None:
    print("| first token (s) | " + " | ".join(f"{s:,} tokens" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    names = [n for n in rows[sizes[0]] if n not in ("conversation", "prompt tokens")]
    print(
        "| prompt tokens | "
        + " | ".join(f"{int(rows[s]['prompt tokens'][0]):,}" for s in sizes)
        + " |"
    )
    for name in names:
        cells = [f"{median(rows[s][name]):.3f} ({spread(rows[s][name])})" for s in sizes]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for name in names:
        if name.startswith("back, state") or name.startswith("CLI, new process, state"):
            ratio = [median(rows[s][name]) / median(rows[s]["continuing turn"]) for s in sizes]
            print(
                f"| **{name} / continuing turn (goal <= 2)** | "
                + " | ".join(f"**{r:.2f}**" for r in ratio)
                + " |"
            )
    print(
        "| state file on disk (= RAM held per conversation) | "
        + " | ".join(f"{disk[s] / 2**20:.1f} MiB" for s in sizes)
        + " |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 6000])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-cli", action="store_true")
    parser.add_argument("--no-server", action="store_true")
    args = parser.parse_args()
    from localchat.engines.base import LoadOptions

    print(machine(), f"; load average {os.getloadavg()[0]:.1f} (shared machine)")
    _label, path = models()[0]
    folder = Path(tempfile.mkdtemp(prefix="localchat-states-"))
    options = LoadOptions(context_length=N_CTX, threads=args.threads, state_dir=str(folder))
    rows: dict[int, dict[str, list[float]]] = {}
    answers = {}
    for size in args.sizes:
        rows[size] = {
            k: []
            for k in (
                "prompt tokens",
                "continuing turn",
                "back, state from RAM",
                "back, read again",
                "back, state from file (new host)",
            )
        }
        answers[size] = run_size(path, size, args.rounds, options, rows[size])
        print(f"size {size}: {json.dumps({k: v for k, v in rows[size].items()})}", flush=True)
    disk = state_sizes(folder, args.sizes)
    if not args.no_cli:
        for size in args.sizes:
            rows[size].update(
                {"CLI, new process, state file": [], "CLI, new process, read again": []}
            )
        cli_rows(path, args.sizes, args.threads, rows)
    if not args.no_server:
        for size in args.sizes:
            rows[size].update({"server: continuing turn": [], "server: back after another": []})
        server_rows(path, answers, args.threads, rows)
    report(args.sizes, rows, disk)


if __name__ == "__main__":
    main()
