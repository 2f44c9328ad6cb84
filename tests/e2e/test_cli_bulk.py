"""Bulk coding and charting from CSV: ``code --from`` and ``cell --from``, all rows or none."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.importers import import_documents
from frameworkqda.core.store import create_project, open_project
from tests.e2e.conftest import TEXT

CONSULTATION = "Anti-discrimination/Consultation service"
HEALTH_INFO = "Health/Information in multiple languages"


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # as Excel saves it
        csv.writer(file).writerows(rows)
    return path


def segments(location: str) -> list[tuple[int, int, str, str, str]]:
    with open_project(location) as project, project.session() as session:
        rows = session.execute(
            select(
                model.Segment.start,
                model.Segment.end,
                model.Segment.note,
                model.Segment.translation,
                model.Coder.name,
            )
            .join(model.Coder, model.Segment.coder_id == model.Coder.id)
            .order_by(model.Segment.start)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_code_from_csv_writes_every_row_in_one_go(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["document", "start", "end", "code", "note", "translation", "coder"]]
    rows.append(["memo.txt", "0", "3", CONSULTATION, "市の窓口", "Hamamatsu", "aiko"])
    at = TEXT.index("𠮷")  # a character outside the BMP: positions are code points
    rows.append(["memo.txt", str(at), str(len(TEXT) - 1), HEALTH_INFO, "", "", ""])
    rows.append(["memo.txt", "4", "7", HEALTH_INFO, "", "", "aiko"])
    assert main(["code", study, "--from", str(write_csv(tmp_path / "s.csv", rows))]) == 0
    assert "coded 3 segments" in capsys.readouterr().out
    found = segments(study)
    assert [(s[0], s[1]) for s in found] == [(0, 3), (4, 7), (at, len(TEXT) - 1)]
    assert found[0][2:] == ("市の窓口", "Hamamatsu", "aiko")
    assert found[2][4] not in ("", "aiko")  # no coder column value: the current coder


def test_code_from_csv_names_every_bad_row_and_writes_nothing(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["code", study, "--document", "memo.txt", "--start", "0", "--end", "3",
                 "--code", CONSULTATION]) == 0  # fmt: skip
    rows = [["document", "start", "end", "code", "note"]]
    rows.append(["memo.txt", "10", "12", CONSULTATION, ""])  # good
    rows.append(["nowhere.txt", "0", "3", CONSULTATION, ""])  # row 3
    rows.append(["memo.txt", "0", "999", CONSULTATION, ""])  # row 4: past the end
    rows.append(["memo.txt", "x", "3", CONSULTATION, ""])  # row 5
    rows.append(["memo.txt", "0", "3", "Health/No such measure", ""])  # row 6
    rows.append(["memo.txt", "0", "3", CONSULTATION, "a note"])  # row 7: coded, another note
    rows.append(["memo.txt", "10", "12", CONSULTATION, ""])  # row 8: same as row 2
    rows.append(["memo.txt", "1"])  # row 9: short
    capsys.readouterr()
    assert main(["code", study, "--from", str(write_csv(tmp_path / "bad.csv", rows))]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"frameworkqda: {tmp_path / 'bad.csv'}: 7 bad rows, nothing written"
    assert lines[1] == "row 3: no document named “nowhere.txt”"
    assert lines[2].startswith("row 4: range 0-999 is empty or outside the document")
    assert lines[3] == "row 5: start “x” is not a whole number"
    assert lines[4] == "row 6: no code at path “Health/No such measure”"
    assert lines[5].startswith("row 7: ") and lines[5].endswith(
        " has already coded this range with this code, with another note or translation"
    )
    assert lines[6] == "row 8: the same range, code and coder as row 2"
    assert lines[7] == "row 9: 2 fields where the header has 5"
    assert [(s[0], s[1]) for s in segments(study)] == [(0, 3)]  # row 2 was not written either


def test_code_from_csv_takes_a_second_coder_coding_the_same_range(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second coder's coding of a range already coded with the code is agreement, as one
    ``code`` call takes it: ``--from`` refused it ("already coded"), and two coders' rows
    for one range in the same file ("the same range and code as row 2"), so a study's
    coding by two people could not be loaded for ``agreement``."""
    assert main(["code", study, "--document", "memo.txt", "--start", "0", "--end", "3",
                 "--code", CONSULTATION, "--coder", "hanako"]) == 0  # fmt: skip
    rows = [["document", "start", "end", "code", "coder"]]
    rows.append(["memo.txt", "0", "3", CONSULTATION, "taro"])  # hanako's range, taro's coding
    rows.append(["memo.txt", "4", "7", CONSULTATION, "hanako"])
    rows.append(["memo.txt", "4", "7", CONSULTATION, "taro"])  # both, in one file
    assert main(["code", study, "--from", str(write_csv(tmp_path / "two.csv", rows))]) == 0
    assert "coded 3 segments" in capsys.readouterr().out
    assert sorted((s[0], s[1], s[4]) for s in segments(study)) == [
        (0, 3, "hanako"), (0, 3, "taro"), (4, 7, "hanako"), (4, 7, "taro")
    ]  # fmt: skip
    again = [
        ["document", "start", "end", "code", "coder", "note"],
        ["memo.txt", "0", "3", CONSULTATION, "taro", ""],  # taro's, as it is: already present
        ["memo.txt", "4", "7", CONSULTATION, "hanako", "her note"],  # hanako's, another note
    ]
    assert main(["code", study, "--from", str(write_csv(tmp_path / "again.csv", again))]) == 1
    assert capsys.readouterr().err.strip().splitlines()[1:] == [
        "row 3: hanako has already coded this range with this code, with another note or "
        "translation"
    ]
    assert main(["code", study, "--from", str(write_csv(tmp_path / "same.csv", again[:2]))]) == 0
    assert capsys.readouterr().out.endswith(
        f"coded 0 segments from {tmp_path / 'same.csv'} (1 already present)\n"
    )
    assert len(segments(study)) == 4


def test_code_from_csv_refuses_a_wrong_header(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "h.csv", [["document", "begin", "end", "code"]])
    assert main(["code", study, "--from", str(path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"frameworkqda: {path}: missing column start; unknown column begin; expected "
        "document, start, end, code (optional: case, page, coder, text, note, translation, "
        "updated)"
    )
    # a column named twice was taken from its last copy without a word
    twice = write_csv(tmp_path / "t.csv", [["document", "start", "end", "code", "code"]])
    assert main(["code", study, "--from", str(twice)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"frameworkqda: {twice}: column named twice: code; expected "
        "document, start, end, code (optional: case, page, coder, text, note, translation, "
        "updated)"
    )
    assert main(["code", study, "--from", str(path), "--document", "memo.txt"]) == 1
    assert "not both" in capsys.readouterr().err
    assert main(["code", study, "--document", "memo.txt"]) == 1
    assert capsys.readouterr().err.strip() == (
        "frameworkqda: give --start, --end, --code (or --from FILE.csv)"
    )


def test_cell_from_csv(study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cell", study, "--case", "Hamamatsu", "--code", HEALTH_INFO,
                 "--value", "Yes", "--summary", "old"]) == 0  # fmt: skip
    rows = [["case", "code", "value", "summary"]]
    rows.append(["Hamamatsu", CONSULTATION, "Partially", "相談窓口あり"])
    rows.append(["Hamamatsu", HEALTH_INFO, "", "多言語の案内"])  # empty value: cleared
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "c.csv", rows))]) == 0
    assert "charted 2 cells" in capsys.readouterr().out
    with open_project(study) as project, project.session() as session:
        cells = {
            (code, label, summary)
            for code, label, summary in session.execute(
                select(model.Code.name, model.ChartValue.label, model.ChartCell.summary)
                .join(model.Code, model.ChartCell.code_id == model.Code.id)
                .outerjoin(model.ChartValue, model.ChartCell.value_id == model.ChartValue.id)
            )
        }
    assert cells == {
        ("Consultation service", "Partially", "相談窓口あり"),
        ("Information in multiple languages", None, "多言語の案内"),
    }
    summaries_only = write_csv(tmp_path / "s.csv", [["case", "code", "summary"],
                                                    ["Hamamatsu", CONSULTATION, "新"]])  # fmt: skip
    assert main(["cell", study, "--from", str(summaries_only)]) == 0
    with open_project(study) as project, project.session() as session:
        cell = session.scalars(select(model.ChartCell).where(model.ChartCell.summary == "新")).one()
        assert cell.value is not None and cell.value.label == "Partially"  # no value column: kept


def test_cell_from_a_japanese_excel_csv(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel on Japanese Windows saves "CSV" in Shift-JIS (CP932): it was refused as "not UTF-8
    text". It is read; a Western file that is not UTF-8 is refused saying how to save it."""
    japanese = tmp_path / "cells.csv"
    japanese.write_bytes(
        f"case,code,value,summary\r\nHamamatsu,{CONSULTATION},Yes,相談窓口を開設（多言語）\r\n".encode(
            "cp932"
        )
    )
    assert main(["cell", study, "--from", str(japanese)]) == 0
    assert "charted 1 cell" in capsys.readouterr().out
    with open_project(study) as project, project.session() as session:
        summary = session.scalars(select(model.ChartCell.summary)).one()
    assert summary == "相談窓口を開設（多言語）"
    western = tmp_path / "western.csv"
    western.write_bytes(
        f"case,code,value,summary\r\nHamamatsu,{CONSULTATION},Yes,Très bien\r\n".encode("cp1252")
    )
    assert main(["cell", study, "--from", str(western)]) == 1
    said = capsys.readouterr().err
    assert f"{western}: not UTF-8 text" in said and "“CSV UTF-8 (Comma delimited)”" in said


def test_cell_from_csv_names_every_bad_row(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["case", "code", "value", "summary"]]
    rows.append(["Hamamatsu", CONSULTATION, "Yes", ""])
    rows.append(["Osaka", CONSULTATION, "Yes", ""])
    rows.append(["Hamamatsu", HEALTH_INFO, "Maybe", ""])
    rows.append(["Hamamatsu", CONSULTATION, "No", ""])
    path = write_csv(tmp_path / "bad.csv", rows)
    assert main(["cell", study, "--from", str(path)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"frameworkqda: {path}: 3 bad rows, nothing written"
    assert lines[1] == "row 3: no case named “Osaka”"
    assert lines[2].startswith("row 4: “Maybe” is not on the value scale; choose one of: Yes")
    assert lines[3] == "row 5: the same case and code as row 2"
    with open_project(study) as project, project.session() as session:
        assert session.scalars(select(model.ChartCell)).first() is None


def test_cell_from_csv_reads_a_draft_column(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cells CSV's ``draft`` column read back: true/false, 1/0, yes/no in any case, blank
    for not a draft; any other word is a bad row, named, and nothing is written."""

    def drafts() -> dict[str, bool]:
        with open_project(study) as project, project.session() as session:
            rows = session.execute(select(model.ChartCell.summary, model.ChartCell.draft))
            return {summary: draft for summary, draft in rows}

    rows = [["case", "code", "value", "summary", "draft"]]
    rows.append(["Hamamatsu", CONSULTATION, "Yes", "引用", "Yes"])
    rows.append(["Hamamatsu", HEALTH_INFO, "", "mine", ""])
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "d.csv", rows))]) == 0
    assert drafts() == {"引用": True, "mine": False}
    rows[1][3:] = ["要約", "maybe"]
    rows[2][3:] = ["mine too", "0"]
    bad = write_csv(tmp_path / "bad.csv", rows)
    assert main(["cell", study, "--from", str(bad)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"frameworkqda: {bad}: 1 bad row, nothing written"
    assert lines[1] == "row 2: draft “maybe” is neither true nor false (true/false, 1/0, yes/no)"
    assert drafts() == {"引用": True, "mine": False}
    rows[1][4] = "false"
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "ok.csv", rows))]) == 0
    assert drafts() == {"要約": False, "mine too": False}
    no_summary = [["case", "code", "value", "draft"], ["Hamamatsu", CONSULTATION, "No", "true"]]
    path = write_csv(tmp_path / "v.csv", no_summary)
    assert main(["cell", study, "--from", str(path)]) == 1
    assert "a draft column says whether the summary is a draft" in capsys.readouterr().err

    # read back as a draft, it is counted as one when its case goes, not as a summary written
    rows[1][4] = "TRUE"
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "d2.csv", rows))]) == 0
    capsys.readouterr()
    assert main(["case", "delete", study, "Hamamatsu"]) == 0
    assert capsys.readouterr().out == (
        "deleted case Hamamatsu with 2 chart cells (1 with a value, 1 with a summary, "
        "1 with a draft)\n"
    )


def test_cell_from_csv_with_versions_refuses_cells_changed_since(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script reads Hamamatsu's health cell (``cell --show`` prints its version); Taro saves
    it after that. The script's file, with a ``version`` column, writes nothing and names his
    change; read again, the same file goes through. A version not a number is a bad row."""
    show = ["cell", study, "--case", "Hamamatsu", "--code", HEALTH_INFO, "--show"]

    def version() -> str:
        capsys.readouterr()
        assert main(show) == 0
        return capsys.readouterr().out.split(" · ")[0].removeprefix("version ")

    def charted(version: str) -> Path:
        rows = [["case", "code", "value", "summary", "version"]]
        rows.append(["Hamamatsu", CONSULTATION, "Yes", "窓口", "0"])  # no cell yet
        rows.append(["Hamamatsu", HEALTH_INFO, "No", "mine", version])
        return write_csv(tmp_path / f"v{version}.csv", rows)

    assert main(["cell", study, "--case", "Hamamatsu", "--code", HEALTH_INFO,
                 "--value", "Yes", "--summary", "old"]) == 0  # fmt: skip
    read = version()
    assert main(["cell", study, "--case", "Hamamatsu", "--code", HEALTH_INFO,
                 "--summary", "Taro's", "--coder", "Taro"]) == 0  # fmt: skip
    capsys.readouterr()
    stale = charted(read)
    assert main(["cell", study, "--from", str(stale)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == (
        f"frameworkqda: {stale}: 1 cell changed since the version given, nothing written"
    )
    assert lines[1].startswith("row 3: cell Hamamatsu × Health/Information in multiple languages "
                               "was changed by Taro at ")  # fmt: skip
    with open_project(study) as project, project.session() as session:
        assert session.scalars(select(model.ChartCell.summary)).all() == ["Taro's"]
    assert main(["cell", study, "--from", str(charted("x"))]) == 1
    assert "row 3: version “x” is not a whole number" in capsys.readouterr().err
    assert main(["cell", study, "--from", str(charted(version()))]) == 0
    with open_project(study) as project, project.session() as session:
        assert set(session.scalars(select(model.ChartCell.summary))) == {"窓口", "mine"}
    # a row stale because of one's own later edit says so, not "changed by <you>"
    mine = charted(str(int(version()) - 1))
    capsys.readouterr()
    assert main(["cell", study, "--from", str(mine)]) == 1
    said = capsys.readouterr().err
    assert "(by you, at " in said and "was changed by" not in said


def test_thousands_of_rows_through_the_real_command(tmp_path: Path) -> None:
    location = str(tmp_path / "many.fqda")
    source = tmp_path / "memo.txt"
    source.write_text(TEXT * 100, encoding="utf-8")
    with create_project(location, framework="mipex-local") as project:
        import_documents(project, [source])
    rows = [["document", "start", "end", "code"]]
    rows += [["memo.txt", str(i), str(i + 5), CONSULTATION] for i in range(3000)]
    result = subprocess.run(
        [sys.executable, "-m", "frameworkqda", "code", location, "--from",
         str(write_csv(tmp_path / "many.csv", rows))],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"coded 3000 segments from {tmp_path / 'many.csv'}"
    assert len(segments(location)) == 3000


def project_rows(location: str) -> tuple[int, int, int, int]:
    """Segments, chart cells, codes and scores: what a refused file must leave alone."""
    with open_project(location) as project, project.session() as session:
        counted = [
            session.scalar(select(func.count()).select_from(table))
            for table in (model.Segment, model.ChartCell, model.Code, model.CodeScore)
        ]
    return tuple(counted)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("verb", "content"),
    [
        (
            ["code", "{p}", "--from"],
            "document,start,end,code,note\n"
            f'memo.txt,0,5,{CONSULTATION},"first note\n'
            f"memo.txt,5,10,{CONSULTATION},second\n"
            f"memo.txt,10,15,{CONSULTATION},third\n",
        ),
        (
            ["cell", "{p}", "--from"],
            f'case,code,summary\nHamamatsu,{CONSULTATION},"first\nHamamatsu,{HEALTH_INFO},second\n',
        ),
        (
            ["codebook", "import", "{p}"],
            'path,description\nHealth/Interpreters,"first\nHealth/Leaflets,second\n',
        ),
        (["scores", "import", "{p}"], 'series,theme,score\nMIPEX,"Health,51\nMIPEX,Education,21\n'),
    ],
    ids=["code", "cell", "codebook", "scores"],
)
def test_a_quote_never_closed_refuses_the_file(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: list[str], content: str
) -> None:
    """Python's reader took the rows after an unclosed quote into that one field: ``code
    --from`` coded 1 segment of 3 and said so, the next two rows became its note. Every CSV a
    person gives is read one way now, strictly: the file is refused, nothing written, and one
    line names the row where the quote opens (and the line, when they differ)."""
    before = project_rows(study)
    path = tmp_path / "q1.csv"
    path.write_text(content, encoding="utf-8")
    argv = [part.format(p=study) for part in verb]
    capsys.readouterr()
    assert main([*argv, str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"frameworkqda: {path}: row 2: a quote opened here is never closed\n"
    assert captured.out == ""
    assert project_rows(study) == before
    # a quoted line break before it: the row as a spreadsheet counts it, and the editor's line
    header = content.split("\n", 1)[0]
    path.write_text(f'{header}\n"a\nb"\n{content.split(chr(10), 1)[1]}', encoding="utf-8")
    assert main([*argv, str(path)]) == 1
    assert capsys.readouterr().err == (
        f"frameworkqda: {path}: row 3 (line 4): a quote opened here is never closed\n"
    )
    path.write_text(f'{header}\n"Health"x,1,2,3\n', encoding="utf-8")
    assert main([*argv, str(path)]) == 1
    assert capsys.readouterr().err == (
        f"frameworkqda: {path}: row 2: text follows the closing quote of a field "
        '(a quote inside one is written "")\n'
    )
    assert project_rows(study) == before


def test_a_theme_with_measures_takes_no_cell(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--code Health (the measure left off) printed 'charted Hamamatsu × Health', exit 0, and
    the value was shown nowhere: not in the matrix, not in the counts."""
    assert main(["cell", study, "--case", "Hamamatsu", "--code", "Health", "--value", "Yes"]) == 1
    said = capsys.readouterr().err
    assert "“Health” is not a column of the framework matrix; chart one of its measures" in said
    with open_project(study) as project, project.session() as session:
        assert session.scalar(select(func.count()).select_from(model.ChartCell)) == 0


def test_a_theme_with_measures_takes_no_cell_from_a_file_nor_a_draft(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["case", "code", "value", "summary"], ["Hamamatsu", "Health", "Yes", "x"]]
    assert main(["cell", study, "--from", str(write_csv(tmp_path / "c.csv", rows))]) == 1
    assert "“Health” is not a column of the framework matrix" in capsys.readouterr().err
    assert main(["cell", study, "--case", "Hamamatsu", "--code", "Health", "--draft"]) == 1
    assert "“Health” is not a column of the framework matrix" in capsys.readouterr().err
    with open_project(study) as project, project.session() as session:
        assert session.scalar(select(func.count()).select_from(model.ChartCell)) == 0


def test_code_from_a_file_finds_a_document_named_the_mac_way(study: str, tmp_path: Path) -> None:
    import unicodedata

    from frameworkqda.core.importers import import_documents as imported

    source = tmp_path / "ガイドブック.txt"
    source.write_text("多言語の相談窓口を設ける。\n", encoding="utf-8")
    with open_project(study) as project:
        imported(project, [source])
    name = unicodedata.normalize("NFD", "ガイドブック.txt")
    rows = [["document", "start", "end", "code"], [name, "0", "3", HEALTH_INFO]]
    assert main(["code", study, "--from", str(write_csv(tmp_path / "s.csv", rows))]) == 0
