"""The command-line interface: a thin front over the same core services the GUI uses.

Each module in ``frameworkqda.cli`` registers one group of verbs; every verb has ``--help``.
Building the parser imports every verb module, so a verb module imports only argparse and light
constants at its top; each command function imports the core services it calls. ``--help`` thus
loads no database library, pandas, exporter nor Qt (tests/e2e/test_cli_startup.py checks).
Errors meant for the user print one line to stderr and exit with status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from frameworkqda import __version__
from frameworkqda.cli import (
    agreement_commands,
    case_commands,
    chart_commands,
    codebook_commands,
    coding_commands,
    gui_commands,
    import_commands,
    project_commands,
    refi_commands,
    score_commands,
)
from frameworkqda.core.errors import FrameworkQDAError

# Modules with a ``register(subparsers)`` function, in the order their verbs appear in --help.
COMMAND_MODULES = [
    project_commands,
    import_commands,
    case_commands,
    codebook_commands,
    coding_commands,
    chart_commands,
    score_commands,
    refi_commands,
    agreement_commands,
    gui_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frameworkqda",
        description="Qualitative framework analysis of Japanese and English policy documents.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv, deprecation = case_commands.modern_order(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int | None = args.handler(args)
    except FrameworkQDAError as error:
        print(f"frameworkqda: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("frameworkqda: interrupted", file=sys.stderr)
        return 130
    if deprecation is not None:  # after success only: an error stays one line
        print(deprecation, file=sys.stderr)
    return result or 0
