"""Database failures told as one line for a person: busy, full disk, damaged, read-only.

The driver's own message quotes the SQL statement and its parameters (a whole document's text
on an import); a person needs the file, what went wrong and what to do.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from frameworkqda.core.errors import (
    FrameworkQDAError,
    ProjectDamagedError,
    ProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ServerUnreachableError,
)
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store.engine import write_wait
from frameworkqda.core.store.integrity import disk_full, newest_backup, problem_lines
from frameworkqda.core.store.location import ProjectLocation


def busy_message(location: ProjectLocation | Path | str, holder: str | None) -> str:
    """One line: who keeps the project busy (when it can be told), and for how long we waited."""
    if holder is None:
        return QT_TRANSLATE_NOOP(
            "Project",
            "{location}: busy: held by another program for over {seconds} s; "
            "try again when it has finished",
        ).format(location=location, seconds=f"{write_wait():g}")
    return QT_TRANSLATE_NOOP(
        "Project",
        "{location}: busy: held by {holder} for over {seconds} s; try again when it has finished",
    ).format(location=location, holder=holder, seconds=f"{write_wait():g}")


def damage_message(location: ProjectLocation | Path | str, reason: str) -> str:
    """One line: the file is damaged, nothing was written, how to get the work back."""
    path = location.path if isinstance(location, ProjectLocation) else Path(str(location))
    backup = newest_backup(path) if path is not None else None
    if backup is not None:
        return QT_TRANSLATE_NOOP(
            "Project",
            "{location}: the project file is damaged ({reason}); nothing was written to it. "
            "Recover it with `frameworkqda recover`, or go back to the newest backup {backup}",
        ).format(location=location, reason=reason, backup=backup)
    return QT_TRANSLATE_NOOP(
        "Project",
        "{location}: the project file is damaged ({reason}); nothing was written to it. "
        "Recover it with `frameworkqda recover`",
    ).format(location=location, reason=reason)


def server_role(location: ProjectLocation | Path | str) -> str:
    """The role a server project is opened as, as libpq picks it: the URL's, else PGUSER,
    else the login name."""
    role = location.role if isinstance(location, ProjectLocation) else None
    if role:
        return role
    try:
        return os.environ.get("PGUSER") or getpass.getuser()
    except Exception:  # no login name on some sandboxes
        return "?"


def refused_message(
    location: ProjectLocation | Path | str, reason: str, writing: bool, owner: str | None = None
) -> str:
    """One line: the server refuses this role the project, and what to ask for. ``owner``: the
    role owning the refused table, when this role is a member of it already but does not use
    its rights (a NOINHERIT membership): then the advice is to connect as it."""
    if owner is not None:
        return QT_TRANSLATE_NOOP(
            "Project",
            "{location}: the server does not let role {role} {act} this project ({reason}). "
            "{role} is a member of the owner role {owner} but does not use its rights by "
            'itself: connect with PGOPTIONS="-c role={owner}" (docs/server-setup.md)',
        ).format(
            location=location,
            role=server_role(location),
            act=QT_TRANSLATE_NOOP("Project", "change").format()
            if writing
            else QT_TRANSLATE_NOOP("Project", "read").format(),
            reason=reason,
            owner=owner,
        )
    if writing:
        return QT_TRANSLATE_NOOP(
            "Project",
            "{location}: the server does not let role {role} change this project ({reason}); "
            "nothing was saved. Ask the server's administrator to make {role} a member of the "
            "project's owner role (docs/server-setup.md)",
        ).format(location=location, role=server_role(location), reason=reason)
    return QT_TRANSLATE_NOOP(
        "Project",
        "{location}: the server does not let role {role} read this project ({reason}). Ask "
        "the server's administrator to make {role} a member of the project's owner role, or "
        "to grant it reading (docs/server-setup.md)",
    ).format(location=location, role=server_role(location), reason=reason)


def first_problem(rows: list[str]) -> str:
    return next(iter(problem_lines(rows)), "?")


def translate(
    error: DBAPIError,
    location: ProjectLocation | Path | str,
    holder: Callable[[], str | None] | None = None,
    writing: bool = True,
    owner: Callable[[str], str | None] | None = None,
) -> FrameworkQDAError | None:
    """The one-line error for a driver failure, or None when it is a programming error.
    ``writing``: whether the failed work was a change (a reader changed nothing to lose);
    ``holder`` names who holds the project; ``owner`` (given the server's refusal) names the
    owner role of the refused table when this role is a member of it already."""
    original = error.orig
    message = str(original).strip().splitlines()[0] if original is not None else str(error)
    lowered = message.lower()
    sqlstate = getattr(original, "sqlstate", None)
    if "locked" in lowered or "busy" in lowered or sqlstate == "55P03":
        return ProjectLockedError(busy_message(location, holder() if holder else None))
    path = location.path if isinstance(location, ProjectLocation) else Path(str(location))
    full = "disk is full" in lowered or sqlstate == "53100"
    if full or ("disk i/o error" in lowered and path is not None and disk_full(path)):
        return ProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: the disk is full; this change was not saved"
            ).format(location=location)
            if writing
            else QT_TRANSLATE_NOOP(
                "Project",
                "{location}: the disk is full, so the project cannot be read; free some space",
            ).format(location=location)
        )
    if "malformed" in lowered or "not a database" in lowered or sqlstate == "XX001":
        return ProjectDamagedError(damage_message(location, message))
    if lowered.startswith("could not decode to utf-8"):  # the message quotes the bytes too
        column = re.search(r"column '([^']*)'", message)
        reason = QT_TRANSLATE_NOOP("Project", "stored text that is not UTF-8, in column {column}")
        return ProjectDamagedError(
            damage_message(location, reason.format(column=column[1] if column else "?"))
        )
    if "readonly" in lowered or "read-only" in lowered or sqlstate == "25006":
        return ProjectReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: the project cannot be written ({reason})"
            ).format(location=location, reason=message)
        )
    if "disk i/o error" in lowered:
        return ProjectError(
            QT_TRANSLATE_NOOP(
                "Project", "{location}: the disk failed to read or write ({reason})"
            ).format(location=location, reason=message)
        )
    if sqlstate == "42501" or lowered.startswith("permission denied"):
        return ProjectError(
            refused_message(location, message, writing, owner(message) if owner else None)
        )
    if _connection_lost(error, sqlstate, lowered):
        return ServerUnreachableError(lost_message(location, message, writing))
    return None


# What libpq and psycopg say when there is no server to talk to (no SQLSTATE then).
_LOST = (
    "connection failed",
    "server closed the connection",
    "connection refused",
    "could not connect",
    "the connection is closed",
    "the connection is lost",
    "consuming input failed",
    "terminating connection",
    "no connection to the server",
)


def _connection_lost(error: DBAPIError, sqlstate: str | None, lowered: str) -> bool:
    """The server went away or cannot be reached: stopped, restarted, the network, a backend
    ended by the administrator (57P01-57P03), any SQLSTATE of class 08."""
    if sqlstate is not None:
        return sqlstate.startswith("08") or sqlstate in {"57P01", "57P02", "57P03"}
    return bool(error.connection_invalidated) or any(words in lowered for words in _LOST)


def lost_message(location: ProjectLocation | Path | str, reason: str, writing: bool) -> str:
    """One line: the server cannot be reached; whether a change was lost with it."""
    if writing:
        return QT_TRANSLATE_NOOP(
            "Project",
            "{location}: the connection to the server was lost; this change was not saved "
            "({reason})",
        ).format(location=location, reason=reason)
    return QT_TRANSLATE_NOOP(
        "Project", "{location}: the server cannot be reached ({reason}); try again when it is back"
    ).format(location=location, reason=reason)


def sqlite_lock_holders(path: Path) -> str | None:
    """Which programs hold locks on a SQLite project, from Linux's /proc/locks ("pid 12 (...)").

    SQLite keeps its WAL locks on the ``-shm`` file; elsewhere (or when nothing is found) the
    caller says "another program".
    """
    shm = path.with_name(path.name + "-shm")
    try:
        inode = shm.stat().st_ino
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    pids: set[int] = set()
    for line in lines:
        fields = line.split()
        # "1: POSIX ADVISORY WRITE 1234 fd:00:5678 120 120": byte 120 is the WAL write lock.
        if len(fields) < 8 or fields[1] != "POSIX" or fields[3] != "WRITE":
            continue
        if fields[5].rsplit(":", 1)[-1] == str(inode) and fields[6] == "120":
            pids.add(int(fields[4]))
    pids.discard(os.getpid())
    if not pids:
        return None
    return ", ".join(f"pid {pid} ({_command_line(pid)})" for pid in sorted(pids))


def _command_line(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    words = [word.decode(errors="replace") for word in raw.split(b"\0") if word]
    # "python -m frameworkqda code x.fqda" reads best from the program's own name on.
    for index, word in enumerate(words):
        if word.endswith("frameworkqda") or word == "frameworkqda.cli":
            words = ["frameworkqda", *words[index + 1 :]]
            break
    return " ".join(" ".join(words).split())[:80]  # a `python -c` script spans lines
