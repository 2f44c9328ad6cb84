"""``frameworkqda document``: list, rename and delete documents from the command line."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
from frameworkqda.core import model
from frameworkqda.core.store import open_project
from tests import writes


def _said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_rename_and_delete(study: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_project(study) as project:
        with project.session() as session:
            document_id = session.scalars(select(model.Document.id)).one()
            case_id = session.scalars(select(model.Case.id)).one()
        code = writes.add_code(project, "Consultation")
        writes.add_segment(project, document_id, code, 0, 3)
        writes.add_segment(project, document_id, code, 5, 9, note="desk")
        writes.set_memo(project, "document", document_id, "a memo")
        writes.set_cell(project, case_id, code, summary="desks")
    assert _said(capsys, "document", "list", study) == (
        0,
        f"memo.txt\t-\ttext\t-\t2 coded passages\tunread\t{document_id}\n",
        "",
    )

    decomposed = unicodedata.normalize("NFD", "浜松市 ガイド.txt")
    assert _said(capsys, "document", "rename", study, "memo.txt", decomposed) == (
        0,
        "renamed document memo.txt to 浜松市 ガイド.txt\n",
        "",
    )
    listed = _said(capsys, "document", "list", study)[1]
    assert listed.startswith("浜松市 ガイド.txt\t")  # composed (NFC), as import stores names

    assert _said(capsys, "document", "delete", study, str(document_id)) == (
        0,
        "deleted 1 document (浜松市 ガイド.txt) with 2 coded passages\n",
        "",
    )
    assert _said(capsys, "document", "list", study) == (0, "", "")
    with open_project(study) as project, project.session() as session:
        assert session.scalars(select(model.Segment)).all() == []
        assert session.scalars(select(model.Memo)).all() == []
        assert session.scalars(select(model.ChartCell.summary)).one() == "desks"

    code_, _, err = _said(capsys, "document", "delete", study, "memo.txt")
    assert code_ == 1 and err.endswith("no document named “memo.txt”\n")


def test_deleting_a_document_says_whose_passages_went_with_it(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``document delete`` by Taro said "with 2 coded passages", not that one was Hanako's."""
    with open_project(study) as project:
        with project.session() as session:
            document_id = session.scalars(select(model.Document.id)).one()
        code = writes.add_code(project, "Consultation")
        project.coder_name = "Hanako"
        writes.add_segment(project, document_id, code, 0, 3)
        project.coder_name = "Taro"
        writes.add_segment(project, document_id, code, 5, 9)
    assert _said(capsys, "document", "delete", study, "memo.txt", "--coder", "Taro") == (
        0,
        "deleted 1 document (memo.txt) with 2 coded passages, including 1 by Hanako\n",
        "",
    )
