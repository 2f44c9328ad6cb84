"""A heading only (codes.codable False, REFI isCodable="false") is never applied nor charted."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import charting, codebook, coding, model
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project


def test_heading_only_codes_are_not_columns_nor_applied(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        with project.transaction() as s:
            theme = model.Code(name="Health", codable=False, position=0)
            lone = model.Code(name="Notes to self", codable=False, position=1)
            measure = model.Code(name="Clinics", parent=theme)
            group = model.Code(name="Insurance", parent=theme, codable=False, position=1)
            leaf = model.Code(name="National", parent=group)
            document = model.Document(name="d", kind="text", sha256="0", text="多文化共生の推進")
            s.add_all([theme, lone, measure, group, leaf, document])
        columns = charting.matrix_columns(codebook.codebook(project))
        assert [(theme, label) for _, theme, label in columns] == [
            ("Health", "Clinics"),
            ("Health", "Insurance / National"),
        ]
        with project.transaction() as s:
            ids = {c.name: c.id for c in s.scalars(select(model.Code))}
            coding.add_segment_in(s, document.id, ids["National"], 0, 4)
            with pytest.raises(ValidationError, match="heading only"):
                coding.add_segment_in(s, document.id, ids["Insurance"], 0, 4)
