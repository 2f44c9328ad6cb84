"""Merging a code into another keeps everything that hangs on it: one memo per target (the
two joined, marked), a duplicate passage's note, translation and memo joined onto the
surviving passage, and a preview that says so before; undo puts back exactly what was."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event, select

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


def test_another_coders_passage_on_the_same_range_is_not_joined(project_location: str) -> None:
    """Bob's passage of the merged code on the range alice coded with the target was joined
    onto hers and deleted: his coding gone, agreement on it lost. Two coders coding one range
    is agreement, as coding keeps it (per coder): it moves to the target as his."""
    with create_project(project_location) as project:
        b = writes.add_code(project, "Interpreters")
        a = writes.add_code(project, "Medical interpreters")
        doc = add_document(project, "plan", TEXT)
        project.coder_name = "alice"
        writes.add_segment(project, doc, b, 0, 9, note="alice's")
        project.coder_name = "bob"
        writes.add_segment(project, doc, a, 0, 9, note="bob's")

        preview = codebook.merge_preview(project, a, b)
        assert (preview.moved, preview.duplicates) == (1, 0)
        commands.MergeCodes(a, b).apply(project)
        with project.session() as session:
            rows = session.execute(
                select(model.Coder.name, model.Segment.code_id, model.Segment.note)
                .join(model.Coder, model.Segment.coder_id == model.Coder.id)
                .order_by(model.Coder.name)
            ).all()
        assert [tuple(row) for row in rows] == [("alice", b, "alice's"), ("bob", b, "bob's")]


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


def _statements(project: Project, action: Callable[[], object]) -> int:
    """How many statements ``action`` sends to the project's database."""
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    event.listen(project.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(project.engine, "before_cursor_execute", seen)
    return len(sent)


def test_a_merge_sends_as_many_statements_for_many_cells_as_for_few(
    project_location: str,
) -> None:
    """A merge read each joined cell's and passage's memo on its own (27 cells joined and
    3,389 passages moved froze the window 3 s on a big project; its undo sent a DELETE a
    passage): its preview, the merge, its undo and its redo now send as many statements for
    a code with 8 cells (joined, each with a memo; passages joined and moved, with notes and
    memos) as for one with 2."""
    with create_project(project_location) as project:
        cases = [writes.add_case(project, f"City {n}") for n in range(8)]
        doc = add_document(project, "plan", TEXT * 4, cases[0])
        sent: dict[int, list[int]] = {}
        for n in (2, 8):
            theme = writes.add_code(project, f"Health {n}")  # as many codes beside them
            kept = writes.add_code(project, f"Interpreters {n}", parent_id=theme)
            merged = writes.add_code(project, f"Medical interpreters {n}", parent_id=theme)
            for case in cases[:n]:
                for code in (kept, merged):
                    writes.set_cell(project, case, code, summary=f"{code} on {case}", value="Yes")
            with project.session() as session:
                cells = dict(
                    session.execute(
                        select(model.ChartCell.id, model.ChartCell.code_id).where(
                            model.ChartCell.code_id.in_((kept, merged))
                        )
                    ).all()
                )
            for cell, code in cells.items():
                writes.set_memo(project, "cell", cell, f"memo of cell {cell} of {code}")
            for index in range(n):
                start = 2 * index
                both = [
                    writes.add_segment(project, doc, code, start, start + 2, note=f"{code}")
                    for code in (kept, merged)
                ]
                for passage in both:
                    writes.set_memo(project, "segment", passage, f"memo of passage {passage}")
                alone = writes.add_segment(project, doc, merged, 40 + start, 42 + start)
                writes.set_memo(project, "segment", alone, "moves")
            merge = commands.MergeCodes(merged, kept)
            preview = _statements(
                project,
                lambda: codebook.merge_preview(project, merged, kept),  # noqa: B023
            )
            sent[n] = [
                preview,
                _statements(project, lambda: merge.apply(project)),  # noqa: B023
                _statements(project, lambda: merge.revert(project)),  # noqa: B023
                _statements(project, lambda: merge.apply(project)),  # noqa: B023
            ]
            assert merge.outcome is not None
            assert (merge.outcome.cells_joined, merge.outcome.duplicates) == (n, n)
            assert merge.outcome.moved == n and merge.outcome.memos_joined == 2 * n
        assert sent[2] == sent[8]
