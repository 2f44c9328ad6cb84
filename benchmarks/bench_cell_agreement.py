"""Charting agreement and one cell edit at study scale: 50 cases × 300 measures, two coders.

    python -m benchmarks.run cell_agreement
    python benchmarks/bench_cell_agreement.py

Every one of the 15,000 cells is charted by both coders (30,000 chartings, written with bulk
inserts; a random value each, so about four in five cells disagree). Figures: ``agreement
--cells`` over all of them (weighted κ per theme and overall, every disagreeing cell with both
summaries), and one cell edit through the command layer (the shared cell and the coder's
charting, one transaction) — what a key press in the matrix costs.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":  # runnable alone from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from benchmarks.common import median_seconds
from frameworkqda.core import model
from frameworkqda.core.cell_agreement import charting_agreement
from frameworkqda.core.commands import SetCell
from frameworkqda.core.store import Project, create_project
from tests.projects import add_framework

CASES, THEMES, MEASURES = 50, 10, 30


def generate(path: Path, seed: int = 16) -> tuple[Project, int, int]:
    rng = random.Random(seed)
    project = create_project(path, name="benchmark")
    with project.transaction() as session:
        cases, _, measures = add_framework(session, CASES, THEMES, MEASURES)
        session.execute(insert(model.Coder), [{"name": "Hanako"}, {"name": "Taro"}])
        coders = list(session.scalars(select(model.Coder.id).order_by(model.Coder.id)))
        values = list(session.scalars(select(model.ChartValue.id)))
        session.execute(
            insert(model.ChartCell),
            [
                {"case_id": c, "code_id": m, "summary": "相談窓口あり", "coder_id": coders[1]}
                for c in cases
                for m in measures
            ],
        )
        cells = list(session.scalars(select(model.ChartCell.id)))
        session.execute(
            insert(model.CellCharting),
            [
                {
                    "cell_id": cell,
                    "coder_id": coder,
                    "summary": f"summary {cell}",
                    "value_id": rng.choice(values),
                }
                for cell in cells
                for coder in coders
            ],
        )
    return project, cases[0], measures[0]


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        project, case_id, code_id = generate(Path(folder) / "cells.fqda")
        with project:
            rows = charting_agreement(project, "Hanako", "Taro").rows
            assert len(rows) > 10_000, len(rows)
            agreement = median_seconds(lambda: charting_agreement(project, "Hanako", "Taro"), 3)
            project.coder_name = "Hanako"
            labels = ["Yes", "No"]
            edits = iter(range(1000))

            def edit() -> None:
                SetCell(case_id, code_id, value=labels[next(edits) % 2]).apply(project)

            one_edit = median_seconds(edit, 9)
    return [
        ("agreement --cells, 15,000 cells × 2 coders", agreement, "s"),
        ("one cell edit (cell + coder's charting)", one_edit * 1000, "ms"),
    ]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure}: {value:.3f} {unit}")
