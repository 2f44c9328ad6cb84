"""Commands over cases, documents (their case and read mark) and memos."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from frameworkqda.core import cases, memos
from frameworkqda.core.commands.base import Change, Command


@dataclass
class AddCase(Command):
    changes = frozenset({Change.CASES})

    name: str
    description: str = ""
    case_id: int | None = None  # set by the first apply; redo reuses it

    def __post_init__(self) -> None:
        self.text = f"Add case “{self.name}”"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.case_id = cases.add_case_in(session, self.name, self.description, case_id=self.case_id)

    def _revert(self, session: Session) -> None:
        assert self.case_id is not None
        cases.delete_case_in(session, self.case_id)


@dataclass
class AssignDocuments(Command):
    """Put documents under a case (``None``: unassigned); undo puts each back where it was."""

    changes = frozenset({Change.DOCUMENTS})
    case_id: int | None
    document_ids: list[int]
    before: dict[int, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = "Move document to case"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.assign_documents_in(session, self.case_id, self.document_ids)

    def _revert(self, session: Session) -> None:
        for document_id, case_id in self.before.items():
            cases.assign_documents_in(session, case_id, [document_id])


@dataclass
class SetRead(Command):
    changes = frozenset({Change.DOCUMENTS})

    document_id: int
    read: bool
    was: bool = False

    def __post_init__(self) -> None:
        self.text = "Mark as read" if self.read else "Mark as unread"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.was = cases.set_read_in(session, self.document_id, self.read)

    def _revert(self, session: Session) -> None:
        cases.set_read_in(session, self.document_id, self.was)


@dataclass
class SetMemo(Command):
    """Write the memo on a target (see :mod:`frameworkqda.core.memos`); undo of a first memo
    removes it."""

    changes = frozenset({Change.MEMOS})
    target: str
    target_id: int | None
    memo: str
    before: str | None = None

    def __post_init__(self) -> None:
        self.text = "Edit memo"

    def _apply(self, session: Session, coder_id: int) -> None:
        existing = memos.memo_in(session, self.target, self.target_id)
        self.before = existing.text if existing is not None else None
        memos.set_memo_in(session, self.target, self.target_id, self.memo, coder_id)

    def _revert(self, session: Session) -> None:
        memos.set_memo_in(session, self.target, self.target_id, self.before)
