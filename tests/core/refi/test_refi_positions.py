"""A text selection's positions as files give them: what is wrong with them said plainly, and
checked against the selection's name where the name quotes the text (QualCoder, ATLAS.ti and
our export name a selection by its text or its beginning)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import import_qdpx
from frameworkqda.core.store import open_project

CODE = "20000000-0000-0000-0000-000000000001"
SOURCE = "40000000-0000-0000-0000-000000000001"
SELECTION = "50000000-0000-0000-0000-000000000001"
LINES_JA = "第一行\r\n第二行\r\n第三行です\r\n"  # 第三行 at 10-13 counting CR, 8-11 not


def _qdpx(
    tmp_path: Path,
    selections: str,
    text: str = LINES_JA,
    origin: str = "ATLAS.ti for Windows 23.2.3.27778",
) -> Path:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="{origin}">
  <CodeBook><Codes><Code guid="{CODE}" name="C" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="{SOURCE}" name="t.txt" plainTextPath="internal://{SOURCE}.txt">
{selections}
    </TextSource>
  </Sources>
</Project>"""
    archive = tmp_path / "p.qdpx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", qde)
        z.writestr(f"sources/{SOURCE}.txt", text.encode("utf-8"))
    return archive


def _selection(start: str, end: str, name: str | None = None, number: int = 1) -> str:
    named = "" if name is None else f' name="{name}"'
    position = "".join(
        f' {attribute}="{value}"'
        for attribute, value in (("startPosition", start), ("endPosition", end))
        if value != "-"
    )
    return (
        f'<PlainTextSelection guid="50000000-0000-0000-0000-00000000000{number}"{named}'
        f'{position}><Coding guid="60000000-0000-0000-0000-00000000000{number}">'
        f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
    )


def _segments(path: Path) -> list[str]:
    with open_project(path) as project, project.session() as s:
        return [
            g.document.text[g.start : g.end]
            for g in s.scalars(select(model.Segment).order_by(model.Segment.start))
        ]


WHERE = f"p.qdpx (project.qde), line 6: selection {SELECTION} '第三行' in TextSource 't.txt': "


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("17.0", "20", "startPosition '17.0' is not a whole number"),
        ("3", "x", "endPosition 'x' is not a whole number"),
        ("-", "5", "it has no startPosition"),
        ("24", "17", "it starts after it ends (startPosition 24, endPosition 17)"),
        ("5", "5", "it selects nothing (startPosition and endPosition are both 5)"),
        ("-3", "5", "range -3-5 is outside its text (17 characters)"),
        ("3", "99", "range 3-99 is outside its text (17 characters)"),
    ],
)
def test_a_bad_range_says_what_is_wrong_with_it(
    tmp_path: Path, start: str, end: str, said: str
) -> None:
    """ "17.0" was "range 17.0-24 is outside its text" and 24-17 "outside" too: neither is."""
    archive = _qdpx(tmp_path, _selection(start, end, "第三行"))
    report = import_qdpx(archive, tmp_path / "p.fqda")
    assert report.lost == [WHERE + said]
    assert _segments(tmp_path / "p.fqda") == []


def test_positions_counting_crlf_as_one_are_read_so_when_the_names_say_so(
    tmp_path: Path,
) -> None:
    """ATLAS.ti counts a CRLF as one character (QualCoder's importer reads its files so): the
    selection named 第三行 at 8-11 became "\\n第" silently; read as its name shows, reported."""
    selections = _selection("8", "11", "第三行") + _selection("0", "3", "第一行", 2)
    report = import_qdpx(_qdpx(tmp_path, selections), tmp_path / "p.fqda")
    assert _segments(tmp_path / "p.fqda") == ["第一行", "第三行"]
    assert report.notes == [
        "TextSource 't.txt': its selections count each CRLF line end as one character, as "
        "their names show (1 match only so, 0 only as the standard counts); read so"
    ]
    assert report.lost == []


def test_positions_counting_crlf_are_kept_when_the_names_say_so(tmp_path: Path) -> None:
    selections = _selection("10", "13", "第三行") + _selection("5", "8", "第二行...", 2)
    report = import_qdpx(_qdpx(tmp_path, selections), tmp_path / "p.fqda")
    assert _segments(tmp_path / "p.fqda") == ["第二行", "第三行"]
    assert report.notes == [] and report.lost == []


def test_a_name_that_is_not_the_text_at_the_positions_is_reported(tmp_path: Path) -> None:
    """Positions moved by one imported with "not carried over: nothing" and no other word.
    No shifted reading is tried (no writer is known to shift so): imported as given, said."""
    text = "外国人住民の外国人相談窓口を設置する。"
    start = text.index("外国人相談窓口") + 1
    selection = _selection(str(start), str(start + 7), "外国人相談窓口")
    report = import_qdpx(_qdpx(tmp_path, selection, text), tmp_path / "p.fqda")
    assert _segments(tmp_path / "p.fqda") == ["国人相談窓口を"]
    assert report.notes == [
        f"p.qdpx (project.qde), line 6: selection {SELECTION} in TextSource 't.txt': its "
        "name is '外国人相談窓口' but the text at 7-14 is '国人相談窓口を'; imported at the "
        "positions given, check it"
    ]


@pytest.mark.parametrize(
    "name",
    [None, "", "Selection 3", "{6A1F0E1C-55B2-4A0E-9C57-0D2B1E4B3F11}", "Interview answer"],
)
def test_a_name_that_is_no_text_checks_nothing(tmp_path: Path, name: str | None) -> None:
    selection = _selection("8", "11", name)
    report = import_qdpx(_qdpx(tmp_path, selection), tmp_path / "p.fqda")
    assert report.notes == [] and report.lost == [], report.lines()
    assert _segments(tmp_path / "p.fqda") == ["\n第"]  # as the standard counts


def test_names_as_qualcoder_and_our_export_write_them_match(tmp_path: Path) -> None:
    """A name with the text's line end (an attribute's line end arrives as a space), one cut
    short and one that XML cannot carry whole raise no line of their names (they overlap, of
    one code and no coder: joined into one passage, as coding joins them, which is said)."""
    text = "Diet and\nhealth are closely\x0blinked.\n"
    selections = (
        _selection("0", "15", "Diet and&#10;health")
        + _selection("9", "35", "health are closely linked.", 2)
        + _selection("0", "34", "Diet and health are", 3)
    )
    report = import_qdpx(_qdpx(tmp_path, selections, text, "QualCoder 3.7"), tmp_path / "p.fqda")
    assert report.lost == [], report.lines()
    assert [line.split(":")[0] for line in report.notes] == ["document 't.txt'"]
    assert _segments(tmp_path / "p.fqda") == [text[:35]]
