"""A stopgap importer (PDF with per-character geometry, DOCX paragraphs, plain text).

The full importers (issue 3, ``frameworkqda.core.importers``) replace this; the GUI prefers
them when present. Same call shape: ``import_documents(project, paths, case=, password=,
progress=, cancel=)`` returning one :class:`ImportResult` per file.
"""

from __future__ import annotations

import hashlib
import math
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from frameworkqda.core import model
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.store import Project

NAN_BOX = struct.pack("<4f", math.nan, math.nan, math.nan, math.nan)
SUFFIXES = {".pdf", ".docx", ".txt", ".md"}


class NeedsPasswordError(FrameworkQDAError):
    """The PDF is protected by a user password (none or a wrong one was given)."""


@dataclass(frozen=True)
class ImportResult:
    path: Path
    document_id: int | None
    message: str
    needs_password: bool = False

    @property
    def ok(self) -> bool:
        return self.document_id is not None


def _pdf(data: bytes, password: str | None) -> tuple[str, list[model.DocumentPage]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise NeedsPasswordError("this PDF is protected by a password") from error
        raise FrameworkQDAError(f"not a readable PDF ({error})") from error
    parts: list[str] = []
    pages: list[model.DocumentPage] = []
    offset = 0
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        raw = textpage.get_text_range(0, count) if count else ""
        chars: list[str] = []
        boxes: list[bytes] = []
        for i, char in enumerate(raw[:count]):
            if char == "\r":
                continue
            if char == "\n" or char.isspace():
                chars.append(char)
                boxes.append(NAN_BOX)
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            chars.append(char)
            boxes.append(struct.pack("<4f", left, height - top, right, height - bottom))
        text = "".join(chars)
        if index:
            parts.append("\n")
            offset += 1
        pages.append(
            model.DocumentPage(
                page_number=index + 1,
                width=width,
                height=height,
                char_start=offset,
                char_end=offset + len(text),
                boxes=b"".join(boxes),
            )
        )
        parts.append(text)
        offset += len(text)
    return "".join(parts), pages


def _docx(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def import_documents(
    project: Project,
    paths: Sequence[Path],
    *,
    case: int | None = None,
    password: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    results: list[ImportResult] = []
    files = [p for path in paths for p in (sorted(path.rglob("*")) if path.is_dir() else [path])]
    files = [f for f in files if f.is_file() and f.suffix.lower() in SUFFIXES]
    for number, path in enumerate(files):
        if cancel is not None and cancel():
            results.append(ImportResult(path, None, "cancelled"))
            continue
        if progress is not None:
            progress(number, len(files), path.name)
        try:
            results.append(_import_one(project, path, case, password))
        except NeedsPasswordError as error:
            results.append(ImportResult(path, None, str(error), needs_password=True))
        except (FrameworkQDAError, OSError, ValueError) as error:
            results.append(ImportResult(path, None, str(error)))
    if progress is not None:
        progress(len(files), len(files), "")
    return results


def _import_one(
    project: Project, path: Path, case: int | None, password: str | None
) -> ImportResult:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    pages: list[model.DocumentPage] = []
    if suffix == ".pdf":
        text, pages = _pdf(data, password)
        kind = model.DocumentKind.PDF
    elif suffix == ".docx":
        text, kind = _docx(path), model.DocumentKind.DOCX
    else:
        text, kind = data.decode("utf-8-sig"), model.DocumentKind.TEXT
    with project.transaction() as session:
        name = path.stem
        existing = {n for (n,) in session.query(model.Document.name)}
        suffix_number = 2
        while name in existing:
            name = f"{path.stem} ({suffix_number})"
            suffix_number += 1
        document = model.Document(
            name=name,
            kind=kind,
            filename=path.name,
            sha256=hashlib.sha256(data).hexdigest(),
            text=text,
            page_count=len(pages),
            case_id=case,
        )
        document.original = model.DocumentFile(data=data)
        document.pages = pages
        session.add(document)
        session.flush()
        return ImportResult(path, document.id, f"{len(text)} characters, {len(pages)} pages")
