"""Standard output and error as the program itself sets them up (``main`` without ``argv``).

- Any encoding: a console or ``PYTHONIOENCODING`` that cannot encode a name (ASCII, CP932 and
  a character outside it) made every reading verb crash with ``UnicodeEncodeError`` (exit 1),
  and error lines came out as ``\\u7814``. Such characters are now written as escapes
  (``\\u7814``) and the verb goes on: :func:`readable_output`.
- A closed pipe: ``frameworkqda import P files 2>&1 | head -1`` closed the pipe after one
  line; the next progress line raised ``BrokenPipeError`` inside the import, which stopped
  and rolled back: nothing imported, exit 141, no word. Now a stream whose reader has gone
  (:class:`Outlet`) takes what is written to it silently, the verb finishes its work and
  commits, and the exit status says the output was cut short (141, as a program stopped by
  SIGPIPE; the verb's own status when it failed): :func:`cut_short`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, TextIO


def readable_output() -> None:
    """Write what the streams' encoding cannot hold as backslash escapes, not an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


class Outlet:
    """``stream`` (standard output or error), except that once its reader has gone (a closed
    pipe) what is written is dropped instead of raising ``BrokenPipeError``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.broken = False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                return self.stream.write(text)
            except BrokenPipeError:
                self._gone()
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.broken:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._gone()

    def _gone(self) -> None:
        """The reader has gone: point the descriptor at the null device (so what the buffer
        still holds, and the interpreter's last flush, go nowhere instead of failing)."""
        self.broken = True
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)
            self.stream.flush()

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, buffer, fileno …
        return getattr(self.stream, name)


def keep_going_on_closed_pipes() -> None:
    """Put :class:`Outlet` in place of standard output and error."""
    if not isinstance(sys.stdout, Outlet) and sys.stdout is not None:
        sys.stdout = Outlet(sys.stdout)
    if not isinstance(sys.stderr, Outlet) and sys.stderr is not None:
        sys.stderr = Outlet(sys.stderr)


def cut_short() -> bool:
    """Whether standard output or error lost its reader while the verb ran."""
    return any(isinstance(s, Outlet) and s.broken for s in (sys.stdout, sys.stderr))
