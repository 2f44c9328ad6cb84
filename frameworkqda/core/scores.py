"""External scores per theme (e.g. Japan's MIPEX 2015 area scores), for any project.

The mapping stage ranks themes by these beside the local counts (Table 2.7 of the study). A
template may bring a series; a project imported from REFI-QDA or built from the empty template
gets one here: typed or pasted in the codebook editor, or read from a CSV file with the header
``series,theme,score`` (themes matched by name). A file with any bad row changes nothing and
the error names every bad row. Every write is one undoable :class:`SetScores` step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.commands import Change, Command
from frameworkqda.core.csv_files import read_csv_records
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, ROW, bad_rows, quoted
from frameworkqda.core.numbers import NumberError, read_number
from frameworkqda.core.store import Project

HEADER = ("series", "theme", "score")
SERIES_LENGTH = 100  # the column's size

Key = tuple[str, int]  # (series, theme id)


@dataclass(frozen=True)
class Score:
    series: str
    theme_id: int
    theme: str
    value: float


def theme_id(themes: dict[str, int], name: str) -> int | None:
    """The theme ``name`` names: written exactly, else in other letter case (a code's name is
    one whatever its case, as ``codebook.resolve`` finds codes for every verb)."""
    if name in themes:
        return themes[name]
    folded = [code_id for theme, code_id in themes.items() if theme.casefold() == name.casefold()]
    return folded[0] if len(folded) == 1 else None


def themes_in(session: Session) -> dict[str, int]:
    """Top-level themes by name, in codebook order: the things scores attach to."""
    rows = session.execute(
        select(model.Code.name, model.Code.id)
        .where(model.Code.parent_id.is_(None))
        .order_by(model.Code.position, model.Code.id)
    )
    return {name: code_id for name, code_id in rows}


def list_scores(project: Project) -> list[Score]:
    """Every score, by series name and then codebook order of the themes."""
    with project.session() as session:
        rows = session.execute(
            select(model.CodeScore.series, model.Code.id, model.Code.name, model.CodeScore.value)
            .join(model.Code, model.Code.id == model.CodeScore.code_id)
            .order_by(model.CodeScore.series, model.Code.position, model.Code.id)
        ).all()
    return [Score(series, code_id, name, value) for series, code_id, name, value in rows]


def parse_score(text: str) -> float:
    """A score as typed (``65``, ``65.5``, ``６５``), read as case attributes are
    (``numbers.read_number``); else ``numbers.NumberError``, a ValueError."""
    return read_number(text)


def check_series(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Scores", "a score series needs a name").format())
    if len(name) > SERIES_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scores", "series name longer than {n} characters: {name}…").format(
                n=SERIES_LENGTH, name=name[:40]
            )
        )
    return name


def read_scores_csv(project: Project, path: str | Path) -> dict[Key, float | None]:
    """The scores a CSV file sets, checked against the project's themes; nothing is written.

    Raises one ValidationError naming the file and every bad row (line numbers as an editor
    shows them).
    """
    source = Path(path)
    rows = read_csv_records(source)  # a malformed file is refused whole
    header = tuple(cell.strip().lower() for cell in rows[0]) if rows else ()
    if header[:3] != HEADER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scores", "{source}: the first line must be {header}").format(
                source=source,
                header=",".join(HEADER),  # as the file writes it
            )
        )
    with project.session() as session:
        themes = themes_in(session)
    values: dict[Key, float | None] = {}
    seen: dict[tuple[str, int], int] = {}
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        series, theme, score = ([*(cell.strip() for cell in row), "", "", ""])[:3]
        wrong = _row_problem(series, theme, score, themes, row)
        key = (series, theme_id(themes, theme) or 0)
        if wrong is None and key in seen:
            wrong = QT_TRANSLATE_NOOP(
                "Scores", "{series} / {theme} already given in row {row}"
            ).format(series=series, theme=theme, row=seen[key])
        if wrong is not None:
            problems.append(ROW.format(row=number, reason=wrong))
            continue
        seen[key] = number
        values[(series, key[1])] = parse_score(score)
    if problems:
        raise ValidationError(bad_rows(source, problems))
    if not values:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scores", "{source}: no scores in the file").format(source=source)
        )
    return values


def _row_problem(
    series: str, theme: str, score: str, themes: dict[str, int], row: list[str]
) -> str | None:
    if len(row) > 3 and any(cell.strip() for cell in row[3:]):
        return QT_TRANSLATE_NOOP("Scores", "more than three columns").format()
    if not series:
        return QT_TRANSLATE_NOOP("Scores", "no series name").format()
    if len(series) > SERIES_LENGTH:
        return QT_TRANSLATE_NOOP("Scores", "series name longer than {n} characters").format(
            n=SERIES_LENGTH
        )
    if theme_id(themes, theme) is None:
        if not theme:
            return QT_TRANSLATE_NOOP("Scores", "no theme name").format()
        return QT_TRANSLATE_NOOP("Scores", "no theme named {theme}").format(theme=quoted(theme))
    try:
        parse_score(score)
    except NumberError as error:
        if not score:
            return QT_TRANSLATE_NOOP("Scores", "no score").format()
        if error.reason is not None:
            return QT_TRANSLATE_NOOP("Scores", "score {score} is not a number: {reason}").format(
                score=quoted(score), reason=error.reason
            )
        return QT_TRANSLATE_NOOP("Scores", "score {score} is not a number").format(
            score=quoted(score)
        )
    return None


def set_scores_in(session: Session, values: dict[Key, float | None]) -> dict[Key, float | None]:
    """Set each (series, theme) score, or remove it where the value is None.

    Returns the values before, in the same form, so that setting them again undoes the change.
    """
    before: dict[Key, float | None] = {}
    for (series, code_id), value in values.items():
        row = session.get(model.CodeScore, (code_id, series))
        before[(series, code_id)] = None if row is None else row.value
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(model.CodeScore(code_id=code_id, series=series, value=value))
        else:
            row.value = value
    session.flush()
    return before


@dataclass
class SetScores(Command):
    """Set or remove theme scores (any series) as one undoable step; undo restores them."""

    changes = frozenset({Change.SCORES})
    values: dict[Key, float | None]
    label: str = QT_TRANSLATE_NOOP("CoreCommand", "Set scores").format()
    before: dict[Key, float | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.label

    @property
    def is_empty(self) -> bool:
        return self._applied and self.before == self.values

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = set_scores_in(session, self.values)

    def _changed_nothing(self) -> bool:
        return self.before == self.values

    def _revert(self, session: Session) -> None:
        set_scores_in(session, self.before)


def series_values(project: Project, series: str) -> dict[Key, float | None]:
    """Every score of a series set to None: the values that remove the series."""
    return {(s.series, s.theme_id): None for s in list_scores(project) if s.series == series}
