"""Free memos: memos on nothing, each with a title, as many as a researcher keeps (NVivo's and
MAXQDA's free memos, QualCoder's journals), beside the one untitled project memo (schema
0008's ``uq_memos_project`` covers only that one). Made, written, deleted and put back through
the commands the GUI runs, on both backends (core/memos.py; docs/architecture.md)."""

from __future__ import annotations

import pytest

from frameworkqda.core import commands, memos
from frameworkqda.core.errors import NotFoundError, TextConflictError, ValidationError
from frameworkqda.core.store import create_project


def _free(project: object) -> list[tuple[str, str]]:
    return [
        (row.title, row.text)
        for row in memos.list_memos(project)  # type: ignore[arg-type]
        if row.target == memos.FREE
    ]


def test_free_memos_are_made_written_deleted_and_undone_beside_the_project_memo(
    project_location: str,
) -> None:
    with create_project(project_location, name="study") as project:
        project.coder_name = "Aiko"
        commands.SetMemo("project", None, "About the study").apply(project)
        ideas = commands.AddFreeMemo("Ideas")
        ideas.apply(project)
        diary = commands.AddFreeMemo("Fieldwork diary", "Day one")
        diary.apply(project)
        assert ideas.memo_id is not None and diary.memo_id is not None
        assert _free(project) == [("Fieldwork diary", "Day one"), ("Ideas", "")]
        assert memos.list_memos(project)[0].target == "project"

        # written like any memo, and checked like any: an edit begun on another text is refused
        commands.SetMemo(memos.FREE, ideas.memo_id, "Compare", expected="").apply(project)
        with pytest.raises(TextConflictError, match="the free memo “Ideas” was changed by Aiko"):
            commands.SetMemo(memos.FREE, ideas.memo_id, "Mine", expected="").apply(project)
        assert memos.memo_text(project, "project") == "About the study"
        assert memos.memo_text(project, memos.FREE, ideas.memo_id) == "Compare"

        # deleted, and put back as it was (its id, text and title) by undo; redo deletes again
        deleting = commands.DeleteFreeMemo(ideas.memo_id)
        deleting.apply(project)
        assert _free(project) == [("Fieldwork diary", "Day one")]
        with pytest.raises(
            ValidationError, match=r"^the free memo “Ideas” was deleted by Aiko at .* UTC; nothing"
        ):
            commands.SetMemo(memos.FREE, ideas.memo_id, "late").apply(project)
        deleting.revert(project)
        assert _free(project) == [("Fieldwork diary", "Day one"), ("Ideas", "Compare")]
        deleting.apply(project)
        deleting.revert(project)
        with pytest.raises(NotFoundError):
            commands.DeleteFreeMemo(9999).apply(project)

        # renamed, and named back by undo; no title would make it the project memo: refused
        renaming = commands.RenameFreeMemo(ideas.memo_id, " Ideas  for chapter 3 ")
        renaming.apply(project)
        assert _free(project) == [
            ("Fieldwork diary", "Day one"),
            ("Ideas for chapter 3", "Compare"),
        ]
        with pytest.raises(ValidationError, match="a free memo needs a title"):
            commands.RenameFreeMemo(ideas.memo_id, "  ").apply(project)
        renaming.revert(project)
        assert _free(project) == [("Fieldwork diary", "Day one"), ("Ideas", "Compare")]

        # undoing the making deletes it; redoing puts it back with its id
        diary.revert(project)
        assert _free(project) == [("Ideas", "Compare")]
        diary.apply(project)
        assert memos.memo_text(project, memos.FREE, diary.memo_id) == "Day one"
        with pytest.raises(ValidationError, match="a free memo needs a title"):
            commands.AddFreeMemo("   ").apply(project)
