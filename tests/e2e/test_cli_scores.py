"""``scores import/list/delete`` on projects without a template's scores, then the ranks view.

A project built from the empty template, and one imported from REFI-QDA, get Japan's MIPEX
2015 area scores from a CSV file; ``matrix --view ranks --group`` ranks the three cities'
average beside the national score ranking (Table 2.7 of the study) in CSV, XLSX and DOCX.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook

from frameworkqda.cli import main
from frameworkqda.core import scores
from frameworkqda.core.store import open_project

THEMES = {
    "Anti-discrimination": ["Consultation service", "Human rights scheme"],
    "Education": ["Japanese-language education", "Information in multiple languages"],
    "Health": ["Medical consultation service"],
    "Labour market mobility": ["Employment support for adults"],
    "Political participation": ["Migrant councils"],
}
MIPEX_2015 = {
    "Anti-discrimination": 22,
    "Education": 21,
    "Health": 51,
    "Labour market mobility": 65,
    "Political participation": 31,
}
CITIES = ["Hamamatsu", "Kawasaki", "Osaka"]
YES = [  # (case, theme, measure)
    ("Hamamatsu", "Education", "Japanese-language education"),
    ("Hamamatsu", "Education", "Information in multiple languages"),
    ("Hamamatsu", "Anti-discrimination", "Consultation service"),
    ("Kawasaki", "Anti-discrimination", "Consultation service"),
    ("Kawasaki", "Anti-discrimination", "Human rights scheme"),
    ("Kawasaki", "Education", "Japanese-language education"),
    ("Kawasaki", "Political participation", "Migrant councils"),
    ("Osaka", "Education", "Japanese-language education"),
    ("Osaka", "Health", "Medical consultation service"),
]


def run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


def scores_csv(folder: Path, extra: str = "") -> Path:
    path = folder / "mipex.csv"
    rows = "".join(f"MIPEX 2015 Japan,{theme},{score}\n" for theme, score in MIPEX_2015.items())
    path.write_text("series,theme,score\n" + rows + extra, encoding="utf-8")
    return path


@pytest.fixture
def empty_project(tmp_path: Path) -> str:
    project = str(tmp_path / "empty.fqda")
    run("new", project, "--framework", "empty")
    codebook = tmp_path / "codebook.csv"
    codebook.write_text(
        "path,definition,colour\n"
        + "".join(f"{t}/{m},,\n" for t, measures in THEMES.items() for m in measures),
        encoding="utf-8",
    )
    run("codebook", "import", project, str(codebook))
    for case in [*CITIES, "Japan (national)"]:
        run("case", "add", project, case)
    for case, theme, measure in YES:
        run("cell", project, "--case", case, "--code", f"{theme}/{measure}", "--value", "Yes")
    return project


def test_bad_file_names_every_bad_row_and_writes_nothing(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = scores_csv(
        tmp_path,
        "MIPEX 2015 Japan,Family reunion,61\n"  # row 7: no such theme
        "MIPEX 2015 Japan,Health,high\n"  # row 8: not a number, and a repeat
        ",Education,21\n",  # row 9: no series
    )
    capsys.readouterr()
    assert main(["scores", "import", empty_project, str(bad)]) == 1
    error = capsys.readouterr().err
    # as code --from and cell --from say it: the file and how many, then a line a row
    # (it was one line, "…: nothing imported; line 7: …; line 8: …")
    assert error.splitlines() == [
        f"frameworkqda: {bad}: 3 bad rows, nothing written",
        "row 7: no theme named “Family reunion”",
        "row 8: score “high” is not a number",
        "row 9: no series name",
    ]
    with open_project(empty_project) as project:
        assert scores.list_scores(project) == []
    header_only = tmp_path / "wrong.csv"
    header_only.write_text("theme,score\nHealth,51\n", encoding="utf-8")
    assert main(["scores", "import", empty_project, str(header_only)]) == 1
    assert "series,theme,score" in capsys.readouterr().err


def test_import_list_and_ranks_with_group(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    run("scores", "import", empty_project, str(scores_csv(tmp_path)))
    assert "imported 5 scores in 1 series" in capsys.readouterr().out
    run("scores", "list", empty_project)
    listed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert listed[0] == ["series", "theme", "score"]
    assert {row[1]: row[2] for row in listed[1:]} == {t: str(s) for t, s in MIPEX_2015.items()}

    group = ["--group", ",".join(CITIES), "--group-label", "Three cities"]
    run("matrix", empty_project, "--view", "ranks", *group)
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    # the count is the group's mean, and says so with its cases (it said "count")
    count = "count: Three cities (mean over Hamamatsu, Kawasaki, Osaka)"
    assert header[:5] == ["theme", count, "count rank", "score: MIPEX 2015 Japan", "score rank"]
    assert header[5:] == [f"rank: {case}" for case in [*CITIES, "Japan (national)"]]
    # the three cities' average (Education 4/3, Anti-discrimination 3/3 …) ranked beside the
    # national score ranking
    assert body["Education"][1:5] == ["1.3", "1", "21", "5"]
    assert body["Anti-discrimination"][1:5] == ["1.0", "2", "22", "4"]
    assert body["Labour market mobility"][2] == "5" and body["Labour market mobility"][4] == "1"
    assert body["Spearman's rho"][0] == "Spearman's rho"

    xlsx, docx = tmp_path / "ranks.xlsx", tmp_path / "ranks.docx"
    run("matrix", empty_project, "--view", "ranks", *group, "-o", str(xlsx))
    run("matrix", empty_project, "--view", "ranks", *group, "-o", str(docx))
    sheet = load_workbook(xlsx)["Ranks"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Rank by Three cities" in cells and "Rank by score" in cells
    table = DocxDocument(str(docx)).tables[0]
    heading = [cell.text for cell in table.rows[0].cells]
    assert "Rank by Three cities" in heading and "Rank by score" in heading

    run("scores", "delete", empty_project, "MIPEX 2015 Japan")
    with open_project(empty_project) as project:
        assert scores.list_scores(project) == []


def test_refi_imported_project_gets_scores(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive, imported = tmp_path / "study.qdpx", str(tmp_path / "from-refi.fqda")
    run("export-qdpx", empty_project, "-o", str(archive))
    run("import-qdpx", imported, str(archive))
    run("scores", "import", imported, str(scores_csv(tmp_path)))
    capsys.readouterr()
    run("matrix", imported, "--view", "ranks", "--scores", "MIPEX 2015 Japan")
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][3:5] == ["score: MIPEX 2015 Japan", "score rank"]
    assert {row[0]: row[3] for row in rows[1:6]} == {t: str(s) for t, s in MIPEX_2015.items()}


def test_matrix_language_ja_writes_japanese_captions_and_headers(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``matrix --language ja``: 表2, テーマ, スコアによる順位, スピアマンのρ; the data as it is."""
    run("scores", "import", empty_project, str(scores_csv(tmp_path)))
    capsys.readouterr()
    run("matrix", empty_project, "--view", "ranks", "--language", "ja")
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:5] == [
        "テーマ",
        "施策数：全ケースの合計",
        "施策数による順位",
        "スコア：MIPEX 2015 Japan",
        "スコアによる順位",
    ]
    assert rows[0][5] == f"順位：{CITIES[0]}"
    assert "Education" in [row[0] for row in rows] and rows[-1][0] == "スピアマンのρ"
    counts = tmp_path / "counts.xlsx"
    run("matrix", empty_project, "--view", "counts", "--language", "ja", "-o", str(counts))
    sheet = load_workbook(counts)["件数"]
    assert sheet["A1"].value == "表1 テーマ別・ケース別の施策数"
    labels = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert labels[0] == "テーマ" and "合計" in labels and "平均" in labels


def test_export_says_the_scores_it_leaves_behind_and_how_to_carry_them(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .qdpx round trip dropped the score series without a word (REFI-QDA has no place for
    them): the export says so, and the way it names carries them into the new project."""
    run("scores", "import", empty_project, str(scores_csv(tmp_path)))
    archive, imported = tmp_path / "study.qdpx", str(tmp_path / "from-refi.fqda")
    capsys.readouterr()
    run("export-qdpx", empty_project, "-o", str(archive))
    said = capsys.readouterr().out.splitlines()
    assert said[1] == (
        "  note: 5 scores in 1 series not written (REFI-QDA has no place for them); carry them "
        f"over with: frameworkqda scores list {empty_project} > scores.csv, then frameworkqda "
        "scores import NEW scores.csv"
    )
    run("import-qdpx", imported, str(archive))
    carried = tmp_path / "scores.csv"
    capsys.readouterr()
    run("scores", "list", empty_project)
    carried.write_text(capsys.readouterr().out, encoding="utf-8")
    run("scores", "import", imported, str(carried))
    with open_project(imported) as project:
        assert {s.theme: s.value for s in scores.list_scores(project)} == MIPEX_2015


def test_ranks_without_a_group_say_the_count_is_a_total_over_all_cases(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --group the count is the total over every case (the national level too): the
    header said "count", as the GUI's over a group's mean."""
    run("scores", "import", empty_project, str(scores_csv(tmp_path)))
    capsys.readouterr()
    run("matrix", empty_project, "--view", "ranks")
    header = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert header[:3] == ["theme", "count: Total over all cases", "count rank"]


def test_ranks_name_the_score_series_and_say_which_of_several_was_taken(
    empty_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With two series and no --scores the ranks took the first without a word, headed
    "score": a reader could not tell which series the ranks compare with."""
    later = "".join(
        f"MIPEX 2020 Japan,{theme},{score + 5}\n" for theme, score in MIPEX_2015.items()
    )
    run("scores", "import", empty_project, str(scores_csv(tmp_path, later)))
    capsys.readouterr()
    run("matrix", empty_project, "--view", "ranks")
    said = capsys.readouterr()
    header = next(csv.reader(io.StringIO(said.out)))
    assert header[3:5] == ["score: MIPEX 2015 Japan", "score rank"]
    assert said.err.splitlines() == [
        "frameworkqda: ranks compare with “MIPEX 2015 Japan”, the first of 2 score series "
        "(“MIPEX 2015 Japan”, “MIPEX 2020 Japan”); choose one with --scores"
    ]
    run("matrix", empty_project, "--view", "ranks", "--scores", "MIPEX 2020 Japan")
    said = capsys.readouterr()
    assert next(csv.reader(io.StringIO(said.out)))[3] == "score: MIPEX 2020 Japan"
    assert said.err == ""  # chosen: nothing to say
    xlsx, docx = tmp_path / "ranks.xlsx", tmp_path / "ranks.docx"
    run("matrix", empty_project, "--view", "ranks", "-o", str(xlsx), "--language", "ja")
    run("matrix", empty_project, "--view", "ranks", "-o", str(docx))
    assert [c.value for c in load_workbook(xlsx)["順位"][2]][3] == "スコア（MIPEX 2015 Japan）"
    heading = [cell.text for cell in DocxDocument(str(docx)).tables[0].rows[0].cells]
    assert heading[3] == "Score (MIPEX 2015 Japan)"
