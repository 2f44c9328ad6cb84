"""Ctrl-C and SIGTERM during ``import``: noted, and acted on where the import can stop cleanly.

Raising ``KeyboardInterrupt`` from the signal handler (every other verb's way, ``cli._run``)
stopped the import wherever it was: between a file's commit and its result being reported
(the file stored, but not listed), or in the middle of writing the report (the report lost,
and exit 130 though every file was stored). Here the handler only notes the signal;
:class:`Interrupts` is the ``cancel`` the import service already checks between files and
between a PDF's pages, so the file being read is dropped (nothing of it stored) and the rest
are not started, and the report is written whole. A second signal while the files are being
imported stops at once as before (a file whose reading checks nothing, or a wait on a busy
project); once they are, signals are only noted.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

HELD = (signal.SIGINT, signal.SIGTERM)


class Interrupts:
    """The signal received (``received``); ``is_set`` makes it a ``core.jobs.Cancel``."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.forcible = True  # a second signal raises KeyboardInterrupt (until ``settled``)

    def is_set(self) -> bool:
        return self.received is not None

    def settled(self) -> None:
        """The work is done: from now on a signal is only noted (the report is written whole)."""
        self.forcible = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        """Runs between two bytecodes of the main thread: it sets a flag and raises nothing,
        unless it is the second signal while the work can still be stopped."""
        if self.received is not None and self.forcible:
            raise KeyboardInterrupt
        if self.received is None:
            self.received = signum


@contextmanager
def held(restore: bool = True) -> Iterator[Interrupts]:
    """SIGINT and SIGTERM noted in the ``Interrupts`` yielded. ``restore`` False: the process
    ends right after, and a signal on its way out is still only noted (not a traceback)."""
    interrupts = Interrupts()
    before = {number: signal.signal(number, interrupts._handle) for number in HELD}
    try:
        yield interrupts
    finally:
        interrupts.settled()
        if restore:
            for number, handler in before.items():
                signal.signal(number, handler)
