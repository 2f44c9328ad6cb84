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
