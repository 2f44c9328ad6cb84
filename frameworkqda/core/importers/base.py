"""What every importer returns, and the limits and options every importer honours.

An importer turns the bytes of one file into an ``Extraction``: the text as code points, the
detected language, and for paged sources the geometry of each page. It never touches the
project; the import service stores the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from frameworkqda.core.errors import FileTooLargeError
from frameworkqda.core.jobs import Cancel, check_cancel
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

# Called with (done, total) units of work inside one file (pages for a PDF).
PageProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportLimits:
    """Limits that keep a hostile or mistaken file from exhausting memory or disk."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_unpacked_bytes: int = 500 * 1024 * 1024  # a DOCX's members, uncompressed, in total
    max_compression_ratio: float = 200.0  # per DOCX member: a zip bomb is far beyond this
    max_zip_members: int = 10_000
    # Memory (peak under ~1 GB, docs/importers.md): a parsed XML part takes ~10 times its
    # size; a PDF's text is held a few times over (its boxes wait on disk: importers/spill.py)
    max_xml_part_bytes: int = 50_000_000  # one DOCX part (a document.xml of ~2,500 pages)
    max_text_chars: int = 50_000_000  # a PDF's text (~20,000 full pages)


def check_text_size(characters: int, limits: ImportLimits, name: str) -> None:
    """Refuse a document whose text grows past the limit, while it is being read."""
    if characters > limits.max_text_chars:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: refused: more than {limit} characters of text, the import limit "
                "(the memory needed to read it); split the document",
            ).format(name=name, limit=f"{limits.max_text_chars:,}")
        )


@dataclass(frozen=True)
class ImportOptions:
    """Choices a person can make about how a file is read."""

    password: str | None = None
    keep_furigana: bool = False  # DOCX, HTML ruby: the reading in brackets after the base
    ocr: bool = True  # OCR scanned PDF pages when tesseract is installed
    ocr_languages: str = "jpn+eng"
    keep_page_furniture: bool = False  # PDF: keep running heads and page numbers in the text
    limits: ImportLimits = field(default_factory=ImportLimits)


@dataclass
class PageGeometry:
    """One page: its size in PDF points and one box per code point of its text range.

    ``boxes`` is the packed float32 form stored in ``DocumentPage.boxes`` (see ``geometry``).
    """

    page_number: int  # from 1
    width: float
    height: float
    char_start: int
    char_end: int
    boxes: bytes
    ocr: bool = False


@dataclass
class Extraction:
    """The result of reading one file."""

    kind: DocumentKind
    text: str
    language: str
    pages: list[PageGeometry] = field(default_factory=list)
    page_count: int = 0
    warnings: list[str] = field(default_factory=list)
    # What the pages hold outside memory (a PDF's parked boxes, ``spill``), released by
    # ``close`` once they are stored; None for an extraction held in memory only.
    release: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    def close(self) -> None:
        if self.release is not None:
            self.release()

    def __enter__(self) -> Extraction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Cancellation:
    """Checked between pages so a long import stops promptly when asked."""

    def __init__(self, cancel: Cancel | None) -> None:
        self._cancel = cancel

    def check(self) -> None:
        check_cancel(self._cancel, "import cancelled")
