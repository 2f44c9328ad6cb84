"""The command line loads only what a verb uses: ``--help``, ``info`` and ``text`` stay light;
``import``, ``info``, ``text``, ``new`` and ``upgrade`` work through SQLAlchemy Core, without its
ORM or our model; ``check`` and ``recover`` through ``sqlite3`` alone.

Each run is a fresh interpreter that calls the CLI's ``main`` and then prints which of the heavy
libraries ended up in ``sys.modules``: a verb module that imports pandas or Qt at its top makes
every command slow, and this is where it shows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "pandas",
    "PySide6",
    "sqlalchemy",
    "sqlalchemy.orm",  # and with it our model: only for verbs that use mapped objects
    "frameworkqda.core.model",
    "sqlalchemy.dialects.postgresql",  # a SQLite project never needs the server's dialect
    "alembic",
    "openpyxl",
    "xlsxwriter",
    "docx",
    "lxml",
    "pypdfium2",
    "frameworkqda.core.exports.xlsx_export",
    "frameworkqda.core.exports.docx_export",
    "frameworkqda.core.exchange.refi",
    "frameworkqda.core.charting",
    "frameworkqda.core.importers",  # the readers' registry and decoders: for import, not lists
    "frameworkqda.gui",
)

CHILD = """
import json, sys
from frameworkqda.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
heavy = json.loads(sys.argv[1])
sys.stderr.write(json.dumps(sorted(name for name in heavy if name in sys.modules)))
"""


def loaded(*argv: str) -> set[str]:
    """The heavy modules loaded by ``frameworkqda ARGV`` in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(HEAVY), *argv],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names: list[str] = json.loads(result.stderr.strip().splitlines()[-1])
    return set(names)


def test_help_loads_no_database_library_exporter_nor_qt() -> None:
    assert loaded("--help") == set()
    assert loaded("code", "--help") == set()


def test_info_and_text_load_no_orm_pandas_exporter_nor_qt(small_project: Path) -> None:
    core = {"sqlalchemy"}  # it opens the project; alembic is loaded only to upgrade one
    assert loaded("info", str(small_project)) <= core
    assert loaded("text", str(small_project), "memo.txt") <= core
    assert loaded("text", str(small_project), "1") <= core  # by id
    coding = ["--document", "memo.txt", "--start", "0", "--end", "2", "--code", "Health"]
    orm = {"sqlalchemy", "sqlalchemy.orm", "frameworkqda.core.model"}
    assert loaded("code", str(small_project), *coding) <= orm


def test_document_list_loads_no_importer(small_project: Path) -> None:
    # workspace: a PDF's page geometry (importers.base) is imported where it is built, with
    # importers.geometry; the list needs neither, nor the importers' package
    orm = {"sqlalchemy", "sqlalchemy.orm", "frameworkqda.core.model"}
    assert loaded("document", "list", str(small_project)) <= orm


def test_scores_list_loads_no_pandas_nor_exporter(small_project: Path) -> None:
    # numbers.format_number: the exported tables' form of a number, which it took from
    # exports.tables, and with it the mapping report, the charting package and pandas
    orm = {"sqlalchemy", "sqlalchemy.orm", "frameworkqda.core.model"}
    assert loaded("scores", "list", str(small_project)) <= orm


def test_a_csv_codebook_loads_no_refi_package(small_project: Path, tmp_path: Path) -> None:
    # codebook_io: only a .qdc's GUIDs need refi.guids, whose package loads lxml and the PDF
    # reader; a CSV export, import or the list need neither
    orm = {"sqlalchemy", "sqlalchemy.orm", "frameworkqda.core.model"}
    table = tmp_path / "codebook.csv"
    assert loaded("codebook", "export", str(small_project), "-o", str(table)) <= orm
    table.write_text("path,description\nNew theme/New measure,added from a table\n")
    assert loaded("codebook", "import", str(small_project), str(table)) <= orm
    assert loaded("codebook", "list", str(small_project)) <= orm


def test_codebook_edits_load_what_the_list_loads(small_project: Path, tmp_path: Path) -> None:
    # add, rename, move, define and delete run the codebook editor's commands: the ORM and the
    # model, as 'codebook list', and no exporter, charting package nor Qt
    orm = {"sqlalchemy", "sqlalchemy.orm", "frameworkqda.core.model"}
    project = str(tmp_path / "edits.fqda")
    shutil.copyfile(small_project, project)
    for edit in (
        ["add", project, "New theme/New measure", "--definition", "added", "--heading-only"],
        ["rename", project, "New theme/New measure", "Renamed"],
        ["move", project, "New theme/Renamed", "--top"],
        ["define", project, "Renamed", "defined"],
        ["delete", project, "Renamed"],
    ):
        assert loaded("codebook", *edit) <= orm


def test_new_check_recover_and_upgrade_load_no_orm_pandas_exporter_nor_qt(
    small_project: Path, tmp_path: Path
) -> None:
    # store.project._initialise writes the project's first rows through the tables; alembic
    # (and with it the server's dialect, which alembic.ddl imports) only where a schema is built
    core = {"sqlalchemy"}
    built = core | {"alembic", "sqlalchemy.dialects.postgresql"}
    assert loaded("new", str(tmp_path / "fresh.fqda"), "--language", "ja") <= built
    assert loaded("new", str(small_project)) <= core  # already present: read, not made
    # store.integrity works through sqlite3 alone: no database library, not even SQLAlchemy
    assert loaded("check", str(small_project)) == set()
    assert loaded("recover", str(small_project), "-o", str(tmp_path / "saved.fqda")) == set()
    assert loaded("upgrade", str(small_project)) <= core  # at this version's schema already
    old = tmp_path / "old.fqda"
    _first_revision_project(old)
    assert loaded("upgrade", str(old)) <= built  # every revision run, 0008's among them
    from frameworkqda.core.store import migrate, open_project

    with open_project(old, read_only=True) as upgraded:
        assert upgraded.schema_revision == migrate.head_revision()


def _first_revision_project(path: Path) -> None:
    """A project file at the first schema revision, as version 0.1 made it."""
    from sqlalchemy import text

    from frameworkqda.core.store import ProjectLocation, migrate
    from frameworkqda.core.store.engine import make_engine

    engine = make_engine(ProjectLocation.parse(str(path)), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO project (id, name, description, created_at, created_with) "
                "VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.0.1')"
            )
        )
    engine.dispose()


def test_a_verb_works_with_the_collector_on_and_the_libraries_it_loaded_frozen(
    small_project: Path,
) -> None:
    # cli/loading.py: the store loads with the collector paused; the verb's work must not
    child = (
        "import gc, sys\n"
        "from frameworkqda.cli import main\n"
        "main(['info', sys.argv[1]])\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, str(small_project)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    enabled, frozen = result.stdout.split()[-2:]
    assert enabled == "True"
    assert int(frozen) > 10_000  # SQLAlchemy and the model, not collected again


def test_what_the_import_loads_before_its_workers_fork_is_what_they_read_pages_with() -> None:
    # the command's reader process (importers/early_read) is forked with what the command has
    # loaded by then and forks the workers with what it adds: a text file's decoders have no
    # place there, nor the other verbs' modules (cli.build_parser imports the verb's own)
    child = (
        "import json, sys\n"
        "from frameworkqda.cli import build_parser\n"
        "build_parser('import').parse_args(['import', 'p.fqda', 'plan.pdf'])\n"
        "from frameworkqda.core.importers import early_read, pdf, pdf_parallel, warm\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout))
    assert "pypdfium2" in modules and "frameworkqda.core.importers.pdf" in modules
    assert not modules & {"sqlalchemy", "charset_normalizer", "zipfile", "docx", "lxml"}
    verbs = {name for name in modules if name.endswith("_commands")}
    # case_commands: cli.main puts an old argument order right for every verb
    assert verbs == {"frameworkqda.cli.import_commands", "frameworkqda.cli.case_commands"}


def test_an_import_loads_neither_the_orm_nor_the_model(tmp_path: Path) -> None:
    # service._store: the import reads and writes the tables with SQLAlchemy Core
    # (Project.connect, Project.begin): the ORM and the 17 mapped classes cost ~90 ms of CPU
    from frameworkqda.core.store import create_project, open_project
    from tests.documents import japanese_pdf

    project = tmp_path / "import.fqda"
    create_project(project).close()
    pdf = japanese_pdf(tmp_path / "plan.pdf", pages=2)
    text = tmp_path / "memo.txt"
    text.write_text("浜松市の多文化共生推進計画。\n", encoding="utf-8")
    child = (
        "import sys\n"
        "from frameworkqda.cli import main\n"
        "code = main(['import', *sys.argv[1:]])\n"
        "print(code, *(name in sys.modules for name in ('sqlalchemy.orm', "
        "'frameworkqda.core.model')))\n"
    )
    files = [str(pdf), str(text), str(pdf)]
    argv = [sys.executable, "-c", child, str(project), *files, "--case", "Hamamatsu"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["0", "False", "False"]
    assert "2 imported, 1 already present" in result.stderr  # the duplicate found in Core too
    from frameworkqda.core.cases import list_cases

    with open_project(project) as opened:  # the case made in Core, the documents in it
        assert [(c.name, c.documents) for c in list_cases(opened)] == [
            ("Hamamatsu", ("plan.pdf", "memo.txt"))
        ]
        assert opened.change_count() == 2  # each document's transaction counted


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_program_loads_numpy_without_blas_threads() -> None:
    # cli.single_threaded_blas: OpenBLAS's own threads spun for ~0.08 s of CPU as numpy loaded
    child = (
        "import os, sys\n"
        "from frameworkqda.cli import main\n"
        "sys.argv = ['frameworkqda', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "import numpy\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120,
        env=environment,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "1"
