"""Coding: ranges in code points (outside the BMP too), overlaps, notes, auto-coding."""

from __future__ import annotations

import pytest

from frameworkqda.core import coding
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes
from tests.core.engine_helpers import add_document

TEXT = "𠮷田市の多文化共生。外国人相談窓口。ｿｳﾀﾞﾝ。⼀元的な相談。"


def test_segments_overlap_and_validate_ranges(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Consultation")
        other = writes.add_code(project, "Coexistence")
        doc = add_document(project, "d", TEXT)
        first = writes.add_segment(project, doc, code, 0, 3, note="city", translation="Yoshida")
        writes.add_segment(project, doc, other, 1, 9)  # overlaps
        # the same code over more text: the passage grows (one passage, not two)
        assert writes.add_segment(project, doc, code, 0, 9) == first
        with pytest.raises(ValidationError):
            writes.add_segment(project, doc, code, 0, 3)  # coded already
        for start, end in [(-1, 2), (3, 3), (5, 2), (0, len(TEXT) + 1)]:
            with pytest.raises(ValidationError):
                writes.add_segment(project, doc, code, start, end)
        writes.add_segment(project, doc, code, len(TEXT) - 1, len(TEXT))  # last code point
        before = writes.update_segment(project, first, end=4, note="")
        assert (before.end, before.note) == (9, "city")
        record = coding.get_segment(project, first)
        assert (record.end, record.note, record.translation) == (4, "", "Yoshida")
        writes.delete_segment(project, first)
        assert len(coding.segments_of_document(project, doc)) == 2


def test_autocode_is_japanese_aware_and_idempotent(project_location: str) -> None:
    with create_project(project_location) as project:
        code = writes.add_code(project, "Consultation")
        doc = add_document(project, "d", TEXT)
        created = writes.autocode(project, "相談", code)
        first, second = TEXT.index("相談"), TEXT.rindex("相談")
        assert [(r.start, r.end) for r in created] == [(first, first + 2), (second, second + 2)]
        assert TEXT.index("𠮷") == 0 and TEXT[first : first + 2] == "相談"  # code points
        assert len(writes.autocode(project, "ソウダン", code)) == 1  # half-width kana
        assert len(writes.autocode(project, "一元", code)) == 1  # ⼀ compatibility form
        assert writes.autocode(project, "相談", code) == []  # already coded
        # the hit overlaps the passage of 相談: it grows over the hit, no second passage
        assert writes.autocode(project, r"外国人\w{2}", code, regex=True) == []
        with pytest.raises(ValidationError):
            writes.autocode(project, "(", code, regex=True)
        spans = [(r.start, r.end) for r in coding.segments_of_document(project, doc)]
        assert (first - 3, first + 2) in spans and len(spans) == 4


def test_many_segments_go_in_as_a_batch_and_their_ids_come_back_in_order(
    project_location: str,
) -> None:
    """``insert_segments`` (bulk coding, auto-coding, REFI-QDA import): a few statements for
    1,200 rows, not one a row, whichever columns each row sets; every id is its row's."""
    from datetime import UTC, datetime

    from sqlalchemy import event, select

    from frameworkqda.core import model

    with create_project(project_location) as project:
        code = writes.add_code(project, "Consultation")
        doc = add_document(project, "d", "多文化共生" * 400)
        when = datetime(2024, 4, 1, tzinfo=UTC)
        rows = [
            {
                "document_id": doc,
                "code_id": code,
                "start": n,
                "end": n + 2,
                "note": f"row {n}",
                "coding_guid": model.new_guid(),
                **({"created_at": when} if n % 3 == 0 else {}),  # two sets of columns
            }
            for n in range(1200)
        ]
        statements: list[str] = []
        event.listen(project.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        with project.transaction() as session:
            ids = coding.insert_segments(session, rows[::-1])  # ids given out out of order
        assert len(statements) <= 2 + 2 * (1200 // coding.KEYS_PER_SELECT + 1)
        with project.session() as session:
            stored = {
                segment.id: (segment.start, segment.note, segment.created_at == when)
                for segment in session.scalars(select(model.Segment))
            }
        assert [stored[i] for i in ids] == [
            (row["start"], row["note"], "created_at" in row) for row in rows[::-1]
        ]
