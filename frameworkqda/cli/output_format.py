"""The format of a file a verb writes: ``--format``, else the name's suffix, else CSV."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from frameworkqda.core.errors import ValidationError


def output_format(given: str | None, output: Path | None, formats: Sequence[str]) -> str:
    """``--format`` when given; else the suffix of ``-o`` (CSV on standard output or for a
    name without one). A suffix we do not write is refused: a matrix written as CSV into
    ``matrix.xls`` opens in Excel as garbled text. So is a suffix of another format we write
    than ``--format`` says: a Word file named ``.xlsx`` is one Excel refuses to open."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    if given is not None:
        if suffix in formats and suffix != given:
            raise ValidationError(
                f"{output}: the name says .{suffix} but --format says {given}; "
                f"name it .{given}, or leave --format out"
            )
        return given
    if not suffix:
        return "csv"
    if suffix not in formats:
        names = ", ".join(f".{name}" for name in formats)
        raise ValidationError(
            f"{output}: cannot write a .{suffix} file; name it {names}, or give --format"
        )
    return suffix


def said_to(output: str | Path | None) -> TextIO:
    """Where a verb says what it wrote: standard error when the file itself goes to standard
    output (``-o -``, a file name ``-``), so the line does not land inside the file."""
    return sys.stderr if output is not None and str(output) == "-" else sys.stdout


def stdout_for_csv(output: Path | None, fmt: str) -> Path | None:
    """``-o -`` as no file for CSV (standard output, as without -o: no byte-order mark); a
    binary format keeps ``-`` for the writer (core/atomic.py sends the file's bytes there)."""
    return None if output is not None and str(output) == "-" and fmt == "csv" else output
