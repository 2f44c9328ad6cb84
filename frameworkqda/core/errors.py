"""Errors the core raises for a person to read: each names the file and the reason."""

from __future__ import annotations


class FrameworkQDAError(Exception):
    """Base of every error meant for the user rather than a programmer."""


class ProjectError(FrameworkQDAError):
    """A project could not be created or opened; the file was left as it was."""


class NotAProjectError(ProjectError):
    pass


class ProjectGoneError(ProjectError):
    """The project is not there: no such file, no such database on the server. Unlike a
    server that cannot be reached or a password, this will not pass by trying again."""


class ProjectFileLostError(ProjectGoneError):
    """The SQLite file an open project was read from is no longer at its path: moved, deleted,
    or ``replaced`` by another file (a backup restored, a sync program). Nothing is read from
    or written to whatever is at the path now; the project must be opened again."""

    def __init__(self, message: object, *, replaced: bool = False) -> None:
        super().__init__(message)
        self.replaced = replaced


class ServerUnreachableError(ProjectError):
    """The server went away or cannot be reached (stopped, restarted, the network): nothing was
    read, or the change was not saved. Unlike a refusal, it passes when the server is back."""


class ProjectTooNewError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    pass


class ProjectReadOnlyError(ProjectError):
    pass


class ProjectExistsError(ProjectError):
    pass


class ServerPasswordError(ProjectError):
    """The PostgreSQL server wants a password that ~/.pgpass (or PGPASSFILE) did not give, or
    refused the one given; the GUI asks for it, the CLI says where to put it."""


class ProjectDamagedError(ProjectError):
    """The file fails SQLite's integrity check: nothing is written to it; recover a copy."""


class NotFoundError(FrameworkQDAError):
    """A named document, case, code or segment does not exist in the project."""


class ValidationError(FrameworkQDAError):
    """The request would break a rule of the project (a bad range, a duplicate name...)."""


class WriteFailedError(FrameworkQDAError):
    """A file could not be written (a full disk, no permission); any previous one is intact."""


class ImportFailedError(FrameworkQDAError):
    """A file could not be imported; the message names the file and the reason."""


class UnsupportedFileError(ImportFailedError):
    """The file is of a type FrameworkQDA cannot read, or its content is not what its name says."""


class FileTooLargeError(ImportFailedError):
    """The file (or what it expands to) is over the configured size limit."""


class PasswordRequiredError(ImportFailedError):
    """The PDF needs a user password to open; the GUI asks for one and tries again."""


class WrongPasswordError(PasswordRequiredError):
    """A password was given but it does not open the PDF."""


class OcrUnavailableError(ImportFailedError):
    """Scanned pages need OCR but tesseract (or its Japanese data) is not installed."""


class JobCancelled(FrameworkQDAError):
    """The person cancelled a long call (import, exchange, drafting); what it had half-done is
    gone, so the project and the files are as before (:mod:`frameworkqda.core.jobs`)."""


# The import's old name for the one cancel error (the import service and dialog still use it).
ImportCancelledError = JobCancelled


class ChangedSinceError(FrameworkQDAError):
    """An undo or redo that what someone else changed since makes impossible (it would put
    back a row that refers to one deleted since, or a name taken since): nothing was done,
    the step stays on the stack; the message says what changed, when that can be told.
    ``gone`` when what the step did was itself deleted since (its coded passage, with its
    document): taken off the history, nothing of it stays in the project to say so of."""

    def __init__(self, message: object = "", *, gone: bool = False) -> None:
        super().__init__(message)
        self.gone = gone


class CellConflictError(FrameworkQDAError):
    """A chart cell someone else changed after this program loaded it; nothing was written.

    The GUI asks which to keep (it reads theirs again by ``case_id``/``code_id``); the CLI
    prints the message, which names who changed it and when.
    """

    def __init__(self, message: str, case_id: int, code_id: int) -> None:
        super().__init__(message)
        self.case_id = case_id
        self.code_id = code_id


class TextConflictError(FrameworkQDAError):
    """A memo or a code's definition someone else changed after this program read it; nothing
    was written. ``theirs`` is the text there now; the GUI shows it beside the one typed and
    asks which to keep (the message names who changed it, when that is known)."""

    def __init__(self, message: str, theirs: str, who: str | None = None) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.who = who
