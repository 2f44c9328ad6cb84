"""Peak memory of importing a .qdpx through the CLI, by number of coded text selections.

    python -m benchmarks.run qdpx_memory
    python benchmarks/bench_qdpx_memory.py [SELECTIONS ...]

Issue 18 measured 6.5 GB for a .qdpx of 2 million selections; the target is under 1 GB for
any file the importer accepts. Each file holds one code, one small text source and N
``PlainTextSelection`` elements with one ``Coding`` each (three XML elements a selection),
written directly as XML, zipped, and kept in the cache folder (``$XDG_CACHE_HOME/
frameworkqda-bench``, else ``~/.cache/frameworkqda-bench``). The figure is the peak resident
memory (``ru_maxrss`` from ``wait4``) of ``frameworkqda import-qdpx PROJECT FILE`` run as a
child process. Sizes above the limits (``safety.Limits``: 750,000 XML elements, 128 MiB of
XML) are refused, and the figure then is the memory used to refuse them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.bench_memory import cache_folder  # noqa: E402  (after the path is set)

SIZES = (50_000, 200_000, 249_990, 500_000, 2_000_000)
CODE = "20000000-0000-0000-0000-000000000001"
SOURCE = "40000000-0000-0000-0000-000000000001"
TEXT = "The city council adopted a plan for intercultural policy. " * 20


def qdpx(selections: int) -> Path:
    """A .qdpx with ``selections`` coded text selections in one source, made once."""
    path = cache_folder() / f"selections-{selections}.qdpx"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    length = len(TEXT)
    with (
        zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("project.qde", "w", force_zip64=True) as out,
    ):
        out.write(
            b'<?xml version="1.0" encoding="utf-8"?>\n'
            b'<Project xmlns="urn:QDA-XML:project:1.0" name="memory">'
            b'<CodeBook><Codes><Code guid="' + CODE.encode() + b'" name="policy"'
            b' isCodable="true"/></Codes></CodeBook><Sources>'
            b'<TextSource guid="'
            + SOURCE.encode()
            + b'" name="text"><PlainTextContent>'
            + TEXT.encode()
            + b"</PlainTextContent>"
        )
        for n in range(selections):
            start = n % (length - 10)
            out.write(
                f'<PlainTextSelection guid="50000000-0000-0000-0000-{n:012d}"'
                f' startPosition="{start}" endPosition="{start + 8}">'
                f'<Coding guid="60000000-0000-0000-0000-{n:012d}">'
                f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'.encode()
            )
        out.write(b"</TextSource></Sources></Project>")
    partial.rename(path)
    return path


def peak_import(source: Path) -> tuple[float, float, str]:
    """(peak MB, seconds, outcome) of one ``frameworkqda import-qdpx`` in a child process."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "memory.fqda"
        errors = Path(folder) / "stderr.txt"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        started = time.perf_counter()
        with errors.open("w") as stderr:
            child = subprocess.Popen(
                [sys.executable, "-m", "frameworkqda", "import-qdpx", str(project), str(source)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            # wait4 gives this child's own peak, so a refusal after a larger import is measured.
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        message = errors.read_text().strip().splitlines()
        outcome = "imported" if child.returncode == 0 else "refused: " + " / ".join(message)
    return usage.ru_maxrss / 1024, seconds, outcome


def run(sizes: tuple[int, ...] = SIZES, show: bool = False) -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    for selections in sorted(sizes):
        peak, seconds, outcome = peak_import(qdpx(selections))
        found = [
            (f"qdpx memory: import-qdpx of {selections:,} selections, peak RSS", peak, "MB"),
            ("qdpx memory: same, time", seconds, "s"),
        ]
        if show:
            for figure, value, unit in found:
                print(f"{figure:<60} {value:10.1f} {unit}", flush=True)
            print(f"  {outcome[:200]}", flush=True)
        rows.extend(found)
    return rows


if __name__ == "__main__":
    run(tuple(int(a) for a in sys.argv[1:]) or SIZES, show=True)
