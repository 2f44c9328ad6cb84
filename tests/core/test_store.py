"""The project store on SQLite and on PostgreSQL: create, open, transactions, cascades."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from frameworkqda.core import model
from frameworkqda.core.errors import NotAProjectError, ProjectExistsError
from frameworkqda.core.overview import overview
from frameworkqda.core.store import create_project, migrate, open_project


def _document(name: str, case: model.Case | None = None) -> model.Document:
    return model.Document(
        name=name, kind=model.DocumentKind.TEXT, sha256="0" * 64, text="多文化共生の推進", case=case
    )


def test_create_then_open_reports_counts(project_location: str) -> None:
    with create_project(project_location, name="Three cities", framework="mipex-local") as project:
        assert project.schema_revision == migrate.head_revision()
    with open_project(project_location) as project:
        figures = overview(project)
    assert figures.name == "Three cities"
    assert figures.framework == "mipex-local"
    assert (figures.documents, figures.cases, figures.segments) == (0, 0, 0)
    assert figures.codes == 5 + 34  # five MIPEX areas and their municipal measures


def test_template_carries_scores_and_value_scale(project_location: str) -> None:
    with create_project(project_location, framework="mipex") as project, project.session() as s:
        education = s.scalars(select(model.Code).where(model.Code.name == "Education")).one()
        scores = {
            row.series: row.value
            for row in s.scalars(
                select(model.CodeScore).where(model.CodeScore.code_id == education.id)
            )
        }
        scale = s.scalars(select(model.ChartValue).order_by(model.ChartValue.position)).all()
    assert scores == {"MIPEX 2015 Japan": 21.0, "MIPEX 2020 Japan": 33.0}
    assert [(v.label, v.counts_as_present) for v in scale] == [
        ("Yes", True),
        ("Partially", True),
        ("Yes but restricted", True),
        ("No", False),
        ("Not specified", False),
    ]


def test_creating_over_an_existing_project_is_refused(project_location: str) -> None:
    create_project(project_location).close()
    with pytest.raises(ProjectExistsError):
        create_project(project_location)


def test_failed_transaction_leaves_nothing(project_location: str) -> None:
    with create_project(project_location) as project:
        with pytest.raises(RuntimeError), project.transaction() as session:
            session.add(model.Case(name="Hamamatsu"))
            session.flush()
            raise RuntimeError("crash in the middle of an action")
        with project.session() as session:
            assert session.scalars(select(model.Case)).all() == []


def test_cascades_follow_what_a_researcher_expects(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        with project.transaction() as session:
            city = model.Case(name="Kawasaki")
            document = _document("kawasaki-plan", city)
            code = session.scalars(
                select(model.Code).where(model.Code.parent_id.isnot(None))
            ).first()
            assert code is not None
            session.add_all([city, document])
            session.flush()
            session.add(
                model.Segment(
                    document=document, code=code, start=0, end=4, coder=project.coder(session)
                )
            )
            session.add(model.ChartCell(case=city, code=code, summary="条例あり"))
        with project.transaction() as session:
            session.delete(session.get(model.Case, city.id))
        with project.session() as session:
            kept = session.get(model.Document, document.id)
            assert kept is not None and kept.case_id is None  # document kept, unassigned
            assert session.scalars(select(model.ChartCell)).all() == []
            assert len(session.scalars(select(model.Segment)).all()) == 1
        with project.transaction() as session:
            session.delete(session.get(model.Document, document.id))
        with project.session() as session:
            assert session.scalars(select(model.Segment)).all() == []


@pytest.mark.parametrize(("start", "end"), [(5, 5), (7, 3), (-1, 2)])
def test_segment_ranges_are_checked_by_the_database(
    project_location: str, start: int, end: int
) -> None:
    with create_project(project_location, framework="mipex") as project:
        with project.transaction() as session:
            document = _document("plan")
            session.add(document)
        with pytest.raises(IntegrityError), project.transaction() as session:
            code = session.scalars(select(model.Code)).first()
            session.add(model.Segment(document_id=document.id, code=code, start=start, end=end))


def test_a_memo_has_at_most_one_target(project_location: str) -> None:
    with create_project(project_location, framework="mipex") as project:
        with project.transaction() as session:
            document = _document("plan")
            case = model.Case(name="Osaka")
            session.add_all([document, case, model.Memo(title="project memo")])
        with pytest.raises(IntegrityError), project.transaction() as session:
            session.add(model.Memo(title="two targets", document_id=document.id, case_id=case.id))


def test_one_cell_per_case_and_code(project_location: str) -> None:
    with create_project(project_location, framework="mipex") as project:
        with project.transaction() as session:
            case = model.Case(name="Osaka")
            code = session.scalars(select(model.Code)).first()
            session.add_all([case, model.ChartCell(case=case, code=code)])
        with pytest.raises(IntegrityError), project.transaction() as session:
            session.add(model.ChartCell(case_id=case.id, code_id=code.id if code else None))


def test_original_bytes_and_timestamps_round_trip(project_location: str) -> None:
    data = bytes(range(256)) * 100
    with create_project(project_location) as project:
        with project.transaction() as session:
            document = _document("bytes")
            document.original = model.DocumentFile(data=data)
            session.add(document)
        with project.session() as session:
            stored = session.get(model.DocumentFile, document.id)
            again = session.get(model.Document, document.id)
            assert stored is not None and stored.data == data
            assert again is not None and again.imported_at.tzinfo is not None


def test_an_empty_server_database_is_not_a_project(postgres_url: str) -> None:
    with pytest.raises(NotAProjectError):
        open_project(postgres_url)


def test_a_template_in_japanese_names_themes_as_mipex_does(project_location: str) -> None:
    with (
        create_project(project_location, framework="mipex-local", language="ja") as project,
        project.session() as s,
    ):
        themes = s.scalars(
            select(model.Code).where(model.Code.parent_id.is_(None)).order_by(model.Code.position)
        ).all()
        education = next(theme for theme in themes if theme.name == "教育")
        measures = [child.name for child in education.children]
        theme_names = {theme.id: theme.name for theme in themes}
        scores = {
            (theme_names[row.code_id], row.series): row.value
            for row in s.scalars(select(model.CodeScore))
        }
    assert [theme.name for theme in themes] == [
        "差別禁止", "教育", "保健医療", "労働市場の流動性", "政治参加",
    ]  # fmt: skip
    assert "日本語教育" in measures and "多言語による情報提供" in measures
    assert scores[("教育", "MIPEX 2015 Japan")] == 21.0  # series still name themes in English
    assert scores[("差別禁止", "MIPEX 2020 Japan")] == 16.0


def test_every_template_node_has_a_japanese_name() -> None:
    from frameworkqda.core.framework.templates import TemplateNode, load_template, template_keys

    def names(nodes: tuple[TemplateNode, ...]) -> list[str]:
        return [name for node in nodes for name in [node.name, *names(node.children)]]

    for key in template_keys():
        english, japanese = load_template(key), load_template(key, "ja")
        assert len(names(japanese.themes)) == len(names(english.themes))
        assert not set(names(japanese.themes)) & set(names(english.themes)), key
        assert japanese.name != english.name
