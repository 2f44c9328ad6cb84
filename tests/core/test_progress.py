"""Stage progress figures for the navigator."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.progress import stage_progress
from frameworkqda.core.store import create_project


def test_progress_counts_read_coded_and_charted(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            case = model.Case(name="Kawasaki")
            first = model.Document(name="a", kind=model.DocumentKind.TEXT, sha256="0", text="abc")
            second = model.Document(name="b", kind=model.DocumentKind.TEXT, sha256="1", text="x")
            first.read_at = datetime.now(UTC)
            session.add_all([case, first, second])
            session.flush()
            code = session.query(model.Code).filter(model.Code.parent_id.is_not(None)).first()
            assert code is not None
            session.add(model.Segment(document_id=first.id, code_id=code.id, start=0, end=2))
            value = session.query(model.ChartValue).filter_by(label="Yes").one()
            session.add(model.ChartCell(case_id=case.id, code_id=code.id, value_id=value.id))
        figures = stage_progress(project)
    assert [f.stage for f in figures] == [1, 2, 3, 4, 5]
    assert (figures[0].done, figures[0].total) == (1, 2)
    assert figures[1].done == 39
    assert (figures[2].done, figures[2].total) == (1, 2)
    assert (figures[3].done, figures[3].total) == (1, 34)
    assert figures[4].done == 0 and figures[4].total == 5
    assert figures[0].label == "1 of 2 documents read"


def _chart_theme(session: Session, case_ids: list[int], codes: list[model.Code]) -> None:
    value = session.query(model.ChartValue).filter_by(label="Yes").one()
    for case_id in case_ids:
        for code in codes:
            session.add(model.ChartCell(case_id=case_id, code_id=code.id, value_id=value.id))


def test_a_theme_is_fully_charted_when_every_measure_has_a_value_for_every_case(
    tmp_path: Path,
) -> None:
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            cases = [model.Case(name="Kawasaki"), model.Case(name="Osaka")]
            lone = model.Code(name="A theme without measures")  # it is its own measure
            session.add_all([*cases, lone])
            session.flush()
            ids = [case.id for case in cases]
            themes = session.query(model.Code).filter(model.Code.parent_id.is_(None)).all()
            full, partial = [t for t in themes if t.children][:2]
            _chart_theme(session, ids, list(full.children))
            _chart_theme(session, ids, list(partial.children)[1:])  # one measure unvalued
            _chart_theme(session, ids[:1], [lone])
        assert stage_progress(project)[4].done == 1
        with project.transaction() as session:
            _chart_theme(session, ids[1:], [session.get(model.Code, lone.id)])
        figures = stage_progress(project)
    assert (figures[4].done, figures[4].total) == (2, 6)
    assert figures[3].total == 35 * 2  # leaves (34 measures and the lone theme) × cases


def test_progress_is_read_in_three_statements_however_many_themes(tmp_path: Path) -> None:
    """The window asks after every change, on its own thread: one query a theme (and one
    a figure) kept it from repainting during an import."""
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            session.add(model.Case(name="Kawasaki"))
        statements: list[str] = []

        def record(*args: object) -> None:
            statement = str(args[2])
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append(statement)

        event.listen(project.engine, "before_cursor_execute", record)
        stage_progress(project)
    assert len(statements) == 3, statements


def test_charting_progress_counts_the_matrix_own_cells(tmp_path: Path) -> None:
    """The navigator said "262 of 340 cells charted" where the matrix showed 33 measures: a
    measure made a heading only kept its cells in both figures, a theme's own cells (a
    measure merged into its theme) counted as charted."""
    from frameworkqda.core.charting import build_matrix

    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            cases = [model.Case(name="Kawasaki"), model.Case(name="Osaka")]
            session.add_all(cases)
            session.flush()
            ids = [case.id for case in cases]
            theme = next(
                t
                for t in session.query(model.Code).filter(model.Code.parent_id.is_(None))
                if t.children
            )
            heading, charted = list(theme.children)[:2]
            _chart_theme(session, ids, [heading, charted, theme])
            heading.codable = False
        matrix = build_matrix(project)
        figures = stage_progress(project)
    shown = {(case, code) for case in matrix.case_ids for code in matrix.code_ids}
    assert figures[3].total == len(shown) == 33 * 2
    assert figures[3].done == 2  # the measure still a column, for both cases
    assert figures[4].done == 0
