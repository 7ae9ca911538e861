"""Entry point: ``localchat`` / ``python -m localchat``."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from localchat import __version__, i18n
from localchat.engines.host_protocol import HOST_COMMAND
from localchat.paths import resolve_paths


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The top-level parser with the global options and (unless told not) the CLI commands."""
    parser = argparse.ArgumentParser(
        prog="localchat",
        description=i18n.translate(
            "CommandLine", "Chat, summarize and translate with models on this computer."
        ),
        add_help=commands,
    )
    parser.add_argument(
        "--data-dir",
        help=i18n.translate(
            "CommandLine", "keep everything (history, models, settings, logs) here"
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=i18n.translate("CommandLine", "log to the terminal too"),
    )
    parser.add_argument("--version", action="version", version=f"LocalChat {__version__}")
    if commands:
        from localchat.cli import add_commands

        add_commands(parser)
    return parser


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    """The parsed command line; ``command`` is None for the window.

    The window's arguments (global options only) are parsed without the commands: their
    parser imports the CLI's modules, a tenth of a second before the window shows.
    """
    args, rest = build_parser(commands=False).parse_known_args(arguments)
    if rest or "-h" in arguments or "--help" in arguments:
        # The command line speaks the chosen language from its help on (the window sets
        # its own in run_app, with Qt's translators).
        speak_chosen_language(resolve_paths(args.data_dir).settings_file)
        return build_parser().parse_args(arguments)
    args.command = None
    return args


def speak_chosen_language(settings_file: Path) -> None:
    """Translate the core's and the command line's sentences into the Settings' language."""
    from localchat.settings import load_settings

    i18n.set_language(i18n.chosen_language(load_settings(settings_file).language))


def _refuse(error: Exception) -> int:
    sys.stderr.write(f"localchat: {error}\n")
    return 1


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the core, and run the CLI command or the window."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [HOST_COMMAND]:  # hidden: an engine host started by the app or CLI
        from localchat.engines.host import serve

        return serve()
    args = parse_arguments(arguments)
    paths = resolve_paths(args.data_dir)
    from localchat.bootstrap import open_core
    from localchat.errors import UserFacingError
    from localchat.logs import setup_logging

    paths.create()
    setup_logging(paths.log_file, args.verbose)
    window = args.command is None
    if window:
        # Start-up makes objects that live as long as the window and next to no garbage
        # (~400 objects): no collections until run_app has shown the window and frozen
        # them, then it turns the collector back on (bench/RESULTS.md section 13).
        gc.disable()
    try:
        # The window opens the database after its first paint (bench/RESULTS.md section 13).
        core = open_core(paths, defer_storage=window)
    except UserFacingError as error:
        return _refuse(error)
    try:
        if window:
            from localchat.app import run_app

            try:
                return run_app(core)
            except UserFacingError as error:  # the database, opened once the window showed
                return _refuse(error)
        from localchat.cli import run_cli

        return run_cli(args, core)
    finally:
        core.close()


if __name__ == "__main__":
    sys.exit(main())
