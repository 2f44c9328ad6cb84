"""Cases: add, rename, reorder, typed attributes, document assignment."""

from __future__ import annotations

from datetime import date

import pytest

from frameworkqda.core import cases, model
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes
from tests.core.engine_helpers import add_document


def test_cases_order_rename_and_documents(project_location: str) -> None:
    with create_project(project_location) as project:
        a = writes.add_case(project, "Hamamatsu")
        b = writes.add_case(project, "Kawasaki")
        with pytest.raises(ValidationError):
            writes.add_case(project, "Kawasaki")
        writes.rename_case(project, b, "川崎市")
        writes.reorder_cases(project, [b, a])
        doc = add_document(project, "plan", "多文化共生")
        writes.assign_documents(project, a, [doc])
        listed = cases.list_cases(project)
        assert [(c.name, c.documents) for c in listed] == [("川崎市", ()), ("Hamamatsu", ("plan",))]
        with pytest.raises(ValidationError):
            writes.reorder_cases(project, [a])


def test_typed_attributes(project_location: str) -> None:
    with create_project(project_location) as project:
        case = writes.add_case(project, "Hamamatsu")
        writes.set_attribute(project, case, "population", 790000)
        writes.set_attribute(project, case, "foreign share", "3.2", model.AttributeKind.NUMBER)
        writes.set_attribute(project, case, "designated city", True)
        writes.set_attribute(project, case, "plan adopted", date(2023, 3, 1))
        writes.set_attribute(project, case, "prefecture", "静岡県")
        assert cases.attributes(project, case) == {
            "population": 790000,
            "foreign share": 3.2,
            "designated city": True,
            "plan adopted": date(2023, 3, 1),
            "prefecture": "静岡県",
        }
        with pytest.raises(ValidationError):
            writes.set_attribute(project, case, "population", "many")
        writes.set_attribute(project, case, "population", None)
        assert "population" not in cases.attributes(project, case)


def _sheet(project) -> dict[str, tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """Each attribute's kind and values by case name, as the project holds them."""
    sheet = cases.case_sheet(project)
    names = {case.id: case.name for case in sheet.cases}
    return {
        a.name: (
            a.kind.value,
            {names[c]: v for (c, i), v in sheet.values.items() if i == a.id and v is not None},
        )
        for a in sheet.attributes
    }


def test_an_attribute_is_renamed_deleted_and_retyped_each_undoably(
    project_location: str,
) -> None:
    """No attribute could be renamed, deleted or given another kind, in the core or anywhere:
    one typed as text by mistake stayed text."""
    from frameworkqda.core import commands

    with create_project(project_location) as project:
        hamamatsu = writes.add_case(project, "Hamamatsu")
        kawasaki = writes.add_case(project, "Kawasaki")
        writes.set_attribute(project, hamamatsu, "Population", "790,718", model.AttributeKind.TEXT)
        writes.set_attribute(project, kawasaki, "Population", "1538262")
        writes.set_attribute(project, hamamatsu, "Share", 3.6)
        writes.set_attribute(project, hamamatsu, "Note", "coastal")
        stack = commands.UndoStack(project)
        with project.session() as session:
            population = cases.attribute_named(session, "Population").id
            share = cases.attribute_named(session, "Share").id
        original = _sheet(project)
        assert original["Population"] == ("text", {"Hamamatsu": "790,718", "Kawasaki": "1538262"})

        # text → whole number: each value read as one, the grouping comma too
        stack.push(commands.ChangeAttributeKind(population, model.AttributeKind.INTEGER, "P"))
        assert _sheet(project)["Population"] == (
            "integer",
            {"Hamamatsu": 790718, "Kawasaki": 1538262},
        )
        # a number that is not whole refuses the change, naming case and value; nothing moves
        with pytest.raises(ValidationError) as refused:
            stack.push(commands.ChangeAttributeKind(share, model.AttributeKind.INTEGER, "Share"))
        assert "“3.6” of Hamamatsu" in str(refused.value)
        assert _sheet(project)["Share"] == ("number", {"Hamamatsu": 3.6})
        stack.push(commands.ChangeAttributeKind(share, model.AttributeKind.TEXT, "Share"))
        assert _sheet(project)["Share"] == ("text", {"Hamamatsu": "3.6"})
        stack.undo()
        assert _sheet(project)["Share"] == ("number", {"Hamamatsu": 3.6})

        stack.push(commands.RenameAttribute(population, "Population (2020)"))
        with pytest.raises(ValidationError):
            stack.push(commands.RenameAttribute(share, "Population (2020)"))
        stack.push(commands.DeleteAttribute(population, "Population (2020)"))
        assert list(_sheet(project)) == ["Share", "Note"]
        assert cases.attributes(project, kawasaki) == {}

        stack.undo()  # the column back in its place, with its values
        assert list(_sheet(project)) == ["Population (2020)", "Share", "Note"]
        assert _sheet(project)["Population (2020)"][1] == {
            "Hamamatsu": 790718,
            "Kawasaki": 1538262,
        }
        stack.undo()
        stack.undo()  # the kind and the text as typed
        assert _sheet(project) == original
        stack.redo()
        stack.redo()
        stack.redo()
        assert list(_sheet(project)) == ["Share", "Note"]


def test_a_kind_given_for_an_attribute_of_another_kind_is_refused(
    project_location: str,
) -> None:
    """``SetAttribute`` with a kind ignored it once the attribute existed with another."""
    with create_project(project_location) as project:
        case = writes.add_case(project, "Kawasaki")
        writes.set_attribute(project, case, "Population", "790,718", model.AttributeKind.TEXT)
        with pytest.raises(ValidationError, match="is of kind “Text”, not “Number”"):
            writes.set_attribute(project, case, "Population", "1538262", model.AttributeKind.NUMBER)
        assert cases.attributes(project, case) == {"Population": "790,718"}


def test_a_percent_sign_is_refused_with_a_hint_and_kinds_read_from_text() -> None:
    with pytest.raises(ValidationError, match=r"without the % sign: 3\.6$"):
        cases.parse_value("3.6%", model.AttributeKind.NUMBER)
    with pytest.raises(ValidationError, match=r"without the % sign: 3\.6$"):
        cases.parse_value("３．６％", model.AttributeKind.NUMBER)
    kinds = {
        text: cases.kind_of_text(text).value
        for text in (
            *("790718", "790,718", "3.6", "-2", "0123", "3,25", "3.6%", "yes", "2023-03-01"),
            *("FALSE", " いいえ", "y", "1", "yes please"),
        )
    }
    assert kinds == {
        "790718": "integer",
        "790,718": "integer",
        "3.6": "number",
        "-2": "integer",
        "0123": "text",
        "3,25": "number",  # so that it is refused, saying why
        "3.6%": "number",
        "yes": "boolean",  # as text, "Designated city=true" chose no case
        "2023-03-01": "date",
        "FALSE": "boolean",
        " いいえ": "boolean",
        "y": "text",  # 1/0 and y/n are yes/no once the attribute is: not guessed from
        "1": "integer",
        "yes please": "text",
    }
    assert [cases.plain_value(v) for v in (790718.0, 3.6, 790718, True)] == [
        "790718",
        "3.6",
        "790718",
        "yes",
    ]


def test_a_retyped_attribute_is_exported_to_refi_qda_with_its_new_type(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After set-kind, a QDPX carries the attribute as the kind it has now, its values typed."""
    import zipfile

    from frameworkqda.core import commands
    from frameworkqda.core.exchange.refi import export_qdpx

    with create_project(str(tmp_path / "p.fqda")) as project:
        case = writes.add_case(project, "Hamamatsu")
        writes.set_attribute(project, case, "Population", "790,718", model.AttributeKind.TEXT)
        writes.set_attribute(project, case, "Share", "3.6", model.AttributeKind.TEXT)
        with project.session() as session:
            population = cases.attribute_named(session, "Population").id
            share = cases.attribute_named(session, "Share").id
        commands.ChangeAttributeKind(population, model.AttributeKind.INTEGER).apply(project)
        commands.ChangeAttributeKind(share, model.AttributeKind.NUMBER).apply(project)
        export_qdpx(project, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode()
    assert 'name="Population" typeOfVariable="Integer"' in qde
    assert 'name="Share" typeOfVariable="Float"' in qde
    assert "<IntegerValue>790718</IntegerValue>" in qde
    assert "<FloatValue>3.6</FloatValue>" in qde
