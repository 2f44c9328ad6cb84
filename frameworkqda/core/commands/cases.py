"""Commands over cases, documents (their case and read mark) and memos."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from frameworkqda.core import cases, deletions, memos, model
from frameworkqda.core.case_names import find_case
from frameworkqda.core.commands.base import Change, Command
from frameworkqda.core.commands.snapshot import Row, insert_rows, rows, table_of
from frameworkqda.core.errors import ChangedSinceError, NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, quoted, utc_minute
from frameworkqda.core.store import Project


@dataclass
class AddCase(Command):
    changes = frozenset({Change.CASES})

    name: str
    description: str = ""
    case_id: int | None = None  # set by the first apply; redo reuses it

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Add case “{name}”").format(name=self.name)

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.case_id is not None:  # a redo puts back the case its undo deleted
            deletions.forget_deletions(session, model.DeletedKind.CASE, [self.case_id])
        self.case_id = cases.add_case_in(session, self.name, self.description, case_id=self.case_id)

    def _revert(self, session: Session) -> None:
        assert self.case_id is not None
        name = cases.case_name_in(session, self.case_id)
        cases.delete_case_in(session, self.case_id)
        deletions.log_deletions(session, model.DeletedKind.CASE, [(self.case_id, name)])


@dataclass
class RenameCase(Command):
    changes = frozenset({Change.CASES})

    case_id: int
    name: str
    before: str = ""

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Rename case to “{name}”").format(
            name=self.name
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.rename_case_in(session, self.case_id, self.name)

    def _revert(self, session: Session) -> None:
        cases.rename_case_in(session, self.case_id, self.before)


@dataclass
class ReorderCases(Command):
    """Put the cases in the given order (every case once); undo puts back the old order."""

    changes = frozenset({Change.CASES})
    case_ids: list[int]
    before: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Reorder cases").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.reorder_cases_in(session, self.case_ids)

    def _revert(self, session: Session) -> None:
        cases.reorder_cases_in(session, self.before)


@dataclass
class SetAttribute(Command):
    """Set a case's typed attribute (``None`` removes it), defining it on first use; undo puts
    the old value back, and removes a definition this step made once no case has a value of
    it (others' values set since stay, and so does their attribute).

    ``attribute_id``: the attribute meant (a column of the case sheet): never defined anew
    under ``name``; refused, saying so, when it was deleted, or renamed from ``name``, since
    the value was typed; a value typed as another kind is read as the kind it has now."""

    changes = frozenset({Change.CASES})
    case_id: int
    name: str
    value: cases.AttributeValue
    kind: model.AttributeKind | None = None
    before: cases.AttributeBefore | None = None
    attribute_id: int | None = None
    defined: tuple[str, model.AttributeKind] | None = None  # the definition it made
    case_name: str = ""
    left: cases.StoredColumns | None = None  # the value as it set it

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Set {name}").format(name=self.name)

    def _apply(self, session: Session, coder_id: int) -> None:
        first = self.before is None
        if self.before is None:
            attribute_id = self.attribute_id
        elif (
            self.defined is None
            or session.get(model.AttributeDefinition, self.before.attribute_id) is not None
        ):
            attribute_id = self.before.attribute_id
        else:  # the definition this step made, taken away by its undo: made again
            attribute_id = None
        before = cases.set_attribute_in(
            session,
            self.case_id,
            self.name,
            self.value,
            self.kind,
            attribute_id=attribute_id,
            check_name=first,
        )
        if before.defined:
            attribute = cases.attribute_in(session, before.attribute_id)
            self.defined = (attribute.name, attribute.kind)
        self.before = before
        session.flush()
        self.case_name = cases.case_name_in(session, self.case_id)
        self.left = cases.stored_value(session, self.case_id, before.attribute_id)

    def _changed_nothing(self) -> bool:
        return (
            self.before is not None and not self.before.defined and self.before.columns == self.left
        )

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        attribute_id = self.before.attribute_id
        if session.get(model.AttributeDefinition, attribute_id) is None:
            raise NotFoundError(
                deletions.deleted_since(
                    session,
                    model.DeletedKind.ATTRIBUTE,
                    attribute_id,
                    QT_TRANSLATE_NOOP("CoreCommand", "the attribute {name}").format(
                        name=quoted(self.name)
                    ),
                )
            )
        if session.get(model.Case, self.case_id) is None:
            raise NotFoundError(
                deletions.deleted_since(
                    session,
                    model.DeletedKind.CASE,
                    self.case_id,
                    QT_TRANSLATE_NOOP("CoreCommand", "the case {case}").format(
                        case=quoted(self.case_name)
                    ),
                )
            )
        cases.restore_attribute_in(session, self.case_id, attribute_id, self.before.columns)
        attribute = cases.attribute_in(session, attribute_id)
        if self.defined == (attribute.name, attribute.kind) and not cases.stored_values(
            session, attribute_id
        ):
            cases.undefine_attribute_in(session, attribute_id)

    def overwrites(self, project: Project) -> str | None:
        """The case's value no longer is what this step (or its undo) left: someone set
        another since, which undoing (redoing) would replace."""
        if self.before is None:
            return None
        left = self.left if self._applied else self.before.columns
        with project.session() as session:
            attribute = session.get(model.AttributeDefinition, self.before.attribute_id)
            if attribute is None or session.get(model.Case, self.case_id) is None:
                return None  # gone: the undo itself says so
            if cases.stored_value(session, self.case_id, attribute.id) == left:
                return None
            return QT_TRANSLATE_NOOP(
                "CoreCommand", "{case}'s value of {name} was changed by someone else"
            ).format(case=quoted(self.case_name), name=quoted(attribute.name))


@dataclass
class RenameAttribute(Command):
    """Rename a case attribute; its values stay. Undo gives back the old name; one renamed
    by someone else since is named first (``overwrites``)."""

    changes = frozenset({Change.CASES})
    attribute_id: int
    name: str
    before: str = ""

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Rename attribute to “{name}”").format(
            name=self.name.strip()
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.rename_attribute_in(session, self.attribute_id, self.name)

    def _revert(self, session: Session) -> None:
        cases.rename_attribute_in(session, self.attribute_id, self.before)

    def overwrites(self, project: Project) -> str | None:
        """The attribute no longer has the name this rename (or its undo) gave it: someone
        renamed it since, and undoing (redoing) would replace their name."""
        left = self.name.strip() if self._applied else self.before
        with project.session() as session:
            attribute = session.get(model.AttributeDefinition, self.attribute_id)
            if attribute is None or attribute.name == left:
                return None  # gone: the undo itself says so
            return QT_TRANSLATE_NOOP(
                "CoreCommand", "the attribute {name} was renamed to {now} by someone else"
            ).format(name=quoted(left), now=quoted(attribute.name))


@dataclass
class DeleteAttribute(Command):
    """Delete a case attribute with every case's value of it; undo puts the attribute (its
    place among the columns, its kind) and each value back: the values of cases still there
    (a case deleted since keeps none), under another id when its own was taken since. An
    attribute of the same name made since refuses the undo, saying so (rename or delete it
    first): its values and its definition are someone else's."""

    changes = frozenset({Change.CASES})
    attribute_id: int
    name: str = ""  # for the Edit menu
    saved: dict[str, list[Row]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete attribute “{name}”").format(
            name=self.name
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        cases.attribute_in(session, self.attribute_id)  # one that is gone is said so
        where = model.CaseAttributeValue.attribute_id == self.attribute_id
        self.saved = {
            "definition": rows(
                session,
                model.AttributeDefinition,
                model.AttributeDefinition.id == self.attribute_id,
            ),
            "values": rows(session, model.CaseAttributeValue, where),
        }
        cases.undefine_attribute_in(session, self.attribute_id)
        deletions.log_deletions(
            session,
            model.DeletedKind.ATTRIBUTE,
            [(self.attribute_id, self.saved["definition"][0]["name"])],
        )

    def _revert(self, session: Session) -> None:
        deletions.forget_deletions(session, model.DeletedKind.ATTRIBUTE, [self.attribute_id])
        definition = dict(self.saved["definition"][0])
        name = definition["name"]
        if cases.kind_of_attribute(session, name) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "an attribute named {name} was made since, by someone else; rename or "
                    "delete it first",
                ).format(name=quoted(name))
            )
        if session.get(model.AttributeDefinition, definition["id"]) is not None:
            del definition["id"]  # its id was given to another attribute since (SQLite)
        session.execute(insert(table_of(model.AttributeDefinition)), [definition])
        attribute_id = cases.attribute_named(session, name).id
        present = set(session.scalars(select(model.Case.id)))
        values = [
            {**value, "attribute_id": attribute_id}
            for value in self.saved["values"]
            if value["case_id"] in present
        ]
        insert_rows(session, model.CaseAttributeValue, values)
        if attribute_id != self.attribute_id:  # a redo deletes the one put back
            self.attribute_id = attribute_id
            self.saved["definition"] = [{**self.saved["definition"][0], "id": attribute_id}]
        session.expire_all()


@dataclass
class ChangeAttributeKind(Command):
    """Give a case attribute another kind, converting every value (see
    :func:`cases.change_kind_in`: a value that does not convert refuses it all, naming the
    case and value). Undo puts back the old kind and each value it converted as it was
    stored; a value someone set or changed since stays theirs, read back as the old kind
    (see :func:`cases.restore_kind_in`)."""

    changes = frozenset({Change.CASES})
    attribute_id: int
    kind: model.AttributeKind
    name: str = ""  # for the Edit menu
    before: model.AttributeKind | None = None
    values: dict[int, cases.StoredColumns] = field(default_factory=dict)
    left: dict[int, cases.StoredColumns] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Change kind of “{name}”").format(
            name=self.name
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before, self.values = cases.change_kind_in(session, self.attribute_id, self.kind)
        session.flush()
        self.left = cases.stored_values(session, self.attribute_id)

    def _changed_nothing(self) -> bool:
        return self.before == self.kind and self.values == self.left

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        cases.restore_kind_in(session, self.attribute_id, self.before, self.values, self.left)


@dataclass
class DeleteCase(Command):
    """Delete a case with its attribute values, chart cells (with each coder's chartings) and
    their memos; its documents stay, unassigned. Undo puts every one of those rows back."""

    changes = frozenset({Change.CASES, Change.DOCUMENTS, Change.CELLS, Change.MEMOS})
    case_id: int
    saved: dict[str, list[Row]] = field(default_factory=dict)
    documents: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete case").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        cells = select(model.ChartCell.id).where(model.ChartCell.case_id == self.case_id)
        self.saved = {
            "case": rows(session, model.Case, model.Case.id == self.case_id),
            "values": rows(
                session, model.CaseAttributeValue, model.CaseAttributeValue.case_id == self.case_id
            ),
            "cells": rows(session, model.ChartCell, model.ChartCell.case_id == self.case_id),
            "chartings": rows(session, model.CellCharting, model.CellCharting.cell_id.in_(cells)),
            "memos": rows(
                session,
                model.Memo,
                or_(model.Memo.case_id == self.case_id, model.Memo.cell_id.in_(cells)),
            ),
        }
        self.documents = list(
            session.scalars(select(model.Document.id).where(model.Document.case_id == self.case_id))
        )
        cases.delete_case_in(session, self.case_id)
        deletions.log_deletions(
            session, model.DeletedKind.CASE, [(self.case_id, self.saved["case"][0]["name"])]
        )

    def _revert(self, session: Session) -> None:
        name = self.saved["case"][0]["name"]
        clash = find_case(session, name)  # "osaka" added since is one case with "Osaka"
        if clash is not None:
            # Two cases of one name would split the chart's row in two; the new one may be
            # this very case typed again, or another: the researcher decides, then undoes.
            raise ChangedSinceError(
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "another coder has since added a case named “{name}”; "
                    "rename or delete it, then undo again",
                ).format(name=clash[1])
            )
        insert_rows(session, model.Case, self.saved["case"])
        deletions.forget_deletions(session, model.DeletedKind.CASE, [self.case_id])
        insert_rows(session, model.CaseAttributeValue, self.saved["values"])
        insert_rows(session, model.ChartCell, self.saved["cells"])
        insert_rows(session, model.CellCharting, self.saved["chartings"])
        insert_rows(session, model.Memo, self.saved["memos"])
        # a document deleted since stays deleted; one moved to another case since stays there
        here = session.scalars(
            select(model.Document.id).where(
                model.Document.id.in_(self.documents), model.Document.case_id.is_(None)
            )
        )
        cases.assign_documents_in(session, self.case_id, list(here))


@dataclass
class AssignDocuments(Command):
    """Put documents under a case (``None``: unassigned); undo puts each back where it was."""

    changes = frozenset({Change.DOCUMENTS})
    case_id: int | None
    document_ids: list[int]
    before: dict[int, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Move document to case").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.assign_documents_in(session, self.case_id, self.document_ids)

    def _changed_nothing(self) -> bool:
        return all(self.before.get(d, self.case_id) == self.case_id for d in self.document_ids)

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
        self.text = (
            QT_TRANSLATE_NOOP("CoreCommand", "Mark as read").format()
            if self.read
            else QT_TRANSLATE_NOOP("CoreCommand", "Mark as unread").format()
        )

    def _apply(self, session: Session, coder_id: int) -> None:
        self.was = cases.set_read_in(session, self.document_id, self.read)

    def _revert(self, session: Session) -> None:
        cases.set_read_in(session, self.document_id, self.was)


@dataclass
class SetMemo(Command):
    """Write the memo on a target (see :mod:`frameworkqda.core.memos`); undo of a first memo
    removes it.

    ``expected``: the memo's text the edit was begun on ("" for none; None: no check, as a
    script that just sets it). A memo someone saved another text into since is refused with
    ``TextConflictError``, naming who and when; undo and redo say first what they would write
    over (``overwrites``)."""

    changes = frozenset({Change.MEMOS})
    target: str
    target_id: int | None
    memo: str
    before: str | None = None
    expected: str | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Edit memo").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        what = memos.memo_name(session, self.target, self.target_id)
        self.before = memos.set_memo_in(
            session, self.target, self.target_id, self.memo, coder_id, self.expected, what
        )
        if self.before is None:  # a first memo (again): not deleted now
            deletions.forget_deletions(session, deletions.MEMO_KINDS[self.target], [self.target_id])
        self.expected = None  # a redo after an undo writes what this edit wrote

    def _changed_nothing(self) -> bool:
        return self.before == self.memo

    def _revert(self, session: Session) -> None:
        memos.set_memo_in(session, self.target, self.target_id, self.before)
        if self.before is None:  # undoing a first memo deletes it
            deletions.log_deletions(
                session, deletions.MEMO_KINDS[self.target], [(self.target_id, self.memo[:200])]
            )

    def overwrites(self, project: Project) -> str | None:
        """The memo no longer holds what this edit (or its undo) left in it: someone saved
        another text since, which undoing (redoing) would replace."""
        left = self.memo if self._applied else self.before
        with project.session() as session:
            memo = memos.memo_in(session, self.target, self.target_id)
            now = memo.text if memo is not None else None
            if now == left:
                return None
            what = memos.memo_name(session, self.target, self.target_id)
            if memo is None:
                found = deletions.memo_deletion(session, self.target, self.target_id)
                if found is not None:  # who deleted it (or what it was on), and when
                    return deletions.said(what, found, deletions.MEMO_KINDS[self.target])
                return QT_TRANSLATE_NOOP("Memos", "{memo} was deleted by someone else").format(
                    memo=what
                )
            who = memos.memo_author(session, memo) or QT_TRANSLATE_NOOP("Memos", "someone").format()
            return QT_TRANSLATE_NOOP("Memos", "{memo} was changed by {who} at {time} UTC").format(
                memo=what, who=who, time=utc_minute(memo.updated_at)
            )


def _free_memo_changed(project: Project, row: dict[str, Any] | None) -> str | None:
    """What someone else changed in a free memo since it was ``row`` (its text or title),
    which deleting it now would lose; None when it is as it was, or gone."""
    if row is None:
        return None
    with project.session() as session:
        now = memos.free_memo_row(session, row["id"])
        if now is None or (now["text"], now["title"]) == (row["text"], row["title"]):
            return None
        memo = session.get(model.Memo, row["id"])
        what = memos.memo_name(session, memos.FREE, row["id"])
        who = memos.memo_author(session, memo) or QT_TRANSLATE_NOOP("Memos", "someone").format()
        return QT_TRANSLATE_NOOP("Memos", "{memo} was changed by {who} at {time} UTC").format(
            memo=what, who=who, time=utc_minute(now["updated_at"])
        )


@dataclass
class AddFreeMemo(Command):
    """Make a free memo titled ``title`` (on nothing, as NVivo's and MAXQDA's free memos);
    undo deletes it, redo puts it back with its id (``memo_id`` once applied)."""

    changes = frozenset({Change.MEMOS})
    title: str
    memo: str = ""
    memo_id: int | None = None
    row: dict[str, Any] | None = None  # as made, to redo it as it was

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "New free memo").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.row is not None:
            memos.restore_free_memo_in(session, self.row)
        else:
            self.memo_id = memos.add_free_memo_in(session, self.title, coder_id, self.memo)
            self.row = memos.free_memo_row(session, self.memo_id)
        # there (again): nothing says a memo with its id is deleted (an id used anew)
        deletions.forget_deletions(session, model.DeletedKind.FREE_MEMO, [self.memo_id])

    def _revert(self, session: Session) -> None:
        assert self.memo_id is not None
        gone = memos.delete_free_memo_in(session, self.memo_id)
        if gone is not None:
            self.row = gone  # what someone wrote in it since comes back with a redo
            # undoing its making deletes it: logged as a deletion (as a first memo's undo)
            deletions.log_deletions(
                session, model.DeletedKind.FREE_MEMO, [(self.memo_id, gone["title"])]
            )

    def overwrites(self, project: Project) -> str | None:
        return _free_memo_changed(project, self.row) if self._applied else None


@dataclass
class RenameFreeMemo(Command):
    """Give a free memo (``memo_id``) another title; undo gives back the one it had."""

    changes = frozenset({Change.MEMOS})
    memo_id: int
    title: str
    before: str | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Rename free memo").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = memos.rename_free_memo_in(session, self.memo_id, self.title)

    def _changed_nothing(self) -> bool:
        return self.before == " ".join(self.title.split())

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        memos.rename_free_memo_in(session, self.memo_id, self.before)


@dataclass
class DeleteFreeMemo(Command):
    """Delete a free memo (``memo_id``); undo puts it back as it was: id, title, text."""

    changes = frozenset({Change.MEMOS})
    memo_id: int
    row: dict[str, Any] | None = None
    _deleted: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete free memo").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        gone = memos.delete_free_memo_in(session, self.memo_id)
        self._deleted = gone is not None
        if gone is not None:
            self.row = gone
            # the deletions log names who deleted it, and its title (schema 0009)
            deletions.log_deletions(
                session, model.DeletedKind.FREE_MEMO, [(self.memo_id, gone["title"])]
            )
        elif self.row is None:  # deleted by someone else before this began: who, and when
            raise NotFoundError(memos.free_memo_gone(session, self.memo_id))

    def _changed_nothing(self) -> bool:
        return not self._deleted

    def _revert(self, session: Session) -> None:
        if self.row is not None:
            memos.restore_free_memo_in(session, self.row)
            deletions.forget_deletions(session, model.DeletedKind.FREE_MEMO, [self.memo_id])

    def overwrites(self, project: Project) -> str | None:
        # redoing the deletion would take along what someone wrote in it since
        return None if self._applied else _free_memo_changed(project, self.row)
