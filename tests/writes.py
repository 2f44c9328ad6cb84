"""Short calls that change a test's project through the core's commands, the one way to write.

The core has no ``x(project)`` writes beside its commands (:mod:`frameworkqda.core.commands`);
tests that only need a case, a code or a segment to exist call these, which apply the command
(one transaction, the current coder as author) and return what the old calls returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from frameworkqda.core import charting, coding, commands, review
from frameworkqda.core.cases import AttributeValue
from frameworkqda.core.codebook import DeletePreview
from frameworkqda.core.codebook_io import ImportSummary
from frameworkqda.core.coding import SegmentRecord
from frameworkqda.core.kinds import AttributeKind
from frameworkqda.core.store import Project
from frameworkqda.core.text.units import Unit

C = TypeVar("C", bound=commands.Command)


def _apply(project: Project, command: C) -> C:
    command.apply(project)
    return command


def add_case(project: Project, name: str, description: str = "") -> int:
    case_id = _apply(project, commands.AddCase(name, description)).case_id
    assert case_id is not None
    return case_id


def rename_case(project: Project, case_id: int, name: str) -> None:
    _apply(project, commands.RenameCase(case_id, name))


def reorder_cases(project: Project, case_ids: list[int]) -> None:
    _apply(project, commands.ReorderCases(case_ids))


def delete_case(project: Project, case_id: int) -> None:
    _apply(project, commands.DeleteCase(case_id))


def set_attribute(
    project: Project,
    case_id: int,
    name: str,
    value: AttributeValue,
    kind: AttributeKind | None = None,
) -> None:
    _apply(project, commands.SetAttribute(case_id, name, value, kind))


def assign_documents(
    project: Project, case_id: int | None, document_ids: list[int]
) -> dict[int, int | None]:
    """Returns each document's previous case."""
    return _apply(project, commands.AssignDocuments(case_id, document_ids)).before


def set_read(project: Project, document_id: int, read: bool) -> bool:
    """Returns whether it was read before."""
    return _apply(project, commands.SetRead(document_id, read)).was


def set_memo(project: Project, target: str, target_id: int | None, text: str) -> str:
    """Returns the memo's previous text ("" when there was none)."""
    return _apply(project, commands.SetMemo(target, target_id, text)).before or ""


def import_codebook(project: Project, path: str | Path) -> ImportSummary:
    """Returns what the import created, updated and could not keep."""
    summary = _apply(project, commands.ImportCodebook(Path(path))).summary
    assert summary is not None
    return summary


def add_code(
    project: Project,
    name: str,
    *,
    parent_id: int | None = None,
    definition: str = "",
    colour: str | None = None,
    position: int | None = None,
) -> int:
    command = commands.AddCode(name, parent_id, definition, colour, position)
    code_id = _apply(project, command).code_id
    assert code_id is not None
    return code_id


def rename_code(project: Project, code_id: int, name: str) -> None:
    _apply(project, commands.UpdateCode(code_id, name=name))


def move_code(project: Project, code_id: int, parent_id: int | None, position: int) -> None:
    _apply(project, commands.MoveCode(code_id, parent_id, position))


def delete_code(project: Project, code_id: int) -> DeletePreview:
    preview = _apply(project, commands.DeleteCode(code_id)).preview
    assert preview is not None
    return preview


def merge_codes(project: Project, source_id: int, target_id: int) -> int:
    """Returns how many segments moved."""
    return _apply(project, commands.MergeCodes(source_id, target_id)).moved


def add_segment(
    project: Project,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    *,
    note: str = "",
    translation: str = "",
) -> int:
    command = commands.AddSegment(document_id, code_id, start, end, note, translation)
    segment_id = _apply(project, command).segment_id
    assert segment_id is not None
    return segment_id


def update_segment(
    project: Project,
    segment_id: int,
    *,
    code_id: int | None = None,
    start: int | None = None,
    end: int | None = None,
    note: str | None = None,
    translation: str | None = None,
) -> SegmentRecord:
    """Returns the segment as it was."""
    command = commands.UpdateSegment(segment_id, code_id, start, end, note, translation)
    before = _apply(project, command).before
    assert before is not None
    return before


def delete_segment(project: Project, segment_id: int) -> SegmentRecord:
    record = _apply(project, commands.DeleteSegment(segment_id)).record
    assert record is not None
    return record


def restore_segment(project: Project, record: SegmentRecord) -> int:
    """Put a deleted segment back with its id (what undoing the delete does)."""
    with project.transaction() as session:
        coding.restore_segment_in(session, record)
    return record.id


def autocode(
    project: Project,
    term: str,
    code_id: int,
    *,
    regex: bool = False,
    document_ids: list[int] | None = None,
    unit: Unit = "hit",
) -> list[SegmentRecord]:
    command = commands.Autocode(term, code_id, regex, document_ids, unit)
    return list(_apply(project, command).created or [])


def recode_segments(project: Project, segment_ids: Sequence[int], code_id: int) -> dict[int, int]:
    """Returns each segment's previous code."""
    return _apply(project, commands.RecodeSegments(list(segment_ids), code_id)).before


def restore_codes(project: Project, codes: dict[int, int]) -> None:
    with project.transaction() as session:
        review.restore_codes_in(session, codes)


def delete_segments(project: Project, segment_ids: Sequence[int]) -> list[SegmentRecord]:
    return _apply(project, commands.DeleteSegments(list(segment_ids))).records


def restore_segments(project: Project, segments: Sequence[SegmentRecord]) -> None:
    with project.transaction() as session:
        coding.reinsert_in(session, list(segments))


def set_cell(
    project: Project,
    case_id: int,
    code_id: int,
    *,
    summary: str | None = None,
    value: str | None = None,
    clear_value: bool = False,
) -> charting.CellState:
    """Returns the cell as it was."""
    command = commands.SetCell(case_id, code_id, summary, value, clear_value)
    before = _apply(project, command).before
    assert before is not None
    return before


def draft_empty_summaries(project: Project) -> int:
    """Draft every empty summary that has evidence; returns how many cells were drafted."""
    return _apply(project, commands.DraftSummaries(charting.plan_drafts(project))).count
