"""Writing a file so that its name always holds a complete file: the old one or the new one.

Every file the application writes (exports, codebooks, REFI-QDA archives, new projects) is
written under a hidden name beside the target — ``.<name>.<purpose>-<pid>`` — flushed to disk,
then renamed over the target. The same folder keeps the rename atomic, and a full disk fails
before the previous file is touched. A failure or a cancellation deletes the temporary file
(and its scratch folder and SQLite companions); a process killed outright leaves them under its
pid, and the next write into that folder sweeps them once that process is gone.

The hidden name is ours, not the person's: an error about it (a folder that does not exist, a
full disk) is raised naming the target instead, and :func:`cannot_write` says it in one line.

What the target already is decides how it is written (:func:`atomic_path`):

- a FrameworkQDA project (a file beginning as an SQLite database, or any name ending ``.fqda``)
  is never replaced by an export: ``export-qdpx P.fqda -o P.fqda`` or ``matrix -o other.fqda``
  replaced a project, silently, with an archive or a table. Refused, naming the file;
- a name ending in another format's suffix than the writer's (a .qdpx archive named
  ``notes.txt``) is refused; an unknown suffix or none is the person's choice;
- a symbolic link is written through: its final target is replaced atomically, the link stays
  (a link replaced by a file left the file it pointed at as it was);
- a FIFO or a character device (``/dev/null``, a terminal) is written to directly, once the
  whole file is written to a temporary file first (so a failure writes nothing): renaming over
  it replaced the device or the pipe with a plain file;
- ``-`` is standard output: the file's bytes go there (refused for a binary file, such as
  XLSX, DOCX or QDPX, when standard output is a terminal);
- anything else that is not a regular file (a block device, a socket) is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from frameworkqda.core.errors import WriteFailedError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message

PURPOSES = ("writing", "creating", "importing")
COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database being written
SCRATCH = ".d"  # suffix of a writer's own scratch folder beside the temporary file
LEFTOVER = re.compile(
    rf"^\..+\.(?:{'|'.join(PURPOSES)})-(?P<pid>\d+)(?:{'|'.join(COMPANIONS)}|\.d)?$"
)
STDOUT = "-"  # the name that means standard output
SQLITE_HEADER = b"SQLite format 3\x00"  # how every SQLite database file (a project) begins
PROJECT_SUFFIXES = (".fqda",)  # core/store/location.PROJECT_SUFFIX (not imported: no SQLAlchemy)
# The names each format a writer passes as ``format`` may be written under.
FORMAT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "csv": (".csv", ".txt", ".tsv"),
    "xlsx": (".xlsx",),
    "docx": (".docx",),
    "html": (".html", ".htm"),
    "qdpx": (".qdpx",),
    "qdc": (".qdc", ".xml"),
    "png": (".png",),
    "svg": (".svg",),
}
# Suffixes that say what a file is: a writer of another format refuses a name ending in one.
KNOWN_SUFFIXES = frozenset(
    {suffix for suffixes in FORMAT_SUFFIXES.values() for suffix in suffixes}
    | {".xls", ".xlsm", ".ods", ".doc", ".odt", ".rtf", ".pdf", ".zip", ".qde", ".json"}
    | {".md", ".jpg", ".jpeg", ".gif", ".db", ".sqlite", ".sqlite3", *PROJECT_SUFFIXES}
)


def temporary_name(target: Path, purpose: str = "writing", pid: int | None = None) -> Path:
    """The hidden name a file is written under before it is renamed to ``target``."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
    return target.with_name(f".{target.name}.{purpose}-{os.getpid() if pid is None else pid}")


@contextlib.contextmanager
def atomic_path(
    target: str | Path, purpose: str = "writing", *, touch: bool = True, format: str | None = None
) -> Iterator[Path]:
    """Yield the temporary path to write; on leaving the block normally it becomes ``target``.

    With ``touch`` the temporary file exists (empty) from the start, so a folder that cannot be
    written is found before any work is done (writers that refuse an existing file, like
    SQLite's project creation, pass False). Whatever the block leaves at the temporary path
    is flushed to disk and renamed over ``target``; on an exception it is deleted and
    ``target`` is as it was.

    An export (``purpose`` "writing") never replaces a project, nor takes a name ending in
    another format's suffix than ``format`` (a key of ``FORMAT_SUFFIXES``; None: the writer
    chose its format from the name): :class:`WriteFailedError`, nothing written. A symbolic
    link is written through, a FIFO or character device written to, ``-`` is standard output
    (the module's docstring says why).
    """
    given = Path(target)
    if purpose == "writing":
        refuse_replacing(given, format)
    if str(target) == STDOUT and purpose == "writing":
        with _written_through(given, None, purpose, touch) as temporary:
            yield temporary
        return
    final = Path(os.path.realpath(given)) if given.is_symlink() else given
    if purpose == "writing" and final != given:
        refuse_replacing(final, format, given)  # a link to a project is as the project
    kind = _existing_kind(final)
    if kind is not None and not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
        if not (stat.S_ISFIFO(kind) or stat.S_ISCHR(kind)):
            raise WriteFailedError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "{target}: not a regular file, a pipe nor a terminal; nothing was written",
                ).format(target=given)
            )
        with _written_through(given, final, purpose, touch) as temporary:
            yield temporary
        return
    sweep(final.parent)
    temporary = temporary_name(final, purpose)
    try:
        if touch:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
        yield temporary
        _fsync(temporary)
        os.replace(temporary, final)
        _fsync_folder(final.parent)
    except OSError as error:
        named = _naming_target(error, temporary, given)
        if named is None:
            raise
        raise named from error
    finally:
        remove(temporary)


def refuse_replacing(target: Path, format: str | None = None, named: Path | None = None) -> None:
    """Raise :class:`WriteFailedError` naming ``named`` (else ``target``) when an export must not
    be written at ``target``: a project is there (an SQLite database) or the name is a project's,
    or its suffix is another format's than ``format``'s."""
    named = target if named is None else named
    suffix = target.suffix.lower()
    if _is_database(target):
        raise WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{target}: is a FrameworkQDA project (an SQLite database); an export never "
                "replaces one; nothing was written",
            ).format(target=named)
        )
    if suffix in PROJECT_SUFFIXES:
        raise WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{target}: {suffix} names a FrameworkQDA project, not an export; "
                "nothing was written",
            ).format(target=named, suffix=suffix)
        )
    wanted = FORMAT_SUFFIXES.get(format or "", ())
    if wanted and suffix in KNOWN_SUFFIXES and suffix not in wanted:
        raise WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{target}: the name says {suffix}, but the file would be {format}; "
                "name it {wanted}; nothing was written",
            ).format(
                target=named,
                suffix=suffix,
                format=format.upper() if format else "",
                wanted=" or ".join(wanted),
            )
        )


def _is_database(path: Path) -> bool:
    """Whether ``path`` is a file that begins as an SQLite database does (a project, whatever
    its name); a FIFO or device is not read."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _existing_kind(path: Path) -> int | None:
    """``st_mode`` of what is at ``path`` (links followed), None when nothing is."""
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


@contextlib.contextmanager
def _written_through(given: Path, sink: Path | None, purpose: str, touch: bool) -> Iterator[Path]:
    """Yield a temporary path (in the system's temporary folder); once the block is done, copy
    what it holds into ``sink`` (a FIFO or a character device), or standard output for None."""
    if sink is not None and not os.access(sink, os.W_OK):
        raise PermissionError(13, os.strerror(13), str(given))
    folder = Path(tempfile.gettempdir())
    sweep(folder)
    temporary = folder / temporary_name(given, purpose).name
    try:
        if touch:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        yield temporary
        with open(temporary, "rb") as written:
            if sink is None:
                _to_stdout(written, given)
            else:
                with open(sink, "wb") as out:  # a FIFO: waits here for its reader, as a shell
                    shutil.copyfileobj(written, out)
    except OSError as error:
        named = _naming_target(error, temporary, given)
        if named is None:
            raise
        raise named from error
    finally:
        remove(temporary)


def _to_stdout(written: IO[bytes], given: Path) -> None:
    """The file's bytes on standard output; not a binary file's onto a terminal."""
    start = written.read(8192)
    if sys.stdout.isatty() and _binary(start):
        raise WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{target}: a binary file is not written to a terminal; give a file name, or "
                "redirect standard output",
            ).format(target=given)
        )
    sys.stdout.flush()
    out = sys.stdout.buffer
    out.write(start)
    shutil.copyfileobj(written, out)
    out.flush()


def _binary(start: bytes) -> bool:
    """Whether a file beginning with ``start`` is not text (a NUL, or not UTF-8)."""
    if b"\x00" in start:
        return True
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(start) - 3  # a character cut at the end of the sample is fine
    return False


def cannot_write(target: str | Path, error: OSError) -> Message:
    """One line for a person: ``target`` could not be written and why, in the system's words
    for the reason alone ("No such file or directory", not "[Errno 2] …: '/x/.cb.csv.…'")."""
    return QT_TRANSLATE_NOOP(
        "Files", "{target}: cannot be written ({reason}); nothing was changed"
    ).format(target=target, reason=error.strerror or str(error))


def _naming_target(error: OSError, temporary: Path, final: Path) -> OSError | None:
    """``error`` about the temporary file (or its scratch folder and companions) as one about
    ``final``, the name a person gave; None for another file's error (left as it is)."""
    if error.errno is None or not str(error.filename or "").startswith(str(temporary)):
        return None
    return OSError(error.errno, error.strerror, str(final))  # FileNotFoundError and the like


@contextlib.contextmanager
def atomic_write(
    target: str | Path,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    format: str | None = None,
) -> Iterator[IO[Any]]:
    """An open file that replaces ``target`` only once it is written completely."""
    with (
        atomic_path(target, format=format) as temporary,
        open(temporary, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle


def write_whole(path: Path, data: bytes) -> None:
    """``data`` into ``path``, the file closed whether or not the write succeeds. The ZIP-based
    formats (XLSX, DOCX) are built in memory and written here: a library's ``ZipFile`` on a
    file whose write failed stays open, and closing it at exit failed again ("Exception
    ignored in: ZipFile.__del__ … No space left on device" after our one-line message)."""
    with open(path, "wb") as handle:
        handle.write(data)


def scratch_folder(temporary: Path) -> Path:
    """A folder beside ``temporary`` for a writer's own scratch files (XlsxWriter's parts),
    removed with the temporary file, swept with it after a kill."""
    folder = temporary.with_name(temporary.name + SCRATCH)
    folder.mkdir(exist_ok=True)
    return folder


def remove(temporary: Path) -> None:
    """Delete a temporary file with its SQLite companions and scratch folder, if present.

    A failure here (a folder turned read-only) must not hide the error that brought us here."""
    for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in COMPANIONS)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    shutil.rmtree(temporary.with_name(temporary.name + SCRATCH), ignore_errors=True)


def sweep(folder: Path, pattern: re.Pattern[str] = LEFTOVER) -> list[Path]:
    """Delete what killed runs of this application left in ``folder``: only names matching
    ``pattern`` (our own; its group ``pid`` names the process that wrote them), only when that
    process is no longer running. Returns what went."""
    swept: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return swept
    for name in names:
        match = pattern.match(name)
        if match is None or pid_alive(int(match["pid"])):
            continue
        path = folder / name
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue  # not ours to delete after all (permissions): leave it
        swept.append(path)
    return swept


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (assumed so where it cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate it on Windows: never sweep there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return not _ended(pid)


def _ended(pid: int) -> bool:
    """Whether process ``pid`` has ended and only waits to be reaped (a zombie, on Linux): a
    process whose parent was killed (the command line's reader, its workers) stays one until
    init reaps it, which a container's may do late or never."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False  # no /proc (macOS), or gone meanwhile: the next sweep sees
    return stat.rpartition(")")[2].split()[0] == "Z"


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
