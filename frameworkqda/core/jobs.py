"""One protocol for the core's long calls: how they say how far they are and how they stop.

Importing documents, REFI-QDA import and export, and auto-drafting the matrix's summaries take
``cancel`` (anything with ``is_set()``: a ``threading.Event`` is one) and check it with
:func:`check_cancel` between units of work (a page, a source, a case). A cancel raises
:class:`JobCancelled` once what was half-done is undone, so the project and the files are as
they were. ``progress(done, total, what)`` says how far a call is (total 0: not known yet).

The GUI runs such a call with its one helper, ``gui/jobs.py`` ``Job`` (it owns the event); the
command line's ``import`` passes its note of Ctrl-C or SIGTERM (``cli/interrupts.py``); other
verbs pass none (Ctrl-C stops them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from frameworkqda.core.errors import JobCancelled

__all__ = ["Cancel", "JobCancelled", "Progress", "check_cancel"]

# done, total (0 when not known yet), what is being done ("case 3", "sources", a file name)
Progress = Callable[[int, int, str], object]


class Cancel(Protocol):
    """Says whether the person asked to stop; ``threading.Event`` fits."""

    def is_set(self) -> bool: ...


def check_cancel(cancel: Cancel | None, message: str = "cancelled") -> None:
    """Raise :class:`JobCancelled` (with ``message``) when a cancel was asked."""
    if cancel is not None and cancel.is_set():
        raise JobCancelled(message)
