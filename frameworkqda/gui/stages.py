"""The five framework stages and the work-area view each opens: the navigator's map.

A stage names its view by key; the views themselves are the one table in gui/views.py, where
several stages may share one view and views outside the stages (review, search) live too.
The table holds the English text, marked for lupdate; ``title`` and ``hint`` translate it when
read, so the table is the same whatever the language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Stage:
    number: int
    source_title: str  # English, as in the code
    view: str  # key of the work-area view this stage opens
    source_hint: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Stages", self.source_title)

    @property
    def hint(self) -> str:
        return QCoreApplication.translate("Stages", self.source_hint)


STAGES: tuple[Stage, ...] = (
    Stage(
        1,
        QT_TRANSLATE_NOOP("Stages", "Familiarisation"),
        "documents",
        QT_TRANSLATE_NOOP("Stages", "Import, read and assign documents to cases"),
    ),
    Stage(
        2,
        QT_TRANSLATE_NOOP("Stages", "Thematic framework"),
        "codebook",
        QT_TRANSLATE_NOOP("Stages", "Build the codebook: themes and measures"),
    ),
    Stage(
        3,
        QT_TRANSLATE_NOOP("Stages", "Indexing"),
        "coding",
        QT_TRANSLATE_NOOP("Stages", "Highlight passages and tag them with codes"),
    ),
    Stage(
        4,
        QT_TRANSLATE_NOOP("Stages", "Charting"),
        "matrix",
        QT_TRANSLATE_NOOP("Stages", "Summarise evidence per case and measure"),
    ),
    Stage(
        5,
        QT_TRANSLATE_NOOP("Stages", "Mapping & interpretation"),
        "mapping",
        QT_TRANSLATE_NOOP("Stages", "Counts, rankings, charts and memos"),
    ),
)


def stage_for_view(key: str) -> Stage | None:
    return next((stage for stage in STAGES if stage.view == key), None)
