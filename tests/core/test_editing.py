"""The desktop app's small write services: segments, case assignment, read marks, memos."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core import editing, model, workspace
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project


def test_segment_round_trip_and_restore_keeps_id(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with project.transaction() as session:
            session.add(
                model.Document(
                    name="d", kind=model.DocumentKind.TEXT, sha256="0", text="𠮷野家の多文化共生"
                )
            )
        doc = workspace.documents(project)[0]
        code = workspace.codebook(project)[1]
        with pytest.raises(ValidationError):
            editing.add_segment(project, doc.id, code.id, 3, 99)
        sid = editing.add_segment(project, doc.id, code.id, 4, 8)
        editing.update_segment(project, sid, note="n", translation="multicultural")
        data = editing.delete_segment(project, sid)
        assert workspace.segments(project, doc.id) == []
        assert editing.restore_segment(project, data) == sid
        (row,) = workspace.segments(project, doc.id)
        assert (row.start, row.end, row.note, row.translation) == (4, 8, "n", "multicultural")
        assert workspace.codebook(project)[1].segments == 1
        case = editing.add_case(project, "Osaka")
        assert editing.assign_document(project, doc.id, case) is None
        assert workspace.documents(project)[0].case_id == case
        assert editing.set_read(project, doc.id, True) is False
        assert workspace.documents(project)[0].read
        assert editing.set_memo_text(project, "project", None, "plan") == ""
        editing.set_memo_text(project, "case", case, "city memo")
        assert editing.memo_text(project, "project", None) == "plan"
        assert editing.memo_text(project, "case", case) == "city memo"
