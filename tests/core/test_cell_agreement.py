"""Charting agreement between two coders: each coder's own charting, weighted κ worked by hand.

The scale is the default one: Yes, Partially, Yes but restricted, No (ordered, ranks 0–3, so
one step weighs 1/3) and Not specified (unordered: 1 against any other value).
"""

from __future__ import annotations

import csv
import io
from fractions import Fraction
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.cell_agreement import (
    Disagreement,
    Pairs,
    PooledRow,
    Scale,
    cells_csv_rows,
    charting_agreement,
)
from frameworkqda.core.charting.chartings import chartings_in
from frameworkqda.core.commands import SetCell, UndoStack
from frameworkqda.core.default_scale import DEFAULT_VALUE_SCALE, default_value_scale
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes

SCALE = Scale.of(
    [(1, "Yes"), (2, "Partially"), (3, "Yes but restricted"), (4, "No"), (5, "Not specified")],
    ["not  SPECIFIED"],  # matched ignoring case and spacing
)
YES, PARTIALLY, RESTRICTED, NO, UNSPECIFIED = 1, 2, 3, 4, 5


def test_weights_on_the_default_scale() -> None:
    assert SCALE.ranks == {1: 0, 2: 1, 3: 2, 4: 3, 5: None}
    assert SCALE.weight(YES, PARTIALLY) == Fraction(1, 3)
    assert SCALE.weight(PARTIALLY, NO) == Fraction(2, 3)
    assert SCALE.weight(YES, NO) == 1
    assert SCALE.weight(UNSPECIFIED, NO) == 1 and SCALE.weight(UNSPECIFIED, UNSPECIFIED) == 0


def test_weighted_kappa_11_23_worked_by_hand() -> None:
    """Six cells (A, B): (Yes, Yes) (Yes, Partially) (No, No) (Partially, Partially)
    (No, Yes) (Yes, Yes).

    Observed: weights 0, 1/3, 0, 0, 1, 0 → D_o = (4/3) / 6 = 2/9.
    A's values: Yes 3, Partially 1, No 2 → 1/2, 1/6, 1/3.
    B's values: Yes 3, Partially 2, No 1 → 1/2, 1/3, 1/6.
    Expected D_e = Σ p_A(i)·p_B(j)·w(i, j):
      A Yes × B Partially 1/2·1/3·1/3 = 1/18;   A Yes × B No 1/2·1/6·1 = 1/12;
      A Partially × B Yes 1/6·1/2·1/3 = 1/36;   A Partially × B No 1/6·1/6·2/3 = 1/54;
      A No × B Yes 1/3·1/2·1 = 1/6;             A No × B Partially 1/3·1/3·2/3 = 2/27;
      sum = (6 + 9 + 3 + 2 + 18 + 8) / 108 = 46/108 = 23/54.
    κ_w = 1 − (2/9) / (23/54) = 1 − 12/23 = 11/23 = 0.47826… → 0.4783; agreement 4/6 = 66.67 %.
    """
    pairs = Pairs(
        ((YES, YES), (YES, PARTIALLY), (NO, NO), (PARTIALLY, PARTIALLY), (NO, YES), (YES, YES))
    )
    assert pairs.agreement == Fraction(2, 3)
    assert pairs.kappa(SCALE) == Fraction(11, 23)


def test_not_specified_is_a_full_disagreement_worked_by_hand() -> None:
    """Four cells: (Not specified, No) (Not specified, Not specified) (Yes, Yes) (No, No).

    D_o = (1 + 0 + 0 + 0) / 4 = 1/4.
    A: Not specified 1/2, Yes 1/4, No 1/4; B: No 1/2, Not specified 1/4, Yes 1/4.
    D_e: A NS × B No 1/2·1/2 = 1/4; A NS × B Yes 1/2·1/4 = 1/8; A Yes × B No 1/4·1/2 = 1/8;
    A Yes × B NS 1/16; A No × B NS 1/16; A No × B Yes 1/16 (every weight 1) → 11/16.
    κ_w = 1 − (1/4) / (11/16) = 1 − 4/11 = 7/11 = 0.63636… → 0.6364; agreement 75 %.
    """
    pairs = Pairs(((UNSPECIFIED, NO), (UNSPECIFIED, UNSPECIFIED), (YES, YES), (NO, NO)))
    assert pairs.agreement == Fraction(3, 4)
    assert pairs.kappa(SCALE) == Fraction(7, 11)


def test_kappa_is_empty_with_its_reason_when_no_disagreement_is_expected() -> None:
    """Both coders said Yes to every cell: D_e = 0, so κ = 0/0, empty; agreement 100 %."""
    same = Pairs(((YES, YES),) * 3)
    assert same.agreement == 1 and same.kappa(SCALE) is None
    assert "same one value" in same.kappa_note(SCALE)
    assert Pairs().kappa(SCALE) is None and "no cells" in Pairs().kappa_note(SCALE)
    # each coder one value, but not the same one: no agreement beyond chance, κ = 0
    assert Pairs(((YES, NO),) * 3).kappa(SCALE) == 0


def _study(project: Project) -> dict[str, int]:
    """Two themes; Hanako and Taro chart the six cells of the hand-worked example."""
    education = writes.add_code(project, "Education")
    health = writes.add_code(project, "Health")
    measures = {
        name: writes.add_code(project, name, parent_id=parent)
        for name, parent in (
            ("Consultation", education),
            ("Support staff", education),
            ("相談窓口", health),
        )
    }
    hamamatsu = writes.add_case(project, "Hamamatsu")
    osaka = writes.add_case(project, "大阪市")
    ids = {"Hamamatsu": hamamatsu, "大阪市": osaka, **measures}
    cells = [  # (case, measure, Hanako's, Taro's)
        (hamamatsu, "Consultation", "Yes", "Yes"),
        (hamamatsu, "Support staff", "Yes", "Partially"),
        (hamamatsu, "相談窓口", "No", "No"),
        (osaka, "Consultation", "Partially", "Partially"),
        (osaka, "Support staff", "No", "Yes"),
        (osaka, "相談窓口", "Yes", "Yes"),
    ]
    for coder in ("Hanako", "Taro"):
        project.coder_name = coder
        for case, measure, hanako, taro in cells:
            value = hanako if coder == "Hanako" else taro
            writes.set_cell(project, case, measures[measure], summary=f"{coder}: {value}")
            writes.set_cell(project, case, measures[measure], value=value)
    project.coder_name = "Hanako"  # a cell only Hanako charted is not compared
    only_hanako = writes.add_code(project, "Interpreters", parent_id=education)
    writes.set_cell(project, hamamatsu, only_hanako, value="Yes")
    return ids


def test_each_coder_keeps_their_own_charting_beside_the_shared_cell(
    project_location: str,
) -> None:
    with create_project(project_location) as project:
        ids = _study(project)
        with project.session() as s:
            names = {c.id: c.name for c in s.scalars(select(model.Coder))}
            labels = {v.id: v.label for v in s.scalars(select(model.ChartValue))}
            shared = s.scalars(
                select(model.ChartCell).where(
                    model.ChartCell.case_id == ids["大阪市"],
                    model.ChartCell.code_id == ids["Support staff"],
                )
            ).one()
            assert labels[shared.value_id or 0] == "Yes"  # the last writer's (Taro's)
            found = {
                (names[c.coder_id], c.case_id, c.code_id): (labels.get(c.value_id or 0), c.summary)
                for c in chartings_in(s)
            }
        assert found["Hanako", ids["大阪市"], ids["Support staff"]] == ("No", "Hanako: No")
        assert found["Taro", ids["大阪市"], ids["Support staff"]] == ("Yes", "Taro: Yes")


def test_a_coder_who_changes_only_the_value_keeps_their_own_summary(tmp_path: Path) -> None:
    """Hanako charts Yes with her summary; Taro rewrites the summary only (his charting starts
    from the cell: Yes); Hanako then sets No. The cell shows Taro's summary with No, Hanako's
    charting is No with her own summary, Taro's is Yes with his."""
    with create_project(tmp_path / "p.fqda") as project:
        code = writes.add_code(project, "Consultation")
        case = writes.add_case(project, "浜松市")
        project.coder_name = "Hanako"
        writes.set_cell(project, case, code, summary="窓口あり", value="Yes")
        project.coder_name = "Taro"
        writes.set_cell(project, case, code, summary="平日のみ")
        project.coder_name = "Hanako"
        writes.set_cell(project, case, code, value="No")
        with project.session() as s:
            names = {c.id: c.name for c in s.scalars(select(model.Coder))}
            labels = {v.id: v.label for v in s.scalars(select(model.ChartValue))}
            own = {names[c.coder_id]: (labels[c.value_id or 0], c.summary) for c in chartings_in(s)}
            cell = s.scalars(select(model.ChartCell)).one()
            assert (labels[cell.value_id or 0], cell.summary) == ("No", "平日のみ")
    assert own == {"Hanako": ("No", "窓口あり"), "Taro": ("Yes", "平日のみ")}


def test_undo_puts_the_coders_charting_back(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        ids = _study(project)
        project.coder_name = "Hanako"
        stack = UndoStack(project)
        stack.push(SetCell(ids["大阪市"], ids["Support staff"], value="Not specified"))
        with project.session() as s:
            before_undo = {(c.coder_id, c.value_id) for c in chartings_in(s)}
        stack.undo()
        comparison = charting_agreement(project, "Hanako", "Taro")
        assert comparison.overall.pairs.kappa(comparison.scale) == Fraction(11, 23)
        stack.redo()
        with project.session() as s:
            assert {(c.coder_id, c.value_id) for c in chartings_in(s)} == before_undo


def test_project_rows_per_theme_overall_and_the_disagreeing_cells(project_location: str) -> None:
    with create_project(project_location) as project:
        _study(project)
        comparison = charting_agreement(project, "Hanako", "Taro")
    rows = comparison.rows
    assert [
        (row.code, row.case) if isinstance(row, Disagreement) else (row.code, "*") for row in rows
    ] == [
        ("Education/Support staff", "Hamamatsu"),
        ("Education/Support staff", "大阪市"),
        ("Education", "*"),
        ("Health", "*"),
        ("*", "*"),
    ]
    overall = comparison.overall.pairs
    assert overall.cells == 6 and overall.kappa(comparison.scale) == Fraction(11, 23)
    assert comparison.only_a == 1 and comparison.only_b == 0  # Hamamatsu × Interpreters
    first = comparison.disagreements[0]
    assert (first.value_a, first.value_b, first.weight) == ("Yes", "Partially", Fraction(1, 3))
    assert (first.summary_a, first.summary_b) == ("Hanako: Yes", "Taro: Partially")
    health = rows[3]
    assert isinstance(health, PooledRow) and health.pairs.kappa(comparison.scale) == 1
    assert cells_csv_rows(comparison)[-1] == ("*", "*", "6", "0.4783", "66.67", "", "", "", "")
    assert cells_csv_rows(comparison)[3] == ("Health", "*", "2", "1.0000", "100.00", "", "", "", "")


def test_the_same_coder_twice_is_refused(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        _study(project)
        with pytest.raises(ValidationError):
            charting_agreement(project, "Taro", "Taro")


def test_cli_cells_as_csv_xlsx_and_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.fqda"
    with create_project(path) as project:
        _study(project)
    assert main(["agreement", str(path), "--coders", "Hanako,Taro", "--cells"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == [
        "code",
        "case",
        "cells",
        "kappa",
        "agreement",
        "value_a",
        "value_b",
        "summary_a",
        "summary_b",
    ]
    assert table[2] == [
        "Education/Support staff",
        "大阪市",
        "",
        "",
        "",
        "No",
        "Yes",
        "Hanako: No",
        "Taro: Yes",
    ]
    assert table[-1] == ["*", "*", "6", "0.4783", "66.67", "", "", "", ""]

    xlsx = tmp_path / "cells.xlsx"
    assert (
        main(["agreement", str(path), "--coders", "Hanako,Taro", "--cells", "-o", str(xlsx)]) == 0
    )
    assert "6 cells compared, agreement 66.67 %, weighted kappa 0.4783" in capsys.readouterr().out
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][:5] == ["Code", "Case", "Cells", "Weighted κ", "Agreement %"]
    assert values[-3][:5] == ["*", "*", 6, 0.4783, 66.67]  # numbers, not text
    assert "weighted kappa" in str(values[-1][0]) and "1 by A only, 0 by B only" in str(
        values[-1][0]
    )
    # a disagreeing cell's figures are blank, not '' text; the numbers have the CSV's digits
    disagreeing = sheet[3]
    assert [cell.value for cell in disagreeing[2:5]] == [None, None, None]
    assert {cell.data_type for cell in disagreeing[2:5]} == {"n"}
    overall = sheet[sheet.max_row - 2]
    assert [cell.number_format for cell in overall[2:5]] == ["0", "0.0000", "0.00"]
    assert sheet.column_dimensions["H"].width >= 40  # summaries wrap in a wide column
    assert disagreeing[7].alignment.wrap_text

    docx = tmp_path / "cells.docx"
    assert (
        main(["agreement", str(path), "--coders", "Hanako,Taro", "--cells", "-o", str(docx)]) == 0
    )
    grid = DocxDocument(str(docx)).tables[0]
    assert [cell.text for cell in grid.rows[2].cells][:2] == ["Education/Support staff", "大阪市"]
    assert [cell.text for cell in grid.rows[-1].cells][:5] == ["*", "*", "6", "0.4783", "66.67"]


def test_cli_unordered_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With "Yes but restricted" unordered too, the ordered values are Yes, Partially, No
    (ranks 0–2): Yes–Partially weighs 1/2, Yes–No 1. The six cells: D_o = (1/2 + 1) / 6 = 1/4;
    D_e = 1/2·1/3·1/2 + 1/2·1/6·1 + 1/6·1/2·1/2 + 1/6·1/6·1/2 + 1/3·1/2·1 + 1/3·1/3·1/2
    = (6 + 6 + 3 + 1 + 12 + 4) / 72 = 4/9; κ_w = 1 − (1/4) / (4/9) = 7/16 = 0.4375."""
    path = tmp_path / "study.fqda"
    with create_project(path) as project:
        _study(project)
    args = ["agreement", str(path), "--coders", "Hanako,Taro", "--cells"]
    assert main([*args, "--unordered", "Yes but restricted, Not specified"]) == 0
    last = list(csv.reader(io.StringIO(capsys.readouterr().out)))[-1]
    assert last[3:5] == ["0.4375", "66.67"]


def test_schema_0004_makes_each_cell_its_authors_charting(project_location: str) -> None:
    """A project at schema 0003 with two cells, one by alice and one with no author: after the
    upgrade alice has her charting (the cell as it was), the authorless cell none."""
    from sqlalchemy import text

    from frameworkqda.core.store import ProjectLocation, migrate, open_project
    from frameworkqda.core.store.engine import make_engine

    engine = make_engine(ProjectLocation.parse(project_location), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0003")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with) "
            "VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.1')",
            "INSERT INTO coders (id, name, created_at) VALUES (1, 'alice', CURRENT_TIMESTAMP)",
            "INSERT INTO codes (id, parent_id, name, definition, colour, position, created_at,"
            " codable) VALUES (1, NULL, 'Education', '', '#2ca02c', 0, CURRENT_TIMESTAMP, TRUE)",
            "INSERT INTO cases (id, name, description, position) VALUES (1, '浜松市', '', 0),"
            " (2, 'Osaka', '', 1)",
            "INSERT INTO chart_values (id, label, counts_as_present, colour, position)"
            " VALUES (1, 'Yes', TRUE, '#2e7d32', 0)",
            "INSERT INTO chart_cells (id, case_id, code_id, summary, value_id, coder_id,"
            " updated_at) VALUES (1, 1, 1, '多言語で情報提供', 1, 1, CURRENT_TIMESTAMP),"
            " (2, 2, 1, 'no author', NULL, NULL, CURRENT_TIMESTAMP)",
        ):
            connection.execute(text(statement))
    engine.dispose()
    with open_project(project_location) as project:
        assert project.schema_revision == migrate.head_revision()
        with project.session() as s:
            found = [(c.case_id, c.coder_id, c.value_id, c.summary) for c in chartings_in(s)]
    assert found == [(1, 1, 1, "多言語で情報提供")]


def _four_cells(path: Path, language: str) -> None:
    """The four cells worked by hand above, (Not specified, No) (Not specified, Not
    specified) (Yes, Yes) (No, No), charted in a project made in ``language``: its scale's
    labels are that language's (Yes … 記載なし)."""
    english = [label for label, _, _ in DEFAULT_VALUE_SCALE]
    own = [label for label, _, _ in default_value_scale(language)]
    labels = dict(zip(english, own, strict=True))
    with create_project(path, language=language) as project:
        theme = writes.add_code(project, "Education")
        measure = writes.add_code(project, "Consultation", parent_id=theme)
        cells = [
            ("Not specified", "No"),
            ("Not specified", "Not specified"),
            ("Yes", "Yes"),
            ("No", "No"),
        ]
        cases = [writes.add_case(project, f"City {n}") for n in range(len(cells))]
        for coder in ("Hanako", "Taro"):
            project.coder_name = coder
            for case, (a, b) in zip(cases, cells, strict=True):
                writes.set_cell(project, case, measure, value=labels[a if coder == "Hanako" else b])


@pytest.mark.parametrize(("language", "unordered"), [("en", "Not specified"), ("ja", "記載なし")])
def test_the_scales_own_not_specified_value_is_unordered_whatever_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, unordered: str
) -> None:
    """In a Japanese project the default was the English "Not specified", on no value of its
    scale: 記載なし became the fifth ordered point and κ came out 0.8462, not 7/11."""
    path = tmp_path / "p.fqda"
    _four_cells(path, language)
    with open_project(path) as project:
        comparison = charting_agreement(project, "Hanako", "Taro")
    assert comparison.overall.pairs.kappa(comparison.scale) == Fraction(7, 11)
    assert comparison.unordered == (unordered,)
    args = ["agreement", str(path), "--coders", "Hanako,Taro", "--cells"]
    assert main(args) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[-1][3] == "0.6364"
    # the note names the value the scale spells, in the file's language
    xlsx, docx = tmp_path / "k.xlsx", tmp_path / "k.docx"
    assert main([*args, "--language", language, "-o", str(xlsx)]) == 0
    assert main([*args, "--language", language, "-o", str(docx)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    note = [str(c.value) for row in sheet.iter_rows() for c in row if c.value][-1]
    paragraphs = [p.text for p in DocxDocument(str(docx)).paragraphs]
    said = f"{unordered}はほかのどの値とも" if language == "ja" else f"{unordered} counts as"
    assert said in note and any(said in text for text in paragraphs)
    if language == "ja":
        assert "Not specified" not in note
        assert [c.value for c in sheet[2]] == [
            "コード",
            "ケース",
            "セル数",
            "重み付き κ",
            "一致率 %",
            "A の値",
            "B の値",
            "A の要約",
            "B の要約",
        ]
        header = [c.text for c in DocxDocument(str(docx)).tables[0].rows[0].cells]
        assert header[:3] == ["コード", "ケース", "セル数"]
    # named, it is read whatever its width or case; "" takes none as unordered
    assert main([*args, "--unordered", unordered.upper()]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[-1][3] == "0.6364"
    assert main([*args, "--unordered", ""]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[-1][3] != "0.6364"


def test_an_unordered_label_not_on_the_scale_is_refused_naming_its_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.fqda"
    _four_cells(path, "ja")
    capsys.readouterr()
    args = ["agreement", str(path), "--coders", "Hanako,Taro", "--cells"]
    assert main([*args, "--unordered", "foo"]) == 1  # was taken silently: nothing unordered
    error = capsys.readouterr().err
    assert "“foo” is not a value of the scale" in error
    assert "“あり”, “一部あり”, “あり（制限付き）”, “なし”, “記載なし”" in error
    with open_project(path) as project, pytest.raises(ValidationError, match="Not specified"):
        charting_agreement(project, "Hanako", "Taro", ["Not specified"])


def test_cli_says_the_figures_are_empty_when_no_cell_was_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Taro charted no cell: the summary said "0 cells compared, agreement 0.00 %", a
    measured full disagreement, while the file's agreement was empty."""
    path = tmp_path / "p.fqda"
    with create_project(path) as project:
        theme = writes.add_code(project, "Education")
        case = writes.add_case(project, "Osaka")
        project.coder_name = "Hanako"
        writes.set_cell(project, case, theme, value="Yes")
        project.coder_name = "Taro"  # another cell: none both charted
        writes.set_cell(project, writes.add_case(project, "Kobe"), theme, value="No")
    out = tmp_path / "k.csv"
    argv = ["agreement", str(path), "--coders", "Hanako,Taro", "--cells", "-o", str(out)]
    code = main(argv)
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "0.00 %" not in said.out and "0 cells compared" not in said.out
    assert "no cell both coders charted with a value, agreement and weighted kappa empty" in (
        said.out
    )
    assert list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))[-1][2:5] == [
        "0",
        "",
        "",
    ]
