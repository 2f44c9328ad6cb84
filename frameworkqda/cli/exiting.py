"""Ending the process once a command is done, without the interpreter's teardown.

After an import of a long PDF the interpreter spent ~0.25 s freeing its heap object by
object (SQLAlchemy, numpy, the PDF reader, the pages read) before the process ended, while a
script or a terminal waited for nothing. A verb whose work is committed and whose files are
closed when it returns (``at_once`` in its defaults) leaves through :func:`leave` instead:
what the interpreter would run on the way out still runs (the threads' exit hooks that stop
the worker pool, ``atexit`` handlers that delete temporary folders, buffered output
flushed), only the freeing is skipped.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading


def leave(code: int) -> None:
    """End the process with ``code`` now, as the interpreter would, less its teardown."""
    threading._shutdown()  # type: ignore[attr-defined]  # joins threads, stops the pool
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)
