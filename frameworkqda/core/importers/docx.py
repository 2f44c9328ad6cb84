"""DOCX import by walking the WordprocessingML body in document order with lxml.

python-docx's ``Paragraph.text`` silently loses ruby base text, text inside tracked-change
insertions and every table (design notes §4), so we read ``word/document.xml`` ourselves:
paragraphs and tables (cell by cell, row by row) in body order, ruby base text (furigana
dropped, or kept in brackets as an option), insertions kept and deletions left out (the
document as it reads with all changes accepted), footnotes and endnotes at the end.
Automatic list numbering (``word/numbering.xml``) is written before each paragraph as Word
shows it (``docx_numbering``), so "第3条" and "(a)" are in the text a researcher quotes.
The archive is checked against zip-bomb limits before anything is decompressed.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from frameworkqda.core.errors import FileTooLargeError, ImportFailedError
from frameworkqda.core.importers import notes
from frameworkqda.core.importers.base import Extraction, ImportLimits, ImportOptions
from frameworkqda.core.importers.docx_numbering import ListNumbering
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, said
from frameworkqda.core.sizes import describe_size
from frameworkqda.core.text.cjk import normalise_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, T, TAB, BR, CR = (_w(t) for t in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
RUBY, RUBY_BASE, RT = _w("ruby"), _w("rubyBase"), _w("rt")
DEL, MOVE_FROM, DEL_TEXT, INSTR = _w("del"), _w("moveFrom"), _w("delText"), _w("instrText")
NB_HYPHEN, SYM = _w("noBreakHyphen"), _w("sym")
FOOTNOTE_REF, ENDNOTE_REF = _w("footnoteReference"), _w("endnoteReference")
ALTERNATE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Fallback"
SKIPPED = frozenset({DEL, MOVE_FROM, DEL_TEXT, INSTR, _w("rPr"), _w("pPr"), _w("tblPr"), FALLBACK})

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def open_archive(data: bytes, name: str, limits: ImportLimits) -> zipfile.ZipFile:
    """Open the zip and refuse bombs: too many members, too large, or too compressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFailedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: the Word document is damaged (not a complete zip archive; "
                "it may be truncated)",
            ).format(name=name)
        ) from None
    members = archive.infolist()
    if len(members) > limits.max_zip_members:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: the Word document has too many parts ({count})"
            ).format(name=name, count=len(members))
        )
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > limits.max_compression_ratio:
            raise FileTooLargeError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{name}: refused: part {part} expands {ratio}-fold "
                    "(a zip bomb, or a damaged file)",
                ).format(name=name, part=member.filename, ratio=f"{ratio:.0f}")
            )
        if member.filename.endswith((".xml", ".rels")) and (
            member.file_size > limits.max_xml_part_bytes
        ):
            raise FileTooLargeError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{name}: refused: part {part} is {size} MB of XML, over the limit of "
                    "{limit} MB (the memory needed to read it); split the document",
                ).format(
                    name=name,
                    part=member.filename,
                    size=f"{member.file_size / 1e6:.1f}",
                    limit=f"{limits.max_xml_part_bytes / 1e6:.1f}",
                )
            )
    if total > limits.max_unpacked_bytes:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: refused: the Word document expands to {size}, over the limit of {limit}",
            ).format(
                name=name, size=describe_size(total), limit=describe_size(limits.max_unpacked_bytes)
            )
        )
    return archive


def _read_xml(archive: zipfile.ZipFile, member: str, name: str) -> etree._Element | None:
    try:
        raw = archive.read(member)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ImportFailedError(
            QT_TRANSLATE_NOOP("Import", "{name}: the Word document is damaged ({reason})").format(
                name=name, reason=str(error)
            )
        ) from None
    try:
        return etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as error:
        raise ImportFailedError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: the Word document's {part} is not valid XML ({reason})"
            ).format(name=name, part=member, reason=str(error))
        ) from None


class _Walker:
    """Collects text from a body, one paragraph per line."""

    def __init__(self, keep_furigana: bool, numbering: ListNumbering) -> None:
        self.keep_furigana = keep_furigana
        self.numbering = numbering
        self.lines: list[str] = []
        self.current: list[str] = []

    def end_paragraph(self) -> None:
        text = "".join(self.current).rstrip()
        if text.strip():
            self.lines.append(text)
        self.current = []

    def block(self, element: etree._Element) -> None:
        """Walk body-level content: paragraphs, tables and containers of them."""
        for child in element:
            tag = child.tag
            if tag == P:
                self.current.append(self.numbering.label(child))
                self.inline(child)
                self.end_paragraph()
            elif tag == TBL:
                for row in child.iter(TR):
                    if _nearest_table(row) is not child:
                        continue
                    for cell in row:
                        if cell.tag == TC:
                            self.block(cell)
            elif tag in SKIPPED or not isinstance(tag, str):
                continue
            else:
                self.block(child)  # sdt, sdtContent, customXml, ins around paragraphs...

    def inline(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED:
                continue
            if tag == T:
                self.current.append(child.text or "")
            elif tag == TAB:
                self.current.append("\t")
            elif tag in (BR, CR):
                self.current.append("\n")
            elif tag == NB_HYPHEN:
                self.current.append("-")
            elif tag == RUBY:
                self.ruby(child)
            elif tag == ALTERNATE:
                choice = next((c for c in child if c.tag != FALLBACK), None)
                if choice is not None:
                    self.inline(choice)
            elif tag == P:  # a paragraph inside a text box
                self.current.append(self.numbering.label(child))
                self.inline(child)
                self.current.append("\n")
            elif tag == TBL:
                self.current.append("\n")
                self.block(etree_wrap(child))
            else:
                self.inline(child)

    def ruby(self, element: etree._Element) -> None:
        base = element.find(RUBY_BASE)
        if base is not None:
            self.inline(base)
        reading = element.find(RT)
        if self.keep_furigana and reading is not None:
            self.current.append("（")
            self.inline(reading)
            self.current.append("）")


def etree_wrap(element: etree._Element) -> list[etree._Element]:
    return [element]


def _nearest_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != TBL:
        parent = parent.getparent()
    return parent


def _notes(
    archive: zipfile.ZipFile, member: str, tag: str, name: str, keep: bool, numbering: ListNumbering
) -> list[str]:
    root = _read_xml(archive, member, name)
    if root is None:
        return []
    notes: list[str] = []
    for note in root.iter(_w(tag)):
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        walker = _Walker(keep, numbering)
        walker.block(note)
        text = " ".join(walker.lines).strip()
        if text:
            notes.append(f"[{note.get(_w('id'))}] {text}")
    return notes


def _list_numbering(archive: zipfile.ZipFile, name: str, warnings: list[str]) -> ListNumbering:
    """Numbering and styles parts; one that is not XML costs the numbers, not the import."""
    parts = []
    for member in ("word/numbering.xml", "word/styles.xml"):
        try:
            parts.append(_read_xml(archive, member, name))
        except ImportFailedError as error:
            warnings.append(notes.LIST_NUMBERS.format(reason=said(error)))
            parts.append(None)
    return ListNumbering(parts[0], parts[1])


def extract_docx(data: bytes, name: str, options: ImportOptions) -> Extraction:
    archive = open_archive(data, name, options.limits)
    with archive:
        document = _read_xml(archive, "word/document.xml", name)
        if document is None:
            raise ImportFailedError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name}: this zip file is not a Word document (no word/document.xml)"
                ).format(name=name)
            )
        body = document.find(_w("body"))
        warnings: list[str] = []
        numbering = _list_numbering(archive, name, warnings)
        walker = _Walker(options.keep_furigana, numbering)
        if body is not None:
            walker.block(body)
        lines = walker.lines
        keep = options.keep_furigana
        footnotes = _notes(archive, "word/footnotes.xml", "footnote", name, keep, numbering)
        endnotes = _notes(archive, "word/endnotes.xml", "endnote", name, keep, numbering)
    if footnotes:
        lines = [*lines, "", "Footnotes", *footnotes]
    if endnotes:
        lines = [*lines, "", "Endnotes", *endnotes]
    text = normalise_text("\n".join(lines))
    if not text.strip():
        warnings.append(notes.NO_TEXT_DOCX.format())
    return Extraction(
        kind=DocumentKind.DOCX, text=text, language=detect_language(text), warnings=warnings
    )
