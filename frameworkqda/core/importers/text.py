"""Plain text and Markdown import: encoding detection, line ends unified, nothing else changed."""

from __future__ import annotations

from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportOptions
from frameworkqda.core.importers.encoding import bom_encoding, decode
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.text.cjk import normalise_text


def extract_text(data: bytes, name: str, options: ImportOptions) -> Extraction:
    if b"\x00" in data[:8192] and bom_encoding(data) is None:
        raise ImportFailedError(
            QT_TRANSLATE_NOOP("Import", "{name}: this is a binary file, not text").format(name=name)
        )
    text, encoding = decode(data, name)
    text = normalise_text(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    warnings: list[str] = (
        [] if encoding.startswith("utf") else [notes.READ_AS.format(encoding=encoding)]
    )
    if not text.strip():  # said, as a PDF, Word file or web page without text says it
        warnings.append(notes.NO_TEXT_TEXT.format())
    return Extraction(
        kind=DocumentKind.TEXT, text=text, language=detect_language(text), warnings=warnings
    )
