"""The codebook (stage 2): themes and their measures, addressed by id or by ``Theme/Measure`` path.

Codes are a tree ordered by ``position``. Paths join names with ``/``; a name that itself
contains ``/`` (``Anti-hate-speech ordinance/law``) is written ``\\/`` in a path, and a path given
without the escape is still found when it names exactly one code. Every change here runs in one
transaction; the undoable versions live in :mod:`frameworkqda.core.commands`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, quoted
from frameworkqda.core.store import Project
from frameworkqda.core.words import plural

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


def matrix_columns(nodes: list[CodeNode]) -> list[tuple[CodeNode, str, str]]:
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
    nodes = tree(session)
    found = _at_path(nodes, path, lambda text: text)
    if found is None:
        found = _at_path(nodes, path, str.casefold)
    if found is None:
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
) -> int:
    """Add a code under ``parent_id`` (``None``: a theme) at ``position`` (default: last)."""
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


@dataclass
class _MergePlan:
    segment_moves: list[model.Segment]
    segment_pairs: list[tuple[model.Segment, model.Segment]]  # (dropped, kept)
    cell_moves: list[model.ChartCell]
    cell_pairs: list[tuple[model.ChartCell, model.ChartCell]]  # (dropped, kept)


def _merge_plan(session: Session, source_id: int, target_id: int) -> _MergePlan:
    if source_id == target_id:
        raise ValidationError("a code cannot be merged into itself")
    _get(session, source_id)
    _get(session, target_id)
    if target_id in descendants(session, source_id):
        raise ValidationError("a code cannot be merged into one of its own sub-codes")
    kept: dict[tuple[int, int, int], model.Segment] = {
        (segment.document_id, segment.start, segment.end): segment
        for segment in session.scalars(
            select(model.Segment)
            .where(model.Segment.code_id == target_id)
            .order_by(model.Segment.id)
        )
    }
    plan = _MergePlan([], [], [], [])
    for segment in session.scalars(
        select(model.Segment).where(model.Segment.code_id == source_id).order_by(model.Segment.id)
    ):
        key = (segment.document_id, segment.start, segment.end)
        if key in kept:
            plan.segment_pairs.append((segment, kept[key]))
        else:
            plan.segment_moves.append(segment)
            kept[key] = segment
    target_cells = {
        cell.case_id: cell
        for cell in session.scalars(
            select(model.ChartCell).where(model.ChartCell.code_id == target_id)
        )
    }
    for cell in session.scalars(
        select(model.ChartCell)
        .where(model.ChartCell.code_id == source_id)
        .order_by(model.ChartCell.id)
    ):
        other = target_cells.get(cell.case_id)
        if other is None:
            plan.cell_moves.append(cell)
        else:
            plan.cell_pairs.append((cell, other))
    return plan


def _joining(session: Session, target: str, pairs: list[tuple[int, int]]) -> int:
    """How many memos on the first of each pair would be joined into one on the second."""
    from frameworkqda.core import memos

    return sum(memos.joins_into(session, target, dropped, kept) for dropped, kept in pairs)


def merge_preview_in(session: Session, source_id: int, target_id: int) -> MergeOutcome:
    """What merging ``source`` into ``target`` would do; nothing is changed."""
    plan = _merge_plan(session, source_id, target_id)
    labels = dict(session.execute(select(model.ChartValue.id, model.ChartValue.label)).all())
    names = dict(session.execute(select(model.Case.id, model.Case.name)).all())
    conflicts = tuple(
        sorted(
            (
                ValueConflict(
                    names.get(kept.case_id, "?"), labels[kept.value_id], labels[cell.value_id]
                )
                for cell, kept in plan.cell_pairs
                if cell.value_id is not None
                and kept.value_id is not None
                and cell.value_id != kept.value_id
            ),
            key=lambda conflict: conflict.case.casefold(),
        )
    )
    memos_joined = (
        _joining(session, "code", [(source_id, target_id)])
        + _joining(session, "cell", [(cell.id, kept.id) for cell, kept in plan.cell_pairs])
        + _joining(
            session, "segment", [(segment.id, kept.id) for segment, kept in plan.segment_pairs]
        )
    )
    code_memos = _memos_on(session, model.Memo.code_id, [source_id])
    dropped = [segment for segment, _ in plan.segment_pairs]
    with_memo = set(
        session.scalars(
            select(model.Memo.segment_id).where(
                model.Memo.segment_id.in_([segment.id for segment in dropped]),
                func.trim(model.Memo.text) != "",
            )
        )
    )
    return MergeOutcome(
        moved=len(plan.segment_moves),
        duplicates=len(plan.segment_pairs),
        cells_moved=len(plan.cell_moves),
        cells_joined=len(plan.cell_pairs),
        conflicts=conflicts,
        memos_joined=memos_joined,
        memos_moved=max(code_memos - _joining(session, "code", [(source_id, target_id)]), 0)
        + _memos_on(session, model.Memo.cell_id, [cell.id for cell in plan.cell_moves])
        + _memos_on(session, model.Memo.segment_id, [seg.id for seg in plan.segment_moves]),
        joined_notes=sum(1 for segment in dropped if segment.note.strip()),
        joined_translations=sum(1 for segment in dropped if segment.translation.strip()),
        joined_memos=len(with_memo),
    )


def _memos_on(session: Session, column: Any, ids: list[int]) -> int:
    """How many memos with some text are on the items ``ids`` (``column``: what they are on)."""
    if not ids:
        return 0
    return (
        session.scalar(
            select(func.count(model.Memo.id)).where(
                column.in_(ids), func.trim(model.Memo.text) != ""
            )
        )
        or 0
    )


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


def merge_codes_in(
    session: Session, source_id: int, target_id: int, heading: str | None = None
) -> MergeOutcome:
    """Merge ``source`` into ``target``: segments, sub-codes, scores, cells and memos follow.

    A passage whose range the target has coded too (same document and range) is joined onto
    the target's: its note, translation and memo are kept, added to that passage's under
    ``heading`` (default ``From the merged code “Source”:``). Where both codes have a chart
    cell for a case, the summaries are joined and the target's value kept (the source's when
    the target has none). The code's memo, and the memos of joined cells and passages, are
    joined into the target's (one memo per target). Returns what was done.
    """
    from frameworkqda.core import memos

    preview = merge_preview_in(session, source_id, target_id)
    plan = _merge_plan(session, source_id, target_id)
    source = _get(session, source_id)
    if heading is None:
        heading = f"From the merged code “{source.name}”:"

    for segment in plan.segment_moves:
        segment.code_id = target_id
    for segment, survivor in plan.segment_pairs:
        survivor.note = joined_text(survivor.note, segment.note, heading)
        survivor.translation = joined_text(survivor.translation, segment.translation, heading)
        memos.move_memos_in(session, "segment", segment.id, survivor.id, heading)
        session.delete(segment)

    for cell in plan.cell_moves:
        cell.code_id = target_id
    for cell, kept in plan.cell_pairs:
        if cell.summary.strip():
            kept.summary = f"{kept.summary}\n\n{cell.summary}".strip()
        if kept.value_id is None:
            kept.value_id = cell.value_id
        memos.move_memos_in(session, "cell", cell.id, kept.id, heading)
        theirs = {
            charting.coder_id: charting
            for charting in session.scalars(
                select(model.CellCharting).where(model.CellCharting.cell_id == kept.id)
            )
        }
        for charting in session.scalars(
            select(model.CellCharting).where(model.CellCharting.cell_id == cell.id)
        ):
            own = theirs.get(charting.coder_id)
            if own is None:  # a coder's charting moves
                charting.cell_id = kept.id
                continue
            # the coder charted both: their summaries joined, their value on the target kept
            if charting.summary.strip():
                own.summary = f"{own.summary}\n\n{charting.summary}".strip()
            if own.value_id is None:
                own.value_id = charting.value_id
            session.delete(charting)
        session.flush()
        session.delete(cell)

    target_scores = set(
        session.scalars(select(model.CodeScore.series).where(model.CodeScore.code_id == target_id))
    )
    for score in session.scalars(
        select(model.CodeScore).where(model.CodeScore.code_id == source_id)
    ):
        if score.series not in target_scores:
            session.add(model.CodeScore(code_id=target_id, series=score.series, value=score.value))
        session.delete(score)
    memos.move_memos_in(session, "code", source_id, target_id, heading)
    session.flush()

    position = len(_siblings(session, target_id))
    for child_id in _siblings(session, source_id):
        child = _get(session, child_id)
        child.parent_id = target_id
        child.position = position
        position += 1
        session.flush()
    parent_id = source.parent_id
    session.delete(source)
    session.flush()
    _renumber(session, _siblings(session, parent_id))
    return preview
