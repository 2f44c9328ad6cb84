"""The coded passages as one table for files: ``frameworkqda segments`` prints and writes it
(TSV, CSV, XLSX), Review's Export shown… writes it (CSV, XLSX), and ``code --from`` reads it
back (``bulk.code_rows_in``).

One set of columns, named as ``code --from`` reads them, so a file from either codes another
project the same, and a script or pivot table made on one reads the other. The review table on
screen keeps its own order and translated titles; a file's header stays these names in every
language, since ``code --from`` reads it (the passage's text whole, its code by the path
``code`` takes, not the screen's cut text and "Theme / Measure")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.codebook import tree
from frameworkqda.core.csv_files import csv_writer, open_csv
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.jobs import Cancel, Progress, check_cancel
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, utc_minute
from frameworkqda.core.review import ReviewRow, segment_rows
from frameworkqda.core.store import Project

# the case beside the document, for a pivot by case; page, start and end where the passage is
COLUMNS = (
    "document",
    "case",
    "page",
    "start",
    "end",
    "code",
    "coder",
    "text",
    "note",
    "translation",
    "updated",
)
ROWS_PER_CHECK = 500  # rows written between two progress reports and cancel checks
Cell = str | int
Row = tuple[Cell, ...]


def table_rows(project: Project, rows: Sequence[ReviewRow]) -> list[Row]:
    """Review rows in ``COLUMNS`` order, in the order given; a passage's text the row holds
    cut (``review.TEXT_LIMIT``) is read again whole (one deleted since is left out). Only
    those: reading every row again took an export of 15,000 passages to CSV from 169 to
    581 ms."""
    with project.session() as session:
        paths = {node.id: node.path for node in tree(session)}
    cut = [row.id for row in rows if _cut(row)]
    whole = (
        {row.id: row for row in segment_rows(project, segment_ids=cut, text_limit=None)}
        if cut
        else {}
    )
    return [
        _cells(whole.get(row.id, row), paths) for row in rows if row.id in whole or not _cut(row)
    ]


def _cut(row: ReviewRow) -> bool:
    """The row holds its passage's text cut short (the review table's rows)."""
    return len(row.text) < row.end - row.start


def _cells(row: ReviewRow, paths: dict[int, str]) -> Row:
    return (
        row.document,
        row.case,
        "" if row.page is None else row.page,
        row.start,
        row.end,
        paths.get(row.code_id, row.code),
        row.coder,
        row.text,
        row.note,
        row.translation,
        "" if row.updated is None else utc_minute(row.updated),
    )


def write_table(
    rows: Sequence[Row],
    path: str | Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Write the table to ``path`` as ``fmt`` (None: from the name's suffix, .csv or .xlsx):
    CSV with a header and the byte-order mark Excel needs, XLSX with a bold frozen header,
    TSV as :func:`write_tsv`. ``progress`` is told every 500 rows, ``cancel`` checked as
    often: a cancel leaves ``path`` as it was."""
    target = Path(path)
    fmt = fmt or _format_of(target)

    def written(number: int) -> None:
        if number % ROWS_PER_CHECK == 0:
            check_cancel(cancel)
            if progress is not None:
                progress(number, len(rows), "rows")

    if fmt == "xlsx":
        from frameworkqda.core.exports.xlsx_export import close, workbook

        with atomic_path(target, format="xlsx") as temporary:
            book = workbook(temporary)  # text stays text: a note "=…" is no formula
            sheet = book.add_worksheet("Coded segments")
            sheet.write_row(0, 0, COLUMNS, book.add_format({"bold": True}))
            for number, row in enumerate(rows, start=1):
                # an empty cell is none: a pivot's "(blank)", not a text of no letters
                sheet.write_row(number, 0, [None if cell == "" else cell for cell in row])
                written(number)
            sheet.freeze_panes(1, 0)
            check_cancel(cancel)
            close(book)
        return target
    with (
        atomic_path(target, format="csv") as temporary,
        open_csv(temporary, for_excel=fmt == "csv") as handle,
    ):
        if fmt == "csv":
            write_csv(rows, handle, written)
        else:
            write_tsv(rows, handle)
        check_cancel(cancel)
    return target


def write_csv(
    rows: Sequence[Row], handle: TextIO, written: Callable[[int], None] | None = None
) -> None:
    """The table as CSV with its header into ``handle`` (standard output: no byte-order
    mark); ``written`` is told each row's number."""
    writer = csv_writer(handle)
    writer.writerow(COLUMNS)
    for number, row in enumerate(rows, start=1):
        writer.writerow(row)
        if written is not None:
            written(number)


def write_tsv(rows: Sequence[Row], handle: TextIO) -> None:
    """A line a passage, no header, tabs and line breaks in a cell as spaces (for ``cut``
    and ``grep``)."""
    for cells in rows:
        print(
            "\t".join(" ".join(str(cell).replace("\t", " ").splitlines()) for cell in cells),
            file=handle,
        )


def _format_of(target: Path) -> str:
    suffix = target.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    raise ValidationError(
        QT_TRANSLATE_NOOP("Review", "{name}: write .csv or .xlsx, not {suffix}").format(
            name=target.name, suffix=suffix
        )
        if suffix
        else QT_TRANSLATE_NOOP(
            "Review", "{name}: write .csv or .xlsx (the name has no suffix)"
        ).format(name=target.name)
    )
