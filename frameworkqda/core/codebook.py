"""The codebook (stage 2): themes and their measures, addressed by id or by ``Theme/Measure`` path.

Codes are a tree ordered by ``position``. Paths join names with ``/``; a name that itself
contains ``/`` (``Anti-hate-speech ordinance/law``) is written ``\\/`` in a path, and a path given
without the escape is still found when it names exactly one code. Every change here runs in one
transaction; the undoable versions live in :mod:`frameworkqda.core.commands`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.jobs import Cancel, Progress, check_cancel
from frameworkqda.core.messages import ALTERNATIVES, QT_TRANSLATE_NOOP, Message, listed, quoted
from frameworkqda.core.store import Project
from frameworkqda.core.words import nearest, plural

PATH_SEPARATOR = "/"
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")
DEFAULT_COLOUR = "#9e9e9e"


@dataclass(frozen=True)
class CodeNode:
    """One code as the codebook shows it, in tree order."""

    id: int
    parent_id: int | None
    name: str
    definition: str
    colour: str
    position: int
    depth: int
    path: str  # escaped path, e.g. "Anti-discrimination/Anti-hate-speech ordinance\/law"
    theme_id: int  # the top-level ancestor (itself for a theme)
    children: list[int] = field(default_factory=list)
    codable: bool = True  # False: a heading only, not applied to text nor charted


@dataclass(frozen=True)
class DeletePreview:
    """What deleting a code would take away, to show before the researcher confirms."""

    code_ids: tuple[int, ...]  # the code and every descendant
    paths: tuple[str, ...]
    segments: int
    chart_cells: int
    memos: int

    def describe(self) -> str:
        return (
            f"deletes {plural(len(self.code_ids), 'code')} ({', '.join(self.paths)}), "
            f"{plural(self.segments, 'coded segment')}, {plural(self.chart_cells, 'chart cell')} "
            f"and {plural(self.memos, 'memo')}"
        )


def escape_name(name: str) -> str:
    return name.replace("\\", "\\\\").replace(PATH_SEPARATOR, "\\" + PATH_SEPARATOR)


def split_path(path: str) -> list[str]:
    """Split an escaped path into names; ``\\/`` is a slash inside a name."""
    names: list[str] = []
    current: list[str] = []
    chars = iter(path)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == PATH_SEPARATOR:
            names.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    names.append("".join(current).strip())
    if any(not name for name in names):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Codebook", "code path {path} has an empty name").format(
                path=quoted(path)
            )
        )
    return names


def join_path(names: list[str]) -> str:
    return PATH_SEPARATOR.join(escape_name(name) for name in names)


def tree(session: Session) -> list[CodeNode]:
    """Every code in tree order (depth first, by position): one query."""
    rows = session.execute(
        select(
            model.Code.id,
            model.Code.parent_id,
            model.Code.name,
            model.Code.definition,
            model.Code.colour,
            model.Code.position,
            model.Code.codable,
        ).order_by(model.Code.position, model.Code.id)
    ).all()
    by_parent: dict[int | None, list[tuple[int, int | None, str, str, str, int, bool]]] = {}
    for row in rows:
        by_parent.setdefault(row[1], []).append(tuple(row))  # type: ignore[arg-type]
    nodes: list[CodeNode] = []

    def visit(parent: int | None, depth: int, prefix: list[str], theme: int | None) -> None:
        for code_id, parent_id, name, definition, colour, position, codable in by_parent.get(
            parent, []
        ):
            names = [*prefix, name]
            node = CodeNode(
                id=code_id,
                parent_id=parent_id,
                name=name,
                definition=definition,
                colour=colour,
                position=position,
                depth=depth,
                path=join_path(names),
                theme_id=theme if theme is not None else code_id,
                children=[child[0] for child in by_parent.get(code_id, [])],
                codable=codable,
            )
            nodes.append(node)
            visit(code_id, depth + 1, names, node.theme_id)

    visit(None, 0, [], None)
    return nodes


def not_a_column(session: Session, code: model.Code | int) -> Message | None:
    """Why ``code`` is no column of the framework matrix (:func:`matrix_columns`): a theme with
    codes below it, or a heading only; None when it is one (or is not there: said by whoever
    looks it up). Charting refuses a cell there; coding a passage there says it is charted
    nowhere."""
    if isinstance(code, int):
        found = session.get(model.Code, code)
        if found is None:
            return None
        code = found
    has_codes_below = (
        code.parent_id is None
        and session.scalar(select(model.Code.id).where(model.Code.parent_id == code.id).limit(1))
        is not None
    )
    if has_codes_below:
        return QT_TRANSLATE_NOOP(
            "Charting", "{code} is not a column of the framework matrix; chart one of its measures"
        ).format(code=quoted(code.name))
    if not code.codable:
        return QT_TRANSLATE_NOOP(
            "Charting", "{code} is a heading only, not a column of the framework matrix"
        ).format(code=quoted(code.name))
    return None


def matrix_columns(nodes: Sequence[CodeNode]) -> list[tuple[CodeNode, str, str]]:
    """(code, theme name, measure label) for every column: each code below a theme, in tree order.

    A theme without sub-codes is its own single column. A heading-only code (REFI
    ``isCodable="false"``) is never a column; the codes below it still are.
    """
    by_id = {node.id: node for node in nodes}
    columns: list[tuple[CodeNode, str, str]] = []
    for theme in (node for node in nodes if node.depth == 0):
        below = [node for node in nodes if node.theme_id == theme.id and node.depth > 0]
        if not below and theme.codable:
            columns.append((theme, theme.name, theme.name))
        below = [node for node in below if node.codable]
        for node in below:
            names = [node.name]
            parent = node.parent_id
            while parent is not None and by_id[parent].depth > 0:
                names.insert(0, by_id[parent].name)
                parent = by_id[parent].parent_id
            columns.append((node, theme.name, " / ".join(names)))
    return columns


def codebook(project: Project) -> list[CodeNode]:
    with project.session() as session:
        return tree(session)


def resolve(session: Session, path: str) -> int:
    """The id of the code at ``path`` (escaped, or unescaped when that is unambiguous).

    Written exactly, else in other letter case: a code's name is one whatever its case, as no
    two codes of a level may differ only in it (``_check_name``), so ``history/m`` is the code
    ``History/m`` for every verb and for a codebook import alike."""
    return _resolved(tree(session), path)


def resolve_node(session: Session, path: str) -> CodeNode:
    """The code at ``path``, as :func:`resolve` finds it: its ``path`` is the one the codebook
    shows (stored letter case, a ``/`` in a name escaped), which a verb's reply echoes
    whatever spelling found it."""
    nodes = tree(session)
    found = _resolved(nodes, path)
    return next(node for node in nodes if node.id == found)


def _resolved(nodes: list[CodeNode], path: str) -> int:
    found = _at_path(nodes, path, lambda text: text)
    if found is None:
        found = _at_path(nodes, path, str.casefold)
    if found is None:
        meant = nearest(path, (node.path for node in nodes))
        if meant:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Codebook", "no code at path {path}; did you mean {meant}?"
                ).format(path=quoted(path), meant=listed(map(quoted, meant), ALTERNATIVES))
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Codebook", "no code at path {path}").format(path=quoted(path))
        )
    return found


def _at_path(nodes: list[CodeNode], path: str, fold: Callable[[str], str]) -> int | None:
    """The code at ``path``, paths compared after ``fold``; None if there is none."""
    by_path: dict[str, list[int]] = {}
    for node in nodes:
        by_path.setdefault(fold(node.path), []).append(node.id)
    try:
        wanted: list[str] | None = split_path(path)
    except ValidationError:
        wanted = None
    for key in (path.strip(), join_path(wanted) if wanted is not None else None):
        found = by_path.get(fold(key), []) if key is not None else []
        if len(found) == 1:
            return found[0]
        if found:  # codes of one name, as a REFI-QDA project may bring: one was taken at random
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Codebook",
                    "code path {path} names %n codes whose names differ at most in letter case; "
                    "rename all but one",
                ).format(path=quoted(path), n=len(found))
            )
    # Unescaped slashes inside names: compare with every path written without escapes.
    plain = [node.id for node in nodes if fold(node.path.replace("\\/", "/")) == fold(path.strip())]
    if len(plain) == 1:
        return plain[0]
    if len(plain) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "code path {path} is ambiguous; write a '/' in a name as '\\/'"
            ).format(path=quoted(path))
        )
    return None


def resolve_code(project: Project, path: str) -> int:
    with project.session() as session:
        return resolve(session, path)


def check_colour(colour: str) -> str:
    if not COLOUR_PATTERN.match(colour):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Codebook", "colour {colour} is not of the form #rrggbb").format(
                colour=quoted(colour)
            )
        )
    return colour.lower()


def _check_name(session: Session, name: str, parent_id: int | None, exclude: int | None) -> str:
    """``name`` stripped, if no other code of the level has it, whatever the letter case
    (compared in Python: SQLite's lower() folds only ASCII, and let "Ärzte" beside "ärzte")."""
    name = name.strip()
    if not name:
        raise ValidationError("a code needs a name")
    query = select(model.Code.id, model.Code.name).where(
        model.Code.parent_id.is_(None) if parent_id is None else model.Code.parent_id == parent_id,
    )
    if exclude is not None:
        query = query.where(model.Code.id != exclude)
    if any(other.casefold() == name.casefold() for _, other in session.execute(query)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "a code named {name} already exists at this level"
            ).format(name=quoted(name))
        )
    return name


def _get(session: Session, code_id: int) -> model.Code:
    code = session.get(model.Code, code_id)
    if code is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Codebook", "no code with id {code_id}").format(code_id=code_id)
        )
    return code


def _siblings(session: Session, parent_id: int | None, exclude: int | None = None) -> list[int]:
    query = select(model.Code.id).order_by(model.Code.position, model.Code.id)
    query = query.where(
        model.Code.parent_id.is_(None) if parent_id is None else model.Code.parent_id == parent_id
    )
    return [code_id for code_id in session.scalars(query) if code_id != exclude]


def _renumber(session: Session, ordered: list[int]) -> None:
    for position, code_id in enumerate(ordered):
        session.execute(
            update(model.Code).where(model.Code.id == code_id).values(position=position)
        )


# How deep codes nest (a theme is level 1): far beyond any codebook, and shallow enough that
# a REFI-QDA export of it stays within the XML depth our own import accepts (safety.Limits).
MAX_LEVELS = 50


def _level(session: Session, parent_id: int | None) -> int:
    """The level a code under ``parent_id`` stands at (1: a theme)."""
    level = 1
    while parent_id is not None:
        level += 1
        parent_id = _get(session, parent_id).parent_id
    return level


def _check_level(session: Session, name: str, parent_id: int | None, height: int = 1) -> None:
    """Refuse a code (with ``height`` levels of its own, itself included) that would nest
    deeper than ``MAX_LEVELS``."""
    level = _level(session, parent_id) + height - 1
    if level > MAX_LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Codebook", "codes nest at most {limit} levels deep; {name} would reach {level}"
            ).format(limit=MAX_LEVELS, name=name, level=level)
        )


def add_code_in(
    session: Session,
    name: str,
    *,
    parent_id: int | None = None,
    definition: str = "",
    colour: str | None = None,
    position: int | None = None,
    code_id: int | None = None,
    codable: bool = True,
) -> int:
    """Add a code under ``parent_id`` (``None``: a theme) at ``position`` (default: last);
    ``codable`` False adds it as a heading only (the CLI's ``codebook add --heading-only``)."""
    if parent_id is not None:
        parent = _get(session, parent_id)
        colour = colour or parent.colour
    name = _check_name(session, name, parent_id, None)
    _check_level(session, name, parent_id)
    siblings = _siblings(session, parent_id)
    code = model.Code(
        name=name,
        parent_id=parent_id,
        definition=definition,
        colour=check_colour(colour or DEFAULT_COLOUR),
        position=len(siblings),
        codable=codable,
    )
    if code_id is not None:
        code.id = code_id
    session.add(code)
    session.flush()
    if position is not None:
        siblings.insert(max(0, min(position, len(siblings))), code.id)
        _renumber(session, siblings)
    return code.id


def update_code_in(
    session: Session,
    code_id: int,
    *,
    name: str | None = None,
    definition: str | None = None,
    colour: str | None = None,
    codable: bool | None = None,
) -> None:
    """Rename a code or change its definition or colour, or make it a heading only."""
    code = _get(session, code_id)
    if codable is not None:
        code.codable = codable
    if name is not None:
        code.name = _check_name(session, name, code.parent_id, code.id)
    if definition is not None:
        code.definition = definition
    if colour is not None:
        code.colour = check_colour(colour)


def move_code_in(session: Session, code_id: int, parent_id: int | None, position: int) -> None:
    """Move a code under another parent (or reorder among its siblings) to ``position``."""
    code = _get(session, code_id)
    if parent_id is not None:
        _get(session, parent_id)
        if parent_id in descendants(session, code_id):
            raise ValidationError("a code cannot move under itself or one of its sub-codes")
    _check_name(session, code.name, parent_id, code.id)
    _check_level(session, code.name, parent_id, _height(session, code_id))
    old_parent = code.parent_id
    code.parent_id = parent_id
    session.flush()
    if old_parent != parent_id:
        _renumber(session, _siblings(session, old_parent, exclude=code_id))
    siblings = _siblings(session, parent_id, exclude=code_id)
    siblings.insert(max(0, min(position, len(siblings))), code_id)
    _renumber(session, siblings)


def check_depth(session: Session, code_id: int, name: str, parent_id: int | None) -> None:
    """Refuse putting the code (and its sub-codes) under ``parent_id`` beyond ``MAX_LEVELS``."""
    _check_level(session, name, parent_id, _height(session, code_id))


def sibling_ids(session: Session, parent_id: int | None, exclude: int | None = None) -> list[int]:
    """The codes under ``parent_id`` (None: the themes) in their order, ``exclude`` left out."""
    return _siblings(session, parent_id, exclude)


def _height(session: Session, code_id: int) -> int:
    """How many levels a code and the codes below it take (1: no sub-codes): its subtree is
    the run of deeper nodes after it in tree order, so one tree read tells."""
    nodes = tree(session)
    start = next(index for index, node in enumerate(nodes) if node.id == code_id)
    base = deepest = nodes[start].depth
    for node in nodes[start + 1 :]:
        if node.depth <= base:
            break
        deepest = max(deepest, node.depth)
    return 1 + deepest - base


def descendants(session: Session, code_id: int) -> list[int]:
    """The code itself and every code below it, in tree order (parents before children)."""
    found: list[int] = []
    inside: set[int] = set()
    for node in tree(session):
        if node.id == code_id or node.parent_id in inside:
            found.append(node.id)
            inside.add(node.id)
    return found


def delete_preview_in(session: Session, code_id: int) -> DeletePreview:
    _get(session, code_id)
    ids = descendants(session, code_id)
    paths = {node.id: node.path for node in tree(session)}
    segment_ids = select(model.Segment.id).where(model.Segment.code_id.in_(ids))
    cell_ids = select(model.ChartCell.id).where(model.ChartCell.code_id.in_(ids))
    memo_count = session.scalar(
        select(func.count())
        .select_from(model.Memo)
        .where(
            model.Memo.code_id.in_(ids)
            | model.Memo.cell_id.in_(cell_ids)
            | model.Memo.segment_id.in_(segment_ids)
        )
    )
    return DeletePreview(
        code_ids=tuple(ids),
        paths=tuple(paths[i] for i in ids),
        segments=session.scalar(select(func.count()).select_from(segment_ids.subquery())) or 0,
        chart_cells=session.scalar(select(func.count()).select_from(cell_ids.subquery())) or 0,
        memos=memo_count or 0,
    )


@dataclass(frozen=True)
class HeadingPreview:
    """What making a code a heading only hides: its coded passages (no longer offered for
    coding with it) and its chart cells that hold a summary or value (no matrix column)."""

    segments: int
    chart_cells: int


def heading_preview(project: Project, code_id: int) -> HeadingPreview:
    with project.session() as session:
        return heading_preview_in(session, code_id)


def heading_preview_in(session: Session, code_id: int) -> HeadingPreview:
    """What making the code a heading only would hide (the editor asks, an import refuses)."""
    _get(session, code_id)
    segments = session.scalar(
        select(func.count()).select_from(model.Segment).where(model.Segment.code_id == code_id)
    )
    cells = session.scalar(
        select(func.count())
        .select_from(model.ChartCell)
        .where(
            model.ChartCell.code_id == code_id,
            (model.ChartCell.summary != "") | model.ChartCell.value_id.is_not(None),
        )
    )
    return HeadingPreview(segments or 0, cells or 0)


def delete_preview(project: Project, code_id: int) -> DeletePreview:
    with project.session() as session:
        return delete_preview_in(session, code_id)


def delete_code_in(session: Session, code_id: int) -> DeletePreview:
    """Delete a code, its sub-codes, their segments, cells and memos; returns what went."""
    preview = delete_preview_in(session, code_id)
    parent_id = _get(session, code_id).parent_id
    ids = list(preview.code_ids)
    # Explicit deletes rather than relying on ON DELETE CASCADE alone: same on both backends.
    segment_ids = select(model.Segment.id).where(model.Segment.code_id.in_(ids))
    cell_ids = select(model.ChartCell.id).where(model.ChartCell.code_id.in_(ids))
    session.execute(
        delete(model.Memo).where(
            model.Memo.code_id.in_(ids)
            | model.Memo.cell_id.in_(cell_ids)
            | model.Memo.segment_id.in_(segment_ids)
        )
    )
    session.execute(delete(model.Segment).where(model.Segment.code_id.in_(ids)))
    session.execute(delete(model.ChartCell).where(model.ChartCell.code_id.in_(ids)))
    session.execute(delete(model.CodeScore).where(model.CodeScore.code_id.in_(ids)))
    for doomed in reversed(ids):  # leaves first
        session.execute(delete(model.Code).where(model.Code.id == doomed))
    session.expire_all()
    _renumber(session, _siblings(session, parent_id))
    return preview


@dataclass(frozen=True)
class ValueConflict:
    """A case both merged codes charted with different values: ``kept`` (the target's) stays,
    ``dropped`` (the merged code's) goes; both summaries are kept, joined."""

    case: str
    kept: str
    dropped: str


@dataclass(frozen=True)
class MergeOutcome:
    """What merging a code into another does (before: the preview the confirmation shows;
    after: what happened, for the status line)."""

    moved: int  # coded passages that move to the target
    duplicates: int  # passages with a range the target has coded too: joined onto that one
    cells_moved: int  # chart cells of cases the target has none for
    cells_joined: int  # cells both codes have: summaries joined, the target's value kept
    conflicts: tuple[ValueConflict, ...]  # of those, the cases whose values differ
    memos_joined: int  # memos joined into one the target (or its cell, its passage) has
    memos_moved: int = 0  # memos on the code, its moved cells and passages, that move as they are
    # of the passages joined onto the target's: how many have a note, a translation, a memo
    # (the confirmation names only what there is to add)
    joined_notes: int = 0
    joined_translations: int = 0
    joined_memos: int = 0


# how many ids one statement names: SQLite's oldest builds take 999 parameters
_CHUNK = 900


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _by_id(entity: type[model.Base], **values: Any) -> Any:
    """``UPDATE entity SET values WHERE id = :row``: one statement for many rows, each given
    as ``{"row": id, name: value, …}`` (an ``executemany``)."""
    table = _table(entity)
    return update(table).where(table.c.id == bindparam("row")).values(**values)


@dataclass(frozen=True)
class _Passage:
    id: int
    note: str
    translation: str


@dataclass(frozen=True)
class _Cell:
    id: int
    case_id: int
    summary: str
    value_id: int | None


@dataclass(frozen=True)
class _Memo:
    id: int
    title: str
    text: str


@dataclass
class MergePlan:
    """What merging ``source_id`` into ``target_id`` does, read once, in one query per kind
    (passages, cells, memos): the merge's preview and the merge itself are worked out from it,
    whatever the number of passages and cells (each once read one memo per cell and passage)."""

    source_id: int
    target_id: int
    source_name: str
    source_parent: int | None
    segment_moves: list[int]
    segment_pairs: list[tuple[_Passage, _Passage]]  # (dropped, kept)
    cell_moves: list[int]
    cell_pairs: list[tuple[_Cell, _Cell]]  # (dropped, kept)
    memos: dict[str, dict[int, _Memo]]  # "code", "cell", "segment": the item's id, its memo


def merge_plan(session: Session, source_id: int, target_id: int) -> MergePlan:
    """Read what merging ``source`` into ``target`` moves, joins and drops; nothing is changed."""
    if source_id == target_id:
        raise ValidationError("a code cannot be merged into itself")
    source = _get(session, source_id)
    _get(session, target_id)
    if target_id in descendants(session, source_id):
        raise ValidationError("a code cannot be merged into one of its own sub-codes")
    codes = (source_id, target_id)
    segment = model.Segment
    passages = session.execute(
        select(
            segment.id,
            segment.code_id,
            segment.document_id,
            segment.coder_id,
            segment.start,
            segment.end,
            segment.note,
            segment.translation,
        )
        .where(segment.code_id.in_(codes))
        .order_by(segment.id)
    ).all()
    # per coder, as coding checks a range coded twice: two coders on one range is agreement
    kept: dict[tuple[int, int | None, int, int], _Passage] = {}
    for row in passages:
        if row.code_id == target_id:
            key = (row.document_id, row.coder_id, row.start, row.end)
            kept[key] = _Passage(row.id, row.note, row.translation)
    plan = MergePlan(source_id, target_id, source.name, source.parent_id, [], [], [], [], {})
    for row in passages:
        if row.code_id != source_id:
            continue
        key = (row.document_id, row.coder_id, row.start, row.end)
        passage = _Passage(row.id, row.note, row.translation)
        if key in kept:
            plan.segment_pairs.append((passage, kept[key]))
        else:
            plan.segment_moves.append(row.id)
            kept[key] = passage
    cell = model.ChartCell
    cells = session.execute(
        select(cell.id, cell.code_id, cell.case_id, cell.summary, cell.value_id)
        .where(cell.code_id.in_(codes))
        .order_by(cell.id)
    ).all()
    target_cells = {
        entry.case_id: _Cell(entry.id, entry.case_id, entry.summary, entry.value_id)
        for entry in cells
        if entry.code_id == target_id
    }
    for entry in cells:
        if entry.code_id != source_id:
            continue
        other = target_cells.get(entry.case_id)
        if other is None:
            plan.cell_moves.append(entry.id)
        else:
            dropped = _Cell(entry.id, entry.case_id, entry.summary, entry.value_id)
            plan.cell_pairs.append((dropped, other))
    memo = model.Memo
    found = session.execute(
        select(memo.id, memo.title, memo.text, memo.code_id, memo.cell_id, memo.segment_id).where(
            or_(
                memo.code_id.in_(codes),
                memo.cell_id.in_(select(cell.id).where(cell.code_id.in_(codes))),
                memo.segment_id.in_(select(segment.id).where(segment.code_id.in_(codes))),
            )
        )
    )
    plan.memos = {"code": {}, "cell": {}, "segment": {}}
    for held in found:
        kind, item = next(
            (kind, item)
            for kind, item in (
                ("code", held.code_id),
                ("cell", held.cell_id),
                ("segment", held.segment_id),
            )
            if item is not None
        )
        plan.memos[kind][item] = _Memo(held.id, held.title, held.text)
    return plan


def _with_text(memo: _Memo | None) -> bool:
    """The memo holds text as SQL's ``trim(text) != ''`` tells (spaces alone are none)."""
    return memo is not None and memo.text.strip(" ") != ""


def _joins(on: dict[int, _Memo], pairs: list[tuple[int, int]]) -> int:
    """How many memos on the first of each pair would be joined into one on the second (an
    emptied memo is no memo; when the second has none, the memo simply moves)."""
    return sum(
        1
        for dropped, kept in pairs
        if (memo := on.get(dropped)) is not None and memo.text.strip() and kept in on
    )


def merge_outcome(session: Session, plan: MergePlan) -> MergeOutcome:
    """What the merge ``plan`` does, as its confirmation says it (a query for the names of the
    values and cases only when values differ)."""
    differing = [
        (cell, kept)
        for cell, kept in plan.cell_pairs
        if None not in (cell.value_id, kept.value_id) and cell.value_id != kept.value_id
    ]
    conflicts: tuple[ValueConflict, ...] = ()
    if differing:
        labels = dict(session.execute(select(model.ChartValue.id, model.ChartValue.label)).all())
        names = dict(session.execute(select(model.Case.id, model.Case.name)).all())
        conflicts = tuple(
            sorted(
                (
                    ValueConflict(
                        names.get(kept.case_id, "?"), labels[kept.value_id], labels[cell.value_id]
                    )
                    for cell, kept in differing
                    if kept.value_id is not None and cell.value_id is not None
                ),
                key=lambda conflict: conflict.case.casefold(),
            )
        )
    memos = plan.memos
    code_joined = _joins(memos["code"], [(plan.source_id, plan.target_id)])
    dropped = [passage for passage, _ in plan.segment_pairs]
    return MergeOutcome(
        moved=len(plan.segment_moves),
        duplicates=len(plan.segment_pairs),
        cells_moved=len(plan.cell_moves),
        cells_joined=len(plan.cell_pairs),
        conflicts=conflicts,
        memos_joined=code_joined
        + _joins(memos["cell"], [(cell.id, kept.id) for cell, kept in plan.cell_pairs])
        + _joins(memos["segment"], [(seg.id, kept.id) for seg, kept in plan.segment_pairs]),
        memos_moved=max(int(_with_text(memos["code"].get(plan.source_id))) - code_joined, 0)
        + sum(1 for cell_id in plan.cell_moves if _with_text(memos["cell"].get(cell_id)))
        + sum(1 for seg_id in plan.segment_moves if _with_text(memos["segment"].get(seg_id))),
        joined_notes=sum(1 for passage in dropped if passage.note.strip()),
        joined_translations=sum(1 for passage in dropped if passage.translation.strip()),
        joined_memos=sum(1 for passage in dropped if _with_text(memos["segment"].get(passage.id))),
    )


def merge_preview_in(session: Session, source_id: int, target_id: int) -> MergeOutcome:
    """What merging ``source`` into ``target`` would do; nothing is changed."""
    return merge_outcome(session, merge_plan(session, source_id, target_id))


def merge_preview(project: Project, source_id: int, target_id: int) -> MergeOutcome:
    with project.session() as session:
        return merge_preview_in(session, source_id, target_id)


def joined_text(kept: str, added: str, heading: str) -> str:
    """``added`` joined after ``kept`` under ``heading`` (a line saying where it came from);
    ``added`` alone when ``kept`` is empty, ``kept`` alone when it is the same text or holds
    it as a paragraph of its own (a text merely contained in ``kept`` is still added: "ok" is
    not lost for "book")."""
    text = added.strip()
    if not text or text == kept.strip():
        return kept
    if text in (block.strip() for block in kept.split("\n\n")):
        return kept
    if not kept.strip():
        return added
    return f"{kept.rstrip()}\n\n{heading}\n{added.strip()}"


def _move_memos(
    session: Session,
    kind: str,
    pairs: list[tuple[int, int]],
    on: dict[int, _Memo],
    heading: str,
) -> None:
    """Move the memos on the first item of each pair (a cell or passage: ``kind``) onto the
    second, as :func:`memos.move_memos_in` does one by one: joined into the memo there, under
    ``heading``, else moved as it is; in three statements whatever their number. A memo
    another program saved on one of the items meanwhile (the store refuses a second) sends
    them one at a time, each joined into theirs."""
    from frameworkqda.core import memos

    state = dict(on)
    moved: dict[int, int] = {}  # memo id: the item it goes to
    gone: list[int] = []
    for from_id, to_id in pairs:
        moving = state.pop(from_id, None)
        if moving is None:
            continue
        kept = state.get(to_id)
        if kept is None:
            state[to_id] = moving
            moved[moving.id] = to_id
            continue
        title = kept.title
        if not (kept.title or "").strip() and (moving.title or "").strip():
            title = moving.title
        state[to_id] = _Memo(kept.id, title, joined_text(kept.text, moving.text, heading))
        gone.append(moving.id)
    was = {memo.id: memo for memo in on.values()}
    written = [
        {"row": memo.id, "title": memo.title, "text": memo.text}
        for memo in state.values()
        if memo != was[memo.id]
    ]
    if not (moved or gone or written):
        return
    table = _table(model.Memo)
    try:
        with session.begin_nested():
            for ids in _chunks(gone):
                session.execute(delete(table).where(table.c.id.in_(ids)))
            if written:
                session.execute(
                    _by_id(model.Memo, title=bindparam("title"), text=bindparam("text")), written
                )
            if moved:
                session.execute(
                    _by_id(model.Memo, **{f"{kind}_id": bindparam("item")}),
                    [{"row": memo_id, "item": item} for memo_id, item in moved.items()],
                )
    except IntegrityError as error:
        if not memos.is_taken(error):
            raise
        for from_id, to_id in pairs:
            memos.move_memos_in(session, kind, from_id, to_id, heading)


def _join_passages(session: Session, plan: MergePlan, heading: str) -> None:
    """Passages the target has coded too: note, translation and memo joined onto the
    target's passage, then removed; the others move."""
    was = {kept.id: kept for _, kept in plan.segment_pairs}
    now = dict(was)
    for dropped, kept in plan.segment_pairs:
        survivor = now[kept.id]
        now[kept.id] = _Passage(
            kept.id,
            joined_text(survivor.note, dropped.note, heading),
            joined_text(survivor.translation, dropped.translation, heading),
        )
    written = [
        {"row": passage.id, "note": passage.note, "translation": passage.translation}
        for passage in now.values()
        if passage != was[passage.id]
    ]
    if written:
        session.execute(
            _by_id(model.Segment, note=bindparam("note"), translation=bindparam("translation")),
            written,
        )
    pairs = [(dropped.id, kept.id) for dropped, kept in plan.segment_pairs]
    _move_memos(session, "segment", pairs, plan.memos["segment"], heading)
    table = _table(model.Segment)
    for ids in _chunks([dropped for dropped, _ in pairs]):
        session.execute(delete(table).where(table.c.id.in_(ids)))
    session.execute(
        update(table).where(table.c.code_id == plan.source_id).values(code_id=plan.target_id)
    )


def _join_cells(session: Session, plan: MergePlan, heading: str) -> None:
    """Cells both codes have: summaries joined, the target's value kept (the source's when it
    has none), each coder's charting and the memo joined likewise; the others move."""
    table = _table(model.ChartCell)
    written = []
    for dropped, kept in plan.cell_pairs:
        joined = _joined(kept, dropped)
        if joined is not None:
            written.append(joined)
    if written:  # as the ORM writes a cell: its version grows (charting/cells.py)
        session.execute(
            _by_id(
                model.ChartCell,
                summary=bindparam("summary"),
                value_id=bindparam("value_id"),
                version=table.c.version + 1,
            ),
            written,
        )
    if plan.cell_pairs:
        _join_chartings(session, plan)
    pairs = [(dropped.id, kept.id) for dropped, kept in plan.cell_pairs]
    _move_memos(session, "cell", pairs, plan.memos["cell"], heading)
    for ids in _chunks([dropped for dropped, _ in pairs]):
        session.execute(delete(table).where(table.c.id.in_(ids)))
    session.execute(
        update(table)
        .where(table.c.code_id == plan.source_id)
        .values(code_id=plan.target_id, version=table.c.version + 1)
    )


def _joined(kept: Any, dropped: Any) -> dict[str, Any] | None:
    """The row ``kept`` (a cell or a coder's charting of it) once ``dropped`` joins it: the
    summaries one after the other, its value kept (``dropped``'s when it has none); None
    when that changes nothing."""
    summary = kept.summary
    if dropped.summary.strip():
        summary = f"{kept.summary}\n\n{dropped.summary}".strip()
    value_id = kept.value_id if kept.value_id is not None else dropped.value_id
    if (summary, value_id) == (kept.summary, kept.value_id):
        return None
    return {"row": kept.id, "summary": summary, "value_id": value_id}


def _join_chartings(session: Session, plan: MergePlan) -> None:
    """Each coder's charting of a cell both codes have: moved onto the target's cell, or,
    when the coder charted both, their summaries joined and their value there kept."""
    charting = model.CellCharting
    cells = select(model.ChartCell.id).where(
        model.ChartCell.code_id.in_((plan.source_id, plan.target_id))
    )
    by_cell: dict[int, dict[int, Any]] = {}
    for row in session.execute(
        select(
            charting.id, charting.cell_id, charting.coder_id, charting.summary, charting.value_id
        )
        .where(charting.cell_id.in_(cells))
        .order_by(charting.id)
    ):
        by_cell.setdefault(row.cell_id, {})[row.coder_id] = row
    moved: list[dict[str, int]] = []
    written: list[dict[str, Any]] = []
    gone: list[int] = []
    for dropped, kept in plan.cell_pairs:
        theirs = by_cell.get(kept.id, {})
        for coder_id, row in by_cell.get(dropped.id, {}).items():
            own = theirs.get(coder_id)
            if own is None:  # a coder's charting moves
                moved.append({"row": row.id, "cell": kept.id})
                continue
            # the coder charted both: their summaries joined, their value on the target kept
            joined = _joined(own, row)
            if joined is not None:
                written.append(joined)
            gone.append(row.id)
    table = _table(charting)
    for ids in _chunks(gone):
        session.execute(delete(table).where(table.c.id.in_(ids)))
    if written:
        session.execute(
            _by_id(charting, summary=bindparam("summary"), value_id=bindparam("value_id")), written
        )
    if moved:
        session.execute(_by_id(charting, cell_id=bindparam("cell")), moved)


def merge_codes_in(
    session: Session,
    source_id: int,
    target_id: int,
    heading: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MergeOutcome:
    """Merge ``source`` into ``target``: segments, sub-codes, scores, cells and memos follow.

    A passage whose range the target has coded too (same document, range and coder) is joined onto
    the target's: its note, translation and memo are kept, added to that passage's under
    ``heading`` (default ``From the merged code “Source”:``). Where both codes have a chart
    cell for a case, the summaries are joined and the target's value kept (the source's when
    the target has none). The code's memo, and the memos of joined cells and passages, are
    joined into the target's (one memo per target). Returns what was done.

    The plan is read once (:func:`merge_plan`) and written in bulk: the statements sent do not
    grow with the passages and cells merged (each once sent a few per cell and passage).
    ``progress`` hears each of its four steps done; ``cancel`` is checked between them (the
    caller's transaction is rolled back: nothing merged).
    """
    from frameworkqda.core import memos

    def done(step: int) -> None:
        check_cancel(cancel)
        if progress is not None:
            progress(step, 4, "")

    plan = merge_plan(session, source_id, target_id)
    outcome = merge_outcome(session, plan)
    if heading is None:
        heading = f"From the merged code “{plan.source_name}”:"
    session.flush()
    done(1)
    _join_passages(session, plan, heading)
    done(2)
    _join_cells(session, plan, heading)
    done(3)

    scores = _table(model.CodeScore)
    held = session.execute(
        select(scores.c.code_id, scores.c.series, scores.c.value).where(
            scores.c.code_id.in_((source_id, target_id))
        )
    ).all()
    target_series = {row.series for row in held if row.code_id == target_id}
    taken = [
        {"code_id": target_id, "series": row.series, "value": row.value}
        for row in held
        if row.code_id == source_id and row.series not in target_series
    ]
    session.execute(delete(scores).where(scores.c.code_id == source_id))
    if taken:
        session.execute(insert(scores), taken)
    memos.move_memos_in(session, "code", source_id, target_id, heading)
    session.flush()

    position = len(_siblings(session, target_id))
    children = _siblings(session, source_id)
    if children:
        session.execute(
            _by_id(model.Code, parent_id=bindparam("parent"), position=bindparam("place")),
            [
                {"row": child, "parent": target_id, "place": position + index}
                for index, child in enumerate(children)
            ],
        )
    session.execute(delete(model.Code).where(model.Code.id == source_id))
    session.expire_all()
    _renumber(session, _siblings(session, plan.source_parent))
    done(4)
    return outcome
