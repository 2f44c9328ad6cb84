"""A command that sets what is there already (the same cell value, attribute, memo, case of a
document, scores; a codebook import or auto-coding that finds everything there) changes no
row, so its transaction is neither counted nor logged: every such write bumped
``change_count`` and logged a change, which other programs reloaded for and which made a script
run twice leave the project different. A real change is still counted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from frameworkqda.core import cases, codebook, commands
from frameworkqda.core.importers import import_documents
from frameworkqda.core.kinds import AttributeKind
from frameworkqda.core.scores import SetScores
from frameworkqda.core.store import Project, create_project
from tests import writes

CONSULTATION = "Education/Consultation service"
HEALTH = "Health/Information in multiple languages"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    source = tmp_path / "plan.txt"
    source.write_text("浜松市は多言語で情報を提供し、外国人市民の相談窓口を設けている。\n", "utf-8")
    opened = create_project(tmp_path / "p.fqda", framework="mipex-local")
    import_documents(opened, [source])
    return opened


Step = Callable[[Project, dict[str, int]], commands.Command]

STEPS: dict[str, tuple[Step, Step]] = {
    # name: (the step, the same step with another value)
    "cell": (
        lambda p, ids: commands.SetCell(ids["case"], ids["code"], "hi", "Yes"),
        lambda p, ids: commands.SetCell(ids["case"], ids["code"], "hi", "No"),
    ),
    "attribute": (
        lambda p, ids: commands.SetAttribute(ids["case"], "Population", 5, AttributeKind.INTEGER),
        lambda p, ids: commands.SetAttribute(ids["case"], "Population", 6, AttributeKind.INTEGER),
    ),
    "assign": (
        lambda p, ids: commands.AssignDocuments(ids["case"], [ids["document"]]),
        lambda p, ids: commands.AssignDocuments(None, [ids["document"]]),
    ),
    "memo": (
        lambda p, ids: commands.SetMemo("case", ids["case"], "a memo"),
        lambda p, ids: commands.SetMemo("case", ids["case"], "another"),
    ),
    "scores": (
        lambda p, ids: SetScores({("S", ids["theme"]): 5.0}, "scores"),
        lambda p, ids: SetScores({("S", ids["theme"]): 6.0}, "scores"),
    ),
    "kind": (
        lambda p, ids: commands.ChangeAttributeKind(ids["attribute"], AttributeKind.INTEGER),
        lambda p, ids: commands.ChangeAttributeKind(ids["attribute"], AttributeKind.NUMBER),
    ),
    "autocode": (
        lambda p, ids: commands.Autocode("相談", ids["code"], False, None, "sentence"),
        lambda p, ids: commands.Autocode("多言語", ids["theme_code"], False, None, "hit"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(STEPS))
def test_setting_what_is_there_is_not_counted_and_a_change_is(project: Project, name: str) -> None:
    with project:
        ids = {"case": writes.add_case(project, "Kawasaki")}
        with project.session() as session:
            ids["code"] = codebook.resolve(session, CONSULTATION)
            ids["theme"] = codebook.resolve(session, "Education")
            ids["theme_code"] = codebook.resolve(
                session, "Health/Information in multiple languages"
            )
            ids["document"] = 1
        writes.set_attribute(project, ids["case"], "Households", 7)
        with project.session() as session:
            ids["attribute"] = cases.attribute_named(session, "Households").id
        same, other = STEPS[name]
        same(project, ids).apply(project)
        counted = project.change_count()
        again = same(project, ids)
        again.apply(project)
        assert project.change_count() == counted  # nothing changed: nothing counted
        other(project, ids).apply(project)
        assert project.change_count() == counted + 1
        again.revert(project)  # the undo of a step that changed nothing works as before


def test_a_codebook_import_that_finds_every_code_is_not_counted(
    project: Project, tmp_path: Path
) -> None:
    book = tmp_path / "book.csv"
    book.write_text("path,definition,colour\nNew/Sub,a definition,#ff0000\n", encoding="utf-8")
    with project:
        writes.import_codebook(project, book)
        counted = project.change_count()
        summary = writes.import_codebook(project, book)
        assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
        assert project.change_count() == counted
