"""Errors the core raises for a person to read: each names the file and the reason."""

from __future__ import annotations


class FrameworkQDAError(Exception):
    """Base of every error meant for the user rather than a programmer."""


class ProjectError(FrameworkQDAError):
    """A project could not be created or opened; the file was left as it was."""


class NotAProjectError(ProjectError):
    pass


class ProjectTooNewError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    pass


class ProjectReadOnlyError(ProjectError):
    pass


class ProjectExistsError(ProjectError):
    pass


class NotFoundError(FrameworkQDAError):
    """A named document, case, code or segment does not exist in the project."""


class ValidationError(FrameworkQDAError):
    """The request would break a rule of the project (a bad range, a duplicate name...)."""
