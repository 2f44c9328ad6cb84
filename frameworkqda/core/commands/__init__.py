"""Undoable commands: the one public way to change a project, for the GUI, the CLI and scripts.

A command is built with its arguments, then ``apply(project)`` does it and ``revert(project)``
undoes it; each call is one transaction. ``apply`` after ``revert`` redoes it with the same ids,
so later commands on a stack still find the rows they refer to. Qt's ``QUndoCommand.redo`` and
``undo`` call ``apply`` and ``revert`` (gui/undo.py); nothing here knows about Qt.

Codebook changes (add, rename, move, merge, delete, apply a template, import a file) record a
snapshot of the rows they may touch (the codebook itself and the segments, cells, scores and
memos of the codes involved) and undo by putting that snapshot back (:mod:`.snapshot`);
segment, cell, case, document and memo commands record just the rows they change (deleting
a document records it with its file, pages, passages and memos). Callers use
the names below, as ``commands.X``: each loads its module on first use, so a command line
verb that adds a segment does not load the charting engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from frameworkqda.core.commands.base import (
    CODES_AND_WHAT_HANGS_ON_THEM,
    Change,
    Changes,
    Command,
    UndoStack,
    apply_together,
    revert_together,
)

if TYPE_CHECKING:
    from frameworkqda.core.commands.bulk import ChartFromCsv, CodeFromCsv
    from frameworkqda.core.commands.cases import (
        AddCase,
        AddFreeMemo,
        AssignDocuments,
        ChangeAttributeKind,
        DeleteAttribute,
        DeleteCase,
        DeleteFreeMemo,
        RenameAttribute,
        RenameCase,
        RenameFreeMemo,
        ReorderCases,
        SetAttribute,
        SetMemo,
        SetRead,
    )
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
    from frameworkqda.core.commands.documents import DeleteDocuments, RenameDocument
    from frameworkqda.core.commands.segments import (
        AddSegment,
        Autocode,
        CodeRanges,
        DeleteSegment,
        DeleteSegments,
        RecodeSegments,
        UpdateSegment,
    )
    from frameworkqda.core.commands.snapshot import Snapshot, restore, take_snapshot

_HOMES = {
    "AddCase": "cases",
    "AssignDocuments": "cases",
    "ChangeAttributeKind": "cases",
    "DeleteAttribute": "cases",
    "RenameAttribute": "cases",
    "DeleteCase": "cases",
    "RenameCase": "cases",
    "ReorderCases": "cases",
    "SetAttribute": "cases",
    "SetMemo": "cases",
    "AddFreeMemo": "cases",
    "DeleteFreeMemo": "cases",
    "RenameFreeMemo": "cases",
    "SetRead": "cases",
    "ChartFromCsv": "bulk",
    "CodeFromCsv": "bulk",
    "DraftSummaries": "cells",
    "DraftSummary": "cells",
    "SetCell": "cells",
    "DeleteDocuments": "documents",
    "RenameDocument": "documents",
    "AddCode": "codebook",
    "AddingCodebookCommand": "codebook",
    "ApplyTemplate": "codebook",
    "CodebookCommand": "codebook",
    "DeleteCode": "codebook",
    "ImportCodebook": "codebook",
    "MergeCodes": "codebook",
    "MoveCode": "codebook",
    "UpdateCode": "codebook",
    "AddSegment": "segments",
    "Autocode": "segments",
    "CodeRanges": "segments",
    "DeleteSegment": "segments",
    "DeleteSegments": "segments",
    "RecodeSegments": "segments",
    "UpdateSegment": "segments",
    "Snapshot": "snapshot",
    "restore": "snapshot",
    "take_snapshot": "snapshot",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "CODES_AND_WHAT_HANGS_ON_THEM",
    "AddCase",
    "AddCode",
    "AddFreeMemo",
    "AddSegment",
    "AddingCodebookCommand",
    "ApplyTemplate",
    "AssignDocuments",
    "Autocode",
    "Change",
    "ChangeAttributeKind",
    "Changes",
    "ChartFromCsv",
    "CodeFromCsv",
    "CodeRanges",
    "CodebookCommand",
    "Command",
    "DeleteAttribute",
    "DeleteCase",
    "DeleteCode",
    "DeleteDocuments",
    "DeleteFreeMemo",
    "DeleteSegment",
    "DeleteSegments",
    "DraftSummaries",
    "DraftSummary",
    "ImportCodebook",
    "MergeCodes",
    "MoveCode",
    "RecodeSegments",
    "RenameAttribute",
    "RenameCase",
    "RenameDocument",
    "RenameFreeMemo",
    "ReorderCases",
    "SetAttribute",
    "SetCell",
    "SetMemo",
    "SetRead",
    "Snapshot",
    "UndoStack",
    "UpdateCode",
    "UpdateSegment",
    "apply_together",
    "restore",
    "revert_together",
    "take_snapshot",
]
