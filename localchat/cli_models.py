"""The `localchat models` commands that use the catalog and the hub: recommend, download, remove."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from localchat.cli_progress import ProgressBar
from localchat.errors import UserFacingError
from localchat.hardware import human_bytes
from localchat.i18n import number, translate
from localchat.library import choose_model, install_model_file
from localchat.model_choice import TASKS
from localchat.model_location import installed_files
from localchat.settings import save_settings

# The catalog, its estimates, the hardware probe, llama.cpp's GPU check and the download
# machinery (huggingface_hub, httpx) are imported by the commands that use them: `localchat`
# builds this parser on every start.
if TYPE_CHECKING:
    from localchat.bootstrap import Core
    from localchat.catalog import Assessment, Catalog, CatalogModel, CatalogVariant
    from localchat.downloads import DownloadJob
    from localchat.hardware import HardwareProfile
    from localchat.storage import InstalledModel

EXIT_INTERRUPTED = 130  # the shell's code for "stopped by Ctrl+C"


def add_model_commands(models_commands: argparse._SubParsersAction) -> None:
    """Add recommend, download and remove to the `models` sub-commands."""
    recommend = models_commands.add_parser(
        "recommend",
        help=translate(
            "ModelCommands", "the catalog's models that fit this computer, a pick per task"
        ),
    )
    recommend.add_argument(
        "--task",
        choices=TASKS,
        help=translate("ModelCommands", "only this task (default: all three)"),
    )
    download = models_commands.add_parser(
        "download",
        help=translate("ModelCommands", "download a catalog model (continues a partial download)"),
    )
    download.add_argument(
        "model",
        metavar="ID",
        help=translate("ModelCommands", "catalog model id (qwen2.5-1.5b-instruct) or id:QUANT"),
    )
    download.add_argument(
        "--quant",
        help=translate("ModelCommands", "which file, e.g. Q4_K_M (default: the recommended)"),
    )
    remove = models_commands.add_parser(
        "remove", help=translate("ModelCommands", "remove an installed model")
    )
    remove.add_argument(
        "model",
        metavar="MODEL",
        help=translate("ModelCommands", "installed model id, name or file"),
    )
    remove.add_argument(
        "-y", "--yes", action="store_true", help=translate("ModelCommands", "do not ask first")
    )


def run_model_command(args: argparse.Namespace, core: Core) -> int:
    """Run `models recommend`, `models download` or `models remove`."""
    if args.models_command == "recommend":
        return recommend(args, core)
    if args.models_command == "download":
        return download(args, core)
    return remove(args, core)


# --- recommend -------------------------------------------------------------------------


def survey(core: Core, catalog: Catalog) -> tuple[HardwareProfile, list[Assessment]]:
    """Detect this computer and assess every catalog variant, as the Models pane does."""
    from localchat.catalog.fit import assess
    from localchat.engines.gpu_layers import supports_gpu_offload
    from localchat.hardware import detect_hardware

    hardware = detect_hardware(core.paths.models_dir, gpu_offload=supports_gpu_offload())
    assessments = assess(
        catalog,
        hardware,
        n_ctx=core.settings.context_length,
        effective_bandwidth=core.settings.speed_calibration,
        use_gpu=core.settings.graphics_card != "off",
    )
    return hardware, assessments


def recommend(args: argparse.Namespace, core: Core) -> int:
    """Print this computer, then per task the pick and the other models that fit."""
    from localchat.catalog.catalog import load_catalog

    hardware, assessments = survey(core, load_catalog())
    installed = _installed_by_file(core)
    print(hardware_line(hardware, core.settings.graphics_card))
    for task in (args.task,) if args.task else TASKS:
        print()
        _print_task(task, assessments, installed)
    print()
    print(translate("ModelCommands", "Download one with: localchat models download ID"))
    return 0


def hardware_line(hardware: HardwareProfile, graphics_card: str) -> str:
    """One line about the memory, cores, graphics card and disk (as the Models pane says it)."""
    from localchat.catalog.offload import capable_gpu

    names = ", ".join(g.name for g in hardware.gpus)
    if not hardware.gpus:
        gpu = translate("ModelCommands", "no graphics card")
    elif graphics_card == "off":
        gpu = translate("ModelCommands", "{cards} (turned off in Settings)").format(cards=names)
    elif hardware.gpu_offload and capable_gpu(hardware):
        gpu = translate("ModelCommands", "{cards} (used)").format(cards=names)
    else:
        gpu = translate("ModelCommands", "{cards} (not used)").format(cards=names)
    line = translate(
        "ModelCommands",
        "This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, "
        "{disk} free disk.",
    )
    return line.format(
        memory=human_bytes(hardware.ram_total),
        free=human_bytes(hardware.ram_available),
        cores=number(hardware.physical_cores),
        graphics=gpu,
        disk=human_bytes(hardware.disk_free),
    )


def _print_task(
    task: str, assessments: list[Assessment], installed: dict[str, InstalledModel]
) -> None:
    from localchat.catalog.fit import recommend as pick_for

    title = _task_title(task)
    # What recommend() chooses from: current GGUF models that list the task.
    for_task = [a for a in assessments if a.model.engine == "llama.cpp" and task in a.model.good_at]
    ranked = []  # best first, in recommend()'s own order of preference
    left = [a for a in for_task if a.usable]
    while (best := pick_for(left, task)) is not None:
        ranked.append(best)
        left = [a for a in left if a is not best]
    if not ranked:
        print(
            translate(
                "ModelCommands", "{task}: no model of the catalog fits this computer."
            ).format(task=title)
        )
        return
    pick = ranked[0]
    line = translate("ModelCommands", "{task}: {model} {quant} is the pick for this computer.")
    print(line.format(task=title, model=pick.model.name, quant=pick.variant.quant))
    headings = (
        translate("ModelCommands", "ID"),
        translate("ModelCommands", "FIT"),
        translate("ModelCommands", "DOWNLOAD"),
        translate("ModelCommands", "SPEED"),
        translate("ModelCommands", "INSTALLED"),
    )
    print(
        f"  {'':2}{headings[0]:<32} {headings[1]:<23} {headings[2]:>9}  {headings[3]:<13} "
        f"{headings[4]}"
    )
    for item in ranked:
        model = installed.get(item.variant.file)
        words = item.speed.words_per_second
        speed = translate("ModelCommands", "~{words} words/s").format(
            words=number(words, 0 if words >= 1.5 else 1)
        )
        there = (
            translate("ModelCommands", "yes (#{id})").format(id=model.id)
            if model
            else translate("ModelCommands", "no")
        )
        mark, fit = "*" if item is pick else " ", item.fit.label.text()
        print(
            f"  {mark:<2}{item.variant.key:<32} {fit:<23} "
            f"{human_bytes(item.variant.size):>9}  {speed:<13} {there}"
        )
        print(f"      {item.fit.reason}")
    too_big = sum(a.support.runnable and not a.usable for a in for_task)
    if too_big:
        line = translate(
            "ModelCommands", "%n more model(s) would be too big for this computer.", None, too_big
        )
        print(f"  {line}")


def _task_title(task: str) -> str:
    """A task's name as a heading."""
    titles = {
        "chat": translate("ModelCommands", "Chat"),
        "summarize": translate("ModelCommands", "Summarize"),
        "translate": translate("ModelCommands", "Translate"),
    }
    return titles.get(task, task.capitalize())


def _installed_by_file(core: Core) -> dict[str, InstalledModel]:
    return installed_files(core.models.list())


# --- download --------------------------------------------------------------------------


def download(args: argparse.Namespace, core: Core) -> int:
    """Fetch a catalog model with a progress bar, verify it, check that it loads, list it."""
    from localchat.catalog.catalog import load_catalog
    from localchat.downloads.names import destination_path

    catalog = load_catalog()
    model, variant = choose_variant(core, catalog, args.model, args.quant)
    name = f"{model.name} {variant.quant}"
    already = _installed_by_file(core).get(variant.file)
    if already is not None:
        print(
            translate("ModelCommands", "{name} is already installed (#{id}).").format(
                name=already.name, id=already.id
            )
        )
        return 0
    if variant.repo is None:
        package = translate("ModelCommands", "It comes with the Python package {package}.")
        raise UserFacingError(
            translate("ModelCommands", "{name} is not available for download.").format(name=name),
            package.format(package=variant.package) if variant.package else "",
        )
    try:
        destination = destination_path(core.paths.models_dir, variant.repo, variant.file)
        if destination.is_file() and _kept_download_is_intact(destination, variant):
            # Downloaded and verified by an earlier run that stopped before listing it.
            line = translate(
                "ModelCommands", "{name} is already downloaded; checking that it loads..."
            )
            print(line.format(name=name), file=sys.stderr)
            return _install(
                core, destination, model, variant, variant.sha256 or _sha256(destination)
            )
        if core.settings.offline:
            action = translate(
                "ModelCommands",
                'Turn off Offline in Settings (or set "offline": false in {file}), then run '
                "this command again.",
            )
            raise UserFacingError(
                translate(
                    "ModelCommands", "LocalChat is set to work offline, so nothing was downloaded."
                ),
                action.format(file=core.paths.settings_file),
            )
        return _fetch_and_install(args, core, model, variant)
    except KeyboardInterrupt:
        print(
            "\n" + translate("ModelCommands", "Stopped. Run the same command again to continue."),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


def choose_variant(
    core: Core, catalog: Catalog, text: str, quant: str | None
) -> tuple[CatalogModel, CatalogVariant]:
    """The catalog file meant by ``id``, ``id:QUANT`` or ``id --quant QUANT``."""
    model_id, _, named_quant = text.strip().partition(":")
    quant = quant or named_quant or None
    model = catalog.find(model_id)
    if model is None:
        raise UserFacingError(
            translate("ModelCommands", 'The catalog has no model "{id}".').format(id=model_id),
            translate(
                "ModelCommands",
                "Run `localchat models recommend` to see the catalog's models and their ids.",
            ),
        )
    if not model.variants:
        raise UserFacingError(
            translate("ModelCommands", "{name} has no file LocalChat can download.").format(
                name=model.name
            )
        )
    if quant:
        try:
            return model, model.variant(quant)
        except KeyError:
            quants = ", ".join(v.quant for v in model.variants)
            raise UserFacingError(
                translate("ModelCommands", "{name} has no {quant} file; it has {quants}.").format(
                    name=model.name, quant=quant, quants=quants
                ),
                translate("ModelCommands", "Pick one of those."),
            ) from None
    return model, _preferred_variant(core, catalog, model)


def _preferred_variant(core: Core, catalog: Catalog, model: CatalogModel) -> CatalogVariant:
    """The variant recommend() prefers on this computer, else the catalog's first."""
    if len(model.variants) == 1 or not model.good_at:
        return model.variants[0]
    from localchat.catalog.catalog import Catalog
    from localchat.catalog.fit import recommend as pick_for

    _hardware, assessments = survey(core, Catalog(catalog.version, (model,)))
    task = "chat" if "chat" in model.good_at else model.good_at[0]
    pick = pick_for(assessments, task)
    return pick.variant if pick is not None else model.variants[0]


def _kept_download_is_intact(path: Path, variant: CatalogVariant) -> bool:
    """Whether a file in the download's place may be listed without fetching it again.

    Only a download that passed its checksum is moved there; a catalog checksum is checked
    again all the same, and a file that fails it is deleted.
    """
    if variant.sha256 is None or _sha256(path) == variant.sha256:
        return True
    path.unlink()
    return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(4 << 20):
            digest.update(block)
    return digest.hexdigest()


def _fetch_and_install(
    args: argparse.Namespace, core: Core, model: CatalogModel, variant: CatalogVariant
) -> int:
    from localchat.downloads import (
        DownloadEvents,
        DownloadManager,
        DownloadRequest,
        JobState,
        resolve_remote_file,
    )
    from localchat.downloads.names import partial_path
    from localchat.network import NetworkGate
    from localchat.storage import LedgerRepository

    assert variant.repo is not None
    ledger = LedgerRepository(core.database)  # the Privacy pane lists the CLI's requests too
    gate = NetworkGate(record=lambda host, purpose, nbytes: ledger.record(host, purpose, nbytes))
    gate.install()
    partial = partial_path(core.paths.models_dir, variant.repo, variant.file)
    resume = _resume_command(args, variant)
    with _partial_note(partial, resume):
        remote = resolve_remote_file(gate, variant.repo, variant.file)
    checksum = variant.sha256 or remote.lfs_sha256
    size = human_bytes(remote.size or variant.size)
    line = translate("ModelCommands", "Downloading {name} {quant} ({size}) from {repository}")
    print(
        line.format(name=model.name, quant=variant.quant, size=size, repository=variant.repo),
        file=sys.stderr,
    )
    bar = ProgressBar(sys.stderr)
    events = DownloadEvents(progress=lambda _job_id, progress: bar.update(progress))
    manager = DownloadManager(gate, core.paths.models_dir, events)
    request = DownloadRequest(variant.repo, variant.file, "main", variant.sha256)
    job = manager.download(request)
    interrupted = not _wait(job)
    bar.end()
    if interrupted and job.state is not JobState.FINISHED:
        done = partial.stat().st_size if partial.is_file() else 0
        paused = translate("ModelCommands", "Paused with {done} of {size} downloaded.")
        print(paused.format(done=human_bytes(done), size=size), file=sys.stderr)
        again = translate("ModelCommands", "Run `{command}` to continue where it stopped.")
        print(again.format(command=resume), file=sys.stderr)
        return EXIT_INTERRUPTED
    if job.state is not JobState.FINISHED or job.result is None:
        with _partial_note(partial, resume):
            raise job.error or UserFacingError(
                translate("ModelCommands", "The download of {file} did not finish.").format(
                    file=variant.file
                )
            )
    result = job.result
    print(
        translate("ModelCommands", "Checking that the model loads..."), file=sys.stderr, flush=True
    )
    code = _install(core, result.path, model, variant, result.sha256, result.commit)
    if variant.sha256:
        line = translate("ModelCommands", "sha256 {checksum} (matches the catalog)")
    elif checksum:
        line = translate(
            "ModelCommands", "sha256 {checksum} (matches the checksum the hub publishes)"
        )
    else:
        line = translate(
            "ModelCommands",
            "sha256 {checksum} (not verified: the hub publishes no checksum for this file)",
        )
    print(line.format(checksum=result.sha256))
    return code


def _install(
    core: Core,
    path: Path,
    model: CatalogModel,
    variant: CatalogVariant,
    sha256: str,
    revision: str | None = None,
) -> int:
    """Check the file in an engine host and list it, as the Models pane does."""
    installed = install_model_file(
        core.models,
        path,
        source="download",
        name=f"{model.name} {variant.quant}",
        model_type=variant.model_type,
        source_repo=variant.repo,
        source_file=variant.file,
        revision=revision,
        sha256=sha256,
    )
    line = translate(
        "ModelCommands", "Installed {name} as #{id} ({size}); see `localchat models list`."
    )
    print(line.format(name=installed.name, id=installed.id, size=human_bytes(installed.size_bytes)))
    return 0


def _wait(job: DownloadJob) -> bool:
    """Wait until the job settles; Ctrl+C pauses it (the partial file is kept): False."""
    try:
        while not job.wait(0.1):
            pass
        return True
    except KeyboardInterrupt:
        job.pause()
    while True:
        try:
            job.wait()
            return False
        except KeyboardInterrupt:  # a second Ctrl+C while the worker stops
            continue


@contextlib.contextmanager
def _partial_note(partial: Path, resume: str):  # noqa: ANN202 - a context manager
    """Add, to an error, that the part already downloaded is kept (when there is one)."""
    try:
        yield
    except UserFacingError as error:
        if partial.is_file() and partial.stat().st_size:
            kept = human_bytes(partial.stat().st_size)
            note = translate(
                "ModelCommands",
                "The {size} already downloaded are kept: `{command}` continues from there.",
            )
            note = note.format(size=kept, command=resume)
            action = (
                translate("ModelCommands", "{action} {note}")
                .format(action=error.action, note=note)
                .strip()
            )
            raise UserFacingError(error.message, action) from error
        raise


def _resume_command(args: argparse.Namespace, variant: CatalogVariant) -> str:
    data_dir = getattr(args, "data_dir", None)
    option = f"--data-dir {shlex.quote(str(data_dir))} " if data_dir else ""
    return f"localchat {option}models download {variant.key}"


# --- remove ----------------------------------------------------------------------------


def remove(args: argparse.Namespace, core: Core) -> int:
    """Remove an installed model, after asking; a downloaded file is deleted."""
    if not args.model.strip():
        raise UserFacingError(
            translate("ModelCommands", "Say which model to remove."),
            translate("ModelCommands", "See `localchat models list`."),
        )
    model = choose_model(core.models, args.model)
    if model.source == "bundled":
        raise UserFacingError(
            translate("ModelCommands", "{name} comes with LocalChat and cannot be removed.").format(
                name=model.name
            ),
            translate(
                "ModelCommands",
                "To use another model, pick it in a pane's Model list, or pass --model.",
            ),
        )
    downloaded = model.source == "download"
    size = human_bytes(model.size_bytes)
    if not args.yes:
        if downloaded:
            question = translate(
                "ModelCommands", "Remove {name} ({size})? The file will be deleted. [y/N] "
            )
        else:
            question = translate(
                "ModelCommands",
                "Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] ",
            )
        if not _confirm(question.format(name=model.name, size=size)):
            print(translate("ModelCommands", "Nothing was removed."))
            return 1
    if downloaded:
        _delete_download(core, Path(model.path))
    core.models.remove(model.id)
    kept = {task: mid for task, mid in core.settings.task_models.items() if mid != model.id}
    if kept != core.settings.task_models:
        core.settings.task_models = kept
        save_settings(core.settings, core.paths.settings_file)
    if downloaded:
        line = translate("ModelCommands", "Removed {name}: its file was deleted ({size} freed).")
    elif model.source == "import":
        line = translate(
            "ModelCommands", "Removed {name} from the list; the file stays where it is: {file}"
        )
    else:
        line = translate("ModelCommands", "Removed {name} from the list.")
    print(line.format(name=model.name, size=size, file=model.path))
    return 0


def _confirm(question: str) -> bool:
    try:
        answer = input(question)
    except (EOFError, KeyboardInterrupt):
        print()
        return False
    # "y" and "yes" always work; a translation may add its own (the "y" of "[y/N]").
    yes = {"y", "yes", *translate("ModelCommands", "y|yes").lower().split("|")}
    return answer.strip().lower() in yes


def _delete_download(core: Core, path: Path) -> None:
    """Delete a downloaded file, and its repository's folder when that is left empty."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)
    folder = path.parent
    if folder.resolve().parent == core.paths.models_dir.resolve():
        with contextlib.suppress(OSError):  # not empty: another file of the repository
            folder.rmdir()
