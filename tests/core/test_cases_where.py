"""Cases chosen by attribute: numbers compared as numbers, dates as dates, text whole or
containing, yes/no; the condition's text parsed as the command line and the GUI write it."""

from __future__ import annotations

from datetime import date

import pytest

from frameworkqda.core import cases, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.store import create_project
from tests import writes


def _cities(project):  # type: ignore[no-untyped-def]
    rows = (
        ("Kawasaki", 1538262, 3.6, "Kanto", True, date(2019, 4, 1)),
        ("Hamamatsu", 790718, 3.4, "Chūbu", False, date(2023, 3, 1)),
        ("Yokohama", 3777491, 2.9, "KANTO", True, None),
        ("Ōta", 223014, 5.7, "Kanto (north)", False, date(2017, 1, 1)),
    )
    ids = {}
    for name, population, share, region, coastal, plan in rows:
        case = writes.add_case(project, name)
        ids[name] = case
        writes.set_attribute(project, case, "Population", population)
        writes.set_attribute(project, case, "Foreign residents (%)", share)
        writes.set_attribute(project, case, "Region", region)
        writes.set_attribute(project, case, "Coastal", coastal)
        if plan is not None:
            writes.set_attribute(project, case, "Plan adopted", plan)
    writes.add_case(project, "Japan (national)")  # no attributes: never among them
    return ids


def _names(project, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    names = {case.id: case.name for case in cases.list_cases(project)}
    return [names[case_id] for case_id in cases.cases_where(project, text)]


def test_cases_are_chosen_by_their_attributes_compared_by_kind(project_location: str) -> None:
    with create_project(project_location) as project:
        _cities(project)
        # numbers as numbers (as text, "790718" > "1538262"), written with separators or not
        assert _names(project, "Population>=1000000") == ["Kawasaki", "Yokohama"]
        assert _names(project, "Population ≥ 1,000,000") == ["Kawasaki", "Yokohama"]
        assert _names(project, "Population ≧ 1,000,000") == ["Kawasaki", "Yokohama"]  # as shown
        assert _names(project, "Population < 800000") == ["Hamamatsu", "Ōta"]
        assert _names(project, "Foreign residents (%) > 3.5") == ["Kawasaki", "Ōta"]
        assert _names(project, "Population != 790718") == ["Kawasaki", "Yokohama", "Ōta"]
        # text whole, ignoring case; or containing
        assert _names(project, "Region = kanto") == ["Kawasaki", "Yokohama"]
        assert _names(project, "Region ~ Kanto") == ["Kawasaki", "Yokohama", "Ōta"]
        assert _names(project, "Region ≠ Kanto") == ["Hamamatsu", "Ōta"]
        # yes/no, and dates as dates (a case with none is not among them)
        assert _names(project, "Coastal = yes") == ["Kawasaki", "Yokohama"]
        assert _names(project, "Coastal=no") == ["Hamamatsu", "Ōta"]
        assert _names(project, "Plan adopted < 2020-01-01") == ["Kawasaki", "Ōta"]


def test_a_condition_that_cannot_be_read_is_refused_saying_why(project_location: str) -> None:
    with create_project(project_location) as project:
        _cities(project)
        with pytest.raises(NotFoundError, match="Populaton"):
            cases.cases_where(project, "Populaton >= 1000000")
        with pytest.raises(ValidationError, match="not a valid number"):
            cases.cases_where(project, "Population >= many")
        with pytest.raises(ValidationError, match="cannot be compared by"):
            cases.cases_where(project, "Population ~ 1000")
        with pytest.raises(ValidationError, match="cannot be compared by"):
            cases.cases_where(project, "Region > Kanto")
        with pytest.raises(ValidationError, match="not a valid yes/no"):
            cases.cases_where(project, "Coastal = maybe")
        with pytest.raises(ValidationError, match="not a condition"):
            cases.parse_condition("Population")
        with pytest.raises(ValidationError, match="not a condition"):
            cases.parse_condition("Population >=")


def test_a_condition_is_parsed_at_its_first_sign() -> None:
    assert cases.parse_condition("Foreign residents (%)>=3.5") == cases.CaseCondition(
        "Foreign residents (%)", ">=", "3.5"
    )
    assert cases.parse_condition(" 地域 = 関東 ") == cases.CaseCondition("地域", "=", "関東")
    assert cases.parse_condition("Region<>Kanto").operator == "!="
    assert cases.operators_for(model.AttributeKind.TEXT) == ("=", "!=", "~")


def test_full_width_signs_of_a_japanese_input_method_are_read(project_location: str) -> None:
    # with a Japanese IME on, ＝ ＞ ＜ ！ ～ are what the keys type; they were refused as
    # "is not a condition" while full-width digits and ≧ were read
    with create_project(project_location) as project:
        _cities(project)
        assert _names(project, "Population＞＝１００００００") == ["Kawasaki", "Yokohama"]
        assert _names(project, "Population＝790718") == ["Hamamatsu"]
        assert _names(project, "Population ＜ 800000") == ["Hamamatsu", "Ōta"]
        assert _names(project, "Population＜＝790718") == ["Hamamatsu", "Ōta"]
        assert _names(project, "Population！＝790718") == ["Kawasaki", "Yokohama", "Ōta"]
        assert _names(project, "Population＞=3000000") == ["Yokohama"]  # mixed widths
        assert _names(project, "Region～north") == ["Ōta"]
        assert _names(project, "Region＜＞Kanto") == ["Hamamatsu", "Ōta"]
    # the sign alone is normalised: a full-width name or value stays as typed
    assert cases.parse_condition("ＡＢ＝ｘ") == cases.CaseCondition("ＡＢ", "=", "ｘ")
    assert cases.parse_condition("人口＞＝１００００００").operator == ">="
