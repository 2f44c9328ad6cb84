"""Renaming and deleting documents: one undoable step each; undo puts every row back as it was."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from frameworkqda.core import commands, model
from frameworkqda.core.commands.snapshot import rows, table_of
from frameworkqda.core.errors import ChangedSinceError, ValidationError
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes
from tests.documents import japanese_pdf

AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # a deletion's time, as messages give it

TABLES = (
    model.Document,
    model.DocumentFile,
    model.DocumentPage,
    model.Segment,
    model.Memo,
    model.ChartCell,
    model.CellCharting,
    model.Case,
    model.Code,
)


def everything(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row (every column: ids, positions, coders, dates, bytes) a deletion can touch."""
    with project.session() as session:
        return {
            table_of(entity).name: sorted(
                (tuple(sorted(row.items())) for row in rows(session, entity)), key=repr
            )
            for entity in TABLES
        }


def _study(project: Project, folder: Path) -> dict[str, int]:
    """Two imported documents in a case (a PDF with pages, a text file), coded, with memos on
    the PDF, on a passage of it and on the case's cell, and a cell summary."""
    pdf = japanese_pdf(folder / "hamamatsu.pdf", pages=2)
    text = folder / "kawasaki.txt"
    text.write_text("川崎市の多文化共生施策。相談窓口。\n", encoding="utf-8")
    results = import_documents(project, [pdf, text], case="Hamamatsu")
    pdf_id, text_id = (result.document_id for result in results)
    assert pdf_id is not None and text_id is not None
    code = writes.add_code(project, "Consultation")
    first = writes.add_segment(project, pdf_id, code, 0, 5, note="a note")
    writes.add_segment(project, pdf_id, code, 6, 12)
    commands.UpdateSegment(first, translation="a translation").apply(project)
    kept = writes.add_segment(project, text_id, code, 0, 3)
    writes.set_memo(project, "document", pdf_id, "why this plan matters")
    writes.set_memo(project, "segment", first, "on the first passage")
    writes.set_read(project, pdf_id, True)
    with project.session() as session:
        case_id = session.scalars(select(model.Case.id)).one()
    writes.set_cell(project, case_id, code, summary="Consultation desks in both cities")
    return {"pdf": pdf_id, "text": text_id, "code": code, "kept": kept, "case": case_id}


def test_deleting_a_document_takes_what_hangs_on_it_and_undo_puts_back_every_row(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        before = everything(project)
        assert len(before["document_pages"]) == 2 and len(before["document_files"]) == 2
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        assert isinstance(command, commands.DeleteDocuments) and command.passages == 2
        after = everything(project)
        with project.session() as session:
            assert session.get(model.Document, ids["pdf"]) is None
            assert {s.document_id for s in session.scalars(select(model.Segment))} == {ids["text"]}
            assert session.scalars(select(model.Memo)).all() == []
            assert session.scalars(select(model.DocumentPage)).all() == []
            assert [f.document_id for f in session.scalars(select(model.DocumentFile))] == [
                ids["text"]
            ]
            cell = session.scalars(select(model.ChartCell)).one()  # the researcher's writing
            assert cell.summary == "Consultation desks in both cities"
        stack.undo()
        assert everything(project) == before
        stack.redo()
        assert everything(project) == after
        stack.undo()
        assert everything(project) == before


def test_several_documents_go_in_one_step(project_location: str, tmp_path: Path) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        before = everything(project)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"], ids["text"]]))
        assert command.text == "Delete 2 documents"
        with project.session() as session:
            assert session.scalars(select(model.Document)).all() == []
            assert session.scalars(select(model.Segment)).all() == []
            assert session.scalars(select(model.ChartCell)).one().summary
        stack.undo()
        assert everything(project) == before


def test_undo_after_the_same_file_was_imported_again_keeps_both(
    project_location: str, tmp_path: Path
) -> None:
    """The usual mistake: delete the wrong import, import the file again, then undo. The new
    import took the freed name (and, on SQLite, the freed id): the one put back is named as
    import names a second file, its passages and memos follow it, and redo deletes it again."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        again = import_documents(project, [tmp_path / "hamamatsu.pdf"])[0].document_id
        stack.undo()
        assert command.said == (  # said, not two identical files side by side unexplained
            "put back as “hamamatsu (2).pdf”: the same file was imported again since as "
            "“hamamatsu.pdf”",
        )
        with project.session() as session:
            names = dict(session.execute(select(model.Document.id, model.Document.name)).all())
            assert names[again] == "hamamatsu.pdf"
            back = command.document_ids[0]
            assert back != again and names[back] == "hamamatsu (2).pdf"
            passages = session.scalars(
                select(model.Segment).where(model.Segment.document_id == back)
            ).all()
            assert len(passages) == 2
            assert session.scalar(select(model.Memo.id).where(model.Memo.document_id == back))
        stack.redo()
        with project.session() as session:
            assert session.get(model.Document, back) is None
            assert session.get(model.Document, again) is not None


def test_undo_after_the_case_was_deleted_puts_the_document_back_unassigned_and_says_so(
    project_location: str, tmp_path: Path
) -> None:
    """Hanako deletes a document, Taro deletes its case, Hanako undoes: the document, its
    passages and memos come back, unassigned (the database refused the case it was in), and
    the undo says so instead of failing on a foreign key every time it is tried."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            writes.delete_case(taro, ids["case"])
        stack.undo()
        assert len(command.said) == 1 and re.fullmatch(  # who deleted it: the deletions log
            "1 document put back unassigned: their case “Hamamatsu” was deleted by Taro at "
            f"{AT} UTC",
            command.said[0],
        )
        with project.session() as session:
            document = session.get(model.Document, ids["pdf"])
            assert document is not None and document.case_id is None
            assert len(session.scalars(select(model.Segment)).all()) == 3
        stack.redo()
        assert command.said == ()


def test_undo_after_a_code_was_deleted_leaves_its_passages_out_and_says_so(
    project_location: str, tmp_path: Path
) -> None:
    """Taro deletes a code the deleted document's passages were coded with: the document and
    its other passages come back; that code's passages (and their memos) stay out, as the
    code's deletion took its passages everywhere, and the undo says how many."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        other = writes.add_code(project, "Interpreting")
        writes.add_segment(project, ids["pdf"], other, 13, 15)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            writes.delete_code(taro, ids["code"])
        stack.undo()
        assert len(command.said) == 1 and re.fullmatch(
            "2 coded passages not put back: their code “Consultation” was deleted by Taro at "
            f"{AT} UTC",
            command.said[0],
        )
        with project.session() as session:
            assert session.get(model.Document, ids["pdf"]) is not None
            passages = session.scalars(select(model.Segment)).all()
            assert [(p.document_id, p.code_id) for p in passages] == [(ids["pdf"], other)]
            assert session.scalar(select(model.Memo.id).where(model.Memo.document_id == ids["pdf"]))


def test_an_undo_the_database_refuses_is_one_plain_error_and_changes_nothing(
    project_location: str, tmp_path: Path
) -> None:
    """The safety net under every undo: Hanako deletes a case, Taro deletes the code of its
    chart cell; her undo would put back a cell on a code gone. Instead of the driver's
    IntegrityError: a ChangedSinceError in plain words, nothing put back, the step kept."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteCase(ids["case"]))
        with open_project(project_location) as taro:
            writes.delete_code(taro, ids["code"])
        before = everything(project)
        with pytest.raises(ChangedSinceError) as refused:  # who deleted it: the log says
            command.revert(project)
        assert re.fullmatch(
            r"the code “Consultation” it refers to was deleted by \S+ at [\d: -]+ UTC",
            str(refused.value),
        )
        assert everything(project) == before
        assert command._applied
        with project.transaction() as session:  # a log that knows nothing (before 0006)
            session.execute(delete(model.Deletion))
        with pytest.raises(ChangedSinceError, match="another coder has") as refused:
            command.revert(project)
        if "postgresql" in project_location:
            assert str(refused.value) == "another coder has since deleted a code it refers to"
        assert command._applied


def test_undoing_a_case_deletion_after_a_case_of_its_name_was_added_is_refused(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteCase(ids["case"]))
        with open_project(project_location) as taro:
            writes.add_case(taro, "Hamamatsu")
        before = everything(project)
        with pytest.raises(ChangedSinceError) as refused:
            command.revert(project)
        assert str(refused.value) == (
            "another coder has since added a case named “Hamamatsu”; "
            "rename or delete it, then undo again"
        )
        assert everything(project) == before


def test_redo_says_it_would_delete_passages_coded_since_the_undo(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        assert command.overwrites(project) is None
        stack.undo()
        assert command.overwrites(project) is None
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            writes.add_segment(taro, ids["pdf"], ids["code"], 20, 25)
        said = command.overwrites(project)
        assert said == (
            "1 coded passage or memo saved since on the documents would be deleted (by Taro)"
        )


def test_redo_of_a_deletion_asks_when_a_note_was_edited_since_the_undo(
    project_location: str, tmp_path: Path
) -> None:
    """Taro writes a long note on a passage of the document Hanako deleted and brought back:
    her redo would delete it; only new passages counted, so it went without a question."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.DeleteDocuments([ids["pdf"]]))
        stack.undo()
        with project.session() as session:
            first = session.scalars(
                select(model.Segment.id).where(model.Segment.document_id == ids["pdf"])
            ).first()
        assert first is not None
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            writes.update_segment(taro, first, note="Taro's long analytic note")
        assert command.overwrites(project) == (
            "1 coded passage or memo added or changed since on the documents would be deleted"
        )


def test_undoing_a_rename_someone_renamed_over_since_asks_first(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        command = stack.push(commands.RenameDocument(ids["text"], "kawasaki-hanako.txt"))
        assert command.overwrites(project) is None
        with open_project(project_location) as taro:
            commands.RenameDocument(ids["text"], "川崎市 (taro).txt").apply(taro)
        assert command.overwrites(project) == (
            "the document “kawasaki-hanako.txt” has been renamed “川崎市 (taro).txt” since"
        )
        stack.undo()
        assert command.overwrites(project) is None
        with open_project(project_location) as taro:
            commands.RenameDocument(ids["text"], "again.txt").apply(taro)
        assert command.overwrites(project) == (  # redoing would write over it too
            "the document “kawasaki.txt” has been renamed “again.txt” since"
        )


def test_undoing_a_rename_of_a_document_deleted_since_is_not_undone(
    project_location: str, tmp_path: Path
) -> None:
    """Was 'Undone' although nothing was: the document came back later still renamed."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        stack.push(commands.RenameDocument(ids["text"], "kawasaki-hanako.txt"))
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            commands.DeleteDocuments([ids["text"]]).apply(taro)
        with pytest.raises(ChangedSinceError) as refused:
            stack.undo()
        assert re.fullmatch(  # who deleted it, and when (the deletions log)
            f"the document “kawasaki-hanako.txt” was deleted by Taro at {AT} UTC",
            str(refused.value),
        )


def test_rename_is_undoable_and_spelled_as_import_spells_names(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        decomposed = unicodedata.normalize("NFD", " 浜松市\nプラン.pdf ")
        stack.push(commands.RenameDocument(ids["pdf"], decomposed))
        with project.session() as session:
            document = session.get(model.Document, ids["pdf"])
            assert document is not None
            assert document.name == "浜松市 プラン.pdf"  # one line, composed (NFC), trimmed
            assert document.filename == "hamamatsu.pdf"  # the original file's name stays
        stack.undo()
        with project.session() as session:
            assert session.get(model.Document, ids["pdf"]).name == "hamamatsu.pdf"  # type: ignore[union-attr]
        with pytest.raises(ValidationError, match="another document has it"):
            commands.RenameDocument(ids["pdf"], "kawasaki.txt").apply(project)
        with pytest.raises(ValidationError, match="needs a name"):
            commands.RenameDocument(ids["pdf"], "  ").apply(project)


def test_undoing_coding_whose_document_was_deleted_since_names_the_passage(
    project_location: str, tmp_path: Path
) -> None:
    """Was 'no segment with id 18': the passage is named by its words and its document."""
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        stack = commands.UndoStack(project)
        stack.push(commands.AddSegment(ids["text"], ids["code"], 4, 12))
        edit = stack.push(commands.UpdateSegment(ids["kept"], note="advisory"))
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            commands.DeleteDocuments([ids["text"]]).apply(taro)
        with pytest.raises(ChangedSinceError) as refused:
            edit.revert(project)  # was: put the passage back into a document gone (IntegrityError)
        assert re.fullmatch(
            "the coded passage “川崎市” was deleted with the document “kawasaki.txt” by Taro "
            f"at {AT} UTC",
            str(refused.value),
        )
        stack._done.pop()
        with pytest.raises(ChangedSinceError) as refused:
            stack.undo()
        assert re.fullmatch(
            "the coded passage “多文化共生施策。” was deleted with the document “kawasaki.txt” "
            f"by Taro at {AT} UTC",
            str(refused.value),
        )


def test_undoing_a_cell_whose_case_was_deleted_since_names_the_case_not_its_id(
    project_location: str, tmp_path: Path
) -> None:
    with create_project(project_location) as project:
        ids = _study(project, tmp_path)
        command = commands.SetCell(ids["case"], ids["code"], summary="Desks on weekdays")
        command.apply(project)
        with open_project(project_location) as taro:
            taro.coder_name = "Taro"
            commands.DeleteCase(ids["case"]).apply(taro)
        assert re.fullmatch(
            "cell Hamamatsu × Consultation was deleted with the case “Hamamatsu” by Taro at "
            f"{AT} UTC",
            command.overwrites(project) or "",
        )


@pytest.mark.parametrize("unit", ["hit", "sentence"])
def test_coding_ranges_skips_those_of_a_document_deleted_since_and_counts_them(
    project_location: str, unit: str
) -> None:
    """A search's hits outlive a document another coder deletes: "the hit only" inserted a
    passage of no document (refused by the database), and no one was told what was left."""
    from tests.core.engine_helpers import add_document

    with create_project(project_location) as project:
        kept = add_document(project, "kept.txt", "One cat. Two cats.\n")
        gone = add_document(project, "gone.txt", "A cat.\n")
        with project.transaction() as session:
            theme = model.Code(name="Theme")
            session.add(theme)
            session.flush()
            code = model.Code(name="Cats", parent_id=theme.id)
            session.add(code)
            session.flush()
            code_id = code.id
        commands.DeleteDocuments([gone]).apply(project)
        command = commands.CodeRanges(code_id, [(kept, 4, 7), (kept, 13, 17), (gone, 2, 5)], unit)  # type: ignore[arg-type]
        command.apply(project)
        assert command.skipped == 1
        with project.session() as session:
            coded = session.execute(select(model.Segment.document_id, model.Segment.start)).all()
        assert {d for d, _ in coded} == {kept} and len(coded) == len(command.created or [])
        assert len(coded) == (2 if unit == "hit" else 1)  # the two sentences are one line
        command.revert(project)
        command.apply(project)  # redo: the same passages
        assert command.skipped == 1 and len(command.created or []) == len(coded)
