"""The headless command line: chat, models, doctor. No Qt."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

from localchat.bootstrap import Core
from localchat.cli_documents import (
    add_document_commands,
    run_document_command,
    run_interruptibly,
)
from localchat.cli_models import add_model_commands, run_model_command
from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams
from localchat.errors import UserFacingError
from localchat.hardware import detect_hardware, human_bytes
from localchat.library import choose_model, install_model_file
from localchat.model_location import model_file
from localchat.settings import save_settings
from localchat.storage import InstalledModel
from localchat.tasks.chat import history_from_records, stream_answer

# The engines (llama.cpp, Jinja templates) and the catalog's estimates are imported by the
# commands that use them: `localchat` with no command builds this parser, then opens the
# window, and should not pay for them.

EXIT_COMMANDS = {"/quit", "/exit", "/q"}


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the CLI sub-commands to the top-level parser."""
    commands = parser.add_subparsers(dest="command")
    chat = commands.add_parser("chat", help="chat in the terminal")
    chat.add_argument("-p", "--prompt", help="ask one question, print the answer and exit")
    chat.add_argument("--conversation", type=int, help="continue a stored conversation by id")
    chat.add_argument("--model", help="installed model id, name or file (default: the default)")
    chat.add_argument("--system", help="system prompt for a new conversation")
    chat.add_argument("--max-tokens", type=int, help="longest answer, in tokens")
    chat.add_argument("--temperature", type=float, help="0 = always the same answer")
    models = commands.add_parser("models", help="list, get, remove or import models")
    models_commands = models.add_subparsers(dest="models_command", required=True)
    models_commands.add_parser("list", help="show installed models")
    imported = models_commands.add_parser("import", help="add a local GGUF or GGML file")
    imported.add_argument("file", type=Path)
    imported.add_argument("--model-type", help="architecture of a GGML-era file (e.g. gpt2)")
    imported.add_argument("--name", help="name to show")
    add_model_commands(models_commands)
    commands.add_parser("doctor", help="check this computer and the engine")
    add_document_commands(commands)


def run_cli(args: argparse.Namespace, core: Core) -> int:
    """Run one CLI command; user-facing problems print a plain message and exit 1."""
    try:
        if args.command == "models":
            if args.models_command == "list":
                return models_list(core)
            if args.models_command == "import":
                return models_import(args, core)
            return run_model_command(args, core)
        if args.command == "doctor":
            return doctor(core)
        if args.command in ("summarize", "translate"):
            return run_document_command(args, core)
        return chat(args, core)
    except UserFacingError as error:
        print(f"localchat: {error}", file=sys.stderr)
        return 1


def models_list(core: Core) -> int:
    """Print the installed models as a table."""
    installed = core.models.list()
    if not installed:
        print("No models installed.")
        return 0
    header = f"{'ID':>3}  {'NAME':<34} {'ARCH':<10} {'QUANT':<7} {'SIZE':>9} {'CONTEXT':>8}  ENGINE"
    print(header)
    for model in installed:
        default = " (default)" if model.source == "bundled" else ""
        print(
            f"{model.id:>3}  {(model.name + default)[:34]:<34} {model.architecture[:10]:<10} "
            f"{(model.quantization or '-')[:7]:<7} {human_bytes(model.size_bytes):>9} "
            f"{model.context_length:>8}  {model.engine}"
        )
    return 0


def models_import(args: argparse.Namespace, core: Core) -> int:
    """Check a local model file and register it without copying it."""
    print(f"Checking {args.file.name}...", file=sys.stderr, flush=True)
    model = install_model_file(
        core.models,
        args.file.resolve(),
        source="import",
        name=args.name,
        model_type=args.model_type,
    )
    size = human_bytes(model.size_bytes)
    print(f"Imported {model.name} ({model.architecture}, {size}) as #{model.id}.")
    return 0


def load_model(core: Core, model: InstalledModel) -> Engine:
    """Load a model with the settings' options, telling the user what happens."""
    from localchat.engines.factory import open_engine

    file = model_file(model)  # the command line runs models on this computer only
    print(f"Loading {model.name}...", file=sys.stderr, flush=True)
    return open_engine(file, core.load_options(model.model_type))


def _sampling(args: argparse.Namespace, core: Core) -> SamplingParams:
    params = core.sampling()
    changes: dict[str, float | int] = {}
    if args.max_tokens is not None:
        changes["max_tokens"] = args.max_tokens
    if args.temperature is not None:
        changes["temperature"] = args.temperature
    return SamplingParams(**{**params.__dict__, **changes})


def chat(args: argparse.Namespace, core: Core) -> int:
    """One question (-p) or an interactive conversation that is stored as it goes."""
    if args.prompt is not None and not args.prompt.strip():
        raise UserFacingError("The message is empty.", "Type a question.")
    if args.conversation is not None:
        try:
            conversation = core.conversations.get(args.conversation)
        except KeyError:
            raise UserFacingError(
                f"There is no conversation #{args.conversation}.", "Start a new one."
            ) from None
    else:
        conversation = None
    model = choose_model(
        core.models,
        args.model,
        conversation.model_id if conversation else core.settings.task_models.get("chat"),
    )
    engine = load_model(core, model)
    try:
        if conversation is None:
            title = (args.prompt or "New chat").strip().splitlines()[0][:60]
            conversation = core.conversations.create(
                title=title, model_id=model.id, system_prompt=args.system or ""
            )
        params = _sampling(args, core)
        if args.prompt is not None:
            return 0 if _ask(core, engine, conversation.id, args.prompt, params) else 1
        return _interactive(core, engine, conversation.id, params)
    finally:
        engine.close()


def _interactive(core: Core, engine: Engine, conversation_id: int, params: SamplingParams) -> int:
    print(f"Conversation #{conversation_id}. Type /quit to leave; Ctrl+C stops an answer.")
    for message in core.conversations.messages(conversation_id):
        if message.role in ("user", "assistant"):
            print(f"{'You' if message.role == 'user' else 'Assistant'}: {message.text}")
    while True:
        try:
            text = input("You: ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.strip() in EXIT_COMMANDS:
            return 0
        if text.strip():
            _ask(core, engine, conversation_id, text, params)


def _ask(
    core: Core, engine: Engine, conversation_id: int, text: str, params: SamplingParams
) -> bool:
    """Store the question, stream the answer to stdout; Ctrl+C stops it and keeps the part."""
    if not text.strip():
        raise UserFacingError("The message is empty.", "Type a question.")
    core.conversations.add_message(conversation_id, "user", text.strip())
    conversation = core.conversations.get(conversation_id)
    history = history_from_records(
        conversation.system_prompt, core.conversations.messages(conversation_id)
    )
    cancel = threading.Event()
    run_interruptibly(
        lambda: stream_answer(
            engine,
            core.conversations,
            conversation_id,
            history,
            params,
            cancel,
            on_text=lambda piece: print(piece, end="", flush=True),
        ),
        cancel,
    )
    print()
    return True


def doctor(core: Core) -> int:
    """Print the machine's resources, then load the default model and time a short answer."""
    from localchat.catalog.estimate import WORDS_PER_TOKEN, calibrate
    from localchat.catalog.offload import OffloadPlan, gpu_build_hint, on_processor, plan_for_file
    from localchat.engines.gpu_layers import supports_gpu_offload
    from localchat.engines.llama_cpp_engine import llama_cpp_version

    hardware = detect_hardware(core.paths.models_dir, gpu_offload=supports_gpu_offload())
    print("LocalChat doctor")
    print(
        f"  Memory:     {human_bytes(hardware.ram_total)} total, "
        f"{human_bytes(hardware.ram_available)} available"
    )
    print(f"  CPU:        {hardware.cpu_name}")
    print(f"  Cores:      {hardware.physical_cores} physical, {hardware.logical_cores} logical")
    print(f"  Features:   {', '.join(hardware.cpu_features) or 'none detected'}")
    gpus = ", ".join(
        g.name + (f" ({human_bytes(g.vram_total)})" if g.vram_total else "") for g in hardware.gpus
    )
    print(f"  GPU:        {gpus or 'none found'}")
    print(
        f"  Engine:     llama-cpp-python {llama_cpp_version()}, GPU offload "
        f"{'available' if hardware.gpu_offload else 'not available in this build'}"
    )
    print(f"  Disk free:  {human_bytes(hardware.disk_free)} in {core.paths.data_dir}")
    print(f"  Data dir:   {core.paths.data_dir}")
    model = choose_model(core.models, None, core.settings.task_models.get("chat"))
    try:  # the plan names the card and counts the layers; GGML-era files have no GGUF header
        plan = plan_for_file(model_file(model), core.settings.context_length, hardware)
    except UserFacingError:
        plan = on_processor(0)
    started = time.perf_counter()
    engine = load_model(core, model)
    load_seconds = time.perf_counter() - started
    # What the engine host actually loaded: the Settings may turn the card off, and a load
    # that ran out of graphics memory retried with fewer layers than planned.
    loaded_layers = engine.gpu_layers
    offload_note = engine.offload_note
    stats = GenerationStats()
    params = SamplingParams(temperature=0.0, max_tokens=48)
    try:
        messages = [ChatMessage("user", "Say hello in one short sentence.")]
        answer = "".join(engine.stream_chat(messages, params, threading.Event(), stats))
    finally:
        engine.close()
    print(f"  Model:      {model.name} loaded in {load_seconds:.2f} s")
    print(f"  Test:       {answer.strip()[:70]!r}")
    print(
        f"  Speed:      {stats.tokens_per_second:.1f} tokens/s "
        f"({stats.completion_tokens} tokens, first after {stats.first_token_seconds or 0:.2f} s)"
    )
    placement = OffloadPlan(
        loaded_layers, plan.total_layers, plan.device if loaded_layers else None
    )
    words = stats.tokens_per_second * WORDS_PER_TOKEN
    shown = f"{words:.0f}" if words >= 2 else f"{words:.1f}"
    print(f"  Runs on:    {placement.label()} · about {shown} words/s")
    if offload_note:
        print(f"              {offload_note}")
    hint = gpu_build_hint(hardware)
    if hint:
        print(f"  Faster:     {hint}")
    # Calibrates the Models pane's processor speed estimates; a run helped by the graphics
    # card would make every model look faster on the processor than it is.
    if stats.tokens_per_second > 0 and loaded_layers == 0:
        core.settings.speed_calibration = calibrate(stats.tokens_per_second, model.size_bytes)
        save_settings(core.settings, core.paths.settings_file)
    print("All good." if stats.completion_tokens else "The test generation produced nothing.")
    return 0 if stats.completion_tokens else 1
