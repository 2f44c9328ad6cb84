"""External scores: CSV checked row by row, one undoable write, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core import scores
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes


def test_csv_rows_checked_then_set_and_undone(project_location: str, tmp_path: Path) -> None:
    with create_project(project_location) as project:
        health = writes.add_code(project, "Health")
        education = writes.add_code(project, "Education")
        writes.add_code(project, "Consultation", parent_id=health)
        bad = tmp_path / "bad.csv"
        bad.write_text(
            "\ufeffseries,theme,score\n"
            "MIPEX 2015 Japan,Health,51\n"
            "MIPEX 2015 Japan,Consultation,3\n"  # a measure, not a theme
            "MIPEX 2015 Japan,Education,２１\n"  # full-width digits are fine
            "MIPEX 2015 Japan,Health,52\n",  # given twice
            encoding="utf-8",
        )
        with pytest.raises(ValidationError) as error:
            scores.read_scores_csv(project, bad)
        message = str(error.value)
        assert message.splitlines() == [
            f"{bad}: 2 bad rows, nothing written",
            "row 3: no theme named “Consultation”",
            "row 5: MIPEX 2015 Japan / Health already given in row 2",
        ]

        good = tmp_path / "good.csv"
        good.write_text(
            "series,theme,score\nMIPEX 2015 Japan,Health,51\nMIPEX 2015 Japan,Education,２１\n",
            encoding="utf-8",
        )
        values = scores.read_scores_csv(project, good)
        assert values == {("MIPEX 2015 Japan", health): 51.0, ("MIPEX 2015 Japan", education): 21.0}
        command = scores.SetScores(values)
        command.apply(project)
        listed = [(s.series, s.theme, s.value) for s in scores.list_scores(project)]
        assert listed == [
            ("MIPEX 2015 Japan", "Health", 51.0),
            ("MIPEX 2015 Japan", "Education", 21.0),
        ]
        change = scores.SetScores(
            {("MIPEX 2015 Japan", health): 65.0, ("MIPEX 2020", health): 65.0}
        )
        change.apply(project)
        assert len(scores.list_scores(project)) == 3
        change.revert(project)
        assert [s.value for s in scores.list_scores(project)] == [51.0, 21.0]
        command.revert(project)
        assert scores.list_scores(project) == []
