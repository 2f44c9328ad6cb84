"""The command-line interface: a thin front over the same core services the GUI uses.

Each module in ``frameworkqda.cli`` registers one group of verbs; every verb has ``--help``.
A command imports its own verb's module only, the whole ``--help`` every one, so a verb module
imports only argparse and light constants at its top; each command function imports the core
services it calls. ``--help`` thus
loads no database library, pandas, exporter nor Qt (tests/e2e/test_cli_startup.py checks).
Errors meant for the user print one line to stderr and exit with status 1; a command line
argparse cannot read prints its usage and exits with status 2, and one that stops before its
verb or action (``frameworkqda``, ``frameworkqda case``) prints that list (:func:`lacking`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence

from frameworkqda import __version__
from frameworkqda.cli import case_commands, exiting, streams
from frameworkqda.cli.coder_option import add_coder_option
from frameworkqda.cli.loading import MODEL, STORE, load
from frameworkqda.core.errors import FrameworkQDAError, NotFoundError

# Modules (of this package) with a ``register(subparsers)`` function, in the order their verbs
# appear in --help. A command imports its own verb's module only (``build_parser``).
COMMAND_MODULES = [
    "project_commands",
    "import_commands",
    "document_commands",
    "case_commands",
    "codebook_commands",
    "search_commands",
    "coding_commands",
    "memo_commands",
    "chart_commands",
    "score_commands",
    "refi_commands",
    "merge_commands",
    "agreement_commands",
    "deletions_commands",
    "gui_commands",
    "store_commands",
]

# Verbs that start work before they open the project, so load the store in their own time:
# ``import`` reads its first PDF in a reader process while SQLAlchemy loads (importers.early_read).
STARTS_BEFORE_OPENING = ("import",)

# Verbs that read and write through SQLAlchemy Core only (``tables``): they load neither the ORM
# nor the model, which every other verb loads with the store (``Project.connect``/``begin``).
# ``new`` loads them to apply a template (``--framework``); ``upgrade`` runs alembic's revisions.
CORE_VERBS = ("import", "info", "text", "new", "upgrade")

# Verbs that read a project file with Python's sqlite3 alone (``store.integrity``): they load no
# database library up front (a postgresql:// URL, which they refuse, loads SQLAlchemy to parse).
SQLITE_VERBS = ("check", "recover")

# Verbs that record who did the work: each takes --coder NAME and opens with coder_option.open_for.
AUTHORED_VERBS = ("code", "autocode", "cell")

# The exit status of a command line that cannot be read, argparse's: not the work's failure (1).
USAGE = 2


# The module that registers each verb: a command imports and builds the parser of its own
# verb's module only (the whole parser's ~45 sub-parsers cost every command ~14 ms of CPU, and
# the other modules' imports, a long PDF's import ~5 ms more before its workers fork).
VERB_MODULES = {
    "new": "project_commands",
    "info": "project_commands",
    "import": "import_commands",
    "text": "import_commands",
    "document": "document_commands",
    "case": "case_commands",
    "codebook": "codebook_commands",
    "search": "search_commands",
    "code": "coding_commands",
    "uncode": "coding_commands",
    "segments": "coding_commands",
    "autocode": "coding_commands",
    "memo": "memo_commands",
    "cell": "chart_commands",
    "matrix": "chart_commands",
    "scores": "score_commands",
    "import-qdpx": "refi_commands",
    "export-qdpx": "refi_commands",
    "merge": "merge_commands",
    "agreement": "agreement_commands",
    "deletions": "deletions_commands",
    "gui": "gui_commands",
    "check": "store_commands",
    "recover": "store_commands",
    "upgrade": "store_commands",
}


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; for ``verb`` (one of ``VERB_MODULES``) only its module's
    verbs are registered. That verb's arguments, help and errors are the same as in the whole
    parser (``tests/e2e/test_cli_grammar.py``); the others' parsers are not built for it."""
    parser = argparse.ArgumentParser(
        prog="frameworkqda",
        description="Qualitative framework analysis of Japanese and English policy documents.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")  # bare: see lacking
    for name in COMMAND_MODULES if verb not in VERB_MODULES else [VERB_MODULES[verb]]:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    for authored in AUTHORED_VERBS:
        if authored in subparsers.choices:
            add_coder_option(subparsers.choices[authored])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Without ``argv`` this is the program itself (the console script,
    ``python -m frameworkqda``; ``args.whole_process``), not a call from a test or a script:
    a verb may then tune the process for itself, and one that leaves nothing open behind it
    (``at_once``) ends the process as soon as its exit hooks have run (``exiting.leave``)."""
    whole_process = argv is None
    if whole_process:  # before numpy loads: see single_threaded_blas
        single_threaded_blas()
        streams.readable_output()  # any console encoding (streams.py)
        streams.keep_going_on_closed_pipes()  # a closed pipe loses output, never the work
    argv, deprecation = case_commands.modern_order(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(argv[0] if argv else None)  # a verb leads, else an option or nothing
    args, unread = parser.parse_known_args(argv)
    read_late_positional(args, unread)
    if unread:  # what parse_args says
        parser.error(f"unrecognized arguments: {' '.join(unread)}")
    bare = lacking(parser, args)
    if bare is not None:  # no verb, or a verb without its action: the list to choose from
        bare.print_help(sys.stderr)
        return USAGE
    args.whole_process = whole_process
    if args.command not in (*STARTS_BEFORE_OPENING, *SQLITE_VERBS):
        # the other verbs open a project (loading.py: why the collector waits meanwhile); the
        # model with it, unless the verb reads and writes through the tables only
        load(STORE, *(() if args.command in CORE_VERBS else (MODEL,)))
    code = _run(args, deprecation)
    if whole_process and getattr(args, "at_once", False):
        exiting.leave(code)
    return code


def read_late_positional(args: argparse.Namespace, unread: list[str]) -> None:
    """Take a verb's optional positional (its ``late_positional`` default names it:
    ``autocode``'s TEXT) from after its options, where argparse leaves it unread: it fills an
    optional positional only from the words before the first option, so ``autocode P --code C
    TEXT`` said "unrecognized arguments" where ``search P --case X TEXT`` works."""
    late = getattr(args, "late_positional", None)
    if late and getattr(args, late) is None and len(unread) == 1 and unread[0][:1] != "-":
        setattr(args, late, unread.pop())


def lacking(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser | None:
    """The parser whose verb or action the command line stops before, if any: its help lists
    them, where argparse's own "required: COMMAND" named only the placeholder."""
    for action in parser._actions:  # argparse has no public way to a parser's sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            chosen = getattr(args, action.dest, None)
            return parser if chosen is None else lacking(action.choices[chosen], args)
    return None


def single_threaded_blas() -> None:
    """Have numpy's OpenBLAS start no threads of its own (unless the user set it): nothing here
    multiplies matrices, yet loading numpy started a thread a core that spun for ~0.08 s of CPU
    on the way to the fork, in this process and in every worker started from a clean one."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _naming_the_project(args: argparse.Namespace, error: FrameworkQDAError) -> str:
    """What went wrong, in one line that names the file: a name not found (a case, a code, a
    theme) is looked for in the project, so the project leads the line as for other faults."""
    said = str(error)
    given = getattr(args, "project", None) or getattr(args, "target", None)
    if not isinstance(error, NotFoundError) or not given:
        return said
    from frameworkqda.core.store.location import ProjectLocation

    project = str(ProjectLocation.parse(given))  # a server URL is shown without its password
    return said if project in said else f"{project}: {said}"


def _run(args: argparse.Namespace, deprecation: str | None) -> int:
    if args.command != "gui":  # Qt's event loop would hold the handler back: GUI keeps SIG_DFL
        signal.signal(signal.SIGTERM, _interrupt)  # like Ctrl-C: unwind, clean up, exit
        # (``import`` notes both instead and stops between files and pages: cli/interrupts.py)
    try:
        result: int | None = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last words
    except FrameworkQDAError as error:
        print(f"frameworkqda: {_naming_the_project(args, error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `frameworkqda text … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a program killed by SIGPIPE, what shells expect
    except OSError as error:  # a file we were asked to read or write; the message names it
        where = f"{error.filename}: " if error.filename else ""
        print(f"frameworkqda: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("frameworkqda: interrupted", file=sys.stderr)
        return 130
    deprecation = deprecation or getattr(args, "deprecation", None)  # set by the verb
    if deprecation is not None:  # after success only: an error stays one line
        print(deprecation, file=sys.stderr)
    if not result and streams.cut_short():  # the work is done, its output was cut short
        return 141  # as `seq 9 | head -1` (streams.py)
    return result or 0


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM (a closed terminal, ``kill``, a service manager) takes Ctrl-C's path: the
    running transaction rolls back, temporary files go, worker processes are stopped."""
    raise KeyboardInterrupt
