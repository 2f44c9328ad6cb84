"""Small write services the desktop app needs, each one committed transaction.

Each change returns what it takes to reverse it, so the GUI's undo stack can redo and undo it:
``add_segment`` returns the new id and ``delete_segment`` returns a :class:`SegmentData` that
``restore_segment`` puts back with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class SegmentData:
    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    note: str = ""
    translation: str = ""


def add_segment(
    project: Project,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    *,
    segment_id: int | None = None,
) -> int:
    """Code [start, end) (code points) of a document; returns the segment id."""
    with project.transaction() as session:
        document = session.get(model.Document, document_id)
        if document is None:
            raise NotFoundError(f"no document with id {document_id}")
        if session.get(model.Code, code_id) is None:
            raise NotFoundError(f"no code with id {code_id}")
        if not 0 <= start < end <= len(document.text):
            raise ValidationError(
                f"range {start}–{end} is empty or outside the document (0–{len(document.text)})"
            )
        segment = model.Segment(
            document_id=document_id,
            code_id=code_id,
            start=start,
            end=end,
            coder_id=project.coder(session).id,
        )
        if segment_id is not None:
            segment.id = segment_id
        session.add(segment)
        session.flush()
        return segment.id


def segment_data(project: Project, segment_id: int) -> SegmentData:
    with project.session() as session:
        s = session.get(model.Segment, segment_id)
        if s is None:
            raise NotFoundError(f"no segment with id {segment_id}")
        return SegmentData(s.id, s.document_id, s.code_id, s.start, s.end, s.note, s.translation)


def delete_segment(project: Project, segment_id: int) -> SegmentData:
    data = segment_data(project, segment_id)
    with project.transaction() as session:
        segment = session.get(model.Segment, segment_id)
        session.delete(segment)
    return data


def restore_segment(project: Project, data: SegmentData) -> int:
    segment_id = add_segment(
        project, data.document_id, data.code_id, data.start, data.end, segment_id=data.id
    )
    update_segment(project, segment_id, note=data.note, translation=data.translation)
    return segment_id


def update_segment(
    project: Project,
    segment_id: int,
    *,
    code_id: int | None = None,
    note: str | None = None,
    translation: str | None = None,
) -> SegmentData:
    """Change a segment's code, note or translation; returns its previous state."""
    before = segment_data(project, segment_id)
    with project.transaction() as session:
        segment = session.get(model.Segment, segment_id)
        assert segment is not None
        if code_id is not None:
            segment.code_id = code_id
        if note is not None:
            segment.note = note
        if translation is not None:
            segment.translation = translation
    return before


def assign_document(project: Project, document_id: int, case_id: int | None) -> int | None:
    """Put a document under a case (None: unassigned); returns the previous case id."""
    with project.transaction() as session:
        document = session.get(model.Document, document_id)
        if document is None:
            raise NotFoundError(f"no document with id {document_id}")
        previous = document.case_id
        document.case_id = case_id
        return previous


def add_case(project: Project, name: str) -> int:
    with project.transaction() as session:
        if session.scalars(select(model.Case).where(model.Case.name == name)).first():
            raise ValidationError(f"a case named {name!r} already exists")
        count = session.query(model.Case).count()
        case = model.Case(name=name, position=count)
        session.add(case)
        session.flush()
        return case.id


def set_read(project: Project, document_id: int, read: bool) -> bool:
    """Mark a document read (or unread); returns whether it was read before."""
    with project.transaction() as session:
        document = session.get(model.Document, document_id)
        if document is None:
            raise NotFoundError(f"no document with id {document_id}")
        was = document.read_at is not None
        document.read_at = datetime.now(UTC) if read else None
        return was


def memo_text(project: Project, target: str, target_id: int | None) -> str:
    """The memo on the project (target "project") or on a document, case or code."""
    with project.session() as session:
        memo = session.scalars(_memo_query(target, target_id)).first()
        return memo.text if memo else ""


def set_memo_text(project: Project, target: str, target_id: int | None, text: str) -> str:
    """Write the memo; returns the previous text."""
    with project.transaction() as session:
        memo = session.scalars(_memo_query(target, target_id)).first()
        previous = memo.text if memo else ""
        if memo is None:
            memo = model.Memo(coder_id=project.coder(session).id)
            if target != "project":
                setattr(memo, f"{target}_id", target_id)
            session.add(memo)
        memo.text = text
        return previous


_MEMO_TARGETS = ("document", "case", "code")


def _memo_query(target: str, target_id: int | None):  # type: ignore[no-untyped-def]
    query = select(model.Memo).order_by(model.Memo.id)
    if target == "project":
        for column in (*_MEMO_TARGETS, "cell", "segment"):
            query = query.where(getattr(model.Memo, f"{column}_id").is_(None))
        return query
    if target not in _MEMO_TARGETS:
        raise ValidationError(
            f"memos attach to the project, a document, a case or a code, not {target!r}"
        )
    return query.where(getattr(model.Memo, f"{target}_id") == target_id)


def delete_case(project: Project, case_id: int) -> None:
    """Delete a case; its documents become unassigned."""
    with project.transaction() as session:
        case = session.get(model.Case, case_id)
        if case is None:
            raise NotFoundError(f"no case with id {case_id}")
        session.delete(case)


@dataclass(frozen=True)
class CodeData:
    id: int
    parent_id: int | None
    name: str
    definition: str
    colour: str
    position: int


def code_data(project: Project, code_id: int) -> CodeData:
    with project.session() as session:
        c = session.get(model.Code, code_id)
        if c is None:
            raise NotFoundError(f"no code with id {code_id}")
        return CodeData(c.id, c.parent_id, c.name, c.definition, c.colour, c.position)


def add_code(
    project: Project,
    name: str,
    parent_id: int | None = None,
    *,
    colour: str | None = None,
    definition: str = "",
    code_id: int | None = None,
) -> int:
    with project.transaction() as session:
        siblings = (
            session.query(model.Code)
            .filter(
                model.Code.parent_id.is_(parent_id)
                if parent_id is None
                else model.Code.parent_id == parent_id
            )
            .count()
        )
        parent = session.get(model.Code, parent_id) if parent_id is not None else None
        code = model.Code(
            name=name,
            parent_id=parent_id,
            definition=definition,
            position=siblings,
            colour=colour or (parent.colour if parent else "#9e9e9e"),
        )
        if code_id is not None:
            code.id = code_id
        session.add(code)
        session.flush()
        return code.id


def update_code(
    project: Project,
    code_id: int,
    *,
    name: str | None = None,
    definition: str | None = None,
    colour: str | None = None,
) -> CodeData:
    """Rename a code or change its definition or colour; returns its previous state."""
    before = code_data(project, code_id)
    with project.transaction() as session:
        code = session.get(model.Code, code_id)
        assert code is not None
        if name is not None:
            if not name.strip():
                raise ValidationError("a code needs a name")
            code.name = name.strip()
        if definition is not None:
            code.definition = definition
        if colour is not None:
            code.colour = colour
    return before


def delete_code(project: Project, code_id: int) -> None:
    """Delete a code with its sub-codes and their segments."""
    with project.transaction() as session:
        code = session.get(model.Code, code_id)
        if code is None:
            raise NotFoundError(f"no code with id {code_id}")
        session.delete(code)
