"""PySide6's look at every imported module, without keeping every module's source.

Importing PySide6 replaces ``__import__``: after each import it asks whether the module's
source mentions "PySide6" (for its opt-in ``from __feature__ import …`` switches, which this
program never uses) through ``inspect.getsource``, and ``linecache`` then keeps every line of
every module imported after Qt: ~600,000 lines, ~50 MB of the window's memory once pandas,
SQLAlchemy and the exporters are loaded, which every full garbage collection walks again, and
~10 % of those imports' CPU. The same question is answered here from the file's bytes, and
nothing is kept. With a PySide6 that has no such scan, nothing changes.
"""

from __future__ import annotations

import sys
from types import ModuleType

_SCANNER = "shibokensupport.feature"


def scan_without_keeping() -> None:
    """Answer PySide6's question about each new module from its file, keeping nothing."""
    import PySide6.QtCore  # noqa: F401  (installs the scan this replaces)

    scanner = sys.modules.get(_SCANNER)
    if scanner is not None and hasattr(scanner, "_mod_uses_pyside"):
        setattr(scanner, "_mod_uses_pyside", mentions_pyside)  # noqa: B010  (private to PySide6)


def mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6 (no source file: it does not)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
