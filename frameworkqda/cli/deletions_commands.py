"""``deletions``: what the project's deletions log (schema 0006) says was deleted, or merged
into another code, by whom and when: NVivo's and MAXQDA's project log, for deletions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from frameworkqda.cli.output_format import output_format, said_to, stdout_for_csv
from frameworkqda.core.messages import utc_minute

if TYPE_CHECKING:
    from frameworkqda.core.deletions import Deletion

FORMATS = ("csv", "table")
# the CSV's columns; the table's headings say the same in words
COLUMNS = ("kind", "id", "name", "merged_into", "deleted_by", "deleted_at_utc")
HEADINGS = ("What", "Name", "Merged into", "By", "When (UTC)")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listed = subparsers.add_parser(
        "deletions",
        help="list what was deleted, by whom and when",
        description="List the project's deletions log, the latest first: each document, case, "
        "attribute, code, coded passage or memo deleted (and each code merged into another), "
        "its name then, who deleted it and when (UTC). An undone deletion is not listed: the "
        "item is back. Deletions made before the project kept the log (schema 0006) are not "
        "known. CSV columns: " + ", ".join(COLUMNS) + " (kind: document, case, attribute, "
        "code, segment, memo:<what it was on>; a free memo: memo:free, named by its title).",
    )
    listed.add_argument("project", help="project file or postgresql:// URL")
    listed.add_argument(
        "--since",
        metavar="DATE",
        help="only deletions from DATE on (UTC): 2026-12-01, or 2026-12-01T09:30",
    )
    listed.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="csv, or table (aligned columns to read); default: from -o, or csv",
    )
    listed.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    listed.set_defaults(handler=_deletions)


def since(given: str) -> datetime:
    """``--since``: a date (its midnight) or a date and time, read as UTC."""
    from frameworkqda.core.errors import ValidationError

    try:
        moment = datetime.fromisoformat(given.strip().replace(" ", "T", 1))
    except ValueError:
        raise ValidationError(
            f"--since takes a date, 2026-12-01, or a date and time, 2026-12-01T09:30; not {given!r}"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _deletions(args: argparse.Namespace) -> int:
    from frameworkqda.core.atomic import atomic_path
    from frameworkqda.core.csv_files import open_csv
    from frameworkqda.core.deletions import deleted_items
    from frameworkqda.core.store import open_project

    fmt = output_format(args.format, args.output, FORMATS)
    output = stdout_for_csv(args.output, fmt)
    if output is not None and str(output) == "-":
        output = None  # a table on standard output
    start = since(args.since) if args.since is not None else None
    with open_project(args.project, read_only=True) as project:
        found = deleted_items(project, start)
    if output is None:
        _write(found, fmt, sys.stdout)
        return 0
    with atomic_path(output, format=fmt if fmt == "csv" else None) as temporary:
        if fmt == "csv":
            with open_csv(temporary) as handle:
                _write(found, fmt, handle)
        else:
            with open(temporary, "w", encoding="utf-8", newline="") as handle:
                _write(found, fmt, handle)
    from frameworkqda.core.words import plural

    wrote = plural(len(found), "deletion")
    print(f"wrote {wrote} as {fmt} to {output}", file=said_to(args.output))
    return 0


def _write(found: list[Deletion], fmt: str, handle: TextIO) -> None:
    if fmt == "csv":
        from frameworkqda.core.csv_files import csv_writer

        writer = csv_writer(handle)
        writer.writerow(COLUMNS)
        for row in found:
            writer.writerow(
                (
                    row.kind.value,
                    "" if row.item_id is None else row.item_id,
                    row.name,
                    row.into or "",
                    row.coder,
                    f"{row.deleted_at:%Y-%m-%d %H:%M:%S}",
                )
            )
        return
    from frameworkqda.core.deletions import kind_word

    rows = [
        (kind_word(row), row.name, row.into or "", row.coder, utc_minute(row.deleted_at))
        for row in found
    ]
    _table(HEADINGS, rows, handle)
    if not rows:
        print("(nothing deleted)", file=handle)


def _table(headings: tuple[str, ...], rows: Sequence[tuple[str, ...]], handle: TextIO) -> None:
    """Columns padded to their widest cell, as a terminal shows them (a Japanese character
    takes two columns); the last column unpadded."""
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(char) in "WF" else 1 for char in text)

    cells = [tuple(" ".join(cell.split()) for cell in row) for row in [headings, *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headings))]
    for row in cells:
        padded = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row[:-1])]
        print("  ".join([*padded, row[-1]]).rstrip(), file=handle)
