"""Files as other programs write them: QualCoder's top-down PDF areas, the standard's own PDF
example (an area sharing its text selection's GUID), empty descriptions; and the carry-over
report on the corpus files says only what is true."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import import_qdpx
from frameworkqda.core.exchange.refi.importer import default_pdf_geometry
from frameworkqda.core.importers import geometry
from frameworkqda.core.store import open_project
from tests.core.refi.builders import make_pdf

CODE = "C0000000-0000-0000-0000-000000000001"
USER = "A0000000-0000-0000-0000-000000000001"


def _pdf_project(
    tmp_path: Path, origin: str, selections: str, representation: str, prefix: str = ""
) -> Path:
    """A one-PDF project whose text representation is the PDF's own text (after ``prefix``)."""
    pdf = make_pdf()
    with default_pdf_geometry(pdf) as extraction:
        text = extraction.text
    text = prefix + text
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="{origin}">
  <Users><User guid="{USER}" name="ann"/></Users>
  <CodeBook><Codes><Code guid="{CODE}" name="Health" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <PDFSource guid="50000000-0000-0000-0000-000000000001" name="guide.pdf"
        path="internal://50000000-0000-0000-0000-000000000001.pdf">
      {selections}
      <Representation guid="60000000-0000-0000-0000-000000000001"
          plainTextPath="internal://60000000-0000-0000-0000-000000000001.txt">{representation}
      </Representation>
    </PDFSource>
  </Sources>
</Project>"""
    archive = tmp_path / f"{origin.split()[0]}.qdpx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", qde)
        z.writestr("sources/50000000-0000-0000-0000-000000000001.pdf", pdf)
        z.writestr("sources/60000000-0000-0000-0000-000000000001.txt", text.encode("utf-8"))
    return archive


def _coding(guid: str) -> str:
    return f'<Coding guid="{guid}" creatingUser="{USER}"><CodeRef targetGUID="{CODE}"/></Coding>'


def _segment_texts(path: Path) -> list[str]:
    with open_project(path) as project, project.session() as s:
        return sorted(g.document.text[g.start : g.end] for g in s.scalars(select(model.Segment)))


@pytest.mark.parametrize("prefix", ["", "QualCoder's own text extraction differs\n"])
def test_qualcoder_pdf_areas_land_on_their_text(tmp_path: Path, prefix: str) -> None:
    """QualCoder writes a PDFSelection's y from the top of the page (its refi.py,
    pdf_selection_xml: firstY = top, secondY = top + height): read so, it finds "two", also
    when its text representation is not the PDF's text as we extract it."""
    with default_pdf_geometry(make_pdf()) as extraction:
        text = extraction.text
        start = text.index("two")
        found = geometry.bounding_box(extraction.pages, start, start + 3)
    assert found is not None
    page, (x0, top, x1, bottom) = found
    area = (
        f'<PDFSelection guid="70000000-0000-0000-0000-000000000001" page="{page}" '
        f'firstX="{int(x0)}" firstY="{int(top)}" secondX="{int(x1) + 1}" '
        f'secondY="{int(bottom) + 1}" name="" creatingUser="{USER}" '
        f'creationDateTime="2025-01-01T00:00:00Z">'
        + _coding("80000000-0000-0000-0000-000000000001")
        + "</PDFSelection>"
    )
    archive = _pdf_project(tmp_path, "QualCoder 4.0 Beta", area, "", prefix)
    report = import_qdpx(archive, tmp_path / "q.fqda")
    assert report.lost == [], report.lines()
    assert _segment_texts(tmp_path / "q.fqda") == ["two"]


def test_the_standards_pdf_example_gives_one_segment(tmp_path: Path) -> None:
    """REFI-QDA 1.5's example codes a PDF twice over: a PDFSelection and a PlainTextSelection
    in the representation with the same GUID, each with a Coding."""
    with default_pdf_geometry(make_pdf()) as extraction:
        text = extraction.text
    start = text.index("Page two")
    shared = "90000000-0000-0000-0000-000000000001"
    area = (
        f'<PDFSelection guid="{shared}" page="1" firstX="70" firstY="690" secondX="160" '
        f'secondY="715"><Representation guid="91000000-0000-0000-0000-000000000001">'
        f"<PlainTextContent>Page two</PlainTextContent></Representation>"
        + _coding("92000000-0000-0000-0000-000000000001")
        + "</PDFSelection>"
    )
    selection = (
        f'<PlainTextSelection guid="{shared}" startPosition="{start}" '
        f'endPosition="{start + 8}">'
        + _coding("93000000-0000-0000-0000-000000000001")
        + "</PlainTextSelection>"
    )
    archive = _pdf_project(tmp_path, "ATLAS.ti 9", area, selection)
    report = import_qdpx(archive, tmp_path / "s.fqda")
    assert report.lost == [] and report.notes == [], report.lines()
    assert _segment_texts(tmp_path / "s.fqda") == ["Page two"]
    with open_project(tmp_path / "s.fqda") as project, project.session() as s:
        segment = s.scalars(select(model.Segment)).one()
        assert (segment.guid, segment.coding_guid) == (
            shared,
            "93000000-0000-0000-0000-000000000001",
        )


def test_an_empty_variable_description_is_not_reported_lost(tmp_path: Path) -> None:
    qde = tmp_path / "v.qde"
    qde.write_text(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="v"><Variables>'
        '<Variable guid="30000000-0000-0000-0000-000000000001" name="Age" '
        'typeOfVariable="Integer"><Description/></Variable>'
        '<Variable guid="30000000-0000-0000-0000-000000000002" name="Region" '
        'typeOfVariable="Text"><Description>  </Description></Variable>'
        '<Variable guid="30000000-0000-0000-0000-000000000003" name="Ward" '
        'typeOfVariable="Text"><Description>Tokyo ward</Description></Variable>'
        "</Variables></Project>",
        encoding="utf-8",
    )
    report = import_qdpx(qde, tmp_path / "v.fqda")
    assert report.lost == ["variable 'Ward': its description"]
    assert report.imported["variables"] == 3


def test_the_carry_over_report_on_the_corpus_files_is_true(refi_dir: Path, tmp_path: Path) -> None:
    """Each line checked by hand against the file once; any new line fails here."""
    expected = {
        "ponte_blank-atlas-project.qdpx": [],
        "ponte_target-atlas-project.qdpx": [],
        "ornio_hand_authored_project.qde": [
            "TextSource 'Interview 1.txt': its plain text cannot be read: "
            "internal://11111111-1111-1111-1111-111111111111.txt was not found beside "
            "ornio_hand_authored_project.qde; the source and its codings are not carried over",
            "PictureSource 'photo.jpg': pictures, audio and video are not supported "
            "(1 coding(s) not carried over)",
            "AudioSource 'interview.m4a': pictures, audio and video are not supported "
            "(2 coding(s) not carried over)",
            "VideoSource 'clip.mp4': pictures, audio and video are not supported "
            "(1 coding(s) not carried over)",
            "case 'Participant 1': its link to a code (line 35); cases are linked to "
            "documents only",
            "case 'Participant 1': source 40000000-0000-0000-0000-000000000001 was not "
            "imported, so it is not assigned",
            "case 'Participant 1': its link to a selection (line 45); cases hold whole documents",
            "a note on segment 50000000-0000-0000-0000-000000000001: that segment was not "
            "carried over; the note is kept on the project",
            "set 'Diet-related' (line 131): sets are not supported",
            "graph 'Model' (line 137): graphs are not supported",
        ],
    }

    def counted(lines: list[str]) -> list[str]:  # "1 coding(s)" and "1 coding" alike
        return [re.sub(r"\((\d+) coding(\(s\)|s)?", r"(\1 codings", line) for line in lines]

    for name, lost in expected.items():
        report = import_qdpx(refi_dir / name, tmp_path / f"{name}.fqda")
        assert counted(report.lost) == counted(lost), name
