"""``case``: create, rename and delete cases, set their attributes, assign documents, list them;
rename or delete an attribute, or give it another kind.

Like every verb, the action comes before the project: ``case add PROJECT NAME``. The older
``case PROJECT add NAME`` still works (scripts may use it): ``modern_order`` turns it round and
gives the note printed after the command succeeds (an error stays one line).
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING

from frameworkqda.cli.coder_option import add_coder_option, open_for
from frameworkqda.core.kinds import AttributeKind
from frameworkqda.core.words import plural

ACTIONS = (
    "add",
    "set",
    "assign",
    "rename",
    "delete",
    "list",
    "rename-attribute",
    "delete-attribute",
    "set-kind",
)
KINDS = [kind.value for kind in AttributeKind]
PROJECT_HELP = "project file or postgresql:// URL"

if TYPE_CHECKING:  # the command classes load with the core, when a handler runs
    from frameworkqda.core.cases import CaseWork
    from frameworkqda.core.commands import Command


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "case",
        help="add, rename, delete or list cases; assign documents; set, rename or delete "
        "attributes, or change their kind",
        description="Manage the cases compared in the framework matrix (e.g. cities): "
        "case ACTION PROJECT … (the older order case PROJECT ACTION … still works, deprecated).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")  # bare: help (cli.lacking)
    add = actions.add_parser(
        "add",
        help="create a case",
        description="Create a case (last). A case of that name there already, with the "
        "description given (if one is), is left as it is: 'already present', exit status 0; "
        "one with another description is refused.",
    )
    add.add_argument("project", help=PROJECT_HELP)
    add.add_argument("name", help='case name, e.g. "Japan (national)"')
    add.add_argument("--description", help="a description")
    add.set_defaults(handler=_add)
    set_ = actions.add_parser(
        "set",
        help="set a case attribute",
        description="Set a typed attribute; an empty VALUE removes it. The attribute is "
        "defined on first use, with the kind --kind gives or else the one its first value "
        "reads as: a whole number (790718, 790,718) integer, another number (3.6) number, "
        "a date written 2023-03-01 date, yes, no, true or false (any letter case; はい, いいえ) "
        "boolean (yes/no), anything else (0123, y, Shizuoka) text; the kind "
        "is printed. Every value is read as the attribute's kind: a number without a % sign "
        "(3.6, not 3.6%) and with a decimal point (2.8, not 2,8), which are refused, saying "
        "why, on first use too. --kind naming another kind than the attribute has is "
        "refused: 'case set-kind' changes it.",
    )
    set_.add_argument("project", help=PROJECT_HELP)
    set_.add_argument("name", help="case name")
    set_.add_argument("attribute", help="attribute name, e.g. population")
    set_.add_argument("value", help="value, read as the attribute's kind")
    set_.add_argument(
        "--kind", choices=KINDS, help="the attribute's kind (on first use: else read from VALUE)"
    )
    set_.set_defaults(handler=_set)
    assign = actions.add_parser(
        "assign", help="assign documents to a case", description="Put documents under a case."
    )
    assign.add_argument("project", help=PROJECT_HELP)
    assign.add_argument("name", help="case name")
    assign.add_argument("documents", nargs="+", metavar="DOCUMENT", help="document names (or ids)")
    assign.set_defaults(handler=_assign)
    rename = actions.add_parser(
        "rename", help="rename a case", description="Give a case a new name."
    )
    rename.add_argument("project", help=PROJECT_HELP)
    rename.add_argument("name", help="case name")
    rename.add_argument("new_name", metavar="NEW_NAME", help="its new name")
    rename.set_defaults(handler=_rename)
    delete = actions.add_parser(
        "delete",
        help="delete a case",
        description="Delete a case with its attributes, chart cells and memos; "
        "its documents stay, unassigned. Says what went: how many chart cells (with a value, "
        "with a summary) and memos, and which documents are now in no case.",
    )
    delete.add_argument("project", help=PROJECT_HELP)
    delete.add_argument("name", help="case name")
    add_coder_option(delete)  # the deletions log names who deleted it
    delete.set_defaults(handler=_delete)
    rename_attribute = actions.add_parser(
        "rename-attribute",
        help="rename a case attribute",
        description="Give an attribute a new name; its values stay.",
    )
    rename_attribute.add_argument("project", help=PROJECT_HELP)
    rename_attribute.add_argument("attribute", help="attribute name")
    rename_attribute.add_argument("new_name", metavar="NEW_NAME", help="its new name")
    rename_attribute.set_defaults(handler=_rename_attribute)
    delete_attribute = actions.add_parser(
        "delete-attribute",
        help="delete a case attribute",
        description="Delete an attribute with every case's value of it.",
    )
    delete_attribute.add_argument("project", help=PROJECT_HELP)
    delete_attribute.add_argument("attribute", help="attribute name")
    add_coder_option(delete_attribute)
    delete_attribute.set_defaults(handler=_delete_attribute)
    set_kind = actions.add_parser(
        "set-kind",
        help="give a case attribute another kind",
        description="Give an attribute another kind, reading every case's value as it "
        "(text 790,718 becomes the integer 790718; yes the number 1). If any value cannot "
        "be read so (3.6 as an integer), nothing changes and each such value is named "
        "with its case.",
    )
    set_kind.add_argument("project", help=PROJECT_HELP)
    set_kind.add_argument("attribute", help="attribute name")
    set_kind.add_argument("kind", choices=KINDS, help="its new kind")
    set_kind.set_defaults(handler=_set_kind)
    listed = actions.add_parser(
        "list",
        help="list cases",
        description="Print one line per case, tab-separated: its name, how many documents it "
        'has, and its attributes (name=value, separated by "; ").',
    )
    listed.add_argument("project", help=PROJECT_HELP)
    listed.add_argument(
        "--where",
        metavar="CONDITION",
        help="only the cases whose attribute meets CONDITION: ATTRIBUTE, a sign (= != < <= > "
        '>= or ~ for contains), a value, e.g. "Population>=1000000", "Region=Kanto", '
        '"Coastal=yes"; numbers and dates compared as such, text whole ignoring case, a yes/no '
        "attribute by yes, no, true, false, 1, 0 (はい, いいえ)",
    )
    listed.set_defaults(handler=_list)


def modern_order(argv: list[str]) -> tuple[list[str], str | None]:
    """``case PROJECT ACTION …`` (deprecated) → ``case ACTION PROJECT …``, and a note saying so."""
    if len(argv) < 3 or argv[0] != "case" or argv[1] in ACTIONS or argv[1].startswith("-"):
        return argv, None
    if argv[2] not in ACTIONS:
        return argv, None
    note = f"frameworkqda: 'case PROJECT {argv[2]}' is deprecated; write 'case {argv[2]} PROJECT'"
    return [argv[0], argv[2], argv[1], *argv[3:]], note


def _add(args: argparse.Namespace) -> int:
    from frameworkqda.core import model
    from frameworkqda.core.case_names import case_name, find_case
    from frameworkqda.core.commands import AddCase
    from frameworkqda.core.errors import ValidationError
    from frameworkqda.core.store import open_project

    name = case_name(args.name)
    with open_project(args.project) as project:
        with project.session() as session:
            found = find_case(session, name) if name else None
            case = None if found is None else session.get(model.Case, found[0])
            there = case is not None and case.name == name  # typed as stored, spacing aside
            description = "" if case is None else case.description
        if not there:  # none, or "osaka" beside "Osaka": AddCase says why not
            AddCase(args.name, args.description or "").apply(project)
            print(f"added case {name}")
            return 0
    if args.description is not None and description != args.description:
        raise ValidationError(
            f"a case named {name} is there already, with another description ({description!r})"
        )
    print(f"already present: case {name}")
    return 0


def _set(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases
    from frameworkqda.core.commands import SetAttribute
    from frameworkqda.core.errors import ValidationError
    from frameworkqda.core.store import open_project

    value = None if args.value.strip() == "" else args.value
    with open_project(args.project) as project:
        with project.session() as session:
            case_id = cases.resolve_case(session, args.name)
            name = cases.case_name_in(session, case_id)  # as stored: "osaka" is Osaka
            had = cases.kind_of_attribute(session, args.attribute)
        if args.kind and had is not None and had.value != args.kind:
            raise ValidationError(
                f"attribute {args.attribute} is of kind {had.value}, not {args.kind}; to change "
                "its kind (with every value): frameworkqda case set-kind "
                + shlex.join([args.project, args.attribute, args.kind])
            )
        if args.kind:
            kind = AttributeKind(args.kind)
        elif had is not None:
            kind = had
        else:
            kind = cases.kind_of_text(args.value)
        SetAttribute(case_id, args.attribute, value, kind).apply(project)
    if had is None:
        print(f"set {args.attribute} of {name} (new attribute, kind {kind.value})")
    else:
        print(f"set {args.attribute} of {name}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases, documents
    from frameworkqda.core.commands import AssignDocuments
    from frameworkqda.core.store import open_project

    with open_project(args.project) as project:
        with project.session() as session:
            case_id = cases.resolve_case(session, args.name)
            case = cases.case_name_in(session, case_id)
            ids = [documents.resolve_document(session, name) for name in args.documents]
        command = AssignDocuments(case_id, ids)
        command.apply(project)
    if command.changed_nothing:  # run again: each one there already, nothing written
        print(f"already present: {plural(len(ids), 'document')} in {case}")
    else:
        print(f"assigned {plural(len(ids), 'document')} to {case}")
    return 0


def _rename(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases
    from frameworkqda.core.case_names import case_name
    from frameworkqda.core.commands import RenameCase

    with open_for(args) as project:
        with project.session() as session:
            case_id = cases.resolve_case(session, args.name)
        command = RenameCase(case_id, args.new_name)
        command.apply(project)
    print(f"renamed case {command.before} to {case_name(args.new_name)}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases
    from frameworkqda.core.commands import DeleteCase

    with open_for(args) as project:
        with project.session() as session:
            case_id = cases.resolve_case(session, args.name)
            name = cases.case_name_in(session, case_id)
        work = cases.case_work(project, case_id)  # what goes with it, said as document delete
        DeleteCase(case_id).apply(project)
    print(f"deleted case {name} with {_work_gone(work)}")
    return 0


def _work_gone(work: CaseWork) -> str:
    """``3 chart cells (2 with a value, 1 with a summary) and 1 memo; 2 documents (a.pdf,
    b.html) now in no case``: what ``case delete`` took, and the documents it left; auto-drafts
    not yet accepted are counted apart (``…, 1 with a summary, 2 with a draft)``)."""
    if work.cells:
        drafts = f", {work.drafted} with a draft" if work.drafted else ""
        cells = (
            f"{plural(work.cells, 'chart cell')} ({work.valued} with a value, "
            f"{work.summarised} with a summary{drafts})"
        )
    else:
        cells = "no chart cells"
    said = cells + (f" and {plural(work.memos, 'memo')}" if work.memos else "")
    if work.documents:
        said += (
            f"; {plural(len(work.documents), 'document')} ({', '.join(work.documents)}) "
            "now in no case"
        )
    return said


def _apply_to_attribute(args: argparse.Namespace, build: Callable[[int], Command]) -> None:
    """Apply the command ``build`` makes for the attribute named ``args.attribute`` (as
    ``--coder``, where the verb takes it)."""
    from frameworkqda.core import cases

    with open_for(args) as project:
        with project.session() as session:
            attribute_id = cases.attribute_named(session, args.attribute).id
        build(attribute_id).apply(project)


def _rename_attribute(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import RenameAttribute

    _apply_to_attribute(args, lambda attribute_id: RenameAttribute(attribute_id, args.new_name))
    print(f"renamed attribute {args.attribute} to {args.new_name.strip()}")
    return 0


def _delete_attribute(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import DeleteAttribute

    _apply_to_attribute(args, lambda attribute_id: DeleteAttribute(attribute_id, args.attribute))
    print(f"deleted attribute {args.attribute}")
    return 0


def _set_kind(args: argparse.Namespace) -> int:
    from frameworkqda.core.commands import ChangeAttributeKind

    kind = AttributeKind(args.kind)
    _apply_to_attribute(
        args, lambda attribute_id: ChangeAttributeKind(attribute_id, kind, args.attribute)
    )
    print(f"attribute {args.attribute} is now of kind {kind.value}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from frameworkqda.core import cases
    from frameworkqda.core.store import open_project

    with open_project(args.project, read_only=True) as project:
        chosen = None if args.where is None else set(cases.cases_where(project, args.where))
        for case in cases.list_cases(project):
            if chosen is not None and case.id not in chosen:
                continue
            values = cases.attributes(project, case.id)
            extras = "; ".join(
                f"{name}={cases.plain_value(value)}" for name, value in values.items()
            )
            print(f"{case.name}\t{plural(len(case.documents), 'document')}\t{extras}")
    return 0
