"""The five framework stages and the work-area view each opens: the navigator's map.

A stage names its view by key; the views themselves are the one table in gui/views.py, where
several stages may share one view and views outside the stages (review, search) live too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    number: int
    title: str
    view: str  # key of the work-area view this stage opens
    hint: str


STAGES: tuple[Stage, ...] = (
    Stage(1, "Familiarisation", "documents", "Import, read and assign documents to cases"),
    Stage(2, "Thematic framework", "codebook", "Build the codebook: themes and measures"),
    Stage(3, "Indexing", "coding", "Highlight passages and tag them with codes"),
    Stage(4, "Charting", "matrix", "Summarise evidence per case and measure"),
    Stage(5, "Mapping & interpretation", "mapping", "Counts, rankings, charts and memos"),
)


def stage_for_view(key: str) -> Stage | None:
    return next((stage for stage in STAGES if stage.view == key), None)
