"""CSV files as FrameworkQDA writes them, every one alike (matrix, counts, ranks, agreement,
review rows, codebook).

Tables for people carry a UTF-8 byte-order mark: Excel reads a CSV file without one in the
system's code page (CP932 on Japanese Windows), so every Japanese name came out garbled; with
it, Excel, LibreOffice, pandas and R's readers read UTF-8 (Python's csv module wants
``encoding="utf-8-sig"``). The codebook file goes to other programs instead (Taguette's import
reads plain UTF-8 and would take the mark for part of its first column's name), and so does
what is written to standard output: no mark there. ``\n`` line ends and ``"`` quoting where
needed everywhere.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any, TextIO


def csv_writer(handle: IO[str]) -> Any:
    """A writer of rows in our dialect into ``handle`` (a file opened by ``open_csv``, or
    standard output)."""
    return csv.writer(handle, lineterminator="\n")


def open_csv(path: str | Path, *, for_excel: bool = True) -> TextIO:
    """``path`` opened for writing a CSV file (callers write it under ``atomic_path``); with
    the byte-order mark unless it is not ``for_excel``."""
    return open(path, "w", encoding="utf-8-sig" if for_excel else "utf-8", newline="")
