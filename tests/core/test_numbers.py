"""Numbers as researchers type them: one reading for attributes, scores and CSV columns, and
no silent guess where a comma could mean two things."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core import cases, model, scores
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.numbers import NumberError, read_number, read_whole_number
from frameworkqda.core.store import create_project
from tests import writes


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2.8", 2.8),
        ("  65 ", 65.0),
        ("３．５", 3.5),  # full-width digits and point
        ("－２", -2.0),  # full-width minus
        ("\u22122.5", -2.5),  # the typographic minus sign
        ("1,538", 1538.0),  # thousands
        ("12,345,678.25", 12345678.25),
        ("１，５３８", 1538.0),
        ("2.5e3", 2500.0),
    ],
)
def test_numbers_read_as_typed(typed: str, value: float) -> None:
    assert read_number(typed) == value


@pytest.mark.parametrize(
    "typed", ["2,8", "3,25", "65,5", "1,5384", "1,538,00", ",538", "1,538.5,0"]
)
def test_a_comma_that_separates_no_thousands_is_refused_saying_why(typed: str) -> None:
    with pytest.raises(NumberError) as error:
        read_number(typed)
    assert error.value.reason is not None and "three digits" in error.value.reason


@pytest.mark.parametrize("typed", ["", "many", "nan", "inf", "1.2.3"])
def test_what_is_no_number_is_refused(typed: str) -> None:
    with pytest.raises(NumberError):
        read_number(typed)


def test_whole_numbers() -> None:
    assert read_whole_number("1,234,567") == 1234567
    assert read_whole_number("４２") == 42
    for typed in ("1.5", "1e3", "2,8", "x"):
        with pytest.raises(NumberError):
            read_whole_number(typed)


def test_attributes_and_scores_read_numbers_alike(project_location: str, tmp_path: Path) -> None:
    """A case attribute typed "2,8" was stored as 28 while a score "3,25" became 3.25: now both
    refuse it with the reason, and both read thousands and full-width forms the same way."""
    with create_project(project_location) as project:
        case = writes.add_case(project, "Osaka")
        number, whole = model.AttributeKind.NUMBER, model.AttributeKind.INTEGER
        with pytest.raises(ValidationError) as error:
            writes.set_attribute(project, case, "foreign share", "2,8", number)
        assert "“2,8” is not a valid number: a comma stands only between groups of three" in str(
            error.value
        )
        assert cases.attributes(project, case) == {}
        writes.set_attribute(project, case, "foreign share", "２．８", number)
        writes.set_attribute(project, case, "population", "2,691,185", whole)
        assert cases.attributes(project, case) == {"foreign share": 2.8, "population": 2691185}

        writes.add_code(project, "Health")
        typed = tmp_path / "scores.csv"
        typed.write_text('series,theme,score\nMIPEX,Health,"3,25"\n', encoding="utf-8")
        with pytest.raises(ValidationError) as error:
            scores.read_scores_csv(project, typed)
        assert "score “3,25” is not a number: a comma stands only between groups" in str(
            error.value
        )
        typed.write_text('series,theme,score\nMIPEX,Health,"1,538"\n', encoding="utf-8")
        assert list(scores.read_scores_csv(project, typed).values()) == [1538.0]
