"""Stage progress figures for the navigator."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

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
