"""Mapping: counts, totals, half-up averages, group column, ranks and Spearman's rho."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from frameworkqda.core import codebook, mapping
from frameworkqda.core.store import create_project
from tests import writes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(9, 4), "2.3"),
        (Fraction(1, 20), "0.1"),
        (Fraction(5, 4), "1.3"),
        (Fraction(7, 3), "2.3"),
        (Fraction(2, 3), "0.7"),
        (Fraction(0), "0.0"),
        (Fraction(-1, 20), "-0.1"),
        (Fraction(3, 40), "0.1"),
    ],
)
def test_round_half_up(value: Fraction, expected: str) -> None:
    assert str(mapping.round_half_up(value)) == expected


def test_counts_group_and_ranks(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        names = ["A", "B", "C", "D"]
        ids = {name: writes.add_case(project, name) for name in names}
        plan = {  # theme/measure index -> cases where the measure is Yes
            ("Education", "Consultation service"): ["A", "B", "C"],
            ("Education", "Schoolteacher training"): ["A"],
            ("Health", "Benefits for the elderly"): ["A", "B", "C", "D"],
            ("Anti-discrimination", "Human rights scheme"): ["D"],
        }
        for (theme, measure), where in plan.items():
            code = codebook.resolve_code(project, f"{theme}/{measure}")
            for name in where:
                writes.set_cell(project, ids[name], code, value="Yes")
        code = codebook.resolve_code(project, "Health/Benefits for the elderly")
        writes.set_cell(project, ids["D"], code, value="Not specified")

        report = mapping.build_report(project, group=["A", "B", "C", "D"], group_label="All")
        table = report.counts
        assert list(table.counts.index) == [
            "Anti-discrimination", "Education", "Health", "Labour market mobility",
            "Political participation",
        ]  # fmt: skip
        assert table.counts.loc["Education"].tolist() == [2, 1, 1, 0]
        assert table.totals.tolist() == [3, 2, 2, 1]
        assert table.averages.tolist() == [
            Decimal("0.6"),
            Decimal("0.4"),
            Decimal("0.4"),
            Decimal("0.2"),
        ]
        assert table.group_values is not None
        assert table.group_values["Health"] == Decimal("0.8")  # 3 / 4 = 0.75
        assert table.group_total == Decimal("2.0")
        assert table.group_average == Decimal("0.4")  # 8 / 20
        frame = table.to_frame()
        assert list(frame.index[-2:]) == ["Total", "Average"]
        assert frame.loc["Average", "All"] == Decimal("0.4")

        ranks = report.ranks
        assert ranks is not None and ranks.series == "MIPEX 2015 Japan"
        assert ranks.frame.loc["Education", "count rank"] == 1
        assert ranks.frame.loc["Labour market mobility", "count rank"] == 4.5  # tie
        assert ranks.frame.loc["Labour market mobility", "score rank"] == 1
        expected = ranks.frame["count rank"].corr(ranks.frame["score rank"])
        assert ranks.rho == pytest.approx(expected)
        with pytest.raises(Exception, match="no case named “Z”"):
            mapping.count_present(report.matrix, group=["Z"])


def test_a_perfect_rank_agreement_is_one() -> None:
    """ρ of ranks that agree exactly was 0.9999999999999999 in the XLSX the paper cites."""
    import pandas as pd

    from frameworkqda.core.mapping import _rho

    counts = pd.Series([3.0, 1.0, 2.0, 5.0, 4.0, 7.0, 6.0])
    assert _rho(counts, counts * 10) == 1.0
    assert _rho(counts, -counts) == -1.0


def test_a_report_of_some_cases_has_only_them_in_every_table(project_location: str) -> None:
    """The matrix's case filter ("Cases where Region = Kansai") is what its export writes:
    the matrix, the counts and the ranks of those cases only, the group among them."""
    with create_project(project_location, framework="mipex-local") as project:
        ids = {name: writes.add_case(project, name) for name in ("A", "B", "C")}
        code = codebook.resolve_code(project, "Education/Consultation service")
        for name in ("A", "C"):
            writes.set_cell(project, ids[name], code, value="Yes", summary=f"{name} has one")
        everyone = mapping.build_report(project)
        some = mapping.build_report(project, group=["C"], cases={ids["C"], ids["B"], 999})
    assert everyone.matrix.case_names == ["A", "B", "C"]
    assert some.matrix.case_names == ["B", "C"]  # the matrix's order, whatever the set's
    assert some.matrix.case_ids == (ids["B"], ids["C"])
    assert some.matrix.summary.loc["C", ("Education", "Consultation service")] == "C has one"
    assert list(some.counts.counts.columns) == ["B", "C"]
    assert some.counts.totals.tolist() == [0, 1]
    assert some.counts.group_values is not None and some.counts.group_values["Education"] == 1
    assert some.ranks is not None and list(some.ranks.rho_by_case) == ["B", "C"]
    flipped = some.matrix.transposed()
    assert flipped.of_cases([ids["C"]]).case_names == ["C"]
    assert list(flipped.of_cases([ids["C"]]).cells().columns) == ["C"]


def test_a_rho_that_cannot_be_computed_says_so_in_the_ranks_note(project_location: str) -> None:
    """Nothing charted, so every theme ranks alike: the exported note says "cannot be
    computed", as the Mapping view does (算出不能 in Japanese); it said "undefined"."""
    from frameworkqda.core.exports.tables import report_tables

    with create_project(project_location, framework="mipex-local") as project:
        writes.add_case(project, "Hamamatsu")
        report = mapping.build_report(project)
    assert report.ranks is not None and report.ranks.rho is None
    english = report_tables(report, "ranks").ranks
    japanese = report_tables(report, "ranks", "ja").ranks
    assert english is not None and japanese is not None
    assert "cannot be computed for the count" in english.note
    assert "算出不能" in japanese.note
