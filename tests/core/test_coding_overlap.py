"""Coding text a passage of the same code by the same coder already holds, or touches, makes
no second passage (the walkthrough's [0, 19) beside [5, 19)): the passage is widened to the
union, keeping its note and translation, in the same undoable step — auto-coding, code all
hits and code selection alike. Another coder's passage is left alone (that is agreement)."""

from __future__ import annotations

import pytest

from frameworkqda.core import coding, commands
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import Project, create_project
from tests import writes
from tests.core.engine_helpers import add_document

TEXT = "大阪市では日本語教室を開催しています。毎週です。日本語の本もあります。\n次の段落。"


def _passages(project: Project, document: int) -> list[tuple[object, ...]]:
    """Everything of each passage, its ids and GUIDs too: an undo puts back exactly this."""
    return [
        (r.id, r.code_id, r.start, r.end, r.note, r.translation, r.coder_id, r.guid, r.coding_guid)
        for r in coding.segments_of_document(project, document)
    ]


def _spans(project: Project, document: int) -> list[tuple[int, int, str]]:
    return [(r.start, r.end, r.note) for r in coding.segments_of_document(project, document)]


def test_autocode_widens_the_passage_it_overlaps_and_undo_puts_it_back(
    project_location: str,
) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese-language education")
        doc = add_document(project, "repro-overlap.txt", TEXT)
        writes.add_segment(project, doc, code, 5, 19, note="classes", translation="教室")
        before = _passages(project, doc)
        stack = commands.UndoStack(project)
        command = stack.push(commands.Autocode("日本語", code, unit="sentence"))
        assert isinstance(command, commands.Autocode)
        # the first sentence widens the passage; the third is a passage of its own
        assert _spans(project, doc) == [(0, 19, "classes"), (24, 35, "")]
        assert (command.count, command.already, len(command.extended)) == (1, 1, 1)
        [passage, _] = coding.segments_of_document(project, doc)
        assert (passage.id, passage.translation) == (before[0][0], "教室")
        after = _passages(project, doc)

        again = commands.Autocode("日本語", code, unit="sentence")
        again.apply(project)
        assert (again.count, again.already, again.extended) == (0, 2, [])  # nothing new
        assert again.is_empty and _passages(project, doc) == after

        stack.undo()
        assert _passages(project, doc) == before
        stack.redo()
        assert _passages(project, doc) == after


def test_code_all_hits_widens_passages_over_gaps_and_keeps_each(project_location: str) -> None:
    """A sentence across two passages fills the gap between them: neither is merged into the
    other (each keeps its note); a passage that only touches the sentence grows too."""
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese-language education")
        doc = add_document(project, "d", TEXT)
        writes.add_segment(project, doc, code, 0, 3, note="city")
        writes.add_segment(project, doc, code, 10, 12, note="hold")
        writes.add_segment(project, doc, code, 36, 37, note="line")  # after the line break
        before = _passages(project, doc)
        hit = TEXT.index("日本語")
        stack = commands.UndoStack(project)
        command = stack.push(commands.CodeRanges(code, [(doc, hit, hit + 3)], "sentence"))
        assert isinstance(command, commands.CodeRanges)
        assert _spans(project, doc) == [(0, 10, "city"), (10, 19, "hold"), (36, 37, "line")]
        assert (command.count, command.already, len(command.extended)) == (0, 1, 2)
        assert command.changed_segments == {before[0][0], before[1][0]}
        stack.undo()
        assert _passages(project, doc) == before


def test_a_passage_beside_it_stays_a_passage_of_its_own(project_location: str) -> None:
    """Two sentences coded one after the other are two passages, each with its own note and
    translation (only text shared with a passage widens it)."""
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese-language education")
        doc = add_document(project, "d", TEXT)
        first = writes.add_segment(project, doc, code, 0, 19)
        writes.update_segment(project, first, translation="Osaka holds Japanese classes.")
        writes.add_segment(project, doc, code, 19, 24)  # the next sentence, by hand
        writes.autocode(project, "段落", code, unit="sentence")  # the next line
        assert _spans(project, doc) == [(0, 19, ""), (19, 24, ""), (36, 41, "")]


def test_another_coders_passage_is_not_widened(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese-language education")
        doc = add_document(project, "d", TEXT)
        writes.add_segment(project, doc, code, 5, 19)
        project.coder_name = "花子"
        created = writes.autocode(project, "日本語", code, unit="sentence")
        assert [(r.start, r.end) for r in created] == [(0, 19), (24, 35)]
        assert len(coding.segments_of_document(project, doc)) == 3


def test_coding_a_selection_widens_the_passage_it_overlaps(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Japanese-language education")
        other = writes.add_code(project, "Consultation")
        doc = add_document(project, "d", TEXT)
        first = writes.add_segment(project, doc, code, 5, 19, translation="教室")
        writes.add_segment(project, doc, other, 0, 8)  # another code: a passage of its own
        before = _passages(project, doc)
        stack = commands.UndoStack(project)
        add = stack.push(commands.AddSegment(doc, code, 0, 8, note="Osaka"))
        assert isinstance(add, commands.AddSegment) and add.segment_id == first
        assert [(r.code_id, r.start, r.end, r.note, r.translation)
                for r in coding.segments_of_document(project, doc)] == [
            (other, 0, 8, "", ""), (code, 0, 19, "Osaka", "教室")
        ]  # fmt: skip
        stack.undo()
        assert _passages(project, doc) == before
        stack.redo()
        assert _spans(project, doc)[1] == (0, 19, "Osaka")
        with pytest.raises(ValidationError, match="already coded"):
            writes.add_segment(project, doc, code, 3, 10)  # inside it: nothing to code
        with pytest.raises(ValidationError, match="another note"):
            writes.add_segment(project, doc, code, 15, 25, note="other")  # one would be lost
