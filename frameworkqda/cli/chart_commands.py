"""``cell`` and ``matrix``: charting a cell, and printing or exporting the framework matrix."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from frameworkqda.cli.coder_option import open_for
from frameworkqda.cli.coding_commands import one_or_from_file
from frameworkqda.cli.output_format import output_format, said_to, stdout_for_csv
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports import FORMATS, VIEWS
from frameworkqda.core.messages import utc_minute

if TYPE_CHECKING:
    from frameworkqda.core.store import Project


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cell = subparsers.add_parser(
        "cell",
        help="set, draft or show a chart cell's value and summary",
        description="Chart one case × measure: set its value (from the project's value scale) "
        "and/or its summary, or draft the summary from the coded evidence (a draft stays a "
        "draft, still to do, until you edit it with --summary or take it with --accept); "
        "or, with --from, "
        "every row of a CSV file (columns case, code and value and/or summary; an empty cell "
        "clears, a missing column keeps; an optional version column refuses cells changed since; "
        "an optional draft column, as the cells CSV writes it, says a summary is an auto-draft: "
        "true/false, 1/0 or yes/no, blank for no) in one transaction: if any row is bad, "
        "each bad row is named and nothing is written.",
    )
    cell.add_argument("project", help="project file or postgresql:// URL")
    cell.add_argument("--case", metavar="NAME", help="case name")
    cell.add_argument("--code", metavar="PATH", help='e.g. "Health/Consultation"')
    cell.add_argument(
        "--value",
        metavar="LABEL",
        help='e.g. Yes, Partially, "Yes but restricted" (a Japanese project: あり, 一部あり …)',
    )
    cell.add_argument("--clear-value", action="store_true", help="remove the cell's value")
    cell.add_argument("--summary", metavar="TEXT", help="the researcher's summary")
    cell.add_argument(
        "--draft", action="store_true", help="draft the summary from evidence (only if empty)"
    )
    cell.add_argument(
        "--accept",
        action="store_true",
        help="make the cell's auto-drafted summary yours as it stands (a --summary is yours "
        "already)",
    )
    cell.add_argument(
        "--draft-language",
        choices=("en", "ja"),
        help="with --draft: language of the draft's first line (how many passages where); "
        "default en",
    )
    cell.add_argument(
        "--from", dest="from_file", type=Path, metavar="FILE.csv", help="chart every row of FILE"
    )
    cell.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="refuse (naming who changed it) unless the cell is still at version N, the "
        "version --show printed (0: no cell yet); for a shared project",
    )
    cell.add_argument(
        "--show", action="store_true", help="print the cell: value, summary, version, who, when"
    )
    cell.set_defaults(handler=_cell)

    matrix = subparsers.add_parser(
        "matrix",
        help="print or export the framework matrix, counts or ranks",
        description="Write the framework matrix (cells), the counts of present measures per "
        "theme and case (counts) or the rank comparison with an external score (ranks). "
        "See docs/formats.md.",
    )
    matrix.add_argument("project", help="project file or postgresql:// URL")
    matrix.add_argument(
        "--view",
        choices=VIEWS,
        default="cells",
        help="cells (the default): the framework matrix, a table per theme of each case's "
        "value per measure (XLSX, DOCX and HTML add the counts and ranks tables); counts: "
        "the present measures per theme and case; ranks: the themes ranked by those counts, "
        "beside their ranks by an external score (--scores; default: the project's first "
        "series) and Spearman's rho",
    )
    matrix.add_argument("--format", choices=FORMATS, default=None, help="default: from -o, or csv")
    matrix.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout (csv)")
    matrix.add_argument(
        "--group",
        action="append",
        metavar="CASE",
        help="add a column averaging these cases, for counts and ranks: repeat it, one case "
        'each (--group "浜松市, 静岡県" --group 川崎市), or name several at once, '
        "comma-separated (a value that is a case's whole name is that case)",
    )
    matrix.add_argument(
        "--group-label", metavar="TEXT", help="with --group: heading of the group column"
    )
    matrix.add_argument(
        "--scores",
        metavar="SERIES",
        help='score series the ranks compare with, e.g. "MIPEX 2015 Japan"',
    )
    matrix.add_argument(
        "--summaries",
        action="store_true",
        help="DOCX, cells view: print each cell's summary under its value",
    )
    matrix.add_argument(
        "--language",
        choices=("en", "ja"),
        default=None,
        help="language of the captions, headers, notes, sheet names and Total/Average rows "
        "(ja: 表1 …, 合計, 平均); default: the project's (new --language), else en; the data "
        "is written as it is",
    )
    matrix.add_argument(
        "--group-where",
        metavar="CONDITION",
        help="average the cases whose attribute meets CONDITION in the group column, e.g. "
        '"Population>=1000000", "Region=Kanto", "Region~Kan" (contains), "Coastal=yes": '
        "numbers and dates compared as such, text whole ignoring case; with --group, the "
        "cases named there as well",
    )
    matrix.add_argument(
        "--where",
        metavar="CONDITION",
        help="only the cases whose attribute meets CONDITION, in every table (the GUI "
        'matrix\'s Case filter "Cases where…"), e.g. "Region=Kansai"; the cases of '
        "--group must meet it, --group-where takes those of its cases that do",
    )
    matrix.set_defaults(handler=_matrix)


def _cell(args: argparse.Namespace) -> int:
    if one_or_from_file(args, ("case", "code")):
        return _cells_from_file(args)
    if args.value is not None and args.clear_value:
        raise ValidationError("give --value or --clear-value, not both")
    if args.draft_language is not None and not args.draft:
        raise ValidationError("--draft-language is the language of a draft: give it with --draft")
    if args.accept and (args.draft or args.summary is not None):
        raise ValidationError(
            "--accept takes a draft already in the cell, once read (--show): not with "
            "--draft, and a --summary is yours already"
        )
    editing = args.value is not None or args.summary is not None or args.clear_value
    editing = editing or args.accept
    if not editing and not args.draft and not args.show:
        raise ValidationError(
            "nothing to do: give --value, --summary, --clear-value, --draft, --accept or --show"
        )
    from frameworkqda.core.cases import case_name_in, resolve_case
    from frameworkqda.core.codebook import resolve_node
    from frameworkqda.core.commands import DraftSummary, SetCell
    from frameworkqda.core.store import open_project

    # --show alone only reads: a read-only file shows its cell as every reading verb reads it
    opened = open_for(args) if editing or args.draft else open_project(args.project, read_only=True)
    with opened as project:
        with project.session() as session:
            case_id = resolve_case(session, args.case)
            code = resolve_node(session, args.code)
            code_id = code.id
            # the reply names the cell as stored: "osaka" × "education/…" is Osaka × Education/…
            cell = f"{case_name_in(session, case_id)} × {code.path}"
        if editing:
            edit = SetCell(
                case_id, code_id, args.summary, args.value, args.clear_value, accept=args.accept
            )
            edit.expected_version = args.if_version
            edit.apply(project)
            if args.accept and not edit.before_draft:
                print("nothing to accept: the cell's summary is not an auto-draft")
        drafted = False
        if args.draft:
            draft = DraftSummary(case_id, code_id, language=args.draft_language or "en")
            draft.apply(project)
            drafted = draft.drafted
            if not drafted:
                print(_not_drafted(project, case_id, code_id, given=bool(args.summary)))
        if args.show:
            print(_shown(project, case_id, code_id))
            return 0
    if editing and edit.changed_nothing and not drafted:  # run again: as given already
        if not args.accept:
            print(f"already present: {cell} as given")
    elif editing:  # else nothing was written: no "charted" line
        print(f"charted {cell}")
    if drafted:  # a draft is still to do: not "charted"
        print(f"drafted {cell}: a draft until you edit it (--summary) or accept it (--accept)")
    return 0


def _not_drafted(project: Project, case_id: int, code_id: int, *, given: bool) -> str:
    """Why ``--draft`` wrote nothing, of the reasons it may have (``given``: this command's
    ``--summary`` gave the cell its summary)."""
    from frameworkqda.core.charting import cell_state_in

    with project.session() as session:
        summary = cell_state_in(session, case_id, code_id).summary
    if summary.strip() and given:
        return "nothing drafted: --summary gave the cell its summary (a draft never replaces it)"
    if summary.strip():
        return "summary kept: the cell has one already (a draft never replaces it)"
    return "nothing drafted: no passage is coded with this code in this case's documents"


def _shown(project: Project, case_id: int, code_id: int) -> str:
    """One line: ``version 3 · Yes · by Taro 2026-12-03 17:02 UTC · summary``."""
    from frameworkqda.core.charting import cell_edit

    cell = cell_edit(project, case_id, code_id)
    if cell.version == 0:
        return "version 0 · no cell yet"
    when = f" {utc_minute(cell.updated_at)} UTC" if cell.updated_at else ""
    parts = [f"version {cell.version}", cell.value or "no value", f"by {cell.coder or '?'}{when}"]
    if cell.summary and cell.draft:  # not the researcher's yet: --accept or --summary
        parts.append("draft")
    return " · ".join([*parts, cell.summary.replace("\n", " ")] if cell.summary else parts)


def _cells_from_file(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import ChartFromCsv

    if args.value is not None or args.summary is not None or args.clear_value or args.draft:
        raise ValidationError("with --from, values and summaries come from the file")
    if args.draft_language is not None:
        raise ValidationError("--draft-language is the language of a draft: give it with --draft")
    if args.show or args.if_version is not None:
        raise ValidationError(
            "--show and --if-version are for one cell (--case, --code); with --from, "
            "a version column in the file refuses cells changed since"
        )
    command = ChartFromCsv(args.from_file)
    with open_for(args) as project:
        command.apply(project)
    from frameworkqda.core.words import plural

    print(f"charted {plural(command.count, 'cell')} from {args.from_file}")
    return 0


def _with_cases_where(
    project: Project, group: list[str], condition: str | None, among: set[int] | None = None
) -> list[str]:
    """The group's case names and those of the cases meeting ``--group-where`` (in the
    cases' order, each once; only those ``among`` the cases written, when given)."""
    if condition is None:
        return group
    from frameworkqda.core.cases import cases_where, list_cases

    chosen = set(cases_where(project, condition))
    if among is not None:
        chosen &= among
    where = [case.name for case in list_cases(project) if case.id in chosen]
    if not where:
        print(f"frameworkqda: no case meets {condition}", file=sys.stderr)
    return [*group, *(name for name in where if name not in group)]


def _matrix(args: argparse.Namespace) -> int:
    from frameworkqda.core.exports import export_report, tables_written
    from frameworkqda.core.languages import export_language
    from frameworkqda.core.mapping import build_report, score_series
    from frameworkqda.core.store import open_project

    fmt = output_format(args.format, args.output, FORMATS)
    _refuse_unused(args, fmt)
    output = stdout_for_csv(args.output, fmt)
    with open_project(args.project, read_only=True) as project:
        language = export_language(project, args.language)
        group = _group(project, args.group or [])
        only = _cases_meeting(project, args.where, group)
        group = _with_cases_where(project, group, args.group_where, only)
        report = build_report(
            project,
            group=group,
            group_label=args.group_label,
            series=args.scores,
            language=language,
            cases=only,
        )
        ranked = args.scores is None and "ranks" in tables_written(fmt, args.view)
        series = score_series(project) if ranked else []
    export_report(
        report,
        fmt,
        output,
        view=args.view,
        summaries=args.summaries,
        language=language,
    )
    if output is not None:
        print(f"wrote {args.view} as {fmt} to {args.output}", file=said_to(output))
    _say_the_series_taken(series)  # of what was written: an export refused says that alone
    return 0


def _say_the_series_taken(available: list[str]) -> None:
    """Of several score series the ranks take the first: say which, and how to choose
    another (it was taken without a word, the CSV headed "score")."""
    from frameworkqda.core.words import cite

    if len(available) > 1:
        names = ", ".join(cite(name) for name in available)
        print(
            f"frameworkqda: ranks compare with {cite(available[0])}, the first of "
            f"{len(available)} score series ({names}); choose one with --scores",
            file=sys.stderr,
        )


def _cases_meeting(project: Project, condition: str | None, group: list[str]) -> set[int] | None:
    """The ids of the cases ``--where`` keeps (None: every case); a ``--group`` case it
    leaves out is refused, not averaged over a column the file does not show."""
    if condition is None:
        return None
    from frameworkqda.core.cases import cases_where, list_cases

    chosen = set(cases_where(project, condition))
    if not chosen:
        print(f"frameworkqda: no case meets {condition}", file=sys.stderr)
    left_out = {case.name for case in list_cases(project) if case.id not in chosen}
    outside = [name for name in group if name in left_out]
    if outside:
        raise ValidationError(
            f"--group: {', '.join(outside)} {'does' if len(outside) == 1 else 'do'} not meet "
            f"--where {condition}, so {'it is' if len(outside) == 1 else 'they are'} not "
            "in the tables"
        )
    return chosen


def _refuse_unused(args: argparse.Namespace, fmt: str) -> None:
    """Refuse an option the file written would not show: it was accepted without a word, and
    the group, series or summaries asked for were simply missing."""
    from frameworkqda.core.exports import tables_written

    written = tables_written(fmt, args.view)
    what = f"--view {args.view}" if fmt != "csv" or args.view != "cells" else "CSV's cells view"
    grouping = "--group" if args.group else "--group-where" if args.group_where else None
    if args.group_label is not None and grouping is None:
        raise ValidationError(
            "--group-label names the group column: give it with --group or --group-where"
        )
    if grouping is not None and not {"counts", "ranks"} & written:
        raise ValidationError(
            f"{grouping}: {what} writes no counts nor ranks, where the group column is; "
            "use --view counts or ranks (or XLSX, DOCX, HTML, whose cells view has them)"
        )
    if args.scores is not None and "ranks" not in written:
        raise ValidationError(
            f"--scores: {what} writes no ranks, which compare with the series; "
            "use --view ranks (or XLSX, DOCX, HTML, whose cells view has them)"
        )
    if args.summaries and "themes" not in written:
        raise ValidationError(
            f"--summaries: {what} writes no cells, where the summaries go; use --view cells"
        )


def _group(project: Project, given: list[str]) -> list[str]:
    """The cases each ``--group`` names: a case's whole name (which may hold a comma,
    "浜松市, 静岡県"), else names separated by commas (``Hamamatsu,Kawasaki``)."""
    from frameworkqda.core.cases import list_cases

    names = {case.name for case in list_cases(project)}
    group: list[str] = []
    for value in given:
        if value.strip() in names:
            group.append(value.strip())
        else:
            group.extend(name.strip() for name in value.split(",") if name.strip())
    return group
