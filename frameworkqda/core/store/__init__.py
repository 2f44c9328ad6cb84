"""The project store: create, open, migrate and transact on a project file or server."""

from frameworkqda.core.store.location import PROJECT_SUFFIX, ProjectLocation
from frameworkqda.core.store.project import Project, create_project, open_project

__all__ = ["PROJECT_SUFFIX", "Project", "ProjectLocation", "create_project", "open_project"]
