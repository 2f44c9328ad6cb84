"""Who deleted what, and when: the project's deletions log (table ``deletions``, schema 0006).

A command that deletes a document, case, attribute, code, coded passage or memo (a free memo
too, schema 0009) writes one row per item here, in its own transaction
(:func:`log_deletions`), under the coder the program works as (``Project.coder_name``, put on
every write session by ``Project.transaction``); an undo that puts the item back removes its
row (:func:`forget_deletions`), so the log says what is deleted now. A message about
something deleted since reads it (:func:`deletion_of`, :func:`passage_deletion`,
:func:`memo_deletion`) to name the coder and the time, as NVivo's and MAXQDA's project logs
do: "the document “plan.txt” was deleted by Taro at
2026-12-05 10:32 UTC". A code merged into another (schema 0007) is logged as a code with the
code it went into (:func:`log_merge`): "the code “A” was merged into “B” by Taro at …". Rows
are few (a deletion is a person's act), so none is pruned; :func:`listing` reads them all
(``frameworkqda deletions``, the app's Edit → Deleted items…).

Where the log has no row for an item of a kind it records, the item went before the project
kept one (or in a program of an earlier version): :func:`unrecorded` says so, instead of
"someone else".

The log is this project's own history: a merge does not bring another copy's, nor does a
REFI-QDA export carry it (docs/teamwork.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.kinds import DeletedKind as DeletedKind  # callers name kinds here
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, quoted, utc_minute

if TYPE_CHECKING:
    from frameworkqda.core.store import Project

# the coder a write session works as (set by Project.transaction)
CODER = "frameworkqda_coder"

# a memo's kind in the log by its target (memos.TARGETS)
MEMO_KINDS = {
    "project": DeletedKind.PROJECT_MEMO,
    "document": DeletedKind.DOCUMENT_MEMO,
    "case": DeletedKind.CASE_MEMO,
    "code": DeletedKind.CODE_MEMO,
    "cell": DeletedKind.CELL_MEMO,
    "segment": DeletedKind.SEGMENT_MEMO,
    "free": DeletedKind.FREE_MEMO,  # memos.FREE: by the memo's own id, named by its title
}


@dataclass(frozen=True)
class Deletion:
    """One deletion: what (``kind``, ``item_id``, ``name`` as it was), by whom, when (UTC)."""

    kind: DeletedKind
    item_id: int | None
    name: str
    coder: str
    deleted_at: datetime
    # a code merged into another: that code's id and its path (as it is now, or was then)
    into_id: int | None = None
    into: str | None = None

    @property
    def merged(self) -> bool:
        return self.into_id is not None

    @property
    def time(self) -> str:
        """``2026-12-05 10:32``, as the other messages give a time (followed by "UTC")."""
        return utc_minute(self.deleted_at)


# what a row of the log names, inside a sentence
_NAMED = {
    DeletedKind.DOCUMENT: QT_TRANSLATE_NOOP("Deletions", "the document {name}"),
    DeletedKind.CASE: QT_TRANSLATE_NOOP("Deletions", "the case {name}"),
    DeletedKind.ATTRIBUTE: QT_TRANSLATE_NOOP("Deletions", "the attribute {name}"),
    DeletedKind.CODE: QT_TRANSLATE_NOOP("Deletions", "the code {name}"),
    DeletedKind.SEGMENT: QT_TRANSLATE_NOOP("Deletions", "the coded passage {name}"),
}


# what a row of the log is, as a word in a list (``frameworkqda deletions``, Deleted items…)
KIND_WORDS = {
    DeletedKind.DOCUMENT: QT_TRANSLATE_NOOP("Deletions", "Document"),
    DeletedKind.CASE: QT_TRANSLATE_NOOP("Deletions", "Case"),
    DeletedKind.ATTRIBUTE: QT_TRANSLATE_NOOP("Deletions", "Attribute"),
    DeletedKind.CODE: QT_TRANSLATE_NOOP("Deletions", "Code"),
    DeletedKind.SEGMENT: QT_TRANSLATE_NOOP("Deletions", "Coded passage"),
    DeletedKind.PROJECT_MEMO: QT_TRANSLATE_NOOP("Deletions", "Project memo"),
    DeletedKind.DOCUMENT_MEMO: QT_TRANSLATE_NOOP("Deletions", "Memo on a document"),
    DeletedKind.CASE_MEMO: QT_TRANSLATE_NOOP("Deletions", "Memo on a case"),
    DeletedKind.CODE_MEMO: QT_TRANSLATE_NOOP("Deletions", "Memo on a code"),
    DeletedKind.CELL_MEMO: QT_TRANSLATE_NOOP("Deletions", "Memo on a chart cell"),
    DeletedKind.SEGMENT_MEMO: QT_TRANSLATE_NOOP("Deletions", "Memo on a coded passage"),
    DeletedKind.FREE_MEMO: QT_TRANSLATE_NOOP("Deletions", "Free memo"),
}
# a merged code's row, in that list
MERGED_CODE = QT_TRANSLATE_NOOP("Deletions", "Code (merged)")


def kind_word(found: Deletion) -> Message:
    """``Document``, ``Code (merged)``, ``Memo on a case``: what ``found`` was, in a list."""
    return (MERGED_CODE if found.merged else KIND_WORDS[found.kind]).format()


def named(found: Deletion) -> Message:
    """``the document “plan.txt”``: what ``found`` deleted (a document, case, attribute, code
    or coded passage), inside a sentence, named as it was."""
    return _NAMED[found.kind].format(name=quoted(found.name))


def said(what: str, found: Deletion, kind: DeletedKind | None) -> Message:
    """``{what} was deleted by Taro at 2026-12-05 10:32 UTC``; when ``found`` is the
    deletion of what it hung on (another ``kind`` than ``what``'s: a passage's document; None:
    ``what`` is never logged itself, as a chart cell), ``{what} was deleted with the document
    “plan.txt” by Taro at …``."""
    if found.merged:
        return _said_merged(what, found, kind)
    if found.kind == kind or found.kind not in _NAMED:
        return QT_TRANSLATE_NOOP("Deletions", "{what} was deleted by {coder} at {time} UTC").format(
            what=what, coder=found.coder, time=found.time
        )
    return QT_TRANSLATE_NOOP(
        "Deletions", "{what} was deleted with {along} by {coder} at {time} UTC"
    ).format(
        what=what,
        along=named(found),
        coder=found.coder,
        time=found.time,
    )


def _said_merged(what: str, found: Deletion, kind: DeletedKind | None) -> Message:
    """``{what} was merged into “B” by Taro at …``; for what went along with the merged code
    (a passage joined onto the target's, a cell, a memo), ``{what} went with the code “A” when
    it was merged into “B” by Taro at …``."""
    into = quoted(found.into or "")
    if found.kind == kind:
        return QT_TRANSLATE_NOOP(
            "Deletions", "{what} was merged into {into} by {coder} at {time} UTC"
        ).format(what=what, into=into, coder=found.coder, time=found.time)
    return QT_TRANSLATE_NOOP(
        "Deletions",
        "{what} went with {along} when it was merged into {into} by {coder} at {time} UTC",
    ).format(what=what, along=named(found), into=into, coder=found.coder, time=found.time)


def unrecorded(what: str) -> Message:
    """What to say of ``what``, gone, when the log has no row for it: it was deleted before
    the project kept a record (or by a program of an earlier version), so nobody can be named;
    not "by someone else", which may have been the reader."""
    return QT_TRANSLATE_NOOP(
        "Deletions",
        "{what} was deleted before this project kept a record of deletions (by an earlier "
        "version of FrameworkQDA), so who deleted it and when is not known",
    ).format(what=what)


def deleted_since(
    session: Session,
    kind: DeletedKind,
    item_id: int,
    what: str,
    otherwise: Message | None = None,
) -> Message:
    """What to say of ``what`` (``the case “Osaka”``), deleted since: by whom and when, as the
    log says; ``otherwise`` (default :func:`unrecorded`) when the log does not know."""
    found = deletion_of(session, kind, item_id)
    if found is not None:
        return said(what, found, kind)
    return otherwise if otherwise is not None else unrecorded(what)


def gone(session: Session, kind: DeletedKind, item_id: int) -> Message | None:
    """``the case “Osaka” was deleted by Taro at 2026-12-05 10:32 UTC``: what a lookup of a
    row by its id says when the row is gone and the log knows who deleted it (instead of
    "no case with id 3"); None when it does not."""
    found = deletion_of(session, kind, item_id)
    if found is None or kind not in _NAMED:
        return None
    return said(named(found), found, kind)


def log_deletions(
    session: Session, kind: DeletedKind, items: Iterable[tuple[int | None, str]]
) -> None:
    """Log that the current coder deletes ``items`` ((id, name) each) now."""
    values = [{"kind": kind, "item_id": item_id, "name": name} for item_id, name in items]
    _log(session, values)


def log_merge(session: Session, code_id: int, name: str, into_id: int, into_name: str) -> None:
    """Log that the current coder merges the code ``code_id`` (``name``, its path) into
    ``into_id`` (``into_name``) now: the code's id is gone, its work lives on there."""
    _log(
        session,
        [
            {
                "kind": DeletedKind.CODE,
                "item_id": code_id,
                "name": name,
                "into_id": into_id,
                "into_name": into_name,
            }
        ],
    )


def _log(session: Session, values: Sequence[Mapping[str, object]]) -> None:
    if not values:
        return
    coder = str(session.info.get(CODER) or "")
    if not coder:
        from frameworkqda.core.store.project import default_coder_name

        coder = default_coder_name()
    now = model.utcnow()
    empty = {"into_id": None, "into_name": None}
    session.execute(
        insert(model.Deletion),
        [{**empty, **row, "coder": coder, "deleted_at": now} for row in values],
    )


def forget_deletions(session: Session, kind: DeletedKind, item_ids: Iterable[int | None]) -> None:
    """The items are back (an undo): their rows no longer say anything true."""
    ids = list(item_ids)
    if not ids:
        return
    known = [item_id for item_id in ids if item_id is not None]
    where = [model.Deletion.item_id.in_(known)] if known else []
    if None in ids:
        where.append(model.Deletion.item_id.is_(None))
    session.execute(delete(model.Deletion).where(model.Deletion.kind == kind, or_(*where)))


def deletion_of(session: Session, kind: DeletedKind, item_id: int | None) -> Deletion | None:
    """The last deletion of the item, if the log has one (one deleted before schema 0006, or
    taken along with what it hung on, has none of its own)."""
    query = select(model.Deletion).where(
        model.Deletion.kind == kind,
        model.Deletion.item_id.is_(None) if item_id is None else model.Deletion.item_id == item_id,
    )
    row = session.scalars(query.order_by(model.Deletion.id.desc()).limit(1)).first()
    return from_row(session, row) if row is not None else None


def from_row(session: Session, row: model.Deletion) -> Deletion:
    """A row of the log as a :class:`Deletion`; a merged code's target named by its path now
    (renamed or moved since: as the codebook shows it), or as it was when it is gone too."""
    into = row.into_name
    if row.into_id is not None:
        into = _code_path(session, row.into_id) or into
    return Deletion(row.kind, row.item_id, row.name, row.coder, row.deleted_at, row.into_id, into)


def _code_path(session: Session, code_id: int) -> str | None:
    from frameworkqda.core.codebook import join_path

    names: list[str] = []
    code = session.get(model.Code, code_id)
    while code is not None:
        names.insert(0, code.name)
        code = session.get(model.Code, code.parent_id) if code.parent_id is not None else None
    return join_path(names) if names else None


def listing(session: Session, since: datetime | None = None) -> list[Deletion]:
    """Every row of the log (from ``since``, UTC, on), the latest first: what the project
    says was deleted or merged, by whom and when."""
    query = select(model.Deletion)
    if since is not None:
        query = query.where(model.Deletion.deleted_at >= since)
    latest = (model.Deletion.deleted_at.desc(), model.Deletion.id.desc())
    rows = session.scalars(query.order_by(*latest))
    return [from_row(session, row) for row in rows]


def deleted_items(project: Project, since: datetime | None = None) -> list[Deletion]:
    """:func:`listing`, read in its own session."""
    with project.session() as session:
        return listing(session, since)


def passage_deletion(
    session: Session, segment_id: int, document_id: int, code_id: int
) -> Deletion | None:
    """Who deleted a coded passage: the passage itself, else its document (which took its
    passages along), else its code or one above it (the last of them, when several went)."""
    found = deletion_of(session, DeletedKind.SEGMENT, segment_id)
    if found is not None:
        return found
    return _last(
        [
            deletion_of(session, DeletedKind.DOCUMENT, document_id),
            deletion_of(session, DeletedKind.CODE, code_id),
        ]
    )


def cell_deletion(session: Session, case_id: int, code_id: int) -> Deletion | None:
    """Who deleted a chart cell: it goes with its case or its code (measure)."""
    return _last(
        [
            deletion_of(session, DeletedKind.CASE, case_id),
            deletion_of(session, DeletedKind.CODE, code_id),
        ]
    )


def memo_deletion(session: Session, target: str, target_id: int | None) -> Deletion | None:
    """Who deleted a target's memo: the memo itself, else what it was on (a document, case,
    code or passage; not a cell, gone with its case or code: which, its id no longer says). A
    free memo (``free``, schema 0009) is found by its own id."""
    found = deletion_of(session, MEMO_KINDS[target], target_id)
    if found is not None or target_id is None:
        return found
    kind = _TARGETS.get(target)  # a cell's memo: its cell is gone, and with it which one
    return deletion_of(session, kind, target_id) if kind is not None else None


_TARGETS = {
    "document": DeletedKind.DOCUMENT,
    "case": DeletedKind.CASE,
    "code": DeletedKind.CODE,
    "segment": DeletedKind.SEGMENT,
}


def who_deleted(project: Project, kind: DeletedKind, item_id: int) -> Deletion | None:
    """:func:`deletion_of`, read in its own session (a front naming what vanished)."""
    with project.session() as session:
        return deletion_of(session, kind, item_id)


def who_deleted_passage(
    project: Project, segment_id: int, document_id: int, code_id: int
) -> Deletion | None:
    """:func:`passage_deletion`, read in its own session."""
    with project.session() as session:
        return passage_deletion(session, segment_id, document_id, code_id)


def who_deleted_cell(project: Project, case_id: int, code_id: int) -> Deletion | None:
    """:func:`cell_deletion`, read in its own session."""
    with project.session() as session:
        return cell_deletion(session, case_id, code_id)


def _last(found: list[Deletion | None]) -> Deletion | None:
    present = [deletion for deletion in found if deletion is not None]
    return max(present, key=lambda deletion: deletion.deleted_at) if present else None
