"""Which importer reads a file: by extension AND by content, so a wrong type is caught.

The extension says what the person thinks the file is; the first bytes say what it is. When
they disagree the file is refused with a message naming both, rather than fed to a parser
that fails with something obscure (or worse, imports garbage).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

from frameworkqda.core.errors import ImportFailedError, UnsupportedFileError
from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportOptions
from frameworkqda.core.importers.encoding import bom_encoding
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

EXTENSIONS = {
    ".pdf": DocumentKind.PDF,
    ".docx": DocumentKind.DOCX,
    ".html": DocumentKind.HTML,
    ".htm": DocumentKind.HTML,
    ".xhtml": DocumentKind.HTML,
    ".txt": DocumentKind.TEXT,
    ".text": DocumentKind.TEXT,
    ".md": DocumentKind.TEXT,
    ".markdown": DocumentKind.TEXT,
}
LEGACY = {".doc": "Word 97-2003 (.doc)", ".rtf": "RTF", ".odt": "OpenDocument (.odt)"}
SUPPORTED = "PDF, DOCX, HTML (.html/.htm), text (.txt/.md)"


# image formats by their first bytes: a scan or a screenshot saved under a document's name
IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def image_format(data: bytes) -> str | None:
    """The image format ``data`` begins as ('PNG', 'JPEG', 'GIF', 'TIFF', 'WebP'), if any."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    return next((name for magic, name in IMAGES if data.startswith(magic)), None)


def sniff(data: bytes) -> str:
    """What the bytes are: 'pdf', 'docx', 'zip', 'image', 'html', 'text', 'binary' or
    'empty'."""
    if not data:
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if image_format(data) is not None:
        return "image"
    if data.startswith(b"PK\x03\x04"):
        import zipfile  # here: a PDF's reading (its workers, the command line) never needs it

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except zipfile.BadZipFile:
            return "docx-damaged"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"  # Word 97-2003 and other Office binary files
    head = data[:4096]
    encoding = bom_encoding(head)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    elif b"\x00" in head:
        return "binary"
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
        return "html"
    return "text"


DESCRIPTIONS = {
    "pdf": QT_TRANSLATE_NOOP("Import", "a PDF").format(),
    "docx": QT_TRANSLATE_NOOP("Import", "a Word document").format(),
    "docx-damaged": QT_TRANSLATE_NOOP("Import", "a damaged zip archive").format(),
    "zip": QT_TRANSLATE_NOOP("Import", "a zip archive").format(),
    "ole": QT_TRANSLATE_NOOP("Import", "an old Office binary file").format(),
    "html": QT_TRANSLATE_NOOP("Import", "a web page").format(),
    "text": QT_TRANSLATE_NOOP("Import", "text").format(),
    "binary": QT_TRANSLATE_NOOP("Import", "binary data").format(),
    "empty": QT_TRANSLATE_NOOP("Import", "empty").format(),
}
KINDS = {  # what a name's extension promises, said as DESCRIPTIONS says the content
    DocumentKind.PDF: DESCRIPTIONS["pdf"],
    DocumentKind.DOCX: DESCRIPTIONS["docx"],
    DocumentKind.HTML: DESCRIPTIONS["html"],
    DocumentKind.TEXT: DESCRIPTIONS["text"],
}


def _described(content: str, data: bytes) -> str:
    if content == "image":
        return QT_TRANSLATE_NOOP("Import", "an image ({format})").format(format=image_format(data))
    return DESCRIPTIONS[content]


def kind_for(name: str, data: bytes) -> DocumentKind:
    """The document kind to import ``data`` as, or an error saying why it cannot be."""
    suffix = PurePath(name).suffix.lower()
    content = sniff(data)
    if content == "empty":
        raise ImportFailedError(notes.EMPTY.format(name=name))
    if suffix in LEGACY:
        raise UnsupportedFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: {format} files cannot be imported; save it as .docx or PDF first"
            ).format(name=name, format=LEGACY[suffix])
        )
    expected = EXTENSIONS.get(suffix)
    by_content = {
        "pdf": DocumentKind.PDF,
        "docx": DocumentKind.DOCX,
        "docx-damaged": DocumentKind.DOCX,
        "html": DocumentKind.HTML,
        "text": DocumentKind.TEXT,
    }.get(content)
    if expected is None:
        if by_content is None:
            raise UnsupportedFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name}: unsupported file type ({content}); supported: {supported}"
                ).format(name=name, content=_described(content, data), supported=SUPPORTED)
            )
        return by_content
    compatible = (
        by_content == expected
        or (expected == DocumentKind.HTML and by_content == DocumentKind.TEXT)
        or (expected == DocumentKind.TEXT and by_content == DocumentKind.HTML)
    )
    if not compatible and content == "image":
        raise UnsupportedFileError(
            QT_TRANSLATE_NOOP("Import", "{name}: is {content}, not {expected}").format(
                name=name, content=_described(content, data), expected=KINDS[expected]
            )
        )
    if not compatible and expected == DocumentKind.DOCX and content == "zip":  # every .docx is
        raise UnsupportedFileError(  # a zip: say what this one lacks
            QT_TRANSLATE_NOOP(
                "Import", "{name}: not a Word document: the zip holds no word/document.xml"
            ).format(name=name)
        )
    if not compatible:
        raise UnsupportedFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: the name says {suffix} but the content is {content}"
            ).format(name=name, suffix=suffix, content=DESCRIPTIONS[content])
        )
    return expected


Extractor = Callable[..., Extraction]


def extractor_for(kind: DocumentKind) -> Extractor:
    # imported here so that reading one format never loads the others' libraries
    if kind == DocumentKind.PDF:
        from frameworkqda.core.importers.pdf import extract_pdf

        return extract_pdf
    if kind == DocumentKind.DOCX:
        from frameworkqda.core.importers.docx import extract_docx

        return extract_docx
    if kind == DocumentKind.HTML:
        from frameworkqda.core.importers.html import extract_html

        return extract_html
    from frameworkqda.core.importers.text import extract_text

    return extract_text


def extract(data: bytes, name: str, options: ImportOptions, **paged: object) -> Extraction:
    """Read ``data`` (a file called ``name``) with the importer its name and content agree on.

    ``paged`` (progress, cancellation) is passed to importers of paged formats only.
    """
    kind = kind_for(name, data)
    function = extractor_for(kind)
    if kind == DocumentKind.PDF:
        return function(data, name, options, **paged)
    return function(data, name, options)


def expand_folders(paths: Sequence[str | Path]) -> list[Path]:
    """``paths`` with every folder replaced by the files inside it (recursively, sorted) that
    an importer reads, and the Word 97-2003, RTF and OpenDocument files it refuses saying how to
    save them (a folder of them imported nothing, without a word); hidden files and folders are
    skipped. Files named directly are kept as they are, so an unsupported one is reported."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(path.rglob("*")):
            relative = found.relative_to(path).parts
            if (
                found.is_file()
                and (found.suffix.lower() in EXTENSIONS or found.suffix.lower() in LEGACY)
                and not any(part.startswith(".") for part in relative)
            ):
                files.append(found)
    return files
