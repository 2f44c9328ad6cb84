"""Merging a code into another keeps everything that hangs on it: one memo per target (the
two joined, marked), a duplicate passage's note, translation and memo joined onto the
surviving passage, and a preview that says so before; undo puts back exactly what was."""

from __future__ import annotations

from sqlalchemy import select

from frameworkqda.core import codebook, commands, memos, model
from frameworkqda.core.store import Project, create_project
from tests import writes
from tests.core.engine_helpers import add_document

TEXT = "医療通訳を派遣する。通訳者を養成する。相談窓口を設ける。"


def _memos_on(project: Project, column: str, target_id: int) -> list[str]:
    with project.session() as session:
        return list(
            session.scalars(
                select(model.Memo.text)
                .where(getattr(model.Memo, column) == target_id)
                .order_by(model.Memo.id)
            )
        )


def _everything(project: Project) -> list[object]:
    """Every row a merge may touch, to compare before a merge and after its undo."""
    with project.session() as session:
        found: list[object] = []
        for entity in (model.Code, model.Segment, model.ChartCell, model.CellCharting, model.Memo):
            table = entity.__table__
            found.append(sorted(map(tuple, session.execute(select(table)).all()), key=repr))
        return found


def test_merging_codes_joins_their_memos_into_one(project_location: str) -> None:
    with create_project(project_location) as project:
        theme = writes.add_code(project, "Health")
        b = writes.add_code(project, "Interpreters", parent_id=theme)
        a = writes.add_code(project, "Medical interpreters", parent_id=theme)
        case = writes.add_case(project, "Hamamatsu")
        writes.set_memo(project, "code", a, "Memo on A")
        writes.set_memo(project, "code", b, "Memo on B")
        writes.set_cell(project, case, a, summary="cell of A")
        writes.set_cell(project, case, b, summary="cell of B")
        with project.session() as session:
            cell_a = session.scalars(
                select(model.ChartCell.id).where(model.ChartCell.code_id == a)
            ).one()
            cell_b = session.scalars(
                select(model.ChartCell.id).where(model.ChartCell.code_id == b)
            ).one()
        writes.set_memo(project, "cell", cell_a, "Cell memo of A")
        writes.set_memo(project, "cell", cell_b, "Cell memo of B")

        preview = codebook.merge_preview(project, a, b)
        assert preview.memos_joined == 2 and preview.cells_joined == 1
        merge = commands.MergeCodes(a, b)
        merge.apply(project)

        assert _memos_on(project, "code_id", b) == [
            "Memo on B\n\nFrom the merged code “Medical interpreters”:\nMemo on A"
        ]
        assert memos.memo_text(project, "code", b).endswith("Memo on A")
        assert memos.memoed(project, "code")[b].startswith("Memo on B")
        assert _memos_on(project, "cell_id", cell_b) == [
            "Cell memo of B\n\nFrom the merged code “Medical interpreters”:\nCell memo of A"
        ]
        # the code memo, edited as the memo dialog does, is the one memo the code has
        commands.SetMemo("code", b, "edited", expected=memos.memo_text(project, "code", b)).apply(
            project
        )
        assert _memos_on(project, "code_id", b) == ["edited"]


def test_undoing_a_merge_gives_each_code_its_own_memo_back(project_location: str) -> None:
    with create_project(project_location) as project:
        theme = writes.add_code(project, "Health")
        b = writes.add_code(project, "Interpreters", parent_id=theme)
        a = writes.add_code(project, "Medical interpreters", parent_id=theme)
        writes.set_memo(project, "code", a, "Memo on A")
        writes.set_memo(project, "code", b, "Memo on B")
        before = _everything(project)
        merge = commands.MergeCodes(a, b, heading="統合したコード「Medical interpreters」から：")
        merge.apply(project)
        assert _memos_on(project, "code_id", b) == [
            "Memo on B\n\n統合したコード「Medical interpreters」から：\nMemo on A"
        ]
        merge.revert(project)
        assert _everything(project) == before
        assert _memos_on(project, "code_id", a) == ["Memo on A"]
        assert _memos_on(project, "code_id", b) == ["Memo on B"]
        merge.apply(project)  # redo: the same one memo
        assert len(_memos_on(project, "code_id", b)) == 1


def test_a_duplicate_passage_keeps_its_note_translation_and_memo(project_location: str) -> None:
    with create_project(project_location) as project:
        theme = writes.add_code(project, "Health")
        b = writes.add_code(project, "Interpreters", parent_id=theme)
        a = writes.add_code(project, "Medical interpreters", parent_id=theme)
        osaka = writes.add_case(project, "Osaka")
        kyoto = writes.add_case(project, "Kyoto")
        doc = add_document(project, "plan", TEXT, osaka)
        kept = writes.add_segment(project, doc, b, 0, 9, note="B's note")
        dropped = writes.add_segment(
            project, doc, a, 0, 9, note="A note important", translation="Dispatch interpreters"
        )
        writes.add_segment(project, doc, a, 10, 18)
        writes.set_memo(project, "segment", dropped, "Passage memo of A")
        writes.set_cell(project, osaka, a, summary="A on Osaka", value="Yes")
        writes.set_cell(project, osaka, b, summary="B on Osaka", value="No")
        writes.set_cell(project, kyoto, a, summary="A on Kyoto", value="Yes")
        writes.set_cell(project, kyoto, b, summary="B on Kyoto", value="Yes")
        before = _everything(project)

        preview = codebook.merge_preview(project, a, b)
        assert (preview.moved, preview.duplicates) == (1, 1)
        assert (preview.cells_moved, preview.cells_joined) == (0, 2)
        assert preview.conflicts == (codebook.ValueConflict("Osaka", "No", "Yes"),)
        merge = commands.MergeCodes(a, b)
        merge.apply(project)
        assert merge.outcome == preview

        with project.session() as session:
            survivor = session.get(model.Segment, kept)
            assert survivor is not None
            assert survivor.note == (
                "B's note\n\nFrom the merged code “Medical interpreters”:\nA note important"
            )
            assert survivor.translation == "Dispatch interpreters"  # B had none: A's, as it was
            assert session.get(model.Segment, dropped) is None
        assert _memos_on(project, "segment_id", kept) == ["Passage memo of A"]

        merge.revert(project)
        assert _everything(project) == before


def test_a_short_memo_inside_the_targets_text_is_still_joined(project_location: str) -> None:
    with create_project(project_location) as project:
        b = writes.add_code(project, "Interpreters")
        a = writes.add_code(project, "Volunteers")
        same = writes.add_code(project, "Helpers")
        writes.set_memo(project, "code", a, "ok")
        writes.set_memo(project, "code", b, "Read the book")
        writes.set_memo(project, "code", same, "Read the book")
        writes.merge_codes(project, a, b)
        assert _memos_on(project, "code_id", b) == [
            "Read the book\n\nFrom the merged code “Volunteers”:\nok"
        ]
        writes.merge_codes(project, same, b)  # the same text is not written twice
        assert len(_memos_on(project, "code_id", b)) == 1
        assert memos.memo_text(project, "code", b).count("Read the book") == 1
