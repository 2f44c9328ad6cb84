"""``code``, ``uncode``, ``autocode`` and ``segments``: coding a range of a document, removing
that coding again, coding every hit of a term, and listing the coded passages."""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from frameworkqda.cli.coder_option import add_coder_option, open_for
from frameworkqda.cli.search_commands import WHOLE_WORDS_HELP
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.words import plural

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from frameworkqda.core import model
    from frameworkqda.core.segment_table import Row

SEGMENT_FORMATS = ("tsv", "csv", "xlsx")

# The options naming one coded passage, required by `uncode` and by `code` without --from: the
# usage lines spell them out (argparse marks `code`'s optional, having no "all or --from").
PASSAGE = "--document NAME --start N --end N --code PATH"


def usage(parser: argparse.ArgumentParser, *forms: str) -> None:
    """Give ``parser`` a usage line a form (its arguments after the verb), wrapped and aligned
    as argparse wraps its own: an option stays beside its value."""
    indent = " " * len("usage: ")
    width = 79 - len(indent)
    lines = []
    for form in forms:
        kept = re.sub(r"\[[^]]*\]|--\S+ [A-Z]\S*", lambda m: m[0].replace(" ", "\0"), form)
        wrapped = textwrap.wrap(
            f"{parser.prog} {kept}",
            width,
            subsequent_indent=" " * (len(parser.prog) + 1),
            break_on_hyphens=False,
        )
        lines += [line.replace("\0", " ") for line in wrapped]
    parser.usage = f"\n{indent}".join(lines)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    code = subparsers.add_parser(
        "code",
        help="code a range of a document",
        description="Tag [START, END) of a document (Unicode code points from 0) with a code; "
        "or, with --from, every row of a CSV file (columns document, start, end, code; optional "
        "note, translation, coder, and what `segments --format csv` writes beside them, checked "
        "against the document: text, its case, page; updated is the project's own, not read) "
        "in one transaction: if any row is bad, each "
        "bad row is named and nothing is written. A passage the coder has coded so already, "
        "with the note and translation given, is 'already present' (a script run again); with "
        "another note or translation it is refused.",
    )
    usage(
        code,
        f"[-h] project {PASSAGE} [--note NOTE] [--translation TEXT] [--coder NAME]",
        "[-h] project --from FILE.csv [--coder NAME]",
    )
    code.add_argument("project", help="project file or postgresql:// URL")
    one = code.add_argument_group(
        "one passage", "--document, --start, --end and --code are required, unless --from"
    )
    one.add_argument("--document", metavar="NAME", help="document name, or its id")
    one.add_argument(
        "--start",
        type=int,
        metavar="N",
        help="offset of the first character, counted from 0 (the app's segment panel counts "
        "from 1: its characters 55-64 are --start 54 --end 64)",
    )
    one.add_argument("--end", type=int, metavar="N", help="offset just after the last character")
    one.add_argument("--code", metavar="PATH", help='e.g. "Health/Consultation"')
    one.add_argument("--note", help="a note on the segment")
    one.add_argument("--translation", metavar="TEXT", help="an English translation of the passage")
    rows = code.add_argument_group("or a file of passages", "--from instead of the options above")
    rows.add_argument(
        "--from", dest="from_file", type=Path, metavar="FILE.csv", help="code every row of FILE"
    )
    code.set_defaults(handler=_code)

    uncode = subparsers.add_parser(
        "uncode",
        help="remove a coded passage",
        description="Remove the coding of [START, END) of a document with a code (as "
        "`segments` prints it), with its memo (the command the app's Delete segment runs). "
        "When several coders coded that range with that code, --coded-by says whose. The "
        "project's deletions log records who removed it: --as NAME, else your login name. "
        "(The older --coder NAME, for --coded-by, still works, deprecated.)",
    )
    usage(uncode, f"[-h] project {PASSAGE} [--coded-by NAME] [--as NAME]")
    uncode.add_argument("project", help="project file or postgresql:// URL")
    one = uncode.add_argument_group(
        "the passage", "--document, --start, --end and --code are required"
    )
    one.add_argument("--document", required=True, metavar="NAME", help="document name or id")
    one.add_argument("--start", required=True, type=int, metavar="N", help="as in `code`")
    one.add_argument("--end", required=True, type=int, metavar="N", help="as in `code`")
    one.add_argument("--code", required=True, metavar="PATH", help='e.g. "Health/Consultation"')
    uncode.add_argument(
        "--coded-by",
        metavar="NAME",
        help="whose coding to remove, when several coders coded that range with that code",
    )
    # deprecated: --coder said whose coding, which every other verb's --coder does not mean
    uncode.add_argument("--coder", dest="old_coded_by", metavar="NAME", help=argparse.SUPPRESS)
    add_coder_option(
        uncode,
        "--as",
        help="record the removal under this coder in the deletions log (default: your login name)",
    )
    uncode.set_defaults(handler=_uncode)

    listed = subparsers.add_parser(
        "segments",
        help="list coded passages",
        description="Print each coded passage, by document and position: document, case (empty "
        "for a document in no case), page (empty for a document without pages), start, end (as "
        "`code` takes them), code, coder, text, note, translation, updated (UTC): the columns "
        "the app's Review → Export shown… writes. TSV (the default): tab-separated, no header, "
        "tabs and line breaks inside a cell as spaces. CSV and XLSX: a header row and every "
        "cell whole; the CSV is the file `code --from` takes back.",
    )
    listed.add_argument("project", help="project file or postgresql:// URL")
    listed.add_argument(
        "--code", metavar="PATH", help="only passages at this code (a theme: its measures too)"
    )
    listed.add_argument("--document", metavar="NAME", help="only in this document (name or id)")
    listed.add_argument("--case", metavar="NAME", help="only in this case's documents")
    listed.add_argument(
        "--where",
        metavar="CONDITION",
        help="only in the documents of the cases whose attribute meets CONDITION, as "
        '`case list --where` takes it: "Population>=1000000", "Region=Kanto", "Coastal=yes"',
    )
    listed.add_argument(
        "--format",
        choices=SEGMENT_FORMATS,
        default=None,
        help="tsv, csv or xlsx; default: from -o, else tsv",
    )
    listed.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    listed.set_defaults(handler=_segments)

    auto = subparsers.add_parser(
        "autocode",
        help="code every hit of a term",
        description="Code every hit of a search term in every document (Japanese-aware: "
        "full-width/half-width and compatibility forms match; 1- and 2-character terms work). "
        "`search` with the same term and options shows the hits first.",
    )
    usage(
        auto,
        "[-h] project TEXT --code PATH [--regex] [--whole-words] [--document NAME] "
        "[--unit {hit,sentence,paragraph}] [--coder NAME]",
    )
    auto.add_argument("project", help="project file or postgresql:// URL")
    # TEXT as `search` takes it, after the project; --term TEXT, the spelling before, works too
    auto.add_argument("term", nargs="?", metavar="TEXT", help="the term to find, as in `search`")
    auto.add_argument(
        "--term", dest="term_option", metavar="TEXT", help="the term, as an option instead of TEXT"
    )
    auto.add_argument("--regex", action="store_true", help="TEXT is a regular expression")
    auto.add_argument("--whole-words", action="store_true", help=WHOLE_WORDS_HELP)
    auto.add_argument("--code", required=True, metavar="PATH", help="code to apply")
    auto.add_argument(
        "--document",
        action="append",
        metavar="NAME",
        help="only in this document, named or by id (repeatable)",
    )
    auto.add_argument(
        "--unit",
        choices=("hit", "sentence", "paragraph"),
        default="sentence",
        help="what to code around each hit: the hit itself, its sentence (default; ends at "
        "。！？ . ! ? and at line ends) or its paragraph; units that overlap or touch merge",
    )
    auto.set_defaults(handler=_autocode, late_positional="term")


def one_or_from_file(args: argparse.Namespace, options: tuple[str, ...]) -> bool:
    """True for ``--from FILE``; otherwise every one of ``options`` must be given."""
    given = [name for name in options if getattr(args, name) is not None]
    if args.from_file is not None:
        if given:
            raise ValidationError(f"give --from or --{', --'.join(given)}, not both")
        return True
    missing = [name for name in options if name not in given]
    if missing:
        raise ValidationError(f"give --{', --'.join(missing)} (or --from FILE.csv)")
    return False


def _not_a_column(session: Session, code_id: int, name: str) -> str:
    """A note when ``code_id`` is a theme with measures: coded all the same (a researcher may
    mean it), but the matrix charts its measures, so the passage shows there as no evidence."""
    from frameworkqda.core.codebook import not_a_column  # not charting: it loads numpy

    if not_a_column(session, code_id) is not None:
        return (
            f"note: {name} is a theme: the framework matrix charts its measures, not the "
            "theme, so this passage is no evidence in the matrix"
        )
    return ""


def _code(args: argparse.Namespace) -> int:

    if one_or_from_file(args, ("document", "start", "end", "code")):
        from frameworkqda.core.commands import CodeFromCsv

        given = [name for name in ("note", "translation") if getattr(args, name) is not None]
        if given:
            raise ValidationError(
                f"give --from or --{', --'.join(given)}, not both (the file has columns for them)"
            )

        command = CodeFromCsv(args.from_file)
        with open_for(args) as project:
            command.apply(project)
        already = f" ({command.present} already present)" if command.present else ""
        print(f"coded {plural(command.count, 'segment')} from {args.from_file}{already}")
        return 0
    from frameworkqda.core.codebook import resolve_node
    from frameworkqda.core.commands import AddSegment
    from frameworkqda.core.documents import document_name, resolve_document

    with open_for(args) as project:
        with project.session() as session:
            document_id = resolve_document(session, args.document)
            code = resolve_node(session, args.code)
            code_id = code.id
            there = _coded_already(session, project.coder_name, document_id, code_id, args)
            uncharted = _not_a_column(session, code_id, code.path)
            # the reply names what was coded as stored, whatever spelling (or id) found it
            document, range_ = document_name(session, document_id), f"[{args.start}, {args.end})"
        if there is None:
            add = AddSegment(
                document_id, code_id, args.start, args.end, args.note or "", args.translation or ""
            )
            add.apply(project)
            coded = f"coded {document} {range_} with {code.path}"
            for before, after in add.extended:  # text overlapping a passage: it grew
                coded += (
                    f"; the passage [{before.start}, {before.end}) extended to "
                    f"[{after.start}, {after.end})"
                )
            print(coded)
            if uncharted:
                print(uncharted)
            return 0
    inside = (there.start, there.end) != (args.start, args.end)
    changed = {
        name: (value, had)
        for name, value, had in (
            ("note", args.note, there.note),
            ("translation", args.translation, there.translation),
        )
        if value is not None and value != had
    }
    # a range inside a passage (auto-coded sentence): its note or translation goes on the
    # passage where it has none, as when coding text beside it widens it (AddSegment)
    filled = {name: value for name, (value, had) in changed.items() if inside and not had}
    differs = [
        f"another {name} ({had!r})" for name, (_, had) in changed.items() if name not in filled
    ]
    if differs:
        raise ValidationError(
            f"{project.coder_name} has already coded {document} {range_} with {code.path}, "
            f"with {' and '.join(differs)}"
        )
    passage = f" (in the passage [{there.start}, {there.end}))" if inside else ""
    if filled:
        from frameworkqda.core.commands import UpdateSegment

        with open_for(args) as project:
            UpdateSegment(there.id, **filled).apply(project)
        print(
            f"coded already: {document} {range_} with {code.path}{passage}; "
            f"its {' and '.join(filled)} set"
        )
        return 0
    print(f"already present: {document} {range_} coded with {code.path}{passage}")
    return 0


def _coded_already(
    session: Session, coder: str, document_id: int, code_id: int, args: argparse.Namespace
) -> model.Segment | None:
    """The passage this coder has coded the range in already with the same code (the range
    itself first)."""
    from sqlalchemy import select

    from frameworkqda.core import model

    return session.scalars(
        select(model.Segment)
        .join(model.Coder, model.Segment.coder_id == model.Coder.id)
        .where(
            model.Segment.document_id == document_id,
            model.Segment.code_id == code_id,
            model.Segment.start <= args.start,
            model.Segment.end >= args.end,
            model.Coder.name == coder,
        )
        .order_by(model.Segment.end - model.Segment.start)
    ).first()


def _term(args: argparse.Namespace) -> str:
    """The term ``autocode`` codes, given as TEXT or as ``--term TEXT`` (once)."""
    if args.term is not None and args.term_option is not None:
        raise ValidationError("give the term once: autocode PROJECT TEXT, or --term TEXT")
    term: str | None = args.term if args.term is not None else args.term_option
    if term is None:
        raise ValidationError("give the term to find: autocode PROJECT TEXT --code PATH")
    return term


def _autocode(args: argparse.Namespace) -> int:
    term = _term(args)
    from frameworkqda.core.codebook import resolve_node
    from frameworkqda.core.commands import Autocode
    from frameworkqda.core.documents import resolve_document

    with open_for(args) as project:
        with project.session() as session:
            code = resolve_node(session, args.code)
            code_id = code.id
            documents = (
                [resolve_document(session, name) for name in args.document]
                if args.document
                else None
            )
        command = Autocode(
            term, code_id, args.regex, documents, args.unit, whole_words=args.whole_words
        )
        command.apply(project)
    from frameworkqda.core.messages import quoted

    coded = f"coded {plural(command.count, args.unit)} with {quoted(term)} as {code.path}"
    print(coded + already_coded(command.already, len(command.extended), args.unit))
    return 0


def already_coded(hits: int, extended: int, unit: str) -> str:
    """``; 3 hits already coded (1 passage extended to cover their sentences)``: the hits that
    made no passage of their own, the text already coded with the code by this coder."""
    if not hits:
        return ""
    said = f"; {plural(hits, 'hit')} already coded"
    if extended:
        whose = (
            ("it" if hits == 1 else "them")
            if unit == "hit"
            else (f"its {unit}" if hits == 1 else f"their {unit}s")
        )
        said += f" ({plural(extended, 'passage')} extended to cover {whose})"
    return said


def _uncode(args: argparse.Namespace) -> int:
    from frameworkqda.core.codebook import resolve_node
    from frameworkqda.core.coding import segment_at
    from frameworkqda.core.commands import DeleteSegment
    from frameworkqda.core.documents import document_name, resolve_document

    whose = args.coded_by
    if args.old_coded_by is not None:
        if whose is not None:
            raise ValidationError("give whose coding once: uncode … --coded-by NAME")
        whose = args.old_coded_by
        args.deprecation = (
            "frameworkqda: 'uncode --coder NAME' is deprecated; write 'uncode --coded-by NAME' "
            "(whose coding to remove; --as NAME records who removes it)"
        )
    with open_for(args) as project:
        with project.session() as session:
            document_id = resolve_document(session, args.document)
            code = resolve_node(session, args.code)
            segment_id = segment_at(
                session, document_id, code.id, args.start, args.end, whose, option="--coded-by"
            )
            document = document_name(session, document_id)
        DeleteSegment(segment_id).apply(project)
    print(f"uncoded {document} [{args.start}, {args.end}) from {code.path}")
    return 0


def _segments(args: argparse.Namespace) -> int:
    from frameworkqda.core.cases import cases_where_in, parse_condition, resolve_case
    from frameworkqda.core.codebook import descendants, resolve
    from frameworkqda.core.documents import resolve_document
    from frameworkqda.core.review import segment_rows
    from frameworkqda.core.segment_table import table_rows
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        with project.session() as session:
            codes = None
            if args.code is not None:
                code_id = resolve(session, args.code)
                codes = {code_id, *descendants(session, code_id)}
            document = resolve_document(session, args.document) if args.document else None
            case = resolve_case(session, args.case) if args.case is not None else None
            where = None
            if args.where is not None:
                where = set(cases_where_in(session, parse_condition(args.where)))
        rows = segment_rows(project, None if document is None else [document], text_limit=None)
        chosen = [
            row
            for row in rows
            if (codes is None or row.code_id in codes)
            and (case is None or row.case_id == case)
            and (where is None or row.case_id in where)
        ]
        table = table_rows(project, chosen)
    _write_segments(table, args)
    return 0


def _write_segments(rows: Sequence[Row], args: argparse.Namespace) -> None:
    """The passages as TSV, CSV or XLSX, to standard output or ``-o FILE`` (written whole)."""
    from frameworkqda.cli.output_format import output_format, said_to
    from frameworkqda.core.segment_table import write_csv, write_table, write_tsv

    output = args.output
    to_file = output is not None and str(output) != "-"  # -o -: standard output
    fmt = output_format(args.format, output, SEGMENT_FORMATS) if to_file else args.format or "tsv"
    if fmt != "xlsx" and not to_file:
        (write_csv if fmt == "csv" else write_tsv)(rows, sys.stdout)
        return
    target = output if to_file else Path("-")  # XLSX: its bytes, when that is no terminal
    write_table(rows, target, fmt)
    print(f"wrote {plural(len(rows), 'coded passage')} as {fmt} to {target}", file=said_to(target))
