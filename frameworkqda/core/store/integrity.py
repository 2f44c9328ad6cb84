"""Checking a project file in full and recovering what a damaged one still holds.

Opening for writing runs SQLite's cheap ``quick_check``; ``check_project`` adds the full
``integrity_check`` (indexes against tables) and ``foreign_key_check``. ``recover_project``
copies every row SQLite can still read into a NEW file and never touches the damaged one.

It is done here, with Python's sqlite3, rather than with the SQLite shell's ``.recover``: the
Debian/Ubuntu ``sqlite3`` tool is built without the ``sqlite_dbpage`` table ``.recover`` needs
(it fails with "SQL logic error", even on a sound file), a desktop user has no such tool, and
``iterdump`` stops at the first bad page. Rows on a destroyed page are lost; a backup
(``<name>.fqda.bak-*``) is named so a person can compare.

Python's standard library alone: ``check`` and ``recover`` load no database library. What
``engine`` and ``faults`` share with the checks (a full disk, the newest backup, SQLite's check
rows as lines) is here for that reason.
"""

from __future__ import annotations

import glob
import shlex
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.errors import NotAProjectError, ProjectError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message
from frameworkqda.core.store.location import ProjectLocation
from frameworkqda.core.words import plural

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_TABLES = frozenset({"alembic_version", "project"})
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Project", "{path}: not a FrameworkQDA project (not an SQLite database)"
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Project", "{path}: an SQLite database, but not a FrameworkQDA project"
)


@dataclass
class CheckReport:
    """What the full check found: empty lists mean the file is sound."""

    path: Path
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # stored text that is not UTF-8
    backup: Path | None = None
    # passages coding would have joined (no damage: said, never changed)
    overlaps: Overlaps | None = None

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys and not self.text

    def lines(self) -> list[str]:
        overlaps = [] if self.overlaps is None else self.overlaps.lines()
        if self.ok:
            return [f"{self.path}: ok (integrity and foreign keys)", *overlaps]
        lines = [f"{self.path}: DAMAGED"]
        lines += [f"  integrity: {problem}" for problem in self.integrity[:20]]
        lines += [f"  foreign key: {problem}" for problem in self.foreign_keys[:20]]
        lines += [f"  text: {problem}" for problem in self.text[:20]]
        hidden = sum(max(0, len(found) - 20) for found in (self.integrity, self.foreign_keys))
        hidden += max(0, len(self.text) - 20)
        if hidden:
            lines.append(f"  … and {hidden} more")
        recover = shlex.join(["frameworkqda", "recover", str(self.path)])  # pasted into a shell
        lines.append(f"recover it into a new file: {recover}")
        if self.backup is not None:
            lines.append(f"newest backup: {self.backup}")
        return lines + overlaps


@dataclass
class Overlaps:
    """Coded passages sharing text with one of the same code and coder on the same document:
    coding text joins such passages (``overlaps.join_overlapping``), and so do a REFI-QDA import
    and a merge now, but a project can hold them from an import or merge by an earlier
    version, a recode or a merge of two codes. Each counts as evidence twice."""

    count: int  # the passages coding would join into another
    places: list[str]  # "'kawasaki.txt', code 'Consultation', alice: 0-17, 5-21"

    def lines(self) -> list[str]:
        if not self.count:
            return []
        lines = [
            f"note: {plural(self.count, 'coded passage')} "
            f"{'shares' if self.count == 1 else 'share'} text with a passage of the same code "
            "and coder, so the matrix, the mapping and Review count that text twice; coding "
            "text, a REFI-QDA import and a merge join such passages into one, but an import or "
            "merge by an earlier version, recoding a passage or merging two codes keeps them "
            "apart. Nothing was changed: delete or recode the extra ones (Review lists them):"
        ]
        lines += [f"  {place}" for place in self.places[:20]]
        if len(self.places) > 20:
            lines.append(f"  … and {len(self.places) - 20} more")
        return lines


@dataclass
class RecoverReport:
    source: Path
    target: Path
    rows: dict[str, int]  # rows copied, by table
    gaps: dict[str, int]  # damaged stretches stepped over, by table
    dropped: dict[str, int]  # rows whose parent was lost, by table
    backup: Path | None
    mended: dict[str, int] = field(default_factory=dict)  # texts not UTF-8, kept with U+FFFD
    already: bool = False  # the target held these rows already (recovered before): not written

    def lines(self) -> list[str]:
        if self.already:
            return [f"already present: {self.target} holds what {self.source} still holds"]
        lines = [f"recovered {self.source} into {self.target}"]
        lines += [f"  {table}: {count} row(s)" for table, count in self.rows.items() if count]
        lines += [
            f"  {table}: {count} damaged stretch(es) could not be read"
            for table, count in self.gaps.items()
        ]
        lines += [
            f"  {table}: {count} row(s) left out: what they belong to was lost"
            for table, count in self.dropped.items()
        ]
        lines += [
            f"  {table}: {count} text(s) not stored as UTF-8, kept with \ufffd for the "
            "bytes that could not be read"
            for table, count in self.mended.items()
        ]
        if self.backup is not None:
            lines.append(f"the newest backup is {self.backup}; compare before you choose")
        return lines


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` is (nearly) full: SQLite then often says only
    "disk I/O error", when the lock file beside the project cannot grow."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def newest_backup(path: Path) -> Path | None:
    """The newest ``<name>.bak-*`` copy beside a project (made before each migration)."""
    try:
        backups = list(path.parent.glob(f"{glob.escape(path.name)}.bak-*"))
    except OSError:
        return None
    return max(backups, key=lambda b: (b.stat().st_mtime, b.name), default=None)


def problem_lines(rows: list[str]) -> list[str]:
    """SQLite's check rows as single lines, without its "*** in database main ***" headers."""
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return [line for line in lines if line and not line.startswith("***")]


def _overlaps(connection: sqlite3.Connection) -> Overlaps:
    """The passages coding's own rule would join (``overlaps.join_overlapping``), by
    document, code and coder, each place naming the ranges involved."""
    from frameworkqda.core.overlaps import join_overlapping

    groups: dict[tuple[int, int, int | None], list[tuple[int, int, int]]] = {}
    for ident, document, code, coder, start, end in connection.execute(
        'SELECT id, document_id, code_id, coder_id, start, "end" FROM segments'
    ):
        groups.setdefault((document, code, coder), []).append((ident, start, end))
    found: list[tuple[tuple[int, int, int | None], list[tuple[int, int]]]] = []
    count = 0
    for group, passages in groups.items():
        if len(passages) < 2:
            continue
        into = join_overlapping([], passages).into
        if into:
            count += len(into)
            involved = {*into, *into.values()}
            found.append((group, sorted((s, e) for i, s, e in passages if i in involved)))
    if not found:
        return Overlaps(0, [])
    names = {
        table: dict(connection.execute(f"SELECT id, name FROM {table}").fetchall())
        for table in ("documents", "codes", "coders")
    }
    places = sorted(
        f"'{names['documents'].get(document, document)}', code "
        f"'{names['codes'].get(code, code)}', "
        f"{names['coders'].get(coder, '?') if coder is not None else 'no coder'}: "
        + ", ".join(f"{start}-{end}" for start, end in ranges)
        for (document, code, coder), ranges in found
    )
    return Overlaps(count, places)


def project_file(where: str | Path) -> Path:
    location = ProjectLocation.parse(where)
    if location.path is None:
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{location}: checking and recovering work on project files; PostgreSQL keeps its "
                "own storage sound (see its amcheck module)",
            ).format(location=location)
        )
    if not location.path.is_file():
        raise ProjectError(no_project_file(location.path))
    with location.path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if not head:
        raise NotAProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{path}: an empty file, not a FrameworkQDA project"
            ).format(path=location.path)
        )
    if head != SQLITE_MAGIC:  # a damaged project keeps its header: this never was one
        raise NotAProjectError(NOT_SQLITE.format(path=location.path))
    return location.path


def no_project_file(path: Path) -> Message:
    """Why ``path``, which is no regular file, cannot be a project: a folder, a named pipe or
    a device is not "no such file"."""
    if path.is_dir():
        return QT_TRANSLATE_NOOP("Project", "{path}: a folder, not a project file").format(
            path=path
        )
    if path.exists():
        return QT_TRANSLATE_NOOP(
            "Project", "{path}: not a regular file (a named pipe or a device), not a project"
        ).format(path=path)
    return QT_TRANSLATE_NOOP("Project", "{path}: no such project file").format(path=path)


def foreign_database(path: Path, connection: sqlite3.Connection) -> Message | None:
    """What to say when a readable SQLite file holds no project; None when it holds one or
    its table of contents cannot be read (damage, which the check reports)."""
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.DatabaseError:
        return None
    return None if tables >= PROJECT_TABLES else NOT_OURS.format(path=path)


def check_project(where: str | Path) -> CheckReport:
    """The full check: every page, every index, every reference. Writes nothing."""
    path = project_file(where)
    report = CheckReport(path, backup=newest_backup(path))
    connection = _read_only(path)
    try:
        foreign = foreign_database(path, connection)
        if foreign is not None:
            raise NotAProjectError(foreign)
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check(100)")]
        report.integrity = [] if rows == ["ok"] else problem_lines(rows)
        report.foreign_keys = [
            f"{table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
        report.text = _undecodable(connection)
        report.overlaps = _overlaps(connection)
    except sqlite3.DatabaseError as error:
        _unless_the_disk_is_full(path, error)
        report.integrity.append(str(error))
    finally:
        connection.close()
    return report


def recover_project(where: str | Path, output: str | Path | None = None) -> RecoverReport:
    """Copy every row SQLite can still read from a damaged project into a new file.

    A file already there that holds just the rows a recovery would give (this recovery run
    before: ``output``, or without it ``NAME-recovered[-N].fqda``) is left as it is and
    reported ``already``, so a script can run again; another file of that name is refused."""
    source = project_file(where)
    target = Path(output).expanduser().resolve() if output else None
    there = [target] if target is not None else _recovered_names(source)
    there = [path for path in there if path is not None and path.exists()]
    if there:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="frameworkqda-recover-") as folder:
            report = _recover(source, Path(folder) / source.name)
            for path in there:
                if _same_rows(path, report.target):
                    report.target, report.already = path, True
                    return report
    if target is not None and target.exists():
        raise ProjectError(
            QT_TRANSLATE_NOOP("Project", "{target}: a file with this name already exists").format(
                target=target
            )
        )
    return _recover(source, target or _free_name(source))


def _recover(source: Path, target: Path) -> RecoverReport:
    damaged = _read_only(source)
    try:
        foreign = foreign_database(source, damaged)
        if foreign is not None:
            raise NotAProjectError(foreign)
        with atomic_path(target, "creating", touch=False) as temporary:
            fresh = sqlite3.connect(temporary, isolation_level=None)
            try:
                rows, lost, mended = _salvage(damaged, fresh, source)
                dropped = _drop_dangling(fresh)
                fresh.execute("PRAGMA journal_mode = WAL")
            finally:
                fresh.close()
            if "alembic_version" not in rows or not rows.get("project"):
                raise ProjectError(
                    QT_TRANSLATE_NOOP(
                        "Project", "{source}: too little could be read to make a project"
                    ).format(source=source)
                )
    except sqlite3.Error as error:
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{target}: the recovered project could not be written ({reason})"
            ).format(target=target, reason=str(error))
        ) from error
    finally:
        damaged.close()
    return RecoverReport(source, target, rows, lost, dropped, newest_backup(source), mended)


def _same_rows(one: Path, other: Path) -> bool:
    """Whether two SQLite files hold the same tables with the same rows, less the change log
    (what other programs poll: a verb run again may note that it ran, changing nothing)."""
    contents = []
    for path in (one, other):
        try:
            connection = _read_only(path)
            try:
                contents.append(_rows(connection))
            finally:
                connection.close()
        except (sqlite3.Error, ProjectError):
            return False
    return contents[0] == contents[1]


def _rows(connection: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    held = {}
    for (table,) in connection.execute(_TABLES).fetchall():
        if table == "change_log":
            continue
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        kept = [i for i, column in enumerate(cursor.description) if column[0] != "change_count"]
        held[table] = sorted((tuple(row[i] for i in kept) for row in cursor), key=repr)
    return held


def _undecodable(connection: sqlite3.Connection) -> list[str]:
    """Where a stored text is not UTF-8 (a flipped bit in a document's text): SQLite's own
    checks pass it, and every program reading that row fails."""
    problems: list[str] = []
    try:
        tables = {
            table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for (table,) in connection.execute(_TABLES).fetchall()
        }
        connection.text_factory = bytes  # the values only: names are read as text above
        for table, columns in tables.items():
            for column in columns:
                query = (
                    f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                )
                for rowid, value in connection.execute(query):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        problems.append(f"{table} row {rowid}, column {column}: not UTF-8")
    except sqlite3.DatabaseError as error:  # unreadable pages: integrity_check says where
        problems.append(str(error))
    finally:
        connection.text_factory = str
    return problems


class _Lenient:
    """Text as SQLite hands it over, bytes that are not UTF-8 replaced by U+FFFD (a document
    with one flipped bit keeps its row, and its segments with it), counted."""

    def __init__(self) -> None:
        self.mended = 0

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.mended += 1
            return data.decode("utf-8", "replace")


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def _read_only(path: Path) -> sqlite3.Connection:
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() else "ro&immutable=1"
    try:
        return sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error as error:
        raise ProjectError(
            QT_TRANSLATE_NOOP("Project", "{path}: cannot be read ({reason})").format(
                path=path, reason=str(error)
            )
        ) from error


def _unless_the_disk_is_full(path: Path, error: sqlite3.DatabaseError) -> None:
    """A read that failed because the disk is full (SQLite cannot make its shared-memory
    file beside the project) is no damage: say so instead of calling the file DAMAGED."""
    if "disk i/o error" in str(error).lower() and disk_full(path):
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{path}: the disk is full, so the file cannot be read; free some space"
            ).format(path=path)
        ) from error


def _schema(damaged: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """The tables, indexes, triggers and views as created. A file cut short (a half-done
    copy) is "malformed" to SQLite as a whole; with ``writable_schema`` it reads the schema
    and the pages that are there (the connection stays read-only)."""
    query = (
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    )
    try:
        return damaged.execute(query).fetchall()
    except sqlite3.DatabaseError:
        damaged.execute("PRAGMA writable_schema = ON")
        return damaged.execute(query).fetchall()


def _salvage(
    damaged: sqlite3.Connection, fresh: sqlite3.Connection, source: Path
) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """The schema, then each table's readable rows; indexes last (rebuilt from the rows).
    Rows copied, damaged stretches and texts mended (not UTF-8), by table."""
    try:
        schema = _schema(damaged)
    except sqlite3.DatabaseError as error:
        _unless_the_disk_is_full(source, error)
        backup = newest_backup(source)
        hint = (
            QT_TRANSLATE_NOOP("Project", "; go back to the newest backup {backup}").format(
                backup=backup
            )
            if backup
            else ""
        )
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{source}: its table of contents is unreadable, nothing can be recovered "
                "({reason}){hint}",
            ).format(source=source, reason=str(error), hint=hint)
        ) from error
    rows: dict[str, int] = {}
    lost: dict[str, int] = {}
    mended: dict[str, int] = {}
    lenient = _Lenient()
    damaged.text_factory = lenient
    fresh.execute("BEGIN")
    # Tables first, then their indexes, so that unique rules hold for the rows that follow;
    # a damaged row that breaks one is left out (OR IGNORE) rather than stopping the rescue.
    for kind in ("table", "index", "trigger", "view"):
        for _kind, _name, sql in (entry for entry in schema if entry[0] == kind):
            fresh.execute(sql)
    for kind, name, _sql in schema:
        if kind != "table":
            continue
        lenient.mended = 0
        found, gaps = _table_rows(damaged, name)
        if lenient.mended:
            mended[name] = lenient.mended
        if found:
            marks = ", ".join("?" * len(found[0]))
            fresh.executemany(f'INSERT OR IGNORE INTO "{name}" VALUES ({marks})', found)
        rows[name] = fresh.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if gaps:
            lost[name] = gaps
    fresh.execute("COMMIT")
    return rows, lost, mended


def _table_rows(connection: sqlite3.Connection, table: str) -> tuple[list[tuple[object, ...]], int]:
    """Every readable row in rowid order, stepping over damaged stretches; and how many gaps.

    A scan stops at the first bad page. Seeking past it (``rowid > N``) descends the tree
    again by another path, so the scan goes on beyond the damage; the first N from which a
    row can be read again is found by doubling the jump and then bisecting.
    """
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    listed = ", ".join(f'"{column}"' for column in columns)
    query = f'SELECT rowid, {listed} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
    found: list[tuple[object, ...]] = []
    last, gaps = -(2**63), 0
    while True:
        try:
            for row in connection.execute(query, (last,)):
                found.append(row[1:])
                last = row[0]
            return found, gaps
        except sqlite3.DatabaseError:
            gaps += 1
            resume = _next_readable(connection, query, last)
            if resume is None:
                return found, gaps
            last = resume


def _next_readable(connection: sqlite3.Connection, query: str, after: int) -> int | None:
    """The smallest N > ``after`` from which ``query`` (``rowid > N``) reads a row, or None."""

    def readable(start: int) -> bool:
        try:
            connection.execute(query + " LIMIT 1", (start,)).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    step = 1
    while not readable(after + step):
        step *= 2
        if after + step >= 2**63 - 1:
            return None
    low, high = after + step // 2, after + step
    while high - low > 1:
        middle = (low + high) // 2
        if readable(middle):
            high = middle
        else:
            low = middle
    return high


def _drop_dangling(fresh: sqlite3.Connection) -> dict[str, int]:
    """Remove rows whose parent was lost (a segment of a lost document): the app relies on
    every reference holding. They stay in the damaged original."""
    dropped: dict[str, int] = {}
    while True:
        dangling = fresh.execute("PRAGMA foreign_key_check").fetchall()
        if not dangling:
            return dropped
        for table, rowid, _parent, _ in dangling:
            fresh.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            dropped[table] = dropped.get(table, 0) + 1
        if fresh.execute("PRAGMA foreign_key_check").fetchall() == dangling:
            return dropped  # nothing could be removed (no rowid): leave them for the check


def _free_name(source: Path) -> Path:
    """``city.fqda`` → ``city-recovered.fqda`` (or ``-recovered-2`` … when taken)."""
    return next(path for path in _recovered_names(source) if not path.exists())


def _recovered_names(source: Path) -> Iterator[Path]:
    """``city-recovered.fqda``, ``city-recovered-2.fqda`` …, up to the first not taken."""
    stem, suffix = source.stem, source.suffix or ".fqda"
    candidate = source.with_name(f"{stem}-recovered{suffix}")
    number = 2
    while True:
        yield candidate
        if not candidate.exists():
            return
        candidate = source.with_name(f"{stem}-recovered-{number}{suffix}")
        number += 1
