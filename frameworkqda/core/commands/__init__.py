"""Undoable commands: the one public way to change a project, for the GUI, the CLI and scripts.

A command is built with its arguments, then ``apply(project)`` does it and ``revert(project)``
undoes it; each call is one transaction. ``apply`` after ``revert`` redoes it with the same ids,
so later commands on a stack still find the rows they refer to. Qt's ``QUndoCommand.redo`` and
``undo`` call ``apply`` and ``revert`` (gui/undo.py); nothing here knows about Qt.

Codebook changes (add, rename, move, merge, delete, apply a template, import a file) record a
snapshot of the rows they may touch (the codebook itself and the segments, cells, scores and
memos of the codes involved) and undo by putting that snapshot back (:mod:`.snapshot`);
segment, cell, case, document and memo commands record just the rows they change. Callers use
the names below, as ``commands.X``.
"""

from frameworkqda.core.commands.base import Command, UndoStack
from frameworkqda.core.commands.cases import AddCase, AssignDocuments, SetMemo, SetRead
from frameworkqda.core.commands.cells import DraftSummaries, DraftSummary, SetCell
from frameworkqda.core.commands.codebook import (
    AddCode,
    AddingCodebookCommand,
    ApplyTemplate,
    CodebookCommand,
    DeleteCode,
    ImportCodebook,
    MergeCodes,
    MoveCode,
    UpdateCode,
)
from frameworkqda.core.commands.segments import (
    AddSegment,
    Autocode,
    CodeRanges,
    DeleteSegment,
    DeleteSegments,
    RecodeSegments,
    UpdateSegment,
)
from frameworkqda.core.commands.snapshot import Snapshot, restore_snapshot, take_snapshot

__all__ = [
    "AddCase",
    "AddCode",
    "AddSegment",
    "AddingCodebookCommand",
    "ApplyTemplate",
    "AssignDocuments",
    "Autocode",
    "CodeRanges",
    "CodebookCommand",
    "Command",
    "DeleteCode",
    "DeleteSegment",
    "DeleteSegments",
    "DraftSummaries",
    "DraftSummary",
    "ImportCodebook",
    "MergeCodes",
    "MoveCode",
    "RecodeSegments",
    "SetCell",
    "SetMemo",
    "SetRead",
    "Snapshot",
    "UndoStack",
    "UpdateCode",
    "UpdateSegment",
    "restore_snapshot",
    "take_snapshot",
]
