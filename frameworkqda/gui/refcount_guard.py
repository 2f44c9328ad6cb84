"""Work around PySide6 6.12 over-releasing ``None``, ``True`` and ``False`` on Python < 3.12.

Measured here: every call of a ``void`` Qt method that PySide6 6.12 wraps (``QPainter.setPen``,
``fillRect``, ``drawRoundedRect``, …) lowers ``None``'s reference count by one on CPython 3.11,
so a delegate that paints thousands of cells aborts the process within seconds
("none_dealloc: deallocating None"). Python 3.12 makes ``None`` immortal; on older versions we
give it a reference count so large that no session can exhaust it. ``None`` is never freed
anyway, so extra references cost nothing. ``True`` and ``False`` are over-released too,
somewhere less regular: the app aborted at exit ("bool_dealloc: deallocating True or False")
after a 100-document import once the page view no longer held the PDF renderer's module
(``benchmarks/bench_app.py``); they get the same reserve.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_none() -> None:
    """Give ``None``, ``True`` and ``False`` references enough for any session."""
    if sys.version_info >= (3, 12):
        return
    for constant in (None, True, False):
        if sys.getrefcount(constant) < _RESERVE // 2:
            ctypes.c_ssize_t.from_address(id(constant)).value += _RESERVE
