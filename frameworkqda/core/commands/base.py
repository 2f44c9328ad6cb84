"""The undoable step every command is, what it changes, and a plain undo stack for scripts.

Each command class declares ``changes``, the kinds of rows it may change (like Anki's
``OpChanges``): a front refreshes only the views that show those, and nothing outside the command
has to know or repeat it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import ChangedSinceError, ValidationError
from frameworkqda.core.messages import CLAUSES, QT_TRANSLATE_NOOP, Message, listed
from frameworkqda.core.store import Project
from frameworkqda.core.store.changes import note_changes, note_nothing_changed


class Change(enum.Enum):
    """A kind of thing a command changes; views name the kinds they show."""

    DOCUMENTS = "documents"  # a document's case or read mark, or the documents themselves
    CASES = "cases"
    CODEBOOK = "codebook"  # codes: names, tree, definitions, colours
    SEGMENTS = "segments"
    CELLS = "cells"  # chart cells: summaries and values
    MEMOS = "memos"
    SCORES = "scores"
    CODER = "coder"  # who codes now: no command changes it, the GUI session says so on a switch


Changes = frozenset[Change]

# A codebook change that deletes or merges codes takes what hangs on them along.
CODES_AND_WHAT_HANGS_ON_THEM: Changes = frozenset(
    {Change.CODEBOOK, Change.SEGMENTS, Change.CELLS, Change.MEMOS, Change.SCORES}
)


class Command(ABC):
    """One undoable step. ``text`` names it in an Edit menu (``Undo Auto-code “相談”``);
    ``changes`` says what it may change (apply and revert alike)."""

    text: str = ""
    changes: ClassVar[Changes] = frozenset()
    _applied = False
    # What the last apply or revert did otherwise than asked, because of what someone else
    # changed since (a document put back unassigned: its case is gone), for the front to say.
    said: tuple[Message, ...] = ()
    # The deletions log's last row when this was last applied or reverted: a refused undo or
    # redo names the items it refers to that were deleted after (not what it deleted itself).
    _deletions_seen = 0

    @property
    def cells(self) -> tuple[tuple[int, int], ...] | None:
        """The (case id, code id) cells it changed when it knows them and they are few (a view
        may refresh just these); None: whatever shows cells reloads."""
        return None

    @property
    def changed_segments(self) -> frozenset[int] | None:
        """The coded passages (segment ids) it changed, added or deleted, when it changed no
        other row of theirs and knows them: a table of passages may read just these again.
        None: whatever shows passages reloads."""
        return None

    @property
    def is_empty(self) -> bool:
        """True when applying changed nothing (e.g. every hit was already coded)."""
        return False

    def _changed_nothing(self) -> bool:
        """True when the apply just done (not yet committed) changed no row: the same value set
        again, a script run twice. When every step of a transaction says so, the change log
        records nothing (other programs have nothing to reload)."""
        return False

    @property
    def changed_nothing(self) -> bool:
        """Applied, and it found everything as asked and changed no row (a script run again):
        a CLI verb says "already present"."""
        return self._applied and self._changed_nothing()

    def overwrites(self, project: Project) -> str | None:
        """What undoing this now (or, once undone, redoing it) would write over: a change
        someone else saved since (in one line), so the front can ask first; None when there is
        nothing of theirs to lose."""
        return None

    def apply(self, project: Project) -> None:
        apply_together(project, [self])

    def revert(self, project: Project) -> None:
        revert_together(project, [self])

    def _note(self, session: Session) -> None:
        """Tell the change log what this changed, for other programs on the project."""
        note_changes(session, (change.value for change in self.changes), self.cells)

    @abstractmethod
    def _apply(self, session: Session, coder_id: int) -> None: ...

    @abstractmethod
    def _revert(self, session: Session) -> None: ...


def revert_together(project: Project, steps: list[Command]) -> None:
    """Undo commands that make one step (one, or a value set on many cells), last first, in
    one transaction: all or none. Undone one transaction each, another program taking the
    project between two left the step half undone, and it could then never be undone."""
    for step in steps:
        if not step._applied:
            raise ValidationError(f"{step.text}: not applied, nothing to undo")
    for step in steps:
        step.said = ()
    with _refused_if_changed(project, steps), project.transaction() as session:
        for step in reversed(steps):
            step._revert(session)
            step._note(session)
        seen = _last_deletion(session)
    for step in steps:
        step._applied = False
        step._deletions_seen = seen


def apply_together(project: Project, steps: list[Command]) -> None:
    """Do or redo commands that make one step, in order, in one transaction: all or none."""
    for step in steps:
        if step._applied:
            raise ValidationError(f"{step.text}: already applied")
    for step in steps:
        step.said = ()
    with _refused_if_changed(project, steps), project.transaction() as session:
        coder_id = project.coder(session).id
        for step in steps:
            step._apply(session, coder_id)
            step._note(session)
        if all(step._changed_nothing() for step in steps):
            note_nothing_changed(session)
        seen = _last_deletion(session)
    for step in steps:
        step._applied = True
        step._deletions_seen = seen


def _last_deletion(session: Session) -> int:
    return session.scalar(select(func.max(model.Deletion.id))) or 0


# The tables a refused row may name, longest first (so "chart_cells" is not read as "cells").
_THINGS = {
    "attribute_definitions": QT_TRANSLATE_NOOP("CoreCommand", "an attribute"),
    "case_attribute_values": QT_TRANSLATE_NOOP("CoreCommand", "an attribute value"),
    "chart_cells": QT_TRANSLATE_NOOP("CoreCommand", "a chart cell"),
    "documents": QT_TRANSLATE_NOOP("CoreCommand", "a document"),
    "segments": QT_TRANSLATE_NOOP("CoreCommand", "a coded passage"),
    "coders": QT_TRANSLATE_NOOP("CoreCommand", "a coder"),
    "memos": QT_TRANSLATE_NOOP("CoreCommand", "a memo"),
    "cases": QT_TRANSLATE_NOOP("CoreCommand", "a case"),
    "codes": QT_TRANSLATE_NOOP("CoreCommand", "a code"),
}


@contextlib.contextmanager
def _refused_if_changed(project: Project, steps: list[Command]) -> Iterator[None]:
    """The safety net under every undo and redo: a row it would put back that the database
    refuses (it refers to one someone else deleted since, or takes a name someone else gave
    since) rolls the whole step back and says so in one line, instead of a driver's error
    that left the step on the stack failing the same way each time. What it refers to that
    the deletions log says was deleted since is named, with who deleted it and when."""
    try:
        yield
    except IntegrityError as error:
        reason = str(error.orig or error)
        named = _deleted_since(project, steps) if "foreign key" in reason.lower() else None
        raise ChangedSinceError(named or changed_since(reason)) from error


# The fields, in a step's saved rows and its own, that name an item the deletions log may hold.
_REFERS = {
    "document_id": model.DeletedKind.DOCUMENT,
    "document_ids": model.DeletedKind.DOCUMENT,
    "case_id": model.DeletedKind.CASE,
    "case_ids": model.DeletedKind.CASE,
    "attribute_id": model.DeletedKind.ATTRIBUTE,
    "code_id": model.DeletedKind.CODE,
    "code_ids": model.DeletedKind.CODE,
    "parent_id": model.DeletedKind.CODE,  # only codes have parents
    "segment_id": model.DeletedKind.SEGMENT,
    "segment_ids": model.DeletedKind.SEGMENT,
}
# deleted items named in one refusal, the last deleted first; then how many more
_NAMED_AT_MOST = 3


def _deleted_since(project: Project, steps: list[Command]) -> Message | None:
    """``the document “plan.txt” it refers to was deleted by Taro at 2026-12-05 10:32 UTC``:
    the items the refused ``steps`` refer to (in the rows they saved to put back, or by their
    own ids) that the deletions log says someone deleted since they were last done or undone;
    None when it names none (deleted before schema 0006, or a passage taken along with its
    document: the step knew only the passage)."""
    refers: set[tuple[model.DeletedKind, int]] = set()
    seen: set[int] = set()
    for step in steps:
        seen.add(id(step))
        for name, value in vars(step).items():  # its fields, and what it saved to put back
            _references(value, refers, seen, name)
    if not refers:
        return None
    since = min(step._deletions_seen for step in steps)
    kinds = {kind for kind, _ in refers}
    with project.session() as session:
        logged = session.scalars(
            select(model.Deletion)
            .where(model.Deletion.id > since, model.Deletion.kind.in_(kinds))
            .order_by(model.Deletion.id.desc())
        ).all()
        found: dict[tuple[model.DeletedKind, int], deletions.Deletion] = {}
        for row in logged:
            key = (row.kind, row.item_id)
            if row.item_id is not None and key in refers and key not in found:
                found[key] = deletions.from_row(session, row)
    if not found:
        return None
    said = [
        deletions.said(
            QT_TRANSLATE_NOOP("CoreCommand", "{what} it refers to").format(
                what=deletions.named(deletion)
            ),
            deletion,
            deletion.kind,
        )
        for deletion in list(found.values())[:_NAMED_AT_MOST]
    ]
    more = len(found) - _NAMED_AT_MOST
    if more > 0:
        said.append(
            QT_TRANSLATE_NOOP(
                "CoreCommand", "also deleted since: %n more item(s) it refers to"
            ).format(n=more)
        )
    return listed(said, CLAUSES) if len(said) > 1 else said[0]


def _references(
    value: Any, found: set[tuple[model.DeletedKind, int]], seen: set[int], key: str = ""
) -> None:
    """Collect into ``found`` the (kind, id) of every item ``value`` names: under the keys of
    ``_REFERS`` in a saved row (a dict) or a step's fields, through lists, snapshots and the
    steps a step is made of."""
    kind = _REFERS.get(key)
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if kind is not None:
            found.add((kind, value))
        return
    if id(value) in seen:
        return
    if isinstance(value, dict):
        seen.add(id(value))
        for name, item in value.items():
            _references(item, found, seen, name if isinstance(name, str) else "")
    elif isinstance(value, (list, tuple, set, frozenset)):
        seen.add(id(value))
        for item in value:  # a list of ids keeps its key (document_ids); of rows, none
            _references(item, found, seen, key if kind is not None else "")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        for field in dataclasses.fields(value):
            _references(getattr(value, field.name), found, seen, field.name)


def changed_since(reason: str) -> Message:
    """The plain line for a database's refusal ``reason`` (SQLite's or PostgreSQL's words);
    the front puts it after "Not undone: <step>:" (or "Not redone")."""
    lowered = reason.lower()
    if "foreign key" in lowered:
        # PostgreSQL names the table the missing row was in; SQLite names nothing
        table = re.search(r'not present in table "(\w+)"', reason)
        thing = _THINGS.get(table[1]) if table else None
        if thing is not None:
            return QT_TRANSLATE_NOOP(
                "CoreCommand", "another coder has since deleted {thing} it refers to"
            ).format(thing=thing)
    elif "unique" in lowered and ("(name)" in lowered or ".name" in lowered):
        thing = next((word for table, word in _THINGS.items() if table in lowered), None)
        if thing is not None:
            return QT_TRANSLATE_NOOP(
                "CoreCommand", "another coder has since added {thing} of the same name"
            ).format(thing=thing)
    return QT_TRANSLATE_NOOP(
        "CoreCommand", "another coder has changed what it refers to since"
    ).format()


class UndoStack:
    """A plain undo/redo stack for the CLI and tests; the GUI wraps commands in QUndoCommand."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> Command:
        command.apply(self.project)
        self._done.append(command)
        self._undone.clear()
        return command

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done[-1]
        command.revert(self.project)  # refused: the step stays, as in the GUI
        self._undone.append(self._done.pop())
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        command.apply(self.project)
        self._done.append(self._undone.pop())
        return command

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)
