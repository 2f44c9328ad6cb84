"""Instructions, not seconds: a yardstick for the import that this machine's load cannot move.

This 2-vCPU machine's speed drifts by up to 1.5x from minute to minute, so a change worth 5-10 %
of the import's CPU cannot be told from noise with a clock, and it has no hardware performance
counters (``perf stat -e instructions`` fails). Valgrind's cachegrind without its cache model
(``--cache-sim=no``, the cheapest tool that counts every instruction) counts the instructions
executed (``Ir``) instead; they repeat to ~0.01 % from run to run.

Counted, each in a fresh process with every child it starts:
- a whole-CLI ``frameworkqda import`` in one process (``FRAMEWORKQDA_WORKERS=1``) of the
  Japanese PDF with an unembedded font that ``bench_cli`` uses, at ``PAGES`` and ``2 * PAGES``
  pages: the difference gives the instructions a page and the rest the fixed cost (start-up,
  opening the project, committing);
- ``pdftotext`` on the same files, and the ratio pdftotext / ours, a load-independent proxy of
  issue 15's whole-CLI ratio (also extrapolated to its 600 pages from both lines);
- with ``--pool``, an import of ``POOL_PAGES`` pages with ``POOL_WORKERS`` worker processes
  (all processes summed, each forked worker from zero: what the pool costs beyond one
  process);
- where the instructions go, a page and fixed (PDFium, the interpreter, numpy, the C
  library...), by the object file of each function, and the functions that cost most a page
  (``--split``: two more runs, with callgrind, which knows functions and their object files,
  ~2x slower than cachegrind).

Made deterministic: a fixed hash seed (string hashing and so dict probing vary otherwise), one
BLAS thread (OpenBLAS's spinning threads count however long they spin), the system allocator
(``PYTHONMALLOC=malloc``, the usual way to run Python under valgrind) and byte-compiled modules
(this machine sets ``PYTHONDONTWRITEBYTECODE``: without .pyc files every run would count the
compiler), and the import runs with ``python -P`` (its working folder, randomly named, is not
searched for modules). Valgrind slows a run ~5-10x: ``2 * PAGES`` stays small.

Runs the ``frameworkqda`` that ``PYTHONPATH`` finds, so another checkout can be measured with
this interpreter: ``PYTHONPATH=/path/to/checkout python benchmarks/bench_instructions.py``.
- with ``--verbs``, ``info``, ``text``, ``new``, ``check``, ``recover`` and ``upgrade`` on the
  project the 20-page import made (``new`` also on a new file), each in a fresh process (what
  a verb that loads no ORM costs, start-up and all).

Alone: ``python benchmarks/bench_instructions.py [--pool] [--split] [--verbs]``.
"""

from __future__ import annotations

import compileall
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PAGES = 20
POOL_PAGES = 160  # past COLD_POOL_MIN_PAGES (150): the CLI starts its pool for this one
POOL_WORKERS = "2"
TARGET_PAGES = 600
TOP_FUNCTIONS = 15
STEADY = {
    "FRAMEWORKQDA_WORKERS": "1",
    "PYTHONHASHSEED": "0",
    "PYTHONMALLOC": "malloc",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}

Row = tuple[str, float, str]


def steady_env() -> dict[str, str]:
    return {**os.environ, **STEADY}


def package_folder() -> Path:
    """The ``frameworkqda`` package the child processes will import (``PYTHONPATH`` first)."""
    where = "import frameworkqda; print(frameworkqda.__path__[0])"
    found = subprocess.run([sys.executable, "-c", where], capture_output=True, text=True,
                           check=True, cwd=tempfile.gettempdir(), env=steady_env())  # fmt: skip
    return Path(found.stdout.strip())


def counted(argv: list[str], folder: Path, tag: str, workers: str = "1") -> tuple[int, str, int]:
    """Instructions executed by ``argv`` and every process it starts, its standard output and
    how many processes ran.

    A forked child starts with a copy of its parent's counts (valgrind's tools copy their
    state with the process): summed as they are, a pool's workers would count the parent's
    start-up again each. With workers, callgrind therefore writes the parent's counts out and
    starts them again from zero just before each ``fork`` (``--dump-before=fork``), and every
    part is summed; one process is counted by cachegrind, cheaper, and must stay one."""
    pooled = workers != "1"
    if pooled:
        tool = [
            "--tool=callgrind",
            "--dump-before=fork",
            f"--callgrind-out-file={folder / tag}.%p.cg",
        ]
    else:
        tool = [
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={folder / tag}.%p.cg",
        ]
    result = subprocess.run(
        ["valgrind", *tool, "--trace-children=yes", *argv],
        capture_output=True, text=True, cwd=folder,
        env={**steady_env(), "FRAMEWORKQDA_WORKERS": workers},
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed under valgrind: {result.stderr[-2000:]}")
    files = list(folder.glob(f"{tag}.*.cg*"))  # callgrind's parts: NAME.cg.1, NAME.cg.2...
    total = 0
    for path in files:
        for line in path.read_text().splitlines():
            if line.startswith("summary:"):
                total += int(line.split()[1])
    processes = len({path.name.split(".cg")[0] for path in files})
    if not pooled and processes != 1:
        raise RuntimeError(f"{' '.join(argv)} started {processes - 1} more processes: a forked "
                           "child would count its parent's instructions again")  # fmt: skip
    return total, result.stdout, processes


def our_import(folder: Path, pdf: Path, tag: str, workers: str = "1") -> tuple[int, int]:
    """Instructions of a whole-CLI import and how many processes it ran."""
    from frameworkqda.core.store import create_project

    project = folder / f"{tag}.fqda"
    create_project(project).close()
    total, _, processes = counted(import_command(project, pdf), folder, tag, workers)
    return total, processes


def import_command(project: Path, pdf: Path) -> list[str]:
    """The whole-CLI import; ``-P``: the working folder (its name random) is not searched for
    modules, so every run's imports look in the same places."""
    return [sys.executable, "-P", "-m", "frameworkqda", "import", str(project), str(pdf)]


def stored_exact(project: Path, pdf: Path, page_text: str, pages: int) -> bool:
    """Whether the counted import of ``pdf`` stored the text the generator laid out (read
    with sqlite3: any checkout's project can be checked)."""
    with contextlib.closing(sqlite3.connect(project)) as connection:
        row = connection.execute(
            "SELECT text FROM documents WHERE name = ?", (pdf.name,)
        ).fetchone()
    return bool(row[0] == "\n".join([page_text] * pages))


def verbs(folder: Path, project: Path, pdf: Path) -> list[Row]:
    """Instructions of the verbs that load no ORM, on the project the counted import made
    (``new`` also on a new file, which runs every schema revision)."""
    rows: list[Row] = []
    for label, verb, where, *rest in (
        ("info", "info", project),
        ("text", "text", project, pdf.name),
        ("new, a new file", "new", folder / "new.fqda"),
        ("new, already present", "new", project),
        ("check", "check", project),
        ("recover", "recover", project, "-o", str(folder / "recovered.fqda")),
        ("upgrade, at this version's schema", "upgrade", project),
    ):
        argv = [sys.executable, "-P", "-m", "frameworkqda", verb, str(where), *rest]
        total = counted(argv, folder, f"verb-{verb}-{len(rows)}")[0]
        rows.append((f"{label}, one process", total / 1e6, "M instructions"))
    return rows


def poppler(folder: Path, pdf: Path, tag: str) -> tuple[int, str]:
    total, text, _ = counted(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], folder, tag)
    return total, text


def object_split(folder: Path, small: Path, large: Path) -> list[Row]:
    """Instructions a page and fixed, by object file, then the functions that cost most a
    page: callgrind (which knows each function and its object file, unlike cachegrind) on
    both sizes."""
    small_costs = split_costs(folder, small, "split-small")
    large_costs = split_costs(folder, large, "split-large")
    rows: list[Row] = []
    small_groups, large_groups = summed(small_costs, by_object), summed(large_costs, by_object)
    for group in sorted(large_groups, key=lambda name: -large_groups[name]):
        page = (large_groups[group] - small_groups.get(group, 0)) / PAGES
        fixed = large_groups[group] - 2 * PAGES * page
        if max(abs(page) * 2 * PAGES, fixed) > 0.002 * sum(large_groups.values()):
            rows += [(f"  {group}: a page", page / 1e6, "M instructions"),
                     (f"  {group}: fixed", fixed / 1e6, "M instructions")]  # fmt: skip
    small_functions, large_functions = (
        summed(small_costs, by_function),
        summed(large_costs, by_function),
    )
    per_page = {
        name: (cost - small_functions.get(name, 0)) / PAGES
        for name, cost in large_functions.items()
    }
    rows.append(
        (f"the {TOP_FUNCTIONS} functions that cost most a page (own cost)", float("nan"), "")
    )
    for name in sorted(per_page, key=lambda name: -per_page[name])[:TOP_FUNCTIONS]:
        rows.append((f"  {name}", per_page[name] / 1e6, "M instructions a page"))
    return rows


def split_costs(folder: Path, pdf: Path, tag: str) -> list[tuple[str, str, int]]:
    """(object file, function, instructions) of every cost line of an import run under
    callgrind (one process, as the counted import)."""
    from frameworkqda.core.store import create_project

    project = folder / f"{tag}.fqda"
    create_project(project).close()
    out = folder / f"{tag}.%p.callgrind"
    subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                    f"--callgrind-out-file={out}", *import_command(project, pdf)],
                   capture_output=True, check=True, cwd=folder, env=steady_env())  # fmt: skip
    costs: list[tuple[str, str, int]] = []
    for path in folder.glob(f"{tag}.*.callgrind"):
        costs += self_costs(path)
    return costs


def summed(costs: list[tuple[str, str, int]], key: Callable[[str, str], str]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for obj, function, cost in costs:
        name = key(obj, function)
        totals[name] = totals.get(name, 0) + cost
    return totals


def by_object(obj: str, function: str) -> str:
    return object_group(obj)


def by_function(obj: str, function: str) -> str:
    """A function's name, shortened (C++ arguments dropped), with its object file's group."""
    return f"{function.split('(')[0][:70]} [{object_group(obj)}]"


def self_costs(path: Path) -> list[tuple[str, str, int]]:
    """(object file, function, instructions) of each cost line of a callgrind file, calls'
    inclusive costs left out (they are counted again in the callee). Names are compressed:
    ``(n) name`` the first time, ``(n)`` after; object files (``ob=``, ``cob=``) and functions
    (``fn=``, ``cfn=``) each have their own table."""
    objects: dict[str, str] = {}
    functions: dict[str, str] = {}
    current_object, current_function = "?", "?"
    costs: list[tuple[str, str, int]] = []
    skip_next = False
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith("ob="):
            current_object = compressed(line[3:], objects)
        elif line.startswith("cob="):
            compressed(line[4:], objects)
        elif line.startswith("fn="):
            current_function = compressed(line[3:], functions)
        elif line.startswith("cfn="):
            compressed(line[4:], functions)
        elif line.startswith("calls="):
            skip_next = True
        elif line[:1].isdigit() or line[:1] in "+-*":
            if skip_next:
                skip_next = False
                continue
            parts = line.split()
            if len(parts) > 1:
                costs.append((current_object, current_function, int(parts[1])))
    return costs


def compressed(text: str, names: dict[str, str]) -> str:
    if text.startswith("("):
        key, _, name = text.partition(")")
        if name.strip():
            names[key] = name.strip()
        return names.get(key, "?")
    return text.strip()


def object_group(name: str) -> str:
    base = Path(name).name
    for marker, group in (("pdfium", "PDFium"), ("libpython", "Python interpreter"),
                          ("python3", "Python interpreter"), ("_multiarray", "numpy"),
                          ("openblas", "numpy"), ("libc.so", "C library (malloc, memcpy...)"),
                          ("libm.so", "C library (malloc, memcpy...)"), ("ffi", "ctypes"),
                          ("_ctypes", "ctypes"), ("ld-linux", "dynamic loader"),
                          ("sqlite", "SQLite")):  # fmt: skip
        if marker in base:
            return group
    if ".cpython-" in base:
        return f"extension {base.split('.cpython-')[0]}"
    return base


def run(split: bool = False, pool: bool = False, verb: bool = False) -> list[Row]:
    """Rows of (figure, value, unit) for the benchmark runner."""
    if shutil.which("valgrind") is None:
        return [("valgrind is not installed (apt-get install valgrind): no instruction counts",
                 float("nan"), "")]  # fmt: skip
    from tests import documents

    package = package_folder()
    compileall.compile_dir(package, quiet=1)
    print(f"# counting the frameworkqda in {package}", file=sys.stderr)
    paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
    page_text = documents.expected_text(paragraphs)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = documents.japanese_pdf(folder / "ja-small.pdf", paragraphs, pages=PAGES)
        large = documents.japanese_pdf(folder / "ja-large.pdf", paragraphs, pages=2 * PAGES)
        ours_small = our_import(folder, small, "ours-small")[0]
        ours_large = our_import(folder, large, "ours-large")[0]
        rows: list[Row] = [
            (f"import, {PAGES} pages, one process", ours_small / 1e6, "M instructions"),
            (f"import, {2 * PAGES} pages, one process", ours_large / 1e6, "M instructions"),
        ]
        ours_page = (ours_large - ours_small) / PAGES
        ours_fixed = ours_small - PAGES * ours_page
        exact = stored_exact(folder / "ours-large.fqda", large, page_text, 2 * PAGES)
        rows += [
            ("  stored text equals the laid-out text", float(exact), "1 = yes"),
            ("  a page", ours_page / 1e6, "M instructions"),
            ("  fixed (start-up, project, commit)", ours_fixed / 1e6, "M instructions"),
        ]
        if shutil.which("pdftotext") is None:
            rows.append(("pdftotext is not installed: no ratio", float("nan"), ""))
        else:
            theirs_small, text = poppler(folder, small, "pdftotext-small")
            theirs_large, _ = poppler(folder, large, "pdftotext-large")
            read = "".join(text.split()) == "".join(page_text.split()) * PAGES
            theirs_page = (theirs_large - theirs_small) / PAGES
            theirs_fixed = theirs_small - PAGES * theirs_page
            at_target = ((theirs_fixed + TARGET_PAGES * theirs_page)
                         / (ours_fixed + TARGET_PAGES * ours_page))  # fmt: skip
            rows += [
                (f"pdftotext, {2 * PAGES} pages", theirs_large / 1e6, "M instructions"),
                ("  pdftotext read every character", float(read), "1 = yes"),
                ("  a page", theirs_page / 1e6, "M instructions"),
                ("  fixed", theirs_fixed / 1e6, "M instructions"),
                (f"pdftotext / ours, {2 * PAGES} pages", theirs_large / ours_large, "ratio"),
                ("pdftotext / ours, a page", theirs_page / ours_page, "ratio"),
                (f"pdftotext / ours, {TARGET_PAGES} pages (from the lines above)", at_target,
                 "ratio (issue 15: >= 0.2)"),
            ]  # fmt: skip
        if pool:
            pooled = documents.japanese_pdf(folder / "ja-pool.pdf", paragraphs, pages=POOL_PAGES)
            total, processes = our_import(folder, pooled, "pool", POOL_WORKERS)
            alone = ours_fixed + POOL_PAGES * ours_page
            rows += [
                (f"import, {POOL_PAGES} pages, {POOL_WORKERS} workers, all processes",
                 total / 1e6, "M instructions"),
                ("  processes counted", float(processes), "processes"),
                ("  beyond one process (the lines above)", (total - alone) / 1e6,
                 "M instructions"),
            ]  # fmt: skip
        if verb:
            rows += verbs(folder, folder / "ours-small.fqda", small)
        if split:
            rows.append(("import by object file (callgrind)", float("nan"), ""))
            rows += object_split(folder, small, large)
    return rows


if __name__ == "__main__":
    options = {"split": "--split" in sys.argv, "pool": "--pool" in sys.argv,
               "verb": "--verbs" in sys.argv}  # fmt: skip
    for figure, value, unit in run(**options):
        print(f"{figure:<58} {value:12.3f} {unit}", flush=True)
