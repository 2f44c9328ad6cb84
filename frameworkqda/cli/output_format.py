"""The file a verb writes: ``-o/--output FILE`` on every verb that writes one
(:func:`add_output`), and its format: ``--format``, else the name's suffix, else CSV."""

from __future__ import annotations

import argparse
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


def add_output(parser: argparse.ArgumentParser, help: str, *, positional: bool = False) -> None:
    """``-o/--output FILE``; ``positional``: a verb that took the file as its last word once
    (``export-qdpx PROJECT FILE``) still takes it, hidden from --help (:func:`output_of`)."""
    parser.add_argument("-o", "--output", metavar="FILE", help=help)
    if positional:
        parser.add_argument("older_output", nargs="?", metavar="FILE", help=argparse.SUPPRESS)


def output_of(args: argparse.Namespace, verb: str) -> str:
    """The file ``-o`` names, or the older positional FILE, with the note ``main`` prints after
    success (``args.deprecation``); ``verb`` (``codebook export``) names the two spellings."""
    older = getattr(args, "older_output", None)
    if older is not None:
        if args.output is not None:
            raise ValidationError(f"give the file once: {verb} PROJECT -o FILE")
        args.deprecation = (
            f"frameworkqda: '{verb} PROJECT FILE' is deprecated; write '{verb} PROJECT -o FILE'"
        )
        return str(older)
    if args.output is None:
        raise ValidationError(f"give the file to write: {verb} PROJECT -o FILE")
    return str(args.output)
