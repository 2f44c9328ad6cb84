"""``gui``: open the desktop app (PySide6 is imported only when this verb runs)."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from frameworkqda.cli.loading import load

# what ``gui -o`` can show: the start page, the window's views (gui/views.py, not imported
# here: it loads Qt) and a PDF's pages
SHOT_VIEWS = (
    "start", "documents", "pages", "coding", "codebook", "matrix", "mapping", "review",
    "search", "compare", "memos",
)  # fmt: skip


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = subparsers.add_parser(
        "gui",
        help="open the desktop app, or write a PNG of one of its views",
        description="Open the desktop app; with -o FILE.png, write a PNG of a view and exit "
        "(the older --screenshot FILE.png still works, deprecated).",
    )
    gui.add_argument("project", nargs="?", help="project file or postgresql:// URL to open")
    gui.add_argument("--sample", action="store_true", help="open the sample project")
    gui.add_argument(
        "-o", "--output", type=Path, metavar="FILE.png", help="write a PNG of --view and exit"
    )
    gui.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # deprecated: -o
    gui.add_argument(
        "--view",
        default="documents",
        choices=SHOT_VIEWS,
        metavar="VIEW",
        help=f"the view -o shows: {', '.join(SHOT_VIEWS)} (start: with no project)",
    )
    gui.add_argument("--size", default="1400x860", help="window size for -o (WxH)")
    gui.set_defaults(handler=_gui)


# The core modules the first screen uses (documents, codebook, navigator, status bar), loaded
# before PySide6: once PySide6 is loaded, it reads the source of every module imported after
# it (the check behind its opt-in ``__feature__`` imports), which made them cost 0.2-0.8 s
# more. Nothing heavier: numpy, PDFium, pandas, the charting and exporters load with the view
# or document that needs them (tests/e2e/test_gui_startup.py).
CORE_BEFORE_QT = (
    "frameworkqda.core.coders",
    "frameworkqda.core.commands.segments",  # the package loads its modules on first use
    "frameworkqda.core.overview",
    "frameworkqda.core.progress",
    "frameworkqda.core.review",
    "frameworkqda.core.workspace",
)


def load_first_screen() -> None:
    """Load what the first screen runs: the core modules above, then Qt and the window (with
    the collector paused, loading.py)."""
    load(*CORE_BEFORE_QT, "frameworkqda.gui.app")


def _gui(args: argparse.Namespace) -> int:
    shot = args.output
    if args.screenshot is not None:
        if shot is not None:
            from frameworkqda.core.errors import ValidationError

            raise ValidationError("give the file once: gui -o FILE.png")
        shot = args.screenshot
        args.deprecation = (
            "frameworkqda: 'gui --screenshot FILE.png' is deprecated; write 'gui -o FILE.png'"
        )
    if shot is not None:
        _can_shoot(args.project, args.sample, args.view)
    load_first_screen()
    from frameworkqda.gui.app import run

    width, height = (int(v) for v in args.size.lower().split("x"))
    return run(args.project, sample=args.sample, shot=shot, view=args.view, size=(width, height))


def _can_shoot(project: str | None, sample: bool, view: str) -> None:
    """Refuse, in one line, a picture the window could not take with no one there: a project
    it would refuse or ask about in a box (a file not there, a damaged one, a server's
    password: ``gui -o`` waited for ever on a box nobody saw), or the start page asked for
    with a project to open (the project's window was taken instead)."""
    from frameworkqda.core.errors import ProjectReadOnlyError, ValidationError

    if view == "start" and (project or sample):
        raise ValidationError(
            "--view start is the start page, where no project is open: give no project"
        )
    if project:
        from frameworkqda.core.store import open_project

        with contextlib.suppress(ProjectReadOnlyError):  # opened read-only, its banner says why
            open_project(project).close()
