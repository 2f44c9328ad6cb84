"""CSV files as FrameworkQDA writes them, every one alike (matrix, counts, ranks, agreement,
review rows, codebook).

Tables for people carry a UTF-8 byte-order mark: Excel reads a CSV file without one in the
system's code page (CP932 on Japanese Windows), so every Japanese name came out garbled; with
it, Excel, LibreOffice, pandas and R's readers read UTF-8 (Python's csv module wants
``encoding="utf-8-sig"``). The codebook file goes to other programs instead (Taguette's import
reads plain UTF-8 and would take the mark for part of its first column's name), and so does
what is written to standard output: no mark there. ``\n`` line ends and ``"`` quoting where
needed everywhere: around a cell holding a comma, a quote, a line feed, and a carriage return
too (a summary pasted from an old Mac or a Windows program). ``csv.writer`` quotes only the
characters of its own line end, so with ``\n`` a bare ``\r`` went out unquoted and Excel,
LibreOffice and pandas ended the row there: :class:`_Rows` writes each row as with ``\r\n``
line ends (which quotes either) and ends it with ``\n``.

Every CSV file a person gives us (``code --from``, ``cell --from``, a codebook, scores) is read
by :func:`read_csv_records`, strictly: a quote opened and never closed swallowed every row
after it into one field (Python's reader takes that quietly), so a file of three rows coded
one; it is refused now, naming the row where the quote opens.

Spreadsheet formulas: a text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is a formula to Excel and LibreOffice (a summary ``=1+1`` showed 2; ``=HYPERLINK(…)``
and worse run when the file is opened: CSV injection). :func:`csv_writer` writes such a cell
with a ``'`` before it, as OWASP recommends; numbers (``-0.5``, ``+0.250``, written as text or
not) stay as they are. The codebook CSV goes to other programs and is written exactly
(``neutralise=False``). :func:`read_csv_records` takes such a ``'`` off again, so a file we
wrote (``scores list``, a matrix edited into ``cell --from``) reads back as it was.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, TextIO

from frameworkqda.core.errors import ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a cell a formula (OWASP)
NEUTRALISED = "'"


def csv_writer(handle: IO[str], *, neutralise: bool = True) -> Any:
    """A writer of rows in our dialect into ``handle`` (a file opened by ``open_csv``, or
    standard output); with ``neutralise`` a text cell that would be a formula gets a ``'``
    before it (see the module's docstring)."""
    writer = _Rows(handle)
    return _Neutralising(writer) if neutralise else writer


class _Rows:
    """``csv.writer`` with ``\n`` line ends that quotes a cell holding a carriage return as
    it does one holding a line feed (see the module's docstring)."""

    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle
        self._row = io.StringIO()
        self._writer = csv.writer(self._row, lineterminator="\r\n")  # quotes \r and \n

    def writerow(self, row: Iterable[object]) -> Any:
        self._row.seek(0)
        self._row.truncate()
        self._writer.writerow(row)
        return self._handle.write(self._row.getvalue()[:-2] + "\n")

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def neutralised(value: object) -> object:
    """``value`` as a cell a spreadsheet shows as text: ``'=1+1`` for ``=1+1``; a number, or
    text that reads as one (``-0.5``), as it is."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
    except ValueError:
        return NEUTRALISED + value
    return value if math.isfinite(float(value)) else NEUTRALISED + value


class _Neutralising:
    """``csv.writer`` whose rows are :func:`neutralised` cell by cell."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> Any:
        return self._writer.writerow([neutralised(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def open_csv(path: str | Path, *, for_excel: bool = True) -> TextIO:
    """``path`` opened for writing a CSV file (callers write it under ``atomic_path``); with
    the byte-order mark unless it is not ``for_excel``."""
    return open(path, "w", encoding="utf-8-sig" if for_excel else "utf-8", newline="")


def read_csv_records(path: str | Path) -> list[list[str]]:
    """The records of a UTF-8 CSV file (a byte-order mark is fine), header first; a blank
    line is an empty record, so a record's index + 1 is its row as a spreadsheet shows it.

    A file that is not well-formed CSV is refused whole with one line naming the file and the
    row (and the line, when a quoted line break before it makes them differ): a quote opened
    and never closed, text after a closing quote, a field past the reader's limit.
    """
    path = Path(path)
    try:
        text = _csv_text(path, path.read_bytes())
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("CSV", "{path}: cannot be read ({reason})").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
    records: list[list[str]] = []
    line = 1  # where the next record starts
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for record in reader:
            records.append([_unneutralised(field) for field in record])
            line = reader.line_num + 1
    except csv.Error as error:
        raise ValidationError(_malformed(path, len(records) + 1, line, error)) from None
    return records


def _csv_text(path: Path, data: bytes) -> str:
    """The file's text: UTF-8 (a byte-order mark is fine), else Shift-JIS (CP932) when it reads
    as Japanese in it — what Excel on Japanese Windows saves as "CSV", which was refused as
    "not UTF-8 text". Bytes that read as CP932 only by chance (a Western CSV's accents make
    kanji) are refused, saying how to save the file from Excel."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        japanese = _japanese_excel(data)
        if japanese is not None:
            return japanese
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "CSV",
                "{path}: not UTF-8 text ({reason}); in Excel, save it as “CSV UTF-8 (Comma "
                "delimited)”",
            ).format(path=path, reason=error.reason)
        ) from error


KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")


def _japanese_excel(data: bytes) -> str | None:
    """``data`` read as CP932 when it is that and reads as Japanese: it holds kana (a Western
    file's accented letters read as CP932 make kanji, never kana: those take bytes a Western
    code page gives to rare signs), or charset-normalizer, which weighs the whole text, takes
    it for CP932 too (names in kanji alone; loaded only here, for a file that is not UTF-8)."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    if KANA.search(text):
        return text
    from charset_normalizer import from_bytes

    from frameworkqda.core.importers.encoding import python_codec  # its package: importers

    best = from_bytes(data).best()
    return text if best is not None and python_codec(best.encoding) == "cp932" else None


def _unneutralised(field: str) -> str:
    """A cell as it was before :func:`neutralised`: ``=1+1`` for ``'=1+1``."""
    if field.startswith(NEUTRALISED) and field[1:].startswith(FORMULA_STARTS):
        return field[1:]
    return field


def _malformed(path: Path, row: int, line: int, error: csv.Error) -> Message:
    said = str(error)
    reason: str
    if said.startswith("unexpected end of data"):
        reason = QT_TRANSLATE_NOOP("CSV", "a quote opened here is never closed").format()
    elif said.startswith("',' expected after"):
        reason = QT_TRANSLATE_NOOP(
            "CSV", 'text follows the closing quote of a field (a quote inside one is written "")'
        ).format()
    elif said.startswith("field larger than field limit"):
        reason = QT_TRANSLATE_NOOP(
            "CSV",
            "a field longer than {limit} characters: is a quote opened here never closed?",
        ).format(limit=csv.field_size_limit())
    else:
        reason = said  # the reader's own words: nothing else is known to raise
    if line == row:
        return QT_TRANSLATE_NOOP("CSV", "{path}: row {row}: {reason}").format(
            path=path, row=row, reason=reason
        )
    return QT_TRANSLATE_NOOP("CSV", "{path}: row {row} (line {line}): {reason}").format(
        path=path, row=row, line=line, reason=reason
    )
