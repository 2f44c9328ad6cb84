"""Commands over documents themselves: rename one, delete some with what hangs on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, documents, model
from frameworkqda.core.commands.base import Change, Command
from frameworkqda.core.commands.snapshot import Row, insert_rows, rows, table_of
from frameworkqda.core.errors import ChangedSinceError, NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, quoted
from frameworkqda.core.store import Project


@dataclass
class RenameDocument(Command):
    """Give a document a new name (import's spelling: one line, NFC; unique in the project);
    its original file's name stays. Undo gives back the old one."""

    changes = frozenset({Change.DOCUMENTS})
    document_id: int
    name: str
    before: str | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Rename document to “{name}”").format(
            name=documents.one_line_name(self.name).strip()
        )

    @property
    def is_empty(self) -> bool:
        return self._applied and self.before == documents.one_line_name(self.name).strip()

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = _rename(session, self.document_id, self.name)

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        document = session.get(model.Document, self.document_id)
        if document is None:  # "Undone" for nothing: the document came back with this name
            name = documents.one_line_name(self.name).strip()
            raise ChangedSinceError(
                deletions.deleted_since(
                    session,
                    model.DeletedKind.DOCUMENT,
                    self.document_id,
                    QT_TRANSLATE_NOOP("CoreCommand", "the document “{name}”").format(name=name),
                )
            )
        # a name someone gave another document since: as import does
        session.flush()
        document.name = documents.unique_name(session, self.before, self.document_id)

    def overwrites(self, project: Project) -> str | None:
        """Someone renamed the document since this rename (or since its undo): undoing (or
        redoing) would write over their name."""
        left = documents.one_line_name(self.name).strip() if self._applied else self.before
        if left is None:
            return None
        with project.session() as session:
            now = session.scalar(
                select(model.Document.name).where(model.Document.id == self.document_id)
            )
        if now is None or now == left:
            return None
        return QT_TRANSLATE_NOOP(
            "CoreCommand", "the document “{name}” has been renamed “{now}” since"
        ).format(name=left, now=now)


# What a document's deletion takes along, parents first (put back in this order, removed in
# the reverse): the document (its text, read mark, case and place), its original file, its
# pages, its coded passages (coder, dates, notes, translations) and the memos on it and on them.
# Chart cells are the researcher's own conclusions per case: they stay, summaries and all.
_TAKEN: tuple[tuple[str, type[model.Base]], ...] = (
    ("documents", model.Document),
    ("files", model.DocumentFile),
    ("pages", model.DocumentPage),
    ("segments", model.Segment),
    ("memos", model.Memo),
)


def _rename(session: Session, document_id: int, name: str) -> str:
    """Give a document a new name (its original file's name stays); returns the old one. A
    name another document has, or an empty one, is refused."""
    document = session.get(model.Document, document_id)
    if document is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.DOCUMENT, document_id)
            or QT_TRANSLATE_NOOP("Cases", "no document with id {document_id}").format(
                document_id=document_id
            )
        )
    name = documents.one_line_name(name).strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Documents", "a document needs a name").format())
    clash = session.scalar(
        select(model.Document.id).where(
            model.Document.name == name, model.Document.id != document_id
        )
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Documents", "cannot rename the document to {name}: another document has it"
            ).format(name=quoted(name))
        )
    old, document.name = document.name, name
    return old


@dataclass
class DeleteDocuments(Command):
    """Delete documents with everything that hangs on them (``_TAKEN``); undo puts every row
    back as it was, ids included, in one transaction."""

    changes = frozenset({Change.DOCUMENTS, Change.SEGMENTS, Change.MEMOS})
    document_ids: list[int]
    saved: dict[str, list[Row]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete %n document(s)").format(
            n=len(self.document_ids)
        )

    @property
    def passages(self) -> int:
        """How many coded passages went with the documents (once applied)."""
        return len(self.saved.get("segments", []))

    def _where(self, entity: type[model.Base], ids: list[int]) -> Any:
        if entity is model.Document:
            return model.Document.id.in_(ids)
        if entity is model.Memo:
            passages = select(model.Segment.id).where(model.Segment.document_id.in_(ids))
            return or_(model.Memo.document_id.in_(ids), model.Memo.segment_id.in_(passages))
        return table_of(entity).c.document_id.in_(ids)

    def _apply(self, session: Session, coder_id: int) -> None:
        ids = list(self.document_ids)
        self.saved = {
            name: rows(session, entity, self._where(entity, ids)) for name, entity in _TAKEN
        }
        for _, entity in reversed(_TAKEN):
            session.execute(delete(table_of(entity)).where(self._where(entity, ids)))
        deletions.log_deletions(
            session,
            model.DeletedKind.DOCUMENT,
            ((row["id"], row["name"]) for row in self.saved["documents"]),
        )
        session.expire_all()

    def _revert(self, session: Session) -> None:
        # back (under these ids or new ones): the log no longer says they are deleted
        deletions.forget_deletions(
            session, model.DeletedKind.DOCUMENT, [row["id"] for row in self.saved["documents"]]
        )
        renamed = self._make_room(session)
        put_back = self._still_possible(session)
        for name, entity in _TAKEN:
            insert_rows(session, entity, put_back[name])
        session.expire_all()
        self.said = (
            tuple(
                (
                    QT_TRANSLATE_NOOP(
                        "CoreCommand",
                        "put back as “{name}”: the same file was imported again since as "
                        "“{before}”",
                    )
                    if same
                    else QT_TRANSLATE_NOOP(
                        "CoreCommand",
                        "put back as “{name}”: a document named “{before}” was added since",
                    )
                ).format(name=name, before=before)
                for before, name, same in renamed
            )
            + self.said
        )

    def _still_possible(self, session: Session) -> dict[str, list[Row]]:
        """The saved rows as they can go back now: a document whose case someone deleted
        since comes back unassigned, and passages coded with a code deleted since (with their
        memos) stay out, as that code's deletion took its passages everywhere else. The saved
        rows themselves stay whole: were the case or code to come back, a redo and another
        undo would put everything back."""
        wanted = {row["case_id"] for row in self.saved["documents"]} - {None}
        cases = set(session.scalars(select(model.Case.id).where(model.Case.id.in_(wanted))))
        put_back = {name: list(saved) for name, saved in self.saved.items()}
        put_back["documents"] = [
            row if row["case_id"] is None or row["case_id"] in cases else {**row, "case_id": None}
            for row in self.saved["documents"]
        ]
        unassigned = sum(
            1 for row in self.saved["documents"] if row["case_id"] not in {None, *cases}
        )
        wanted = {row["code_id"] for row in self.saved["segments"]}
        codes = set(session.scalars(select(model.Code.id).where(model.Code.id.in_(wanted))))
        left_out = {row["id"] for row in self.saved["segments"] if row["code_id"] not in codes}
        put_back["segments"] = [row for row in self.saved["segments"] if row["id"] not in left_out]
        put_back["memos"] = [
            row for row in self.saved["memos"] if row["segment_id"] not in left_out
        ]
        said: list[Message] = []
        # who deleted the case (the code), when it was one and the deletions log knows
        gone_cases = {row["case_id"] for row in self.saved["documents"]} - {None, *cases}
        case = _one_deletion(session, model.DeletedKind.CASE, gone_cases)
        if unassigned and case is not None:
            said.append(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "%n document(s) put back unassigned: their case {case} was deleted by "
                    "{coder} at {time} UTC",
                ).format(n=unassigned, case=quoted(case.name), coder=case.coder, time=case.time)
            )
        elif unassigned:
            said.append(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "%n document(s) put back unassigned: their case was deleted since",
                ).format(n=unassigned)
            )
        gone_codes = {row["code_id"] for row in self.saved["segments"] if row["id"] in left_out}
        code = _one_deletion(session, model.DeletedKind.CODE, gone_codes)
        if left_out and code is not None:
            said.append(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "%n coded passage(s) not put back: their code {code} was deleted by "
                    "{coder} at {time} UTC",
                ).format(n=len(left_out), code=quoted(code.name), coder=code.coder, time=code.time)
            )
        elif left_out:
            said.append(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "%n coded passage(s) not put back: their code was deleted since",
                ).format(n=len(left_out))
            )
        self.said = tuple(said)
        return put_back

    def _make_room(self, session: Session) -> list[tuple[str, str, bool]]:
        """What came since into the places the deleted rows held: a document imported under the
        same name is kept and the one put back is named as import names a second one; an id
        taken since (SQLite gives the highest id again once it is free) gives the row put back
        a new one, and what hangs on it follows (redo and another undo then use the new id).
        Returns the (name it had, name it gets, same file) of each document named anew."""
        renamed: list[tuple[str, str, bool]] = []
        for row in self.saved["documents"]:
            there = session.scalar(
                select(model.Document.sha256).where(model.Document.name == row["name"])
            )
            if there is not None:
                session.flush()
                before, row["name"] = row["name"], documents.unique_name(session, row["name"])
                renamed.append((before, row["name"], there == row["sha256"]))
        documents_moved = self._renumber(session, model.Document, self.saved["documents"])
        for name in ("files", "pages", "segments", "memos"):
            for row in self.saved[name]:
                if row.get("document_id") in documents_moved:
                    row["document_id"] = documents_moved[row["document_id"]]
        self.document_ids = [documents_moved.get(i, i) for i in self.document_ids]
        passages_moved = self._renumber(session, model.Segment, self.saved["segments"])
        for row in self.saved["memos"]:
            if row["segment_id"] in passages_moved:
                row["segment_id"] = passages_moved[row["segment_id"]]
        self._renumber(session, model.Memo, self.saved["memos"])
        return renamed

    @staticmethod
    def _renumber(session: Session, entity: type[model.Base], saved: list[Row]) -> dict[int, int]:
        """New ids, past every one in use or put back, for the saved rows whose id is taken."""
        table = table_of(entity)
        wanted = [row["id"] for row in saved]
        if not wanted:
            return {}
        taken = set(session.scalars(select(table.c.id).where(table.c.id.in_(wanted))))
        if not taken:
            return {}
        top = max(session.scalar(select(func.max(table.c.id))) or 0, *wanted)
        moved: dict[int, int] = {}
        for row in saved:
            if row["id"] in taken:
                top += 1
                moved[row["id"]], row["id"] = top, top
        return moved

    def overwrites(self, project: Project) -> str | None:
        """Redoing after an undo deletes the documents again: passages or memos someone
        saved on them since would go too."""
        if self._applied or not self.saved:
            return None
        known = {
            (name, row["id"]): row for name in ("segments", "memos") for row in self.saved[name]
        }
        with project.session() as session:
            now = {
                (name, row["id"]): row
                for name, entity in (("segments", model.Segment), ("memos", model.Memo))
                for row in rows(session, entity, self._where(entity, self.document_ids))
            }
            # a note, translation, memo or range changed since the undo counts as theirs too
            theirs = [
                row for key, row in now.items() if key not in known or _edited(known[key], row)
            ]
            # who wrote them, when all are new (a passage records its coder, not who edits it)
            added = sum(1 for key in now if key not in known)
            coders = {row["coder_id"] for row in theirs if len(theirs) == added} - {None}
            who = sorted(
                session.scalars(select(model.Coder.name).where(model.Coder.id.in_(coders)))
            )
        if not theirs:
            return None
        if len(theirs) == added:
            lost = QT_TRANSLATE_NOOP(
                "CoreCommand",
                "%n coded passage(s) or memo(s) saved since on the documents would be deleted",
            ).format(n=added)
        else:
            lost = QT_TRANSLATE_NOOP(
                "CoreCommand",
                "%n coded passage(s) or memo(s) added or changed since on the documents would "
                "be deleted",
            ).format(n=len(theirs))
        if not who:
            return lost
        return QT_TRANSLATE_NOOP("CoreCommand", "{lost} (by {coders})").format(
            lost=lost, coders=", ".join(who)
        )


def _one_deletion(
    session: Session, kind: model.DeletedKind, ids: set[int]
) -> deletions.Deletion | None:
    """The deletion of the one item ``ids`` holds, if the log has it (several: None)."""
    return deletions.deletion_of(session, kind, next(iter(ids))) if len(ids) == 1 else None


# What a person edits on a passage or memo (not its dates: this program's own undo sets them)
_EDITED = ("note", "translation", "text", "title", "start", "end", "code_id")


def _edited(before: Row, now: Row) -> bool:
    return any(before.get(column) != now.get(column) for column in _EDITED if column in now)
