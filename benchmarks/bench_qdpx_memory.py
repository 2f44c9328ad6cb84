"""Peak memory of importing a .qdpx through the CLI, by number of coded text selections and
by the size of its sources.

    python -m benchmarks.run qdpx_memory
    python benchmarks/bench_qdpx_memory.py [SELECTIONS ...] [COUNTxMIB ...]

Issue 18 measured 6.5 GB for a .qdpx of 2 million selections; the target is under 1 GB for
any file the importer accepts. Each file holds one code, one small text source and N
``PlainTextSelection`` elements with one ``Coding`` each (three XML elements a selection),
written directly as XML, zipped, and kept in the cache folder (``$XDG_CACHE_HOME/
frameworkqda-bench``, else ``~/.cache/frameworkqda-bench``). The figure is the peak resident
memory (``common.child_peak``: ``ru_maxrss`` from ``wait4``) of ``frameworkqda import-qdpx
PROJECT FILE`` run as a child process. Sizes above the limits (``safety.Limits``: 750,000 XML
elements, 128 MiB of XML) are refused, and the figure then is the memory used to refuse them.

The second series (``COUNTxMIB``: COUNT text sources of MIB MiB each in ``sources/``) holds
English lines with a Japanese phrase in each and CRLF line endings — the costliest text for
its size, as one Japanese character makes Python hold every character in two bytes and the
line endings are mapped — and three coded selections a source. A source over the import
limit of one source (200 MiB) is refused.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.bench_memory import cache_folder  # noqa: E402  (after the path is set)
from benchmarks.common import child_peak  # noqa: E402

SIZES = (50_000, 200_000, 249_990, 500_000, 2_000_000)
SOURCE_SETS = ((1, 50), (2, 50), (4, 50), (8, 50), (1, 100), (1, 200), (1, 250))
ENGLISH = [
    "the",
    "city",
    "council",
    "adopted",
    "a",
    "plan",
    "for",
    "intercultural",
    "policy",
    "with",
    "consultation",
    "services",
    "in",
    "several",
    "languages",
    "support",
    "staff",
    "at",
    "schools",
    "and",
    "training",
    "for",
    "teachers",
    "on",
    "human",
    "rights",
]
JAPANESE = ("多文化共生", "外国人市民", "相談窓口", "日本語教育", "人権啓発", "医療通訳", "𠮷野")
MIB = 1024 * 1024
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


def sources_qdpx(count: int, mib: int) -> Path:
    """A .qdpx of ``count`` text sources of ``mib`` MiB each, made once."""
    path = cache_folder() / f"sources-{count}x{mib}mib.qdpx"
    if path.exists():
        return path
    rng = random.Random(18)
    lines = [
        " ".join(rng.choices(ENGLISH, k=rng.randint(8, 16)))
        + f" {rng.choice(JAPANESE)}を進める。\r\n"
        for _ in range(4000)
    ]
    partial = path.with_name(path.name + ".partial")
    elements = []
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number in range(count):
            guid = f"40000000-0000-0000-0000-{number:012d}"
            with archive.open(f"sources/{guid}.txt", "w", force_zip64=True) as out:
                characters = _write_text(out, mib * MIB, lines, rng)
            middle = characters // 2
            selections = "".join(
                f'<PlainTextSelection guid="50000000-0000-{number:04d}-0000-{n:012d}"'
                f' startPosition="{start}" endPosition="{start + 5}">'
                f'<Coding guid="60000000-0000-{number:04d}-0000-{n:012d}">'
                f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
                for n, start in enumerate((0, middle, characters - 5))
            )
            elements.append(
                f'<TextSource guid="{guid}" name="source {number + 1}"'
                f' plainTextPath="internal://{guid}.txt">{selections}</TextSource>'
            )
        archive.writestr(
            "project.qde",
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<Project xmlns="urn:QDA-XML:project:1.0" name="sources">'
            f'<CodeBook><Codes><Code guid="{CODE}" name="policy" isCodable="true"/></Codes>'
            f"</CodeBook><Sources>{''.join(elements)}</Sources></Project>",
        )
    partial.rename(path)
    return path


def _write_text(out: object, size: int, lines: list[str], rng: random.Random) -> int:
    """Write exactly ``size`` bytes of UTF-8 lines; return the number of characters."""
    written = characters = 0
    while written < size:
        chunk = "".join(rng.choices(lines, k=8000))
        data = chunk.encode("utf-8")
        if written + len(data) > size:  # the last chunk: whole lines, then ASCII filling
            keep = data[: size - written].rsplit(b"\n", 1)[0] + b"\n"
            data = keep + b"." * (size - written - len(keep))
            chunk = data.decode("utf-8")
        out.write(data)  # type: ignore[attr-defined]
        written += len(data)
        characters += len(chunk)
    return characters


def peak_import(source: Path) -> tuple[float, float, str]:
    """(peak MB, seconds, outcome) of one ``frameworkqda import-qdpx`` in a child process."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "memory.fqda"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        child = child_peak(
            [sys.executable, "-m", "frameworkqda", "import-qdpx", str(project), str(source)], env
        )
    message = child.stderr.strip().splitlines()
    outcome = "imported" if child.returncode == 0 else "refused: " + " / ".join(message)
    return child.peak_mb, child.seconds, outcome


def run(
    sizes: tuple[int, ...] = SIZES,
    source_sets: tuple[tuple[int, int], ...] = SOURCE_SETS,
    show: bool = False,
) -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    files = [(f"{n:,} selections", qdpx(n)) for n in sorted(sizes)]
    files += [
        (f"{count} x {mib} MiB sources ({count * mib} MiB)", sources_qdpx(count, mib))
        for count, mib in source_sets
    ]
    for label, path in files:
        peak, seconds, outcome = peak_import(path)
        found = [
            (f"qdpx memory: import-qdpx of {label}, peak RSS", peak, "MB"),
            ("qdpx memory: same, time", seconds, "s"),
        ]
        if show:
            for figure, value, unit in found:
                print(f"{figure:<66} {value:10.1f} {unit}", flush=True)
            print(f"  {outcome[:200]}", flush=True)
        rows.extend(found)
    return rows


if __name__ == "__main__":
    numbers = tuple(int(a) for a in sys.argv[1:] if "x" not in a)
    sets = tuple(tuple(int(n) for n in a.split("x")) for a in sys.argv[1:] if "x" in a)
    if sys.argv[1:]:
        run(numbers, sets, show=True)  # type: ignore[arg-type]
    else:
        run(show=True)
