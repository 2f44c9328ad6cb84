"""Exports of the matrix, counts and ranks: CSV, XLSX, DOCX and HTML, chosen by format name."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from frameworkqda.core.atomic import cannot_write
from frameworkqda.core.errors import ValidationError, WriteFailedError
from frameworkqda.core.jobs import Cancel, check_cancel
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the command line lists FORMATS and VIEWS without loading pandas
    from frameworkqda.core.exports.tables import Checkpoint
    from frameworkqda.core.mapping import Report

FORMATS = ("csv", "xlsx", "docx", "html")
VIEWS = ("cells", "counts", "ranks")
# a value and its summary side by side, always; DOCX (journal tables) only when asked; CSV's
# cells view has a summary column of its own
SUMMARIES_ALWAYS = ("xlsx", "html")
CANCELLED = QT_TRANSLATE_NOOP("Export", "{target}: not written (cancelled)")


def carries_summaries(fmt: str, asked: bool) -> bool:
    """Whether ``fmt``'s theme tables print each cell's summary (the writers and the preview)."""
    return fmt in SUMMARIES_ALWAYS or (fmt == "docx" and asked)


def tables_written(fmt: str, view: str) -> set[str]:
    """What ``fmt`` writes for ``view``: ``themes`` (a table per theme), ``counts``, ``ranks``
    (``tables.report_tables``: XLSX, DOCX and HTML write all three for cells; CSV one table)."""
    if fmt == "csv" or view != "cells":
        return {"themes" if view == "cells" else view}
    return {"themes", "counts", "ranks"}


def export_report(
    report: Report,
    fmt: str,
    target: Path | None,
    *,
    view: str = "cells",
    summaries: bool = False,
    stdout: TextIO | None = None,
    language: str = "en",
    cancel: Cancel | None = None,
) -> None:
    """Write ``report`` as ``fmt``; CSV (only) may go to ``stdout`` when ``target`` is None.
    ``language`` ("en" or "ja") is that of the captions, headers and notes, not of the data.
    ``cancel`` (the GUI's) is looked at between tables and before the written file takes
    ``target``'s place: once it is set the writer stops (``JobCancelled``), its temporary
    file is dropped and ``target`` stays as it was."""
    from frameworkqda.core.exports.wording import check_language

    check_language(language)
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if view not in VIEWS:
        raise ValidationError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if target is None and fmt != "csv":
        raise ValidationError(f"{fmt.upper()} is a file format: give an output file with -o")

    def checkpoint() -> None:  # between tables, and before the file replaces ``target``
        check_cancel(cancel, CANCELLED.format(target=target))

    try:
        _export(report, fmt, target, view, summaries, stdout, language, checkpoint)
    except OSError as error:  # written whole or not at all (core/atomic.py): say why not
        if target is None:
            raise  # standard output: the caller's to handle
        raise WriteFailedError(cannot_write(target, error)) from error


def _export(
    report: Report,
    fmt: str,
    target: Path | None,
    view: str,
    summaries: bool,
    stdout: TextIO | None,
    language: str,
    checkpoint: Checkpoint,
) -> None:
    if fmt == "csv":
        from frameworkqda.core.exports.csv_export import export_csv

        out = target if target is not None else (stdout or sys.stdout)
        export_csv(report, out, view, language, checkpoint)
        return
    assert target is not None
    if fmt == "xlsx":
        from frameworkqda.core.exports.xlsx_export import export_xlsx

        export_xlsx(report, target, view, language, checkpoint)
        return
    summaries = carries_summaries(fmt, summaries)
    if fmt == "docx":
        from frameworkqda.core.exports.docx_export import export_docx

        export_docx(
            report, target, view, summaries=summaries, language=language, checkpoint=checkpoint
        )
    else:
        from frameworkqda.core.exports.html_export import export_html

        export_html(
            report, target, view, summaries=summaries, language=language, checkpoint=checkpoint
        )
