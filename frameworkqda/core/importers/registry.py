"""Which importer reads a file: by extension AND by content, so a wrong type is caught.

The extension says what the person thinks the file is; the first bytes say what it is. When
they disagree the file is refused with a message naming both, rather than fed to a parser
that fails with something obscure (or worse, imports garbage). An extension that names another
program's format (a REFI-QDA project, a spreadsheet, an image ...) is refused by its name alone,
saying what to do instead: such a file is never a document, whatever its bytes. A file named
directly with no extension or one no program here knows is read by its content (a PDF saved
without its ``.pdf``, a web page saved as ``.aspx``, a transcript in ``.log``) with a note
saying so; binary content is refused.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath, PurePosixPath

from frameworkqda.core.errors import ImportFailedError, UnsupportedFileError
from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportOptions
from frameworkqda.core.importers.encoding import bom_encoding
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, listed

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
LEGACY = {
    ".doc": "Word 97-2003 (.doc)",
    ".rtf": "RTF",
    ".odt": "OpenDocument (.odt)",
    ".jtd": "Ichitaro (.jtd)",  # 一太郎: Japanese offices still publish in it
    ".pages": "Apple Pages",
}
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
    """What the bytes are: 'pdf', 'docx', 'refi' (a REFI-QDA project: a zip holding a .qde),
    'zip', 'image', 'html', 'text', 'binary' or 'empty'."""
    if not data:
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if image_format(data) is not None:
        return "image"
    if data.startswith(b"PK\x03\x04"):
        members = _zip_names(io.BytesIO(data))
        if members is None:
            return "docx-damaged"
        if "word/document.xml" in members:
            return "docx"
        return "refi" if _names_a_refi_project(members) else "zip"
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


# archives, by extension: refused named directly and listed from a folder alike, so a zip of
# documents in a folder is told to be unpacked (it was passed over without a word)
ARCHIVES = (".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz")
# Other programs' files, by extension: what each is and what to do with it instead. Read as
# text by their content they came in as documents of garbage or refused as "a zip archive".
REFI_PROJECT = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a REFI-QDA project, not a document; open it as a new project with "
    "File → Import REFI-QDA project… (command line: import-qdpx)",
)
QDA_PROJECT = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a project saved by {program}, not a document; export it from {program} as a "
    "REFI-QDA project (.qdpx), then open that with File → Import REFI-QDA project… "
    "(command line: import-qdpx)",
)
FOREIGN = {  # a REFI-QDA project (.qdpx, .qde) is told by _refi_project
    ".fqda": QT_TRANSLATE_NOOP(
        "Import",
        "{name}: a FrameworkQDA project, not a document; open it, or bring its work into this "
        "project with File → Merge project… (command line: merge)",
    ),
    ".qdc": QT_TRANSLATE_NOOP(
        "Import",
        "{name}: a REFI-QDA codebook, not a document; import it with Import… in the codebook "
        "(command line: codebook import)",
    ),
    **dict.fromkeys(
        (".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".numbers"),
        QT_TRANSLATE_NOOP(
            "Import",
            "{name}: a spreadsheet, not a document; save it as PDF or text (.txt) to import it "
            "(codebooks and scores have their own Import…)",
        ),
    ),
    **dict.fromkeys(
        (".pptx", ".ppt", ".odp", ".key"),
        QT_TRANSLATE_NOOP("Import", "{name}: a presentation, not a document; save it as PDF first"),
    ),
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".bmp", ".heic", ".svg"),
        QT_TRANSLATE_NOOP(
            "Import",
            "{name}: an image, not a document; put scanned pages in a PDF and import that "
            "(pages without text are read by OCR)",
        ),
    ),
    **dict.fromkeys(
        ARCHIVES,
        QT_TRANSLATE_NOOP(
            "Import", "{name}: an archive, not a document; unpack it and import its folder"
        ),
    ),
    **dict.fromkeys(
        (".mp3", ".m4a", ".wav", ".aac", ".flac", ".ogg", ".mp4", ".mov", ".avi", ".mkv", ".webm"),
        QT_TRANSLATE_NOOP(
            "Import", "{name}: audio or video cannot be imported; import its transcript"
        ),
    ),
}
# each QDA program by its project files' extensions: MAXQDA's name their version (.mx24)
PROGRAMS = (
    (re.compile(r"\.nvpx?"), "NVivo"),
    (re.compile(r"\.mx\d+|\.mex"), "MAXQDA"),
    (re.compile(r"\.atlproj\d*|\.hpr\d"), "ATLAS.ti"),
)


REFI_ZIPPED = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a REFI-QDA project in a zip archive (it holds a .qde), not a document; open it as "
    "a new project with File → Import REFI-QDA project… (command line: import-qdpx)",
)
# a .qdpx or .qdc zipped again (to send it by email): the REFI-QDA import reads neither inside
QDPX_ZIPPED = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a REFI-QDA project in a zip archive (it holds {inner}), not a document; unzip it, "
    "then open the .qdpx as a new project with File → Import REFI-QDA project… (command line: "
    "import-qdpx)",
)
QDC_ZIPPED = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a REFI-QDA codebook in a zip archive (it holds {inner}), not a document; unzip "
    "it, then import the .qdc with Import… in the codebook (command line: codebook import)",
)
# a .qde with the sources folder an unpacked .qdpx has beside it: the project's files, which
# import-qdpx reads from there, not the researcher's documents
REFI_PROJECT_SOURCES = QT_TRANSLATE_NOOP(
    "Import",
    "{name}: a REFI-QDA project, not a document; %n file(s) in the {folder} folder beside "
    "it: its sources, left out; open it as a new project with File → Import REFI-QDA "
    "project… (command line: import-qdpx) to bring them in with their coding",
)
REFI_PROJECT_SUFFIXES = (".qdpx", ".qde")
REFI_CODEBOOK_SUFFIX = ".qdc"


def source_folders(folder: Path) -> list[Path]:
    """The folders in ``folder`` holding the sources of a bare ``.qde`` beside them: the
    ``sources`` of an unpacked ``.qdpx``, in any letter case (``Sources`` from some programs).
    The REFI-QDA import reads a bare ``.qde``'s sources from them, and a folder's import leaves
    them out: one rule for both."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return []
    return [child for child in children if child.name.lower() == "sources" and child.is_dir()]


def _refi_project(name: str, qde: Path | None) -> Message:
    """What to say of a REFI-QDA project called ``name``: a bare ``qde`` with sources beside
    it is said to be their project, and how many were left out (an unpacked ``.qdpx`` in a
    folder brought each source in as a document named by a GUID)."""
    folders = source_folders(qde.parent) if qde is not None else []
    count = sum(1 for folder in folders for _ in _visible_files(folder))
    if not count:
        return REFI_PROJECT.format(name=name)
    return REFI_PROJECT_SOURCES.format(
        name=name, n=count, folder=listed(folder.name for folder in folders)
    )


def zipped_refi(name: str, path: Path) -> Message | None:
    """What to say of ``path`` (called ``name``) when it is a zip archive holding a REFI-QDA
    project or codebook: a ``.qdpx`` renamed ``.zip``, unpacked and zipped again, or zipped
    whole to be sent. Only the zip's directory is read, never its members, so a project of
    hundreds of megabytes is told at once."""
    members = _zip_names(path)
    return None if members is None else _refi_members(name, members)


def _zip_names(source: Path | io.BytesIO) -> list[str] | None:
    """The member names in a zip archive's directory; None when it is no readable zip."""
    import zipfile  # here: a PDF's reading (its workers, the command line) never needs it

    try:
        with zipfile.ZipFile(source) as archive:
            return archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return None


def _refi_members(name: str, members: list[str]) -> Message | None:
    """What a zip called ``name`` holding ``members`` is when it holds REFI-QDA files: a
    project's own ``.qde`` first (the zip is that project), else ``.qdpx`` or ``.qdc`` files
    named (a Mac's hidden ``__MACOSX/._study.qdpx`` is no file of the researcher's)."""
    if _names_a_refi_project(members):
        return REFI_ZIPPED.format(name=name)
    for suffix, said in ((".qdpx", QDPX_ZIPPED), (REFI_CODEBOOK_SUFFIX, QDC_ZIPPED)):
        inner = zipped_files(members, suffix)
        if inner:
            return said.format(name=name, inner=listed(inner))
    return None


def zipped_files(members: list[str], suffix: str) -> list[str]:
    """The names of the researcher's files ending in ``suffix`` among a zip's ``members``
    (a Mac's hidden ``__MACOSX/._study.qdpx`` is none of them)."""
    names = (PurePosixPath(member).name for member in members)
    return [name for name in names if name.lower().endswith(suffix) and not name.startswith(".")]


def _names_a_refi_project(members: list[str]) -> bool:
    """Whether a zip's member names hold a REFI-QDA project file (``.qde``, any folder)."""
    return any(member.lower().endswith(".qde") for member in members)


def refuse_by_name(name: str, path: Path | None = None) -> None:
    """Raise :class:`UnsupportedFileError` when ``name``'s extension says the file is another
    program's. Asked before the file is read: a REFI-QDA project is refused as what it is even
    when its bytes duplicate a document's, and a video is never read. With the file's
    ``path``, a ``.zip`` holding a REFI-QDA project or codebook is said to be one (its directory
    alone is read), not any archive, and a ``.qde`` with sources beside it says how many."""
    suffix = PurePath(name).suffix.lower()
    said = zipped_refi(name, path) if suffix == ".zip" and path is not None else None
    if said is not None:
        raise UnsupportedFileError(said)
    if suffix in REFI_PROJECT_SUFFIXES:
        raise UnsupportedFileError(_refi_project(name, path if suffix == ".qde" else None))
    if suffix in FOREIGN:
        raise UnsupportedFileError(FOREIGN[suffix].format(name=name))
    program = next((program for pattern, program in PROGRAMS if pattern.fullmatch(suffix)), None)
    if program is not None:
        raise UnsupportedFileError(QDA_PROJECT.format(name=name, program=program))


DESCRIPTIONS = {
    "pdf": notes.A_PDF.format(),
    "docx": notes.A_WORD_DOCUMENT.format(),
    "docx-damaged": QT_TRANSLATE_NOOP("Import", "a damaged zip archive").format(),
    "zip": QT_TRANSLATE_NOOP("Import", "a zip archive").format(),
    "ole": QT_TRANSLATE_NOOP("Import", "an old Office binary file").format(),
    "html": notes.A_WEB_PAGE.format(),
    "text": notes.TEXT.format(),
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
    refuse_by_name(name)
    suffix = PurePath(name).suffix.lower()
    content = sniff(data)
    if content == "empty":
        raise ImportFailedError(notes.EMPTY.format(name=name))
    if content == "refi":  # whatever its name: a .qdpx saved as .zip, or without one
        raise UnsupportedFileError(REFI_PROJECT.format(name=name))
    zipped = _refi_members(name, _zip_names(io.BytesIO(data)) or []) if content == "zip" else None
    if zipped is not None:  # a .qdpx or .qdc zipped again, saved without the .zip
        raise UnsupportedFileError(zipped)
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
        extraction: Extraction = function(data, name, options, **paged)
    else:
        extraction = function(data, name, options)
    suffix = PurePath(name).suffix.lower()
    if suffix not in EXTENSIONS:  # read by its content: the report says so, and as what
        said = notes.UNKNOWN_EXTENSION if suffix else notes.NO_EXTENSION
        extraction.warnings.insert(0, said.format(suffix=suffix, kind=KINDS[kind]))
    return extraction


def expand_folders(paths: Sequence[str | Path]) -> list[Path]:
    """``paths`` with every folder replaced by the files inside it (recursively, sorted) that
    an importer reads, the Word 97-2003, RTF and OpenDocument files it refuses saying how to
    save them (a folder of them imported nothing, without a word), the REFI-QDA projects and
    codebooks it refuses saying how to bring them in (an unzipped ``.qdpx`` sent by email
    was passed over: "0 imported"), and the archives it refuses saying to unpack them (a zip
    of documents was passed over); hidden files and folders are skipped, and so are the
    sources beside a ``.qde`` (:func:`source_folders`), which its line counts. Files named
    directly are kept as they are, so an unsupported one is reported."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(_told_in(path) if path.is_dir() else [path])
    return files


# the files a folder's import lists: the rest (images, spreadsheets ...) are passed over
LISTED = {*EXTENSIONS, *LEGACY, *REFI_PROJECT_SUFFIXES, REFI_CODEBOOK_SUFFIX, *ARCHIVES}


def _told_in(folder: Path) -> list[Path]:
    """The files in ``folder`` an import tells of (:func:`expand_folders`), sorted."""
    found = [path for path in _visible_files(folder) if path.suffix.lower() in LISTED]
    projects = {path.parent for path in found if path.suffix.lower() == ".qde"}
    sources = {source for project in projects for source in source_folders(project)}
    return [path for path in found if sources.isdisjoint(path.parents)]


def _visible_files(folder: Path) -> list[Path]:
    """The files in ``folder`` and its folders, sorted, but for hidden ones and those in
    hidden folders (a Mac's ``.DS_Store``, a ``.git``)."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
