"""Work around PySide6 6.12 over-releasing ``None`` on Python < 3.12.

Measured here: every call of a ``void`` Qt method that PySide6 6.12 wraps (``QPainter.setPen``,
``fillRect``, ``drawRoundedRect``, …) lowers ``None``'s reference count by one on CPython 3.11,
so a delegate that paints thousands of cells aborts the process within seconds
("none_dealloc: deallocating None"). Python 3.12 makes ``None`` immortal; on older versions we
give it a reference count so large that no session can exhaust it. ``None`` is never freed
anyway, so extra references cost nothing.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_none() -> None:
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _RESERVE // 2:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
