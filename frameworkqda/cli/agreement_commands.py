"""``agreement``: how far two coders agree, code by code and document by document, or
(``--cells``) on the values of the framework matrix's cells."""

from __future__ import annotations

import argparse
from pathlib import Path

from frameworkqda.cli.output_format import output_format, said_to, stdout_for_csv


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agreement = subparsers.add_parser(
        "agreement",
        help="compare two coders' coding (agreement %%, Cohen's kappa)",
        description="Compare two coders character by character, as NVivo's coding comparison "
        "does: per code and document, agreement %, A and B %, neither %, A not B %, "
        "B not A % and Cohen's kappa; a pooled row per code (document *) and overall (code *). "
        "With --cells: the cells both coders charted, weighted kappa and agreement % on "
        "their values per theme (case *) and overall, and the cells whose values differ. "
        "See docs/teamwork.md.",
    )
    agreement.add_argument("project", help="project file or postgresql:// URL")
    agreement.add_argument("--coders", required=True, metavar="A,B", help="the two coders' names")
    agreement.add_argument(
        "--cells",
        action="store_true",
        help="compare the coders' chart cell values instead (weighted kappa, disagreeing cells)",
    )
    agreement.add_argument(
        "--unordered",
        default=None,
        metavar="LABELS",
        help="with --cells: values of the project's scale that are no degree of presence, "
        "comma-separated, or '' for none (default: the scale's own 'not specified' value, "
        "'Not specified' or '記載なし'); each is a full disagreement with any other value",
    )
    agreement.add_argument(
        "--format", choices=("csv", "xlsx", "docx"), default=None, help="default: from -o, or csv"
    )
    agreement.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    agreement.add_argument(
        "--language",
        choices=("en", "ja"),
        default=None,
        help="language of the caption, note, sheet name and XLSX/DOCX column headers (the CSV "
        "keeps its column names); default: the project's (new --language), else en",
    )
    agreement.set_defaults(handler=_agreement)


def _agreement(args: argparse.Namespace) -> int:
    from frameworkqda.core.agreement import coding_agreement
    from frameworkqda.core.errors import ValidationError
    from frameworkqda.core.exports.agreement_export import AGREEMENT_FORMATS, write_agreement
    from frameworkqda.core.languages import export_language
    from frameworkqda.core.store import open_project

    names = [name.strip() for name in args.coders.split(",")]
    if len(names) != 2 or not all(names):
        raise ValidationError(f"--coders takes two names separated by a comma, not {args.coders!r}")
    fmt = output_format(args.format, args.output, AGREEMENT_FORMATS)
    args.output = stdout_for_csv(args.output, fmt)
    if args.cells:
        return _cells(args, names[0], names[1], fmt)
    with open_project(args.project, read_only=True) as project:
        rows = coding_agreement(project, names[0], names[1])
        language = export_language(project, args.language)
    write_agreement(rows, fmt, args.output, (names[0], names[1]), language=language)
    if args.output is not None:
        print(
            f"wrote coding agreement of {names[0]} and {names[1]} as {fmt} to {args.output}",
            file=said_to(args.output),
        )
    return 0


def _cells(args: argparse.Namespace, a: str, b: str, fmt: str) -> int:
    from frameworkqda.core.agreement import kappa_text, percent
    from frameworkqda.core.cell_agreement import charting_agreement
    from frameworkqda.core.exports.agreement_export import cells_table, write_table
    from frameworkqda.core.languages import export_language
    from frameworkqda.core.store import open_project

    unordered = None
    if args.unordered is not None:
        unordered = [label.strip() for label in args.unordered.split(",") if label.strip()]
    with open_project(args.project, read_only=True) as project:
        comparison = charting_agreement(project, a, b, unordered)
        language = export_language(project, args.language)
    table = cells_table(comparison, (a, b), language)
    write_table(table, fmt, args.output)
    if args.output is not None:
        overall = comparison.overall.pairs
        wrote = f"wrote charting agreement of {a} and {b} as {fmt} to {args.output}: "
        if not overall.cells:  # no figures: "0.00 %" read as a measured full disagreement
            said = "no cell both coders charted with a value, agreement and weighted kappa empty"
        else:
            kappa = kappa_text(overall.kappa(comparison.scale)) or "empty"
            said = (
                f"{overall.cells} cells compared, agreement {percent(overall.agreement)} %, "
                f"weighted kappa {kappa}, {len(comparison.disagreements)} disagreeing"
            )
        print(wrote + said, file=said_to(args.output))
    return 0
