"""The headless command line: chat, models, doctor. No Qt."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

from localchat.bootstrap import Core
from localchat.cli_ask import add_ask_command, ask
from localchat.cli_documents import (
    add_document_commands,
    run_document_command,
    run_interruptibly,
)
from localchat.cli_library import add_library_commands, run_library_command
from localchat.cli_models import add_model_commands, run_model_command
from localchat.engines.base import ChatMessage, Engine, GenerationStats, SamplingParams
from localchat.errors import UserFacingError
from localchat.hardware import HardwareProfile, detect_hardware, human_bytes
from localchat.i18n import number, translate
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
    chat = commands.add_parser("chat", help=translate("CommandLine", "chat in the terminal"))
    chat.add_argument(
        "-p",
        "--prompt",
        help=translate("CommandLine", "ask one question, print the answer and exit"),
    )
    chat.add_argument(
        "--conversation",
        type=int,
        help=translate("CommandLine", "continue a stored conversation by id"),
    )
    chat.add_argument(
        "--model",
        help=translate("CommandLine", "installed model id, name or file (default: the default)"),
    )
    chat.add_argument(
        "--system", help=translate("CommandLine", "system prompt for a new conversation")
    )
    chat.add_argument(
        "--max-tokens", type=int, help=translate("CommandLine", "longest answer, in tokens")
    )
    chat.add_argument(
        "--temperature", type=float, help=translate("CommandLine", "0 = always the same answer")
    )
    models = commands.add_parser(
        "models", help=translate("CommandLine", "list, get, remove or import models")
    )
    models_commands = models.add_subparsers(dest="models_command", required=True)
    models_commands.add_parser("list", help=translate("CommandLine", "show installed models"))
    imported = models_commands.add_parser(
        "import", help=translate("CommandLine", "add a local GGUF or GGML file")
    )
    imported.add_argument("file", type=Path)
    imported.add_argument(
        "--model-type", help=translate("CommandLine", "architecture of a GGML-era file (e.g. gpt2)")
    )
    imported.add_argument("--name", help=translate("CommandLine", "name to show"))
    add_model_commands(models_commands)
    commands.add_parser(
        "doctor", help=translate("CommandLine", "check this computer and the engine")
    )
    add_document_commands(commands)
    add_ask_command(commands)
    add_library_commands(commands)


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
        if args.command == "ask":
            return ask(args, core, load_model)
        if args.command == "library":
            return run_library_command(args, core)
        return chat(args, core)
    except UserFacingError as error:
        print(f"localchat: {error}", file=sys.stderr)
        return 1


def models_list(core: Core) -> int:
    """Print the installed models as a table."""
    installed = core.models.list()
    if not installed:
        print(translate("CommandLine", "No models installed."))
        return 0
    # Column headings, each a word of its own (a table, not a sentence).
    headings = (
        translate("CommandLine", "ID"),
        translate("CommandLine", "NAME"),
        translate("CommandLine", "ARCH"),
        translate("CommandLine", "QUANT"),
        translate("CommandLine", "SIZE"),
        translate("CommandLine", "CONTEXT"),
    )
    print(
        f"{headings[0]:>3}  {headings[1]:<34} {headings[2]:<10} {headings[3]:<7} "
        f"{headings[4]:>9} {headings[5]:>8}  {translate('CommandLine', 'ENGINE')}"
    )
    for model in installed:
        name = model.name
        if model.source == "bundled":
            name = translate("CommandLine", "{name} (default)").format(name=model.name)
        print(
            f"{model.id:>3}  {name[:34]:<34} {model.architecture[:10]:<10} "
            f"{(model.quantization or '-')[:7]:<7} {human_bytes(model.size_bytes):>9} "
            f"{model.context_length:>8}  {model.engine}"
        )
    return 0


def models_import(args: argparse.Namespace, core: Core) -> int:
    """Check a local model file and register it without copying it."""
    checking = translate("CommandLine", "Checking {file}...").format(file=args.file.name)
    print(checking, file=sys.stderr, flush=True)
    model = install_model_file(
        core.models,
        args.file.resolve(),
        source="import",
        name=args.name,
        model_type=args.model_type,
    )
    imported = translate("CommandLine", "Imported {name} ({architecture}, {size}) as #{id}.")
    print(
        imported.format(
            name=model.name,
            architecture=model.architecture,
            size=human_bytes(model.size_bytes),
            id=model.id,
        )
    )
    return 0


def load_model(core: Core, model: InstalledModel) -> Engine:
    """Load a model with the settings' options, telling the user what happens."""
    from localchat.engines.factory import open_engine

    file = model_file(model)  # the command line runs models on this computer only
    loading = translate("CommandLine", "Loading {name}...").format(name=model.name)
    print(loading, file=sys.stderr, flush=True)
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
        raise _empty_message()
    if args.conversation is not None:
        try:
            conversation = core.conversations.get(args.conversation)
        except KeyError:
            raise UserFacingError(
                translate("CommandLine", "There is no conversation #{id}.").format(
                    id=args.conversation
                ),
                translate("CommandLine", "Start a new one."),
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
            title = (
                (args.prompt or translate("CommandLine", "New chat")).strip().splitlines()[0][:60]
            )
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
    print(
        translate(
            "CommandLine", "Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer."
        ).format(id=conversation_id)
    )
    for message in core.conversations.messages(conversation_id):
        if message.role == "user":
            print(translate("CommandLine", "You: {text}").format(text=message.text))
        elif message.role == "assistant":
            print(translate("CommandLine", "Assistant: {text}").format(text=message.text))
    while True:
        try:
            text = input(translate("CommandLine", "You: {text}").format(text=""))
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
        raise _empty_message()
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


def _empty_message() -> UserFacingError:
    return UserFacingError(
        translate("CommandLine", "The message is empty."),
        translate("CommandLine", "Type a question."),
    )


def doctor(core: Core) -> int:
    """Print the machine's resources, then load the default model and time a short answer."""
    from localchat.catalog.estimate import WORDS_PER_TOKEN, calibrate
    from localchat.catalog.offload import OffloadPlan, gpu_build_hint, on_processor, plan_for_file
    from localchat.engines.gpu_layers import supports_gpu_offload
    from localchat.engines.llama_cpp_engine import llama_cpp_version

    hardware = detect_hardware(core.paths.models_dir, gpu_offload=supports_gpu_offload())
    print(translate("CommandLine", "LocalChat doctor"))
    _print_machine(hardware, core.paths.data_dir, llama_cpp_version())
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
    loaded = translate("Doctor", "{name} loaded in {seconds} s")
    _row(
        translate("Doctor", "Model:"),
        loaded.format(name=model.name, seconds=number(load_seconds, 2)),
    )
    _row(translate("Doctor", "Test:"), repr(answer.strip()[:70]))
    tokens = stats.completion_tokens  # a plain name: lupdate keeps a count only as one
    speed = translate(
        "Doctor", "{speed} tokens/s (%n token(s), first after {seconds} s)", None, tokens
    )
    _row(
        translate("Doctor", "Speed:"),
        speed.format(
            speed=number(stats.tokens_per_second, 1),
            seconds=number(stats.first_token_seconds or 0, 2),
        ),
    )
    placement = OffloadPlan(
        loaded_layers, plan.total_layers, plan.device if loaded_layers else None
    )
    words = stats.tokens_per_second * WORDS_PER_TOKEN
    shown = number(words, 0 if words >= 2 else 1)
    runs_on = translate("Doctor", "{placement} · about {words} words/s")
    _row(translate("Doctor", "Runs on:"), runs_on.format(placement=placement.label(), words=shown))
    if offload_note:
        _row("", offload_note)
    hint = gpu_build_hint(hardware)
    if hint:
        _row(translate("Doctor", "Faster:"), hint)
    # Calibrates the Models pane's processor speed estimates; a run helped by the graphics
    # card would make every model look faster on the processor than it is.
    if stats.tokens_per_second > 0 and loaded_layers == 0:
        core.settings.speed_calibration = calibrate(stats.tokens_per_second, model.size_bytes)
        save_settings(core.settings, core.paths.settings_file)
    if stats.completion_tokens:
        print(translate("Doctor", "All good."))
        return 0
    print(translate("Doctor", "The test generation produced nothing."))
    return 1


def _print_machine(hardware: HardwareProfile, data_dir: Path, engine_version: str) -> None:
    """The doctor's lines about this computer."""
    memory = translate("Doctor", "{total} total, {available} available")
    _row(
        translate("Doctor", "Memory:"),
        memory.format(
            total=human_bytes(hardware.ram_total), available=human_bytes(hardware.ram_available)
        ),
    )
    _row(translate("Doctor", "CPU:"), hardware.cpu_name)
    cores = translate("Doctor", "{physical} physical, {logical} logical")
    _row(
        translate("Doctor", "Cores:"),
        cores.format(
            physical=number(hardware.physical_cores), logical=number(hardware.logical_cores)
        ),
    )
    _row(
        translate("Doctor", "Features:"),
        ", ".join(hardware.cpu_features) or translate("Doctor", "none detected"),
    )
    gpus = ", ".join(
        g.name + (f" ({human_bytes(g.vram_total)})" if g.vram_total else "") for g in hardware.gpus
    )
    _row(translate("Doctor", "GPU:"), gpus or translate("Doctor", "none found"))
    if hardware.gpu_offload:
        engine_line = translate("Doctor", "llama-cpp-python {version}, GPU offload available")
    else:
        engine_line = translate(
            "Doctor", "llama-cpp-python {version}, GPU offload not available in this build"
        )
    _row(translate("Doctor", "Engine:"), engine_line.format(version=engine_version))
    disk = translate("Doctor", "{size} in {folder}")
    _row(
        translate("Doctor", "Disk free:"),
        disk.format(size=human_bytes(hardware.disk_free), folder=data_dir),
    )
    _row(translate("Doctor", "Data dir:"), str(data_dir))
    if hardware.on_battery:  # the engine runs fewer threads then (Performance: automatic)
        _row(
            translate("Doctor", "Power:"),
            translate("Doctor", "on battery: answers use fewer processor cores"),
        )


def _row(label: str, value: str) -> None:
    """One line of the doctor's table: a (translated) label, padded, and its value."""
    print(f"  {label:<12}{value}")
