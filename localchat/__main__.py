"""Entry point: ``localchat`` / ``python -m localchat``."""

from __future__ import annotations

import argparse
import sys

from localchat import __version__
from localchat.engines.host_protocol import HOST_COMMAND
from localchat.paths import resolve_paths


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with the global options and the CLI commands."""
    from localchat.cli import add_commands

    parser = argparse.ArgumentParser(
        prog="localchat", description="Chat, summarize and translate with models on this computer."
    )
    parser.add_argument("--data-dir", help="keep everything (history, models, settings, logs) here")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    parser.add_argument("--version", action="version", version=f"LocalChat {__version__}")
    add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the core, and run the CLI command or the window."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [HOST_COMMAND]:  # hidden: an engine host started by the app or CLI
        from localchat.engines.host import serve

        return serve()
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    from localchat.bootstrap import open_core
    from localchat.errors import UserFacingError
    from localchat.logs import setup_logging

    paths.create()
    setup_logging(paths.log_file, args.verbose)
    try:
        core = open_core(paths)
    except UserFacingError as error:
        sys.stderr.write(f"localchat: {error}\n")
        return 1
    try:
        if args.command is None:
            from localchat.app import run_app

            return run_app(core)
        from localchat.cli import run_cli

        return run_cli(args, core)
    finally:
        core.close()


if __name__ == "__main__":
    sys.exit(main())
