"""Memos: one per target, on the project (no target) or a document, case, code, cell or segment.

``memo_text`` reads a target's memo ("" when it has none); ``set_memo`` writes it (``None``
removes it) and returns the previous text. :class:`~frameworkqda.core.commands.SetMemo` is the
undoable version: undoing a first memo removes it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import Project

TARGETS = ("project", "document", "case", "code", "cell", "segment")
# each target (but the project) as a word inside a sentence: the keyword in English
TARGET_WORDS = {
    "project": QT_TRANSLATE_NOOP("Memos", "project").format(),
    "document": QT_TRANSLATE_NOOP("Memos", "document").format(),
    "case": QT_TRANSLATE_NOOP("Memos", "case").format(),
    "code": QT_TRANSLATE_NOOP("Memos", "code").format(),
    "cell": QT_TRANSLATE_NOOP("Memos", "cell").format(),
    "segment": QT_TRANSLATE_NOOP("Memos", "segment").format(),
}
_COLUMNS = {
    "document": model.Memo.document_id,
    "case": model.Memo.case_id,
    "code": model.Memo.code_id,
    "cell": model.Memo.cell_id,
    "segment": model.Memo.segment_id,
}


def _where(target: str, target_id: int | None) -> list[Any]:
    if target == "project":
        return [column.is_(None) for column in _COLUMNS.values()]
    column = _COLUMNS.get(target)
    if column is None:
        raise ValidationError(f"memos attach to {', '.join(TARGETS)}, not {target!r}")
    if target_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Memos", "a memo on a {target} needs the {target}'s id").format(
                target=TARGET_WORDS[target]
            )
        )
    return [column == target_id]


def memo_in(session: Session, target: str, target_id: int | None) -> model.Memo | None:
    query = select(model.Memo).where(*_where(target, target_id)).order_by(model.Memo.id)
    return session.scalars(query).first()


def memo_text(project: Project, target: str, target_id: int | None = None) -> str:
    """The memo on the project (target "project") or on one document, case, code, cell, segment."""
    with project.session() as session:
        memo = memo_in(session, target, target_id)
        return memo.text if memo else ""


def memoed(project: Project, target: str) -> dict[int, str]:
    """The documents, cases or codes (``target``) that have a memo, with its text: the side
    panels mark them, as NVivo and MAXQDA mark an item with a memo (nothing showed one)."""
    column = _COLUMNS[target]
    with project.session() as session:
        rows = session.execute(
            select(column, model.Memo.text).where(column.is_not(None), model.Memo.text != "")
        )
        return {
            int(target_id): text
            for target_id, text in rows
            if target_id is not None and text.strip()  # spaces alone are no memo to mark
        }


def set_memo_in(
    session: Session,
    target: str,
    target_id: int | None,
    text: str | None,
    coder_id: int | None = None,
) -> str:
    """Write a target's memo (``None``: remove it); returns the previous text ("" if none)."""
    memo = memo_in(session, target, target_id)
    previous = memo.text if memo is not None else ""
    if text is None:
        session.execute(delete(model.Memo).where(*_where(target, target_id)))
        return previous
    if memo is None:
        memo = model.Memo(coder_id=coder_id)
        if target != "project":
            setattr(memo, f"{target}_id", target_id)
        session.add(memo)
    memo.text = text
    session.flush()
    return previous
