"""A .qdpx whose sources are several megabytes each imports exactly: the texts are read in
pieces and parked on disk while the import is planned (issue 18), so these tests put the
awkward things where the pieces meet — a CRLF split across two pieces, a Japanese character
and one outside the BMP across a boundary — and check every character, byte and segment.
Peak memory is measured by ``python -m benchmarks.run qdpx_memory``, not here."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import import_qdpx
from frameworkqda.core.exchange.refi.importer import default_pdf_geometry
from frameworkqda.core.exchange.refi.plan_parts import LineEndings
from frameworkqda.core.store import open_project

MIB = 1024 * 1024
CODE = "20000000-0000-0000-0000-000000000001"
NS = 'xmlns="urn:QDA-XML:project:1.0"'


def _filler(size: int, seed: int) -> str:
    """Exactly ``size`` bytes of UTF-8: English and Japanese lines, CRLF and lone CR endings."""
    lines = "".join(
        f"line {n} of source {seed}: the council's 多文化共生 plan 𠮷野 section {n % 97}"
        + ("\r\n" if n % 5 else "\r")
        for n in range(size // 40 + 1)
    )
    text = lines.encode("utf-8")[:size].decode("utf-8", "ignore")
    return text + "x" * (size - len(text.encode("utf-8")))


def _awkward_text(seed: int) -> str:
    """About 3.5 MiB whose 1 MiB boundaries (where the archive's pieces meet) fall inside a
    CRLF (bytes MiB-1 and MiB), a Japanese character (from 2 MiB-1) and one outside the BMP
    (from 3 MiB-2)."""
    text = _filler(MIB - 1, seed) + "\r\n"
    text += _filler(2 * MIB - 1 - len(text.encode("utf-8")), seed + 1) + "多"
    text += _filler(3 * MIB - 2 - len(text.encode("utf-8")), seed + 2) + "𠮷"
    return text + _filler(MIB // 2, seed + 3)


def _expected(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _selection(guid: str, start: int, end: int) -> str:
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">'
        f'<Coding guid="6{guid[1:]}"><CodeRef targetGUID="{CODE}"/></Coding>'
        "</PlainTextSelection>"
    )


def _ranges(name: str, raw: str) -> list[tuple[int, int]]:
    """The coded ranges of each source, in its file's positions (a CRLF counts two)."""
    if name == "utf8":
        crlf = raw.index("\r\n", len(raw.encode("utf-8")[: MIB - 1].decode("utf-8")) - 1)
        return [(crlf - 3, crlf + 5), (len(raw) - 9, len(raw))]
    return [(0, 5), (len(raw) - 9, len(raw))]


def _qdpx(path: Path, corpus: Path) -> dict[str, tuple[str, str, bytes]]:
    """Write the .qdpx; return name -> (text as in the file, kind, original bytes)."""
    utf8 = _awkward_text(1)
    utf16 = _filler(2 * MIB, 7)
    rich = _filler(MIB + 12345, 9)
    docx = (corpus / "docx" / "poi_stress019_ja.docx").read_bytes()
    pdf = (corpus / "pdf" / "ja" / "jo.pdf").read_bytes()
    with default_pdf_geometry(pdf) as extraction:  # the representation others write
        pdf_text = extraction.text
    sources = {
        "utf8": (utf8, "text", _expected(utf8).encode("utf-8")),
        "utf16": (utf16, "text", _expected(utf16).encode("utf-8")),
        "rich": (rich, "docx", docx),
        "pdf": (pdf_text, "pdf", pdf),
    }
    elements = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (name, (raw, kind, original)) in enumerate(sources.items()):
            guid = f"40000000-0000-0000-0000-{number:012d}"
            if name == "utf16":
                archive.writestr(f"sources/{guid}.txt", b"\xff\xfe" + raw.encode("utf-16-le"))
            else:
                archive.writestr(f"sources/{guid}.txt", raw.encode("utf-8"))
            text = f'plainTextPath="internal://{guid}.txt"'
            selections = "".join(
                _selection(f"50000000-0000-000{n}-0000-{number:012d}", start, end)
                for n, (start, end) in enumerate(_ranges(name, raw))
            )
            if kind == "text":
                elements.append(
                    f'<TextSource guid="{guid}" name="{name}" {text}>{selections}</TextSource>'
                )
            elif kind == "docx":
                archive.writestr(f"sources/{guid}.docx", original)
                elements.append(
                    f'<TextSource guid="{guid}" name="{name}" {text}'
                    f' richTextPath="internal://{guid}.docx">{selections}</TextSource>'
                )
            else:
                archive.writestr(f"sources/{guid}.pdf", original)
                elements.append(
                    f'<PDFSource guid="{guid}" name="{name}" path="internal://{guid}.pdf">'
                    f'<Representation guid="41000000-0000-0000-0000-{number:012d}" {text}>'
                    f"{selections}</Representation></PDFSource>"
                )
        archive.writestr(
            "project.qde",
            f'<?xml version="1.0" encoding="utf-8"?><Project {NS} name="large">'
            f'<CodeBook><Codes><Code guid="{CODE}" name="policy" isCodable="true"/></Codes>'
            f"</CodeBook><Sources>{''.join(elements)}</Sources></Project>",
        )
    return sources


def test_several_large_sources_import_exactly(
    tmp_path: Path, corpus: Path, project_location: str
) -> None:
    source = tmp_path / "large.qdpx"
    sources = _qdpx(source, corpus)
    report = import_qdpx(source, project_location)
    assert report.imported["documents"] == 4
    assert report.imported["segments"] == 8
    project = open_project(project_location)
    try:
        with project.session() as s:
            documents = {d.name: d for d in s.scalars(select(model.Document))}
            assert set(documents) == set(sources)
            for name, (raw, kind, original) in sources.items():
                document = documents[name]
                text = _expected(raw)
                assert document.kind.value == kind
                assert document.text == text, name
                stored = s.get(model.DocumentFile, document.id)
                assert stored is not None and stored.data == original, name
                assert document.sha256 == hashlib.sha256(original).hexdigest()
                segments = s.scalars(
                    select(model.Segment).where(model.Segment.document_id == document.id)
                )
                coded = sorted((g.start, g.end) for g in segments)
                endings = LineEndings(raw)  # the file's positions, mapped as a whole text
                wanted = [(endings(a), endings(b)) for a, b in _ranges(name, raw)]
                assert coded == wanted, name
                assert wanted[-1][1] == len(text)
            pdf = documents["pdf"]
            pages = s.scalars(
                select(model.DocumentPage).where(model.DocumentPage.document_id == pdf.id)
            ).all()
            assert pages and len(pages) == pdf.page_count
            assert all(len(p.boxes) == 16 * (p.char_end - p.char_start) for p in pages)
    finally:
        project.close()


@pytest.mark.parametrize("size", [1, 2, 7, 4096])
def test_line_endings_read_in_pieces_map_as_read_whole(size: int) -> None:
    raw = "a\r\nb\rc\n\r\r\nd𠮷\r\n" * 50 + "\r"
    whole = LineEndings(raw)
    pieces = LineEndings()
    text = "".join(
        pieces.feed(raw[i : i + size], final=i + size >= len(raw)) for i in range(0, len(raw), size)
    )
    assert text == whole.text == _expected(raw)
    assert list(pieces.dropped) == list(whole.dropped)
    assert all(pieces(p) == whole(p) for p in range(len(raw) + 1))
