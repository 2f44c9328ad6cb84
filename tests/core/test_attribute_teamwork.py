"""Two coders on one project and its case attributes: an undo of one's attribute step never
takes away, or crashes on, what the other did since (core/commands/cases.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frameworkqda.core import cases, commands, model
from frameworkqda.core.errors import FrameworkQDAError, NotFoundError, ValidationError
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes

INTEGER, TEXT = model.AttributeKind.INTEGER, model.AttributeKind.TEXT


@pytest.fixture
def pair(project_location: str) -> Iterator[tuple[Project, Project, dict[str, int]]]:
    """Hanako's and Taro's projects on one database, with three cities and a Population."""
    with create_project(project_location) as setup:
        ids = {name: writes.add_case(setup, name) for name in ("Hamamatsu", "Kawasaki", "Osaka")}
        writes.set_attribute(setup, ids["Osaka"], "Population", "2752412", TEXT)
        writes.set_attribute(setup, ids["Hamamatsu"], "Population", "790718", TEXT)
    a, b = open_project(project_location), open_project(project_location)
    a.coder_name, b.coder_name = "hanako", "taro"
    with a.session() as session:
        ids["Population"] = cases.attribute_named(session, "Population").id
    yield a, b, ids
    a.close()
    b.close()


def _values(project: Project, name: str) -> tuple[str, dict[str, object]] | None:
    sheet = cases.case_sheet(project)
    names = {case.id: case.name for case in sheet.cases}
    for attribute in sheet.attributes:
        if attribute.name == name:
            values = {names[c]: v for (c, i), v in sheet.values.items() if i == attribute.id}
            return attribute.kind.value, values
    return None


def test_undoing_a_change_of_kind_keeps_values_set_since(pair) -> None:  # type: ignore[no-untyped-def]
    """Undo of Text → Whole number deleted Kawasaki's value typed since and put Osaka's old
    value over the one set since."""
    a, b, ids = pair
    stack = commands.UndoStack(a)
    stack.push(commands.ChangeAttributeKind(ids["Population"], INTEGER, "Population"))
    writes.set_attribute(b, ids["Kawasaki"], "Population", 1538262)
    writes.set_attribute(b, ids["Osaka"], "Population", "2,800,000")
    stack.undo()
    assert _values(a, "Population") == (
        "text",
        {"Hamamatsu": "790718", "Kawasaki": "1538262", "Osaka": "2800000"},
    )


def test_undoing_a_change_of_kind_refuses_a_value_set_since_that_cannot_go_back(
    project_location: str,
) -> None:
    with create_project(project_location) as project:
        case = writes.add_case(project, "Osaka")
        writes.set_attribute(project, case, "Share", 3, INTEGER)
        with project.session() as session:
            share = cases.attribute_named(session, "Share").id
        stack = commands.UndoStack(project)
        stack.push(commands.ChangeAttributeKind(share, model.AttributeKind.NUMBER, "Share"))
        writes.set_attribute(project, case, "Share", 3.5)
        with pytest.raises(ValidationError, match=r"cannot go back to “Whole number”: “3\.5” of"):
            stack.undo()
        assert _values(project, "Share") == ("number", {"Osaka": 3.5})


def test_undoing_the_value_that_made_an_attribute_keeps_the_others_values(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    stack = commands.UndoStack(a)
    stack.push(commands.SetAttribute(ids["Osaka"], "Languages offered", 12))
    writes.set_attribute(b, ids["Hamamatsu"], "Languages offered", 16)
    stack.undo()
    assert _values(a, "Languages offered") == ("integer", {"Hamamatsu": 16})
    stack.redo()
    assert _values(a, "Languages offered") == ("integer", {"Hamamatsu": 16, "Osaka": 12})
    writes.set_attribute(b, ids["Hamamatsu"], "Languages offered", None)
    stack.undo()  # now empty and as made: the definition goes too
    assert _values(a, "Languages offered") is None
    stack.redo()
    assert _values(a, "Languages offered") == ("integer", {"Osaka": 12})


def test_undoing_a_rename_someone_renamed_over_since_names_it_first(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    stack = commands.UndoStack(a)
    rename = stack.push(commands.RenameAttribute(ids["Population"], "Population (2020)"))
    assert rename.overwrites(a) is None
    writes_rename = commands.RenameAttribute(ids["Population"], "人口（2020年）")
    writes_rename.apply(b)
    assert rename.overwrites(a) == (
        "the attribute “Population (2020)” was renamed to “人口（2020年）” by someone else"
    )


def test_undoing_a_deletion_after_an_attribute_of_its_name_was_made_says_why(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    stack = commands.UndoStack(a)
    stack.push(commands.DeleteAttribute(ids["Population"], "Population"))
    writes.set_attribute(b, ids["Kawasaki"], "Population", "1538262")
    with pytest.raises(ValidationError, match="an attribute named “Population” was made since"):
        stack.undo()
    assert _values(a, "Population") == ("text", {"Kawasaki": "1538262"})


def test_undoing_a_deletion_after_a_case_was_deleted_puts_back_the_rest(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    stack = commands.UndoStack(a)
    stack.push(commands.DeleteAttribute(ids["Population"], "Population"))
    writes.delete_case(b, ids["Osaka"])
    stack.undo()
    assert _values(a, "Population") == ("text", {"Hamamatsu": "790718"})


def test_undoing_a_deletion_whose_id_was_taken_since_puts_it_back_under_another(pair) -> None:  # type: ignore[no-untyped-def]
    """SQLite gives a deleted attribute's id to the next one made: the undo failed on it."""
    a, b, ids = pair
    stack = commands.UndoStack(a)
    stack.push(commands.DeleteAttribute(ids["Population"], "Population"))
    writes.set_attribute(b, ids["Osaka"], "Area (km2)", 225.3)
    stack.undo()
    assert _values(a, "Population") == ("text", {"Hamamatsu": "790718", "Osaka": "2752412"})
    assert _values(a, "Area (km2)") == ("number", {"Osaka": 225.3})
    stack.redo()  # the one put back goes again, not the other
    assert _values(a, "Population") is None
    assert _values(a, "Area (km2)") == ("number", {"Osaka": 225.3})


def test_a_value_set_by_the_attribute_meant_is_refused_once_it_was_renamed_or_deleted(pair) -> None:  # type: ignore[no-untyped-def]
    """The case sheet set a value by the column's name: typed into a column renamed or
    deleted meanwhile it made a new attribute of the old name."""
    a, b, ids = pair
    population = ids["Population"]
    commands.RenameAttribute(population, "人口").apply(b)
    typed = commands.SetAttribute(ids["Kawasaki"], "Population", "1538262", TEXT, None, population)
    with pytest.raises(ValidationError, match="“Population” was renamed to “人口”"):
        typed.apply(a)
    commands.DeleteAttribute(population, "人口").apply(b)
    typed = commands.SetAttribute(ids["Kawasaki"], "人口", "1538262", TEXT, None, population)
    with pytest.raises(NotFoundError, match=r"“人口” was deleted by taro at .* UTC"):
        typed.apply(a)
    assert _values(a, "Population") is None and _values(a, "人口") is None


def test_a_value_typed_while_the_kind_changed_is_read_as_the_kind_it_has_now(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    population = ids["Population"]
    commands.ChangeAttributeKind(population, INTEGER, "Population").apply(b)
    typed = commands.SetAttribute(ids["Kawasaki"], "Population", "1538262", TEXT, None, population)
    typed.apply(a)
    assert _values(a, "Population") == (
        "integer",
        {"Hamamatsu": 790718, "Kawasaki": 1538262, "Osaka": 2752412},
    )
    typed = commands.SetAttribute(ids["Kawasaki"], "Population", "many", TEXT, None, population)
    with pytest.raises(FrameworkQDAError) as refused:
        typed.apply(a)
    assert str(refused.value).startswith(
        "the kind of “Population” was changed to “Whole number” by someone else meanwhile: "
    )


def test_undoing_a_value_someone_changed_since_names_it_and_one_of_a_deleted_case_says_so(
    pair,
) -> None:  # type: ignore[no-untyped-def]
    a, b, ids = pair
    stack = commands.UndoStack(a)
    step = stack.push(commands.SetAttribute(ids["Kawasaki"], "Population", "1538262"))
    assert step.overwrites(a) is None
    writes.set_attribute(b, ids["Kawasaki"], "Population", "1,538,262")
    assert step.overwrites(a) == "“Kawasaki”'s value of “Population” was changed by someone else"
    writes.delete_case(b, ids["Kawasaki"])
    assert step.overwrites(a) is None
    with pytest.raises(NotFoundError, match=r"the case “Kawasaki” was deleted by taro at .* UTC"):
        stack.undo()  # was an IntegrityError (a value of a case that is gone)
