"""Review service: every segment with case, page, coder; bulk recode/delete/add and reversal."""

from __future__ import annotations

from frameworkqda.core import model, review, workspace
from frameworkqda.core.codebook import tree as codebook_tree
from frameworkqda.core.store import create_project
from tests import writes


def _project(location: str):  # type: ignore[no-untyped-def]
    project = create_project(location, framework="mipex-local")
    with project.transaction() as session:
        case = model.Case(name="Hamamatsu")
        session.add(case)
        session.flush()
        document = model.Document(
            name="plan",
            kind=model.DocumentKind.PDF,
            sha256="0",
            text="𠮷田町の多文化共生。外国人市民会議を開く。",
            case_id=case.id,
            page_count=2,
        )
        session.add(document)
        session.flush()
        for number, (start, end) in enumerate(((0, 10), (10, 22)), 1):
            session.add(
                model.DocumentPage(
                    document_id=document.id,
                    page_number=number,
                    width=595,
                    height=842,
                    char_start=start,
                    char_end=end,
                )
            )
    return project


def test_rows_bulk_recode_delete_and_add(project_location: str) -> None:
    project = _project(project_location)
    with project:
        doc = workspace.documents(project)[0]
        measures = [c for c in workspace.codebook(project) if c.parent_id is not None]
        first = writes.add_segment(project, doc.id, measures[0].id, 4, 9)
        second = writes.add_segment(project, doc.id, measures[1].id, 10, 17)
        writes.update_segment(project, second, note="council", translation="migrant council")
        rows = review.segment_rows(project)
        assert [r.id for r in rows] == [first, second]
        assert rows[0].text == "多文化共生" and rows[0].page == 1
        assert rows[1].page == 2 and rows[1].case == "Hamamatsu"
        assert rows[1].translation == "migrant council" and rows[1].coder
        assert rows[0].code.endswith(f" / {measures[0].name}")

        before = writes.recode_segments(project, [first, second], measures[2].id)
        assert {r.code_id for r in review.segment_rows(project)} == {measures[2].id}
        writes.restore_codes(project, before)
        assert [r.code_id for r in review.segment_rows(project)] == [
            measures[0].id,
            measures[1].id,
        ]

        deleted = writes.delete_segments(project, [first, second])
        assert review.segment_rows(project) == []
        writes.restore_segments(project, deleted)
        restored = review.segment_rows(project)
        assert [r.id for r in restored] == [first, second]
        assert restored[1].note == "council"

        new = review.add_segments(project, measures[3].id, [(doc.id, 0, 2), (doc.id, 0, 2)])
        assert len(new) == 1
        assert review.add_segments(project, measures[3].id, [(doc.id, 0, 2)]) == []
        assert review.segment_rows(project)[0].text == "𠮷田"


def test_segment_table_csv_and_xlsx(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The file Review's Export shown… and ``segments -o`` write: the case beside the
    document, the page, the passage's text whole where the review row's is cut, its code by
    the path ``code`` takes; every column one ``code --from`` reads."""
    import codecs
    import csv

    import openpyxl
    import pytest

    from frameworkqda.core import bulk, segment_table
    from frameworkqda.core.errors import ValidationError

    project = _project(str(tmp_path / "p.fqda"))
    with project:
        doc = workspace.documents(project)[0]
        code = next(c for c in workspace.codebook(project) if c.parent_id is not None)
        writes.add_segment(project, doc.id, code.id, 10, 21)
        (row,) = review.segment_rows(project, text_limit=3)  # as the review table cuts it
        assert row.text == "外国人"
        with project.session() as session:
            (node,) = [n for n in codebook_tree(session) if n.id == code.id]
        table = segment_table.table_rows(project, [row])
    assert set(segment_table.COLUMNS) == {*bulk.SEGMENT_COLUMNS, *bulk.SEGMENT_OPTIONAL}
    segment_table.write_table(table, tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_bytes().startswith(codecs.BOM_UTF8)  # for Excel
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        (written,) = csv.DictReader(handle)
    assert list(written) == list(segment_table.COLUMNS)
    assert {k: written[k] for k in ("document", "case", "page", "start", "end", "code")} == {
        "document": "plan",
        "case": "Hamamatsu",
        "page": "2",
        "start": "10",
        "end": "21",
        "code": node.path,
    }
    assert written["text"] == "外国人市民会議を開く。"
    segment_table.write_table(table, tmp_path / "r.xlsx")
    header, cells = openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(values_only=True)
    assert header == segment_table.COLUMNS
    assert cells[:5] == ("plan", "Hamamatsu", 2, 10, 21) and cells[7] == "外国人市民会議を開く。"
    with pytest.raises(ValidationError):
        segment_table.write_table(table, tmp_path / "r.txt")


def test_undo_of_a_recode_puts_passages_back_in_one_update_per_code(
    project_location: str,
) -> None:
    """The undo of a recode of 2,922 passages sent one UPDATE a passage (6.6 s on a big
    project): it now sends one per code they were on (and per 500 passages), each passage
    back on its own code, through the command the GUI's Ctrl+Z reverts."""
    from sqlalchemy import event

    from frameworkqda.core import commands

    project = _project(project_location)
    with project:
        doc = workspace.documents(project)[0]
        measures = [c for c in workspace.codebook(project) if c.parent_id is not None]
        ranges = [(doc.id, start, start + 2) for start in range(0, 20)]
        first = review.add_segments(project, measures[0].id, ranges[:12])
        second = review.add_segments(project, measures[1].id, ranges[12:])
        recode = commands.RecodeSegments(first + second, measures[2].id)
        recode.apply(project)
        assert {r.code_id for r in review.segment_rows(project)} == {measures[2].id}
        updates: list[str] = []

        def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("UPDATE SEGMENTS"):
                updates.append(statement)

        event.listen(project.engine, "before_cursor_execute", seen)
        try:
            recode.revert(project)
        finally:
            event.remove(project.engine, "before_cursor_execute", seen)
        codes = {r.id: r.code_id for r in review.segment_rows(project)}
        assert codes == {
            **dict.fromkeys(first, measures[0].id),
            **dict.fromkeys(second, measures[1].id),
        }
        assert len(updates) == 2  # one a code, not 20 (one a passage)
