"""Files as other programs write them: QualCoder's top-down PDF areas, the standard's own PDF
example (an area sharing its text selection's GUID), empty descriptions; and the carry-over
report on the corpus files says only what is true."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import memos, model
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


def _two_line_pdf(lines: dict[int, str]) -> bytes:
    """A one-page PDF with a line of text at each baseline (points from the bottom)."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setFont("Helvetica", 12)
    for baseline, line in lines.items():
        pdf.drawString(72, baseline, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# "Unrelated closing words" lies where the box of "asked for help" lands turned over
MIRRORED = {
    700: "Residents asked for help",
    400: "Middle line text",
    133: "Unrelated closing words",
}


def _qualcoder_file(
    tmp_path: Path, pdf: bytes, selections: str, areas: str, origin: str = "QualCoder 3.7"
) -> Path:
    """A PDF source as QualCoder 3.7 writes one: the text selections in its Representation,
    the areas after it, with no text of their own (QualCoder writes a name and Description)."""
    with default_pdf_geometry(pdf) as extraction:
        text = extraction.text
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="q" origin="{origin}">
  <Users><User guid="{USER}" name="ann"/></Users>
  <CodeBook><Codes><Code guid="{CODE}" name="Health" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <PDFSource guid="50000000-0000-0000-0000-000000000001" name="guide.pdf"
        path="internal://50000000-0000-0000-0000-000000000001.pdf">
      <Representation guid="60000000-0000-0000-0000-000000000001"
          plainTextPath="internal://60000000-0000-0000-0000-000000000001.txt">{selections}
      </Representation>{areas}
    </PDFSource>
  </Sources>
</Project>"""
    archive = tmp_path / "qc.qdpx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", qde)
        z.writestr("sources/50000000-0000-0000-0000-000000000001.pdf", pdf)
        z.writestr("sources/60000000-0000-0000-0000-000000000001.txt", text.encode("utf-8"))
    return archive


def _standard_area(pdf: bytes, words: str, name: str, number: int = 1) -> str:
    """The area around ``words`` as the standard (and our export) places it, y from the bottom."""
    from frameworkqda.core.exchange.refi.common import page_rect

    with default_pdf_geometry(pdf) as extraction:
        start = extraction.text.index(words)
        rect = page_rect(extraction.pages[0], 0, start, start + len(words))
    assert rect is not None
    return (
        f'<PDFSelection guid="7000000{number}-0000-0000-0000-000000000001" page="0" '
        f'firstX="{rect.first_x}" firstY="{rect.first_y}" secondX="{rect.second_x}" '
        f'secondY="{rect.second_y}" name="{name}" creatingUser="{USER}">'
        f"<Description>{name}</Description>"
        + _coding(f"8000000{number}-0000-0000-0000-000000000001")
        + "</PDFSelection>"
    )


def test_our_areas_passed_on_by_qualcoder_stay_on_their_text(tmp_path: Path) -> None:
    """QualCoder copies the areas it imported unchanged into its own export; turned over as
    QualCoder's own, one landed on unrelated text as a second, silent segment. Its name shows
    it is the standard's, and its text selection of the same code makes it one segment."""
    pdf = _two_line_pdf(MIRRORED)
    with default_pdf_geometry(pdf) as extraction:
        start = extraction.text.index("asked for help")
    selection = (
        f'<PlainTextSelection guid="90000000-0000-0000-0000-000000000001" '
        f'startPosition="{start}" endPosition="{start + 14}" name="asked for help">'
        + _coding("93000000-0000-0000-0000-000000000001")
        + "</PlainTextSelection>"
    )
    area = _standard_area(pdf, "asked for help", "asked for help")
    report = import_qdpx(_qualcoder_file(tmp_path, pdf, selection, area), tmp_path / "q.fqda")
    assert report.lost == [] and report.notes == [], report.lines()
    assert _segment_texts(tmp_path / "q.fqda") == ["asked for help"]


def test_an_area_whose_name_no_reading_bears_out_is_reported_not_imported(
    tmp_path: Path,
) -> None:
    """Named "Middle line text" but over "Unrelated closing words" as the standard reads it
    and over the first line as QualCoder does: which was meant cannot be told, so no segment
    (it was one, silently, on the first line)."""
    pdf = _two_line_pdf(MIRRORED)
    area = _standard_area(pdf, "Unrelated closing words", "Middle line text")
    report = import_qdpx(_qualcoder_file(tmp_path, pdf, "", area), tmp_path / "q.fqda")
    assert _segment_texts(tmp_path / "q.fqda") == []
    assert report.lost == [
        "qc.qdpx (project.qde), line 10: PDF selection 70000001-0000-0000-0000-000000000001 "
        "(page 0) in PDFSource 'guide.pdf': its name says it covers 'Middle line text', but "
        "the area covers 'Residents asked for help' (read from the top of the page) or "
        "'Unrelated closing words' (from the bottom, as the standard says); which was meant "
        "cannot be told"
    ]


def test_an_area_of_another_writer_not_over_its_name_is_imported_and_reported(
    tmp_path: Path,
) -> None:
    """The standard's reading is the only one: imported as given, but not silently."""
    pdf = _two_line_pdf(MIRRORED)
    area = _standard_area(pdf, "Unrelated closing words", "Middle line text")
    archive = _qualcoder_file(tmp_path, pdf, "", area, "ATLAS.ti 9")
    report = import_qdpx(archive, tmp_path / "a.fqda")
    with default_pdf_geometry(pdf) as extraction:
        start = extraction.text.index("Unrelated closing words")
    assert _segment_texts(tmp_path / "a.fqda") == ["Unrelated closing words"]
    assert report.lost == []
    assert [line for line in report.notes if "its name is" in line] == [
        "qc.qdpx (project.qde), line 10: PDF selection 70000001-0000-0000-0000-000000000001 "
        "(page 0) in PDFSource 'guide.pdf': its name is 'Middle line text' but the text at "
        f"{start}-{start + 23} is 'Unrelated closing "
        "words'; imported at the positions given, check it"
    ]


def test_a_whole_export_passed_on_by_qualcoder_imports_as_it_was(tmp_path: Path) -> None:
    """Our export as QualCoder writes it back (origin QualCoder, the areas' own text gone):
    the same segments as our export itself gives, nothing reported."""
    from frameworkqda.core.exchange.refi import export_qdpx
    from tests.core.refi.builders import build_rich_project

    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "ours.qdpx")
    with zipfile.ZipFile(tmp_path / "ours.qdpx") as z:
        entries = {name: z.read(name) for name in z.namelist()}
    qde = entries["project.qde"].decode("utf-8")
    qde = re.sub(r'origin="[^"]*"', 'origin="QualCoder 3.7"', qde, count=1)
    qde = re.sub(
        r"(<PDFSelection [^>]*>)\s*<Representation [^>]*>\s*<PlainTextContent>.*?"
        r"</PlainTextContent>\s*</Representation>",
        r"\1",
        qde,
        flags=re.S,
    )
    assert "<PDFSelection" in qde
    assert not re.search(r"<PDFSelection [^>]*>\s*<Representation", qde)
    entries["project.qde"] = qde.encode("utf-8")
    with zipfile.ZipFile(tmp_path / "theirs.qdpx", "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    ours = import_qdpx(tmp_path / "ours.qdpx", tmp_path / "ours.fqda")
    theirs = import_qdpx(tmp_path / "theirs.qdpx", tmp_path / "theirs.fqda")
    assert theirs.lost == ours.lost == [], theirs.lines()
    assert _segment_texts(tmp_path / "theirs.fqda") == _segment_texts(tmp_path / "ours.fqda")


def test_two_notes_on_one_code_become_one_memo(tmp_path: Path) -> None:
    """ATLAS.ti links several memos to one code; a target holds one memo here (the store
    refuses a second), so they are joined in the order they were written, each further one
    under a heading naming it, its author and date, and the report says so."""
    qde = tmp_path / "m.qde"
    code = "40000000-0000-0000-0000-000000000001"
    first, second = "41000000-0000-0000-0000-000000000001", "41000000-0000-0000-0000-000000000002"
    user = "42000000-0000-0000-0000-000000000001"
    qde.write_text(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="m">'
        f'<Users><User guid="{user}" name="Aiko"/></Users><CodeBook><Codes>'
        f'<Code guid="{code}" name="Interpreters" isCodable="true">'
        f'<NoteRef targetGUID="{first}"/><NoteRef targetGUID="{second}"/></Code>'
        "</Codes></CodeBook><Notes>"
        f'<Note guid="{first}" name="Open questions" creatingUser="{user}"'
        ' creationDateTime="2026-02-01T09:00:00Z"><PlainTextContent>Volunteers?'
        "</PlainTextContent></Note>"
        f'<Note guid="{second}" name="Definition memo" creationDateTime="2026-01-10T09:00:00Z">'
        "<PlainTextContent>What counts</PlainTextContent></Note></Notes></Project>",
        encoding="utf-8",
    )
    report = import_qdpx(qde, tmp_path / "m.fqda")
    assert report.notes == [
        "2 notes on code 'Interpreters' joined into one memo (one memo per item)"
    ]
    assert report.imported["memos"] == 1
    with open_project(tmp_path / "m.fqda") as project, project.session() as session:
        memos = session.execute(
            select(model.Memo.title, model.Memo.text).where(model.Memo.code_id.is_not(None))
        ).all()
    assert [tuple(row) for row in memos] == [
        (
            "Definition memo",
            "What counts\n\nFrom the memo “Open questions” by Aiko (2026-02-01):\nVolunteers?",
        )
    ]


def test_free_standing_notes_become_free_memos_each_with_its_title(tmp_path: Path) -> None:
    """Notes on nothing (NVivo's and MAXQDA's free memos, QualCoder's journals) are free
    memos, each its own under its name, as a researcher kept them; one with no name is titled
    in the interface's language ("Note 1", numbered). A Note the Project points to, untitled,
    is the project memo. They used to be joined, all of them, into the one project memo."""
    qde = tmp_path / "j.qde"
    notes = "".join(
        f'<Note guid="4300000{n}-0000-0000-0000-000000000001"{name}'
        f' creationDateTime="2026-03-0{n}T09:00:00Z"><PlainTextContent>Entry {n}'
        "</PlainTextContent></Note>"
        for n, name in ((1, ' name="Journal 1"'), (2, ""), (3, ' name="Fieldwork ideas"'))
    )
    notes += (
        '<Note guid="44000000-0000-0000-0000-000000000001">'
        "<PlainTextContent>About the whole study</PlainTextContent></Note>"
    )
    qde.write_text(
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="j"><Notes>{notes}</Notes>'
        '<NoteRef targetGUID="44000000-0000-0000-0000-000000000001"/></Project>',
        encoding="utf-8",
    )

    def japanese(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "ノート {number}" if (context, text) == ("CarryOver", "Note {number}") else text

    report = import_qdpx(qde, tmp_path / "j.fqda", translate=japanese)
    assert report.notes == [] and report.lost == []
    assert report.imported["free memos"] == 3 and report.imported["memos"] == 1
    assert "carried over: 3 free memos, 1 memo" in report.lines()
    with open_project(tmp_path / "j.fqda") as project:
        listed = memos.list_memos(project)
        assert memos.memo_text(project, "project") == "About the whole study"
    assert [(row.target, row.title, row.text) for row in listed] == [
        ("project", "", "About the whole study"),
        (memos.FREE, "Fieldwork ideas", "Entry 3"),
        (memos.FREE, "Journal 1", "Entry 1"),
        (memos.FREE, "ノート 1", "Entry 2"),
    ]


def _catalogue_ja() -> dict[tuple[str, str], str]:
    """The Japanese catalogue the GUI loads (resources/translations/frameworkqda_ja.ts)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).parents[3] / "resources/translations/frameworkqda_ja.ts")
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.findtext("translation") or ""
        )
        for context in root.getroot().iter("context")
        for message in context.iter("message")
    }


def test_notes_joined_on_one_code_are_headed_in_the_interfaces_language(
    tmp_path: Path, project_location: str
) -> None:
    """An import in Japanese (the GUI passes the interface's ``translate``, as it does for
    "Note 1") heads each joined note in Japanese, its title in 「」: the headings were English
    whatever the language. The memo keeps the first note's title (the text starts with it)."""
    qde = tmp_path / "m.qde"
    code = "40000000-0000-0000-0000-000000000001"
    first, second, third = (f"41000000-0000-0000-0000-00000000000{n}" for n in (1, 2, 3))
    user = "42000000-0000-0000-0000-000000000001"
    qde.write_text(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="m">'
        f'<Users><User guid="{user}" name="愛子"/></Users><CodeBook><Codes>'
        f'<Code guid="{code}" name="通訳" isCodable="true"><NoteRef targetGUID="{first}"/>'
        f'<NoteRef targetGUID="{second}"/><NoteRef targetGUID="{third}"/></Code>'
        "</Codes></CodeBook><Notes>"
        f'<Note guid="{first}" name="定義" creationDateTime="2026-01-10T09:00:00Z">'
        "<PlainTextContent>何を数えるか</PlainTextContent></Note>"
        f'<Note guid="{second}" name="未解決の問い" creatingUser="{user}"'
        ' creationDateTime="2026-02-01T09:00:00Z"><PlainTextContent>ボランティアは？'
        "</PlainTextContent></Note>"
        f'<Note guid="{third}" name=" " creationDateTime="2026-03-01T09:00:00Z">'
        "<PlainTextContent>派遣の記録</PlainTextContent></Note></Notes></Project>",
        encoding="utf-8",
    )
    catalogue = _catalogue_ja()

    def japanese(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return catalogue.get((context, text)) or text

    import_qdpx(qde, project_location, translate=japanese)
    with open_project(project_location) as project, project.session() as session:
        joined = session.execute(
            select(model.Memo.title, model.Memo.text).where(model.Memo.code_id.is_not(None))
        ).all()
    assert [tuple(row) for row in joined] == [
        (
            "定義",
            "何を数えるか\n\n"
            "メモ「未解決の問い」（愛子、2026-02-01）から：\nボランティアは？\n\n"
            "別のメモ（2026-03-01）から：\n派遣の記録",
        )
    ]
